// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmitResult.h"

#include "validation/ApiKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace bizkithub {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bizkithub::SubmitResult", text);
}

} // namespace

SubmitResult::Fate SubmitResult::fateOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent:
        return Fate::Delivered;
    case Outcome::Rejected:
        return Fate::NeedsEdit;
    case Outcome::AuthFailed:
    case Outcome::TlsFailure:
    case Outcome::ConfigError:
        return Fate::HoldQueue;
    case Outcome::RateLimited:
    case Outcome::ServerError:
    case Outcome::Offline:
        return Fate::RetryLater;
    case Outcome::Uncertain:
        return Fate::SendAgain;
    case Outcome::Cancelled:
        return Fate::BackToDraft;
    }
    Q_UNREACHABLE();
    return Fate::RetryLater;
}

bool SubmitResult::isRetryable() const
{
    return fate() == Fate::RetryLater || fate() == Fate::SendAgain;
}

std::optional<SubmitResult::Outcome> SubmitResult::outcomeFromName(QStringView name)
{
    for (Outcome outcome :
         {Outcome::Sent, Outcome::Rejected, Outcome::AuthFailed, Outcome::RateLimited,
          Outcome::ServerError, Outcome::Offline, Outcome::Uncertain, Outcome::TlsFailure,
          Outcome::ConfigError, Outcome::Cancelled}) {
        if (outcomeName(outcome) == name) {
            return outcome;
        }
    }
    return std::nullopt;
}

QString SubmitResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::AuthFailed:
        return QStringLiteral("auth-failed");
    case Outcome::RateLimited:
        return QStringLiteral("rate-limited");
    case Outcome::ServerError:
        return QStringLiteral("server-error");
    case Outcome::Offline:
        return QStringLiteral("offline");
    case Outcome::Uncertain:
        return QStringLiteral("uncertain");
    case Outcome::TlsFailure:
        return QStringLiteral("tls-failure");
    case Outcome::ConfigError:
        return QStringLiteral("config-error");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
    return QString();
}

QString SubmitResult::userMessage() const
{
    switch (outcome) {
    case Outcome::Sent:
        return tr("The ticket was sent to BizKitHub.");
    case Outcome::Rejected:
        return fieldIssues.isEmpty()
                   ? tr("BizKitHub did not accept the ticket. Check what you wrote and send it "
                        "again; nothing you typed is lost.")
                   : tr("BizKitHub did not accept some fields. They are marked below: correct "
                        "them and send again.");
    case Outcome::AuthFailed:
        return tr("BizKitHub refused the API key, so the ticket was not sent. Ask your "
                  "administrator for a valid key and enter it in Settings; nothing you typed is "
                  "lost.");
    case Outcome::RateLimited:
        if (retryAt.isValid()) {
            const QDateTime local = retryAt.toLocalTime();
            const bool today = local.date() == QDate::currentDate();
            return tr("BizKitHub is receiving too many tickets from this key right now. The "
                      "ticket was not sent: try again after %1.")
                .arg(today ? QLocale().toString(local.time(), QLocale::ShortFormat)
                           : QLocale().toString(local, QLocale::ShortFormat));
        }
        return tr("BizKitHub is receiving too many tickets from this key right now. The ticket "
                  "was not sent: try again in a minute.");
    case Outcome::ServerError:
        return tr("BizKitHub had a problem and did not take the ticket. Nothing you typed is "
                  "lost: try again in a few minutes.");
    case Outcome::Offline:
        return tr("The ticket could not be sent because BizKitHub cannot be reached. Check the "
                  "connection and try again; nothing you typed is lost.");
    case Outcome::Uncertain:
        return tr("The connection was lost before BizKitHub answered, so the ticket may or may "
                  "not have arrived. Try again: at worst it arrives twice, with the same "
                  "reference, so staff can spot the copy.");
    case Outcome::TlsFailure:
        return tr("The ticket was not sent because the server's security certificate is not "
                  "trusted. This can mean the connection is being intercepted: tell your "
                  "administrator.");
    case Outcome::ConfigError:
        switch (configIssue) {
        case ConfigIssue::MissingKey:
        case ConfigIssue::InvalidKey:
            return tr("The ticket was not sent because no valid API key is set. Enter the key "
                      "in Settings; nothing you typed is lost.");
        case ConfigIssue::InvalidUrl:
        case ConfigIssue::InsecureUrl:
            return tr("The ticket was not sent because the server address in Settings is not "
                      "a valid https:// address.");
        case ConfigIssue::CaCertificates:
            return tr("The ticket was not sent because the extra certificate file in Settings "
                      "cannot be read.");
        case ConfigIssue::Redirect:
            return tr("The ticket was not sent because the server address in Settings points "
                      "somewhere else (%1). Ask your administrator to correct it.")
                .arg(shownRedirectTarget());
        case ConfigIssue::NotFound:
            return tr("The ticket was not sent because the server address in Settings is wrong "
                      "(the contact form was not found there).");
        case ConfigIssue::ProxyAuthentication:
            return tr("The ticket was not sent because the network proxy asks for a login. "
                      "Tell your administrator.");
        case ConfigIssue::RootKeyOnKiosk:
            return tr("Nothing was sent: this kiosk is set up with a ROOT platform key, which has "
                      "no limits and must not be used on a public machine. Administrator: enter "
                      "a PROD key for this kiosk in Settings.");
        case ConfigIssue::None:
            break;
        }
        return tr("The ticket was not sent because of a problem with the settings.");
    case Outcome::Cancelled:
        return tr("Sending was cancelled. The ticket was not sent; nothing you typed is lost.");
    }
    Q_UNREACHABLE();
    return QString();
}

