// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxCommand.h"

#include "CommandLine.h"
#include "DeliveryService.h"
#include "NetworkTransport.h"
#include "Outbox.h"
#include "SendCommand.h"
#include "Settings.h"
#include "StatusCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace bizkithub::cli {

namespace {

QString shortTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QStringLiteral("-");
}

// What a person would call the ticket: its subject, else the start of its message.
QString title(const OutboxEntry& e)
{
    const Ticket& t = e.state == TicketState::Draft ? e.typed : e.payload;
    QString text = t.value(TicketField::Subject);
    if (text.isEmpty()) {
        text = t.value(TicketField::Message).simplified();
    }
    return text.size() > 40 ? text.left(39) + u'…' : text;
}

std::optional<OutboxEntry> find(const Outbox& outbox, const QString& idOrReference)
{
    const QUuid id = QUuid::fromString(idOrReference);
    return id.isNull() ? outbox.entryByReference(idOrReference) : outbox.entry(id);
}

int list(const Outbox& outbox, bool json, QTextStream& out)
{
    const QList<OutboxEntry> entries = outbox.entries();
    if (json) {
        QJsonArray array;
        for (const OutboxEntry& e : entries) {
            QJsonObject o = e.toJson();
            o.remove(QStringLiteral("log"));
            array.append(o);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return Delivered;
    }
    if (entries.isEmpty()) {
        out << tr("The outbox is empty.") << Qt::endl;
        return Delivered;
    }
    // People read the state in their language; scripts use --json, where it is a fixed name.
    qsizetype stateWidth = 0;
    for (const OutboxEntry& e : entries) {
        stateWidth = std::max(stateWidth, stateDisplayName(e.state).size());
    }
    for (const OutboxEntry& e : entries) {
        out << qSetFieldWidth(11) << Qt::left << e.reference << qSetFieldWidth(int(stateWidth) + 2)
            << stateDisplayName(e.state) << qSetFieldWidth(0) << shortTime(e.created) << "  "
            << qSetFieldWidth(3) << Qt::right << e.attempts << qSetFieldWidth(0) << Qt::left << "  "
            << title(e) << Qt::endl;
    }
    return Delivered;
}

int show(const OutboxEntry& e, bool json, QTextStream& out)
{
    if (json) {
        out << QJsonDocument(e.toJson()).toJson(QJsonDocument::Indented);
        return Delivered;
    }
    out << tr("Reference: %1").arg(e.reference) << Qt::endl
        << tr("Id: %1").arg(e.id.toString(QUuid::WithoutBraces)) << Qt::endl
        << tr("State: %1 (%2)").arg(stateName(e.state), stateDisplayName(e.state)) << Qt::endl
        << tr("Created: %1").arg(shortTime(e.created)) << Qt::endl
        << tr("Attempts: %1").arg(e.attempts) << Qt::endl
        << tr("Next attempt: %1").arg(shortTime(e.nextAttempt)) << Qt::endl;
    if (!e.lastError.isEmpty()) {
        out << tr("Last error: %1").arg(e.lastError) << Qt::endl;
    }
    for (const ValidationIssue& issue : e.rejectedFields) {
        out << tr("Refused field %1: %2").arg(apiName(issue.field), issue.detail) << Qt::endl;
    }
    const Ticket& t = e.state == TicketState::Draft ? e.typed : e.payload;
    for (const TicketField field : allTicketFields) {
        if (!t.value(field).isEmpty()) {
            out << apiName(field) << ": " << t.value(field) << Qt::endl;
        }
    }
    for (const AttemptRecord& a : e.log) {
        out << "  " << shortTime(a.time) << "  " << a.outcome;
        if (a.httpStatus) {
            out << "  HTTP " << a.httpStatus;
        }
        if (!a.errorCode.isEmpty()) {
            out << "  " << a.errorCode;
        }
        out << Qt::endl;
    }
    return Delivered;
}

int flush(Outbox& outbox, const Settings& settings, bool json, bool quiet, QTextStream& out,
          QTextStream& err)
{
    DeliveryService delivery(settings, &createNetworkTransport, outbox);
    // One line an attempt, for the journal of a timer's run: which ticket, and what became of
    // it; never the key (the words come from the outcome, not from the server).
    QObject::connect(&delivery, &DeliveryService::attemptFinished, &delivery,
                     [&out, json](const QUuid& id, const SubmitResult& result) {
                         if (json) {
                             return;
                         }
                         out << Outbox::referenceFor(id) << ' ' << result.outcomeName();
                         if (result.httpStatus) {
                             out << " HTTP " << result.httpStatus;
                         }
                         out << ": " << plainReason(result.outcomeName(), result.httpStatus)
                             << Qt::endl;
                     });
    const DeliveryService::FlushReport report = delivery.flush();
    // Every run says how the machine stands, where the admin asked for it.
    if (const QString metrics = settings.metricsFile(); !metrics.isEmpty()) {
        (void)writeMetrics(outbox, settings, metrics, err);
    }
    const int delivered = report.delivered;
    const bool storeFailed = report.storeFailed;

    if (storeFailed || outbox.isDamaged()) {
        err << outbox.errorString() << Qt::endl;
        return OtherFailure;
    }
    // Held tickets wait too, for new settings.
    const int waiting = outbox.count(
        {TicketState::Queued, TicketState::Uncertain, TicketState::Sending, TicketState::Held});
    if (outbox.isDamaged()) {
        err << outbox.errorString() << Qt::endl;
        return OtherFailure;
    }
    const auto hold = outbox.hold();
    if (json) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("delivered"), delivered},
                               {QStringLiteral("waiting"), waiting},
                               {QStringLiteral("held"), hold.has_value()},
                               {QStringLiteral("holdMessage"), hold ? hold->message : QString()}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else if (!quiet || delivered > 0 || waiting > 0) {
        out << tr("Delivered: %1. Still waiting: %2.").arg(delivered).arg(waiting) << Qt::endl;
    }
    if (hold) {
        err << hold->message << Qt::endl;
        return Refused;
    }
    return waiting == 0 ? Delivered : NotDelivered;
}

} // namespace

