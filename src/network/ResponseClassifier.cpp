// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseClassifier.h"

#include "validation/ApiKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace bizkithub {

namespace {

using Outcome = SubmitResult::Outcome;

constexpr qsizetype excerptBytes = 512;
constexpr qsizetype maxServerText = 500;
constexpr qsizetype maxErrorCode = 64;
constexpr qsizetype maxRequestId = 128;

// Whatever the server says passes the same rules as what is typed before anybody sees, logs or
// stores it: keys are redacted, lengths bounded. A server may echo the request, key included.
QString serverText(const QString& text)
{
    return redactSecrets(text.left(maxServerText * 2)).left(maxServerText);
}

// A platform error code is a name such as RATE_LIMIT_EXCEEDED; anything else is not one.
QString errorCodeFrom(const QString& raw)
{
    const QString code = redactSecrets(raw.trimmed().left(maxErrorCode + 1));
    const bool isCode = !code.isEmpty() && code.size() <= maxErrorCode &&
                        std::all_of(code.begin(), code.end(), [](QChar c) {
                            const char16_t u = c.unicode();
                            return (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                                   u == u'_' || u == u'.' || u == u'-';
                        });
    return isCode ? code : QString();
}

// A request id is printable ASCII without spaces; one that is not (or that carried a key) is
// not worth showing anybody.
QString requestIdFrom(const QString& raw)
{
    const QString id = redactSecrets(raw.trimmed().left(maxRequestId + 1));
    const bool printable = !id.isEmpty() && id.size() <= maxRequestId &&
                           std::all_of(id.begin(), id.end(), [](QChar c) {
                               return c.unicode() > u' ' && c.unicode() < 0x7f;
                           });
    return printable ? id : QString();
}

QByteArray header(const ResponseFacts& facts, QByteArrayView name)
{
    for (const auto& [key, value] : facts.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value.trimmed();
        }
    }
    return {};
}

std::optional<qint64> headerNumber(const ResponseFacts& facts, QByteArrayView name)
{
    bool ok = false;
    const qint64 v = header(facts, name).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QString stringOf(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    return {};
}

// The platform names fields in a rejection in more than one shape; accept them all:
// {"fields": {"customerEmail": "msg"}}, {"fields": [{"field": "...", "message": "..."}]},
// and the same under "details" or "errors".
ValidationIssues fieldIssuesOf(const QJsonObject& envelope)
{
    ValidationIssues issues;
    const auto add = [&issues](const QString& name, const QString& message) {
        if (const auto field = fieldFromApiName(name)) {
            issues.append(ValidationIssue{*field, Problem::Server, 0, serverText(message)});
        }
    };
    for (const auto* key : {"fields", "details", "errors"}) {
        const QJsonValue v = envelope.value(QLatin1String(key));
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QJsonValue m = it.value();
                add(it.key(), m.isArray()    ? stringOf(m.toArray().first())
                              : m.isObject() ? stringOf(m.toObject().value(u"message"))
                                             : stringOf(m));
            }
        } else if (v.isArray()) {
            for (const QJsonValue& item : v.toArray()) {
                const QJsonObject o = item.toObject();
                QString name = stringOf(o.value(u"field"));
                if (name.isEmpty()) {
                    name = stringOf(o.value(u"path"));
                }
                add(name, stringOf(o.value(u"message")));
            }
        }
    }
    return issues;
}

struct Body
{
    bool isJson = false;
    std::optional<bool> success;
    QString code;
    QString message;
    QString requestId;
    ValidationIssues fields;
};

Body parseBody(const QByteArray& bytes)
{
    Body body;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return body;
    }
    body.isJson = true;
    const QJsonObject root = doc.object();
    if (const QJsonValue s = root.value(u"success"); s.isBool()) {
        body.success = s.toBool();
    }
    // {"error": {"code", "message"}} as documented; a top-level code/message as seen elsewhere;
    // "error" as a bare string as some gateways send.
    const QJsonValue errorValue = root.value(u"error");
    const QJsonObject envelope = errorValue.isObject() ? errorValue.toObject() : root;
    body.code = stringOf(envelope.value(u"code"));
    body.message = stringOf(envelope.value(u"message"));
    if (body.message.isEmpty() && errorValue.isString()) {
        body.message = errorValue.toString();
    }
    body.requestId = stringOf(envelope.value(u"requestId"));
    if (body.requestId.isEmpty()) {
        body.requestId = stringOf(root.value(u"requestId"));
    }
    body.fields = fieldIssuesOf(envelope);
    if (body.fields.isEmpty() && errorValue.isObject()) {
        body.fields = fieldIssuesOf(root);
    }
    return body;
}

// The platform's codes this client knows; an unknown code falls back on the HTTP status.
std::optional<Outcome> outcomeForCode(const QString& code)
{
    if (code == u"PUBLIC_API_KEY_DOES_NOT_EXIST") {
        return Outcome::AuthFailed;
    }
    if (code == u"RATE_LIMIT_EXCEEDED") {
        return Outcome::RateLimited;
    }
    return std::nullopt;
}

Outcome outcomeForStatus(int status, SubmitResult& result)
{
    if (status >= 300 && status < 400) {
        result.configIssue = SubmitResult::ConfigIssue::Redirect;
        return Outcome::ConfigError;
    }
    switch (status) {
    case 401:
    case 403:
        return Outcome::AuthFailed;
    case 404:
    case 410:
        result.configIssue = SubmitResult::ConfigIssue::NotFound;
        return Outcome::ConfigError;
    case 407:
        result.configIssue = SubmitResult::ConfigIssue::ProxyAuthentication;
        return Outcome::ConfigError;
    case 408: // the server gave up waiting for the request: it was not processed
        return Outcome::ServerError;
    case 429:
        return Outcome::RateLimited;
    default:
        break;
    }
    if (status >= 400 && status < 500) {
        return Outcome::Rejected;
    }
    return Outcome::ServerError;
}

