// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/ValidationIssue.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace bizkithub {

// The outcome of one attempt to send a ticket, as a value: what happened, and everything a
// person or an admin needs to know about it. Never a string to parse.
struct SubmitResult
{
    enum class Outcome
    {
        Sent,        // the platform answered success: true
        Rejected,    // the content was refused (400/422, other 4xx, success: false): fix and resend
        AuthFailed,  // the API key was refused (401/403, PUBLIC_API_KEY_DOES_NOT_EXIST)
        RateLimited, // 429: too many tickets for this key right now; see retryAt
        ServerError, // 5xx: the platform failed; worth retrying
        Offline,     // the request never reached the platform
        Uncertain,   // the request left but no readable answer came back: it may have arrived
        TlsFailure,  // the server's certificate was not trusted
        ConfigError, // the address, key or certificate settings are wrong; nothing was sent
        Cancelled,   // the person cancelled before the request left
    };

    // Why a ConfigError happened (None for every other outcome).
    enum class ConfigIssue
    {
        None,
        MissingKey,
        InvalidKey,
        InvalidUrl,
        InsecureUrl,
        CaCertificates,
        Redirect,
        NotFound,
        ProxyAuthentication,
        RootKeyOnKiosk,
    };

    // What an outcome means for its ticket and the queue. This is the one place that says it:
    // the store's next state, the sender's retry and pause, the window's page, the banner's
    // actions and the CLI's exit code all follow from it.
    enum class Fate
    {
        Delivered,   // Sent: done
        NeedsEdit,   // Rejected: a person corrects the content and sends again
        HoldQueue,   // AuthFailed, TlsFailure, ConfigError: every ticket waits for new settings
        RetryLater,  // RateLimited, ServerError, Offline: sent again later; the queue pauses
        SendAgain,   // Uncertain: may have arrived; sent again with the same Idempotency-Key
        BackToDraft, // Cancelled: stopped before it left; the person goes on editing
    };
    [[nodiscard]] static Fate fateOf(Outcome outcome);

    Outcome outcome = Outcome::Offline;
    ConfigIssue configIssue = ConfigIssue::None;
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString errorCode;     // the platform's machine code, e.g. RATE_LIMIT_EXCEEDED
    QString serverMessage; // the platform's developer message (never shown alone)
    QString requestId;     // X-Request-Id or the envelope's requestId
    QString networkError;  // Qt's description of a transport failure, secrets removed
    QUrl redirectTarget;   // where a 3xx pointed
    QDateTime retryAt;     // from Retry-After (seconds or HTTP date), UTC
    std::optional<qint64> rateLimitLimit;
    std::optional<qint64> rateLimitRemaining;
    QDateTime rateLimitReset; // from X-RateLimit-Reset (Unix time), UTC
    bool requestSent = false; // the whole body left this machine
    bool bodyTruncated = false;
    QByteArray bodyExcerpt;       // the start of the answer, for diagnostics, secrets removed
    ValidationIssues fieldIssues; // fields the platform named in a rejection

    [[nodiscard]] Fate fate() const { return fateOf(outcome); }
    [[nodiscard]] bool isSent() const { return outcome == Outcome::Sent; }
    // Needs a person to change the settings before anything else can be sent.
    [[nodiscard]] bool holdsQueue() const { return fate() == Fate::HoldQueue; }
    // Worth sending again later without changing anything.
    [[nodiscard]] bool isRetryable() const;

    // A stable name for logs and --json: "sent", "rejected", "auth-failed", ...
    [[nodiscard]] static QString outcomeName(Outcome outcome);
    [[nodiscard]] static std::optional<Outcome> outcomeFromName(QStringView name);
    [[nodiscard]] QString outcomeName() const { return outcomeName(outcome); }
    // One translated sentence that says what happened and what happens next.
    [[nodiscard]] QString userMessage() const;
    // Translated lines for the "Details" section: HTTP status, error code, request id, ...
    [[nodiscard]] QStringList details() const;
    [[nodiscard]] QJsonObject toJson() const;
    // https://docs.bizkithub.com/errors/<CODE> for a platform code; empty otherwise.
    [[nodiscard]] QUrl documentationUrl() const;
    // The redirect target as it may be shown: no query, no user info, no key.
    [[nodiscard]] QString shownRedirectTarget() const;
};

} // namespace bizkithub

Q_DECLARE_METATYPE(bizkithub::SubmitResult)