int runOutbox(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Look after the outbox: tickets kept until they can be delivered.\n\n"
           "  list              every ticket in the outbox, drafts included\n"
           "  show ID           one ticket (ID: its UUID or reference) with its attempts\n"
           "  flush             deliver what can be delivered now\n"
           "  retry ID          make a ticket due now (also lifts a hold)\n"
           "  discard ID        delete a ticket\n"
           "  export FILE       write the unsent tickets to FILE (- for stdout);\n"
           "                    --move removes them here, so only the importer sends them\n"
           "  import FILE       add the tickets of an exported FILE (each once)"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          tr("Read settings from this INI file."), tr("file"));
    const QCommandLineOption moveOption(
        QStringLiteral("move"),
        tr("With export: remove the exported tickets here once the file is written, so that "
           "only the machine that imports them sends them."));
    const QCommandLineOption quietOption(
        QStringLiteral("quiet"),
        tr("With flush: say nothing when there was nothing to deliver (for a timer)."));
    parser.addOptions({jsonOption, configOption, moveOption, quietOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("What to do (see above)."));
    if (const auto done = parseArguments(parser, arguments, out, err)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsArgument = action == u"show" || action == u"retry" || action == u"discard" ||
                               action == u"export" || action == u"import";
    const bool known = needsArgument || action == u"list" || action == u"flush";
    if (!known || positional.size() != (needsArgument ? 2 : 1)) {
        err << (known ? tr("Wrong number of arguments for \"%1\".").arg(action)
                      : tr("Unknown outbox action: \"%1\".").arg(action))
            << Qt::endl
            << parser.helpText();
        return UsageError;
    }
    const QString argument = positional.value(1);
    const bool json = parser.isSet(jsonOption);

    const Settings settings(parser.value(configOption));
    Outbox outbox(Outbox::defaultPath());
    if (!outbox.open()) {
        err << outbox.errorString() << Qt::endl;
        return OtherFailure;
    }
    (void)outbox.applyRetention(settings.retentionDays());

    // Whatever reads the store checks afterwards that it could: a damaged file is an error,
    // never an empty outbox.
    const auto damaged = [&] {
        if (!outbox.isDamaged()) {
            return false;
        }
        err << outbox.errorString() << Qt::endl;
        return true;
    };
    if (action == u"list") {
        const int code = list(outbox, json, out);
        return damaged() ? int(OtherFailure) : code;
    }
    if (action == u"flush") {
        return flush(outbox, settings, json, parser.isSet(quietOption), out, err);
    }
    if (action == u"export") {
        const QList<OutboxEntry> exported =
            outbox.entries({TicketState::Draft, TicketState::Queued, TicketState::Uncertain,
                            TicketState::NeedsEdit, TicketState::Held});
        const QByteArray data = outbox.exportJson();
        if (damaged()) {
            return OtherFailure;
        }
        if (argument == u"-") {
            QFile file;
            if (!file.open(stdout, QIODevice::WriteOnly) || file.write(data) != data.size()) {
                err << tr("Cannot write to standard output.") << Qt::endl;
                return OtherFailure;
            }
        } else {
            // Written whole or not at all: a half-written file must not stand in for tickets.
            QSaveFile file(argument);
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() ||
                !file.commit()) {
                err << tr("Cannot write %1: %2").arg(argument, file.errorString()) << Qt::endl;
                return OtherFailure;
            }
        }
        if (parser.isSet(moveOption)) {
            qsizetype moved = 0;
            for (const OutboxEntry& e : exported) {
                moved += outbox.discard(e.id) ? 1 : 0;
            }
            out << tr("Moved %1 ticket(s) to %2.").arg(moved).arg(argument) << Qt::endl;
            if (moved != exported.size()) {
                // Those left here are in the file too; the UUID keeps them from being sent twice
                // only if the file is imported where they are not.
                err << tr("%1 ticket(s) could not be removed here: %2. Do not import the file "
                          "on another computer before they are removed.")
                           .arg(exported.size() - moved)
                           .arg(outbox.problemReason())
                    << Qt::endl;
                return OtherFailure;
            }
        }
        return Delivered;
    }
    if (action == u"import") {
        QFile file(argument);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2").arg(argument, file.errorString()) << Qt::endl;
            return InvalidInput;
        }
        const TicketValidator validator(settings.formPolicy());
        const Outbox::ImportResult result = outbox.importJson(file.readAll(), &validator);
        for (const QString& error : result.errors) {
            err << error << Qt::endl;
        }
        out << tr("Imported %1 ticket(s); %2 were already here.")
                   .arg(result.added)
                   .arg(result.skipped)
            << Qt::endl;
        if (result.needEdit > 0) {
            out << tr("%1 of them do not meet this computer's form rules and wait in the outbox "
                      "for an edit (outbox list).")
                       .arg(result.needEdit)
                << Qt::endl;
        }
        if (outbox.problem() != Outbox::Problem::None) {
            err << outbox.errorString() << Qt::endl;
            return OtherFailure;
        }
        return result.errors.isEmpty() ? Delivered : InvalidInput;
    }

    const auto e = find(outbox, argument);
    if (damaged()) {
        return OtherFailure;
    }
    if (!e) {
        err << tr("No ticket %1 in the outbox.").arg(argument) << Qt::endl;
        return InvalidInput;
    }
    if (action == u"show") {
        return show(*e, json, out);
    }
    if (action == u"retry") {
        if (!outbox.retryNow(e->id)) {
            if (outbox.problem() != Outbox::Problem::None) {
                err << outbox.errorString() << Qt::endl;
                return OtherFailure;
            }
            err << tr("Ticket %1 is %2: there is nothing to retry.")
                       .arg(e->reference, stateDisplayName(e->state))
                << Qt::endl;
            return InvalidInput;
        }
        return Delivered;
    }
    // discard
    if (!outbox.discard(e->id) && outbox.problem() != Outbox::Problem::None) {
        err << outbox.errorString() << Qt::endl;
        return OtherFailure;
    }
    if (outbox.entry(e->id)) {
        err << tr("Ticket %1 is being sent right now and cannot be discarded.").arg(e->reference)
            << Qt::endl;
        return OtherFailure;
    }
    out << tr("Discarded %1.").arg(e->reference) << Qt::endl;
    return Delivered;
}

} // namespace bizkithub::cli
