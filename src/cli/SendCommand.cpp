// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendCommand.h"

#include "CommandLine.h"
#include "Consent.h"
#include "DeliveryService.h"
#include "NetworkTransport.h"
#include "Outbox.h"
#include "Settings.h"
#include "TicketValidator.h"
#include "validation/ApiKey.h"
#include "validation/BaseUrl.h"
#include "validation/PhoneNumber.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTextStream>
#include <QUuid>

namespace bizkithub::cli {

namespace {

struct FieldOption
{
    TicketField field;
    const char* name;
    const char* description;
};

// Every ticket field but the message, which also comes from a file or stdin.
const QList<FieldOption>& fieldOptions()
{
    static const QList<FieldOption> options{
        {TicketField::Subject, "subject", QT_TRANSLATE_NOOP("bizkithub::cli", "Subject line.")},
        {TicketField::Notice, "notice",
         QT_TRANSLATE_NOOP("bizkithub::cli", "Internal note, never shown to the customer.")},
        {TicketField::SendToEmail, "send-to-email",
         QT_TRANSLATE_NOOP("bizkithub::cli", "E-mail address the ticket is sent to.")},
        {TicketField::CategorySlug, "category",
         QT_TRANSLATE_NOOP("bizkithub::cli", "Category slug that routes the ticket.")},
        {TicketField::CustomerEmail, "email",
         QT_TRANSLATE_NOOP("bizkithub::cli", "The customer's e-mail address.")},
        {TicketField::CustomerPhone, "phone",
         QT_TRANSLATE_NOOP("bizkithub::cli", "The customer's phone.")},
        {TicketField::CustomerFirstName, "first-name",
         QT_TRANSLATE_NOOP("bizkithub::cli", "The customer's first name.")},
        {TicketField::CustomerLastName, "last-name",
         QT_TRANSLATE_NOOP("bizkithub::cli", "The customer's last name.")},
    };
    return options;
}

QString optionNameFor(TicketField field)
{
    if (field == TicketField::Message) {
        return QStringLiteral("--message");
    }
    for (const FieldOption& option : fieldOptions()) {
        if (option.field == field) {
            return QStringLiteral("--") + QLatin1String(option.name);
        }
    }
    return apiName(field);
}

std::optional<QString> readMessageFile(const QString& path, QTextStream& err)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << tr("Cannot read the message file %1: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(file.readAll());
    if (decoder.hasError()) {
        err << tr("The message file %1 is not UTF-8 text. Save it as UTF-8 and try again.")
                   .arg(path)
            << Qt::endl;
        return std::nullopt;
    }
    return text;
}

void printProblems(const ValidationIssues& issues, bool json, QTextStream& out, QTextStream& err)
{
    QJsonArray problems;
    for (const ValidationIssue& issue : issues) {
        err << optionNameFor(issue.field) << ": " << issue.message() << Qt::endl;
        problems.append(QJsonObject{{QStringLiteral("field"), apiName(issue.field)},
                                    {QStringLiteral("code"), issue.code()},
                                    {QStringLiteral("message"), issue.message()}});
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("invalid")},
                                         {QStringLiteral("delivered"), false},
                                         {QStringLiteral("problems"), problems}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    }
}

// A configuration problem, found before anything is sent: one line on stderr, exit 3.
int configProblem(const QString& message, bool json, QTextStream& out, QTextStream& err)
{
    err << message << Qt::endl;
    if (json) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("outcome"), QStringLiteral("config-error")},
                               {QStringLiteral("delivered"), false},
                               {QStringLiteral("message"), message}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    }
    return InvalidInput;
}

} // namespace

ExitCode exitCodeFor(const SubmitResult& result)
{
    switch (result.fate()) {
    case SubmitResult::Fate::Delivered:
        return Delivered;
    case SubmitResult::Fate::RetryLater:
    case SubmitResult::Fate::SendAgain:
        return NotDelivered;
    case SubmitResult::Fate::NeedsEdit:
    case SubmitResult::Fate::HoldQueue:
        return Refused;
    case SubmitResult::Fate::BackToDraft:
        return OtherFailure;
    }
    return OtherFailure;
}