QStringList SubmitResult::details() const
{
    QStringList lines;
    lines << tr("Outcome: %1").arg(outcomeName());
    if (httpStatus != 0) {
        lines << tr("HTTP status: %1").arg(httpStatus);
    }
    if (!errorCode.isEmpty()) {
        lines << tr("Error code: %1").arg(errorCode);
    }
    if (!serverMessage.isEmpty()) {
        lines << tr("Server message: %1").arg(serverMessage);
    }
    if (!requestId.isEmpty()) {
        lines << tr("Request id: %1").arg(requestId);
    }
    if (!networkError.isEmpty()) {
        lines << tr("Network: %1").arg(networkError);
    }
    if (redirectTarget.isValid()) {
        lines << tr("Redirected to: %1").arg(shownRedirectTarget());
    }
    if (retryAt.isValid()) {
        lines << tr("Retry after: %1")
                     .arg(QLocale().toString(retryAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (rateLimitRemaining) {
        lines << tr("Rate limit: %1 of %2 left")
                     .arg(*rateLimitRemaining)
                     .arg(rateLimitLimit.value_or(0));
    }
    if (const QUrl doc = documentationUrl(); doc.isValid()) {
        lines << tr("Documentation: %1").arg(doc.toString());
    }
    return lines;
}

QString SubmitResult::shownRedirectTarget() const
{
    // Where a redirect pointed, without query, user info or anything shaped like a key.
    return redactSecrets(redirectTarget.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

QUrl SubmitResult::documentationUrl() const
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9_]{1,100}$"));
    if (!codePattern.match(errorCode).hasMatch()) {
        return {};
    }
    return QUrl(QStringLiteral("https://docs.bizkithub.com/errors/") + errorCode);
}

QJsonObject SubmitResult::toJson() const
{
    QJsonObject o{
        {QStringLiteral("outcome"), outcomeName()},
        {QStringLiteral("delivered"), isSent()},
        {QStringLiteral("retryable"), isRetryable()},
        {QStringLiteral("message"), userMessage()},
    };
    if (httpStatus != 0) {
        o.insert(QStringLiteral("httpStatus"), httpStatus);
    }
    if (!errorCode.isEmpty()) {
        o.insert(QStringLiteral("errorCode"), errorCode);
    }
    if (!serverMessage.isEmpty()) {
        o.insert(QStringLiteral("serverMessage"), serverMessage);
    }
    if (!requestId.isEmpty()) {
        o.insert(QStringLiteral("requestId"), requestId);
    }
    if (!networkError.isEmpty()) {
        o.insert(QStringLiteral("networkError"), networkError);
    }
    if (retryAt.isValid()) {
        o.insert(QStringLiteral("retryAt"), retryAt.toUTC().toString(Qt::ISODate));
    }
    if (redirectTarget.isValid()) {
        o.insert(QStringLiteral("redirectTarget"), shownRedirectTarget());
    }
    if (!fieldIssues.isEmpty()) {
        QJsonArray fields;
        for (const ValidationIssue& issue : fieldIssues) {
            fields.append(QJsonObject{{QStringLiteral("field"), apiName(issue.field)},
                                      {QStringLiteral("code"), issue.code()},
                                      {QStringLiteral("message"), issue.message()}});
        }
        o.insert(QStringLiteral("fields"), fields);
    }
    return o;
}

} // namespace bizkithub
