// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QPair>

#include <chrono>

namespace bizkithub {

// Everything observed about one finished exchange, gathered by ContactFormClient.
struct ResponseFacts
{
    int httpStatus = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool bodyTruncated = false;
    bool requestSent = false; // the whole request body was written
    bool timedOut = false;
    bool cancelled = false;
    bool tlsErrors = false;
    QDateTime now; // UTC, for Retry-After in seconds
};

// The longest a server can make a ticket wait (Retry-After, X-RateLimit-Reset).
inline constexpr std::chrono::seconds maxServerWait{24 * 60 * 60};

// Turns what happened on the wire into a SubmitResult: the platform's machine code first, the
// HTTP status next, the transport error last. A pure function, tested on its own.
[[nodiscard]] SubmitResult classifyResponse(const ResponseFacts& facts);

// "120" or "Wed, 21 Oct 2026 07:28:00 GMT" -> an absolute UTC time; invalid when unreadable.
[[nodiscard]] QDateTime parseRetryAfter(const QByteArray& value, const QDateTime& now);

} // namespace bizkithub