int runSend(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send one support ticket to BizKitHub."));
    parser.addHelpOption();
    const QCommandLineOption messageOption(QStringLiteral("message"), tr("The message (required)."),
                                           tr("text"));
    const QCommandLineOption messageFileOption(
        QStringLiteral("message-file"), tr("Read the message from a file; - reads standard input."),
        tr("file"));
    parser.addOption(messageOption);
    parser.addOption(messageFileOption);
    QList<QCommandLineOption> fieldCommandOptions;
    for (const FieldOption& option : fieldOptions()) {
        fieldCommandOptions.append(
            QCommandLineOption(QLatin1String(option.name), tr(option.description), tr("value")));
        parser.addOption(fieldCommandOptions.constLast());
    }
    const QCommandLineOption regionOption(
        QStringLiteral("default-region"),
        tr("Country (ISO 3166 code, e.g. CZ) of phone numbers given without +."), tr("CC"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), tr("Give up waiting after this many seconds."), tr("seconds"));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          tr("Read settings from this INI file."), tr("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the result as one JSON object."));
    const QCommandLineOption noQueueOption(
        QStringLiteral("no-queue"),
        tr("Do not keep the ticket in the outbox when it cannot be delivered."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Check and normalise the ticket, print the request body, send nothing."));
    const QCommandLineOption consentOption(
        QStringLiteral("consent"),
        tr("The customer agreed to the notice in form/consentText; the internal note records it."));
    parser.addOptions({regionOption, timeoutOption, configOption, jsonOption, noQueueOption,
                       dryRunOption, consentOption});

    if (const auto done = parseArguments(parser, arguments, out, err)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // Most often an unquoted value: "--subject Hello world" would otherwise lose "world".
        err << tr("Unexpected argument: %1 (put values with spaces in quotes)")
                   .arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(messageOption) && parser.isSet(messageFileOption)) {
        err << tr("Give either --message or --message-file, not both.") << Qt::endl;
        return UsageError;
    }
    const bool json = parser.isSet(jsonOption);

    Settings settings(parser.value(configOption));
    FormPolicy policy = settings.formPolicy();
    if (parser.isSet(regionOption)) {
        const QString region = parser.value(regionOption).trimmed().toUpper();
        if (!PhoneNumber::isSupportedRegion(region)) {
            err << tr("--default-region: %1 is not a known country code; use a two-letter ISO "
                      "3166 code such as CZ, SK or DE.")
                       .arg(parser.value(regionOption))
                << Qt::endl;
            return UsageError;
        }
        policy.defaultRegion = region;
    }
    ClientConfig clientConfig = settings.clientConfig();
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        const auto timeout = std::chrono::milliseconds(qint64(seconds * 1000));
        if (!ok || timeout < ClientConfig::minTimeout || timeout > ClientConfig::maxTimeout) {
            err << tr("--timeout: give a number of seconds from %1 to %2.")
                       .arg(double(ClientConfig::minTimeout.count()) / 1000)
                       .arg(std::chrono::seconds(ClientConfig::maxTimeout).count())
                << Qt::endl;
            return UsageError;
        }
        clientConfig.timeout = timeout;
    }

    // The admin's policy holds here as in the window: a field the admin set cannot be given, and
    // a field not given starts from its preset.
    QStringList lockedOptions;
    for (qsizetype i = 0; i < fieldOptions().size(); ++i) {
        if (policy.isLocked(fieldOptions()[i].field) && parser.isSet(fieldCommandOptions[i])) {
            lockedOptions << optionNameFor(fieldOptions()[i].field);
        }
    }
    if (policy.isLocked(TicketField::Message) &&
        (parser.isSet(messageOption) || parser.isSet(messageFileOption))) {
        lockedOptions << optionNameFor(TicketField::Message);
    }
    if (!lockedOptions.isEmpty()) {
        err << tr("%1: set by your administrator on this computer; leave it out.")
                   .arg(lockedOptions.join(QStringLiteral(", ")))
            << Qt::endl;
        return InvalidInput;
    }

    const QDateTime now = QDateTime::currentDateTime();
    Ticket typed = policy.initialTicket(now, TicketValidator::defaultHostname());
    if (parser.isSet(messageFileOption)) {
        const auto message = readMessageFile(parser.value(messageFileOption), err);
        if (!message) {
            return InvalidInput;
        }
        typed.setValue(TicketField::Message, *message);
    } else if (parser.isSet(messageOption)) {
        typed.setValue(TicketField::Message, parser.value(messageOption));
    }
    for (qsizetype i = 0; i < fieldOptions().size(); ++i) {
        if (parser.isSet(fieldCommandOptions[i])) {
            typed.setValue(fieldOptions()[i].field, parser.value(fieldCommandOptions[i]));
        }
    }

    const TicketValidator validator(policy);
    const TicketValidator::Result checked = validator.validate(typed, now);
    typed = checked.typed;
    if (!checked.isValid()) {
        printProblems(checked.issues, json, out, err);
        return InvalidInput;
    }
    // The form's consent box, as an option: required by the admin, it must be given.
    if (policy.consentRequired && !parser.isSet(consentOption)) {
        err << "--consent: " << Consent::missingMessage() << Qt::endl;
        if (json) {
            out << QJsonDocument(
                       QJsonObject{{QStringLiteral("outcome"), QStringLiteral("invalid")},
                                   {QStringLiteral("delivered"), false},
                                   {QStringLiteral("problems"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("field"), QStringLiteral("consent")},
                                        {QStringLiteral("code"), QStringLiteral("required")},
                                        {QStringLiteral("message"), Consent::missingMessage()}}}}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        }
        return InvalidInput;
    }
    const Ticket consented = parser.isSet(consentOption)
                                 ? Consent{QDateTime::currentDateTimeUtc(),
                                           policy.consentText.isEmpty() ? Consent::defaultDeskText()
                                                                        : policy.consentText}
                                       .recordedIn(checked.ticket)
                                 : checked.ticket;
    if (parser.isSet(dryRunOption)) {
        out << QString::fromUtf8(consented.toJson()) << Qt::endl;
        return Delivered;
    }

    if (const auto problem = ApiKey::check(clientConfig.apiKey)) {
        return configProblem(ApiKey::problemMessage(*problem) + u' ' +
                                 tr("(Settings key api/key, or the environment variable "
                                    "BIZKITHUB_API_KEY.)"),
                             json, out, err);
    }
    if (const auto problem = BaseUrl::check(clientConfig.baseUrl)) {
        return configProblem(BaseUrl::problemMessage(*problem) + u' ' +
                                 tr("(Settings key api/baseUrl, or the environment variable "
                                    "BIZKITHUB_BASE_URL.)"),
                             json, out, err);
    }

    // Unless told otherwise, the ticket goes into the outbox first (one transaction), so that
    // whatever happens next it is not lost; this process then claims and sends it itself.
    const QUuid id = QUuid::createUuid();
    const bool queue = !parser.isSet(noQueueOption);
    Ticket payload = settings.appendReference() ? Outbox::withReference(consented, id) : consented;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<DeliveryService> delivery;
    const QString owner = QStringLiteral("cli:%1:%2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const auto claimTtl = std::chrono::duration_cast<std::chrono::milliseconds>(
        clientConfig.timeout * 2 + std::chrono::seconds(60));
    SubmitResult result;
    bool recorded = true;
    if (queue) {
        outbox = std::make_unique<Outbox>(Outbox::defaultPath());
        if (!outbox->open()) {
            err << outbox->errorString() << Qt::endl
                << tr("Nothing was sent. Use --no-queue to send without the outbox.") << Qt::endl;
            return OtherFailure;
        }
        (void)outbox->applyRetention(settings.retentionDays());
        delivery = std::make_unique<DeliveryService>(settings, &createNetworkTransport, *outbox);
        delivery->transport().setConfig(clientConfig);
        const auto notKept = [&] {
            err << tr("The ticket could not be saved: %1. It was not sent and not kept; send it "
                      "again once that is solved.")
                       .arg(outbox->problemReason())
                << Qt::endl;
            if (json) {
                out << QJsonDocument(
                           QJsonObject{{QStringLiteral("outcome"), QStringLiteral("not-kept")},
                                       {QStringLiteral("delivered"), false},
                                       {QStringLiteral("queued"), false},
                                       {QStringLiteral("message"), outbox->problemReason()}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
            }
            return OtherFailure;
        };
        if (delivery->isHeld()) {
            // The platform refused these very settings: another request would only be refused
            // again. The ticket waits with the others.
            if (!outbox->enqueue(id, typed, payload)) {
                return notKept();
            }
            err << outbox->hold()->message << Qt::endl
                << tr("Kept in the outbox as %1; sending is on hold until the settings change "
                      "(or \"bizkithub-contact-cli outbox retry %1\").")
                       .arg(Outbox::referenceFor(id))
                << Qt::endl;
            return Refused;
        }
        std::optional<OutboxEntry> claimed;
        {
            // Stored and claimed in one transaction: the app cannot take it in between.
            Outbox::Batch batch(*outbox);
            if (outbox->enqueue(id, typed, payload)) {
                claimed = outbox->claim(id, owner, claimTtl);
            }
            if (!batch.commit()) {
                claimed.reset();
            }
        }
        if (!claimed) {
            return notKept();
        }
        const DeliveryService::Delivery done = delivery->deliverClaimed(id, payload, owner);
        result = done.result;
        recorded = done.recorded;
    } else {
        // Without the outbox: one request and its answer, nothing kept.
        const std::unique_ptr<Transport> client = createNetworkTransport();
        client->setConfig(clientConfig);
        QEventLoop loop;
        SubmitJob* job = client->submit(payload, id);
        QObject::connect(job, &SubmitJob::finished, &loop, [&](const SubmitResult& r) {
            result = r;
            loop.quit();
        });
        loop.exec();
    }

    if (json) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("reference"), Outbox::referenceFor(id));
        o.insert(QStringLiteral("queued"), outbox && !result.isSent());
        o.insert(QStringLiteral("recorded"), recorded);
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (result.isSent()) {
        out << result.userMessage() << Qt::endl;
    }
    if (!recorded) {
        err << tr("The outbox could not record this attempt: %1. Ticket %2 stays in the outbox "
                  "and may be delivered once more.")
                   .arg(outbox->problemReason(), Outbox::referenceFor(id))
            << Qt::endl;
        if (result.isSent()) {
            return OtherFailure;
        }
    }
    if (!result.isSent()) {
        err << result.userMessage() << Qt::endl;
        if (outbox) {
            err << (result.isRetryable()
                        ? tr("Kept in the outbox as %1: it will be sent by the app, or by "
                             "\"bizkithub-contact-cli outbox flush\".")
                        : tr("Kept in the outbox as %1: see \"bizkithub-contact-cli outbox "
                             "show %1\"."))
                       .arg(Outbox::referenceFor(id))
                << Qt::endl;
        }
        for (const ValidationIssue& issue : result.fieldIssues) {
            err << optionNameFor(issue.field) << ": " << issue.message() << Qt::endl;
        }
        for (const QString& line : result.details()) {
            err << "  " << line << Qt::endl;
        }
    }
    return exitCodeFor(result);
}

} // namespace bizkithub::cli