Outcome outcomeForTransport(const ResponseFacts& facts, SubmitResult& result)
{
    using E = QNetworkReply::NetworkError;
    if (facts.tlsErrors || facts.error == E::SslHandshakeFailedError) {
        return Outcome::TlsFailure;
    }
    if (facts.cancelled) {
        return facts.requestSent ? Outcome::Uncertain : Outcome::Cancelled;
    }
    switch (facts.error) {
    case E::ProxyAuthenticationRequiredError:
        result.configIssue = SubmitResult::ConfigIssue::ProxyAuthentication;
        return Outcome::ConfigError;
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
        result.configIssue = SubmitResult::ConfigIssue::InvalidUrl;
        return Outcome::ConfigError;
    default:
        break;
    }
    // Anything else is a transport failure: whether the ticket may have arrived depends only on
    // whether the whole request had left.
    return facts.requestSent ? Outcome::Uncertain : Outcome::Offline;
}

} // namespace

QDateTime parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        return seconds >= 0 ? now.toUTC().addSecs(std::min<qint64>(seconds, maxServerWait.count()))
                            : QDateTime();
    }
    // The three HTTP date forms (RFC 9110, 5.6.7), read field by field so that the local time
    // zone never takes part:
    //   IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT",
    //   asctime "Sun Nov  6 08:49:37 1994".
    static const QStringList months{
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    QString text = QString::fromLatin1(trimmed);
    text.replace(u'-', u' ').replace(u',', u' ');
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 5) {
        return {};
    }
    QString day;
    QString month;
    QString year;
    QString time;
    if (parts.size() == 6 && parts[5] == u"GMT") { // IMF-fixdate and RFC 850
        day = parts[1];
        month = parts[2];
        year = parts[3];
        time = parts[4];
    } else if (parts.size() == 5) { // asctime
        month = parts[1];
        day = parts[2];
        time = parts[3];
        year = parts[4];
    } else {
        return {};
    }
    int y = year.toInt();
    if (year.size() == 2) {
        y += y < 70 ? 2000 : 1900;
    }
    const QDate date(y, int(months.indexOf(month)) + 1, day.toInt());
    const QTime clock = QTime::fromString(time, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !clock.isValid()) {
        return {};
    }
    return QDateTime(date, clock, Qt::UTC);
}

SubmitResult classifyResponse(const ResponseFacts& facts)
{
    SubmitResult result;
    result.httpStatus = facts.httpStatus;
    result.requestSent = facts.requestSent || facts.httpStatus != 0;
    result.bodyTruncated = facts.bodyTruncated;
    result.bodyExcerpt = redactSecrets(QString::fromUtf8(facts.body.left(excerptBytes))).toUtf8();
    result.rateLimitLimit = headerNumber(facts, "X-RateLimit-Limit");
    result.rateLimitRemaining = headerNumber(facts, "X-RateLimit-Remaining");
    // A server's wait is honoured up to a day: "Retry-After: 99999999999" or a date in the
    // year 9999 must not park a ticket for ever.
    const QDateTime latest = facts.now.toUTC().addSecs(maxServerWait.count());
    const auto capped = [&latest](const QDateTime& time) {
        return time.isValid() && time > latest ? latest : time;
    };
    if (const auto reset = headerNumber(facts, "X-RateLimit-Reset")) {
        result.rateLimitReset = capped(QDateTime::fromSecsSinceEpoch(
            std::clamp<qint64>(*reset, 0, 253402300799), QTimeZone::utc()));
    }
    result.retryAt = capped(parseRetryAfter(header(facts, "Retry-After"), facts.now));
    result.requestId = requestIdFrom(QString::fromLatin1(header(facts, "X-Request-Id")));

    if (facts.httpStatus == 0) {
        result.networkError = redactSecrets(facts.errorString);
        result.outcome = outcomeForTransport(facts, result);
        if (facts.timedOut && result.networkError.isEmpty()) {
            result.networkError = QStringLiteral("timeout");
        }
        return result;
    }

    const Body body = parseBody(facts.body);
    result.errorCode = errorCodeFrom(body.code);
    result.serverMessage = serverText(body.message);
    if (result.requestId.isEmpty()) {
        result.requestId = requestIdFrom(body.requestId);
    }
    result.fieldIssues = body.fields;

    if (facts.httpStatus >= 300 && facts.httpStatus < 400) {
        result.redirectTarget = QUrl::fromEncoded(header(facts, "Location"));
    }

    if (facts.httpStatus >= 200 && facts.httpStatus < 300) {
        if (body.success == true) {
            result.outcome = Outcome::Sent;
        } else if (body.success == false || !body.code.isEmpty()) {
            result.outcome = Outcome::Rejected;
        } else {
            // A 2xx we cannot read (an HTML page from a captive portal, a cut body): the ticket
            // may or may not have been created.
            result.outcome = Outcome::Uncertain;
        }
        return result;
    }

    if (const auto byCode = outcomeForCode(result.errorCode)) {
        result.outcome = *byCode;
    } else {
        result.outcome = outcomeForStatus(facts.httpStatus, result);
    }
    return result;
}

} // namespace bizkithub
