// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the outbox's implementation only: how a ticket and its fields sit in an SQLite row.

#include "OutboxEntry.h"

#include <QLoggingCategory>
#include <QVariant>

class QSqlQuery;

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace bizkithub::rows {

inline constexpr const char* entryColumns =
    "id, reference, state, typed, payload, created, updated, next_attempt, sent_at, attempts, "
    "last_outcome, last_error, rejected_fields, purged";

// Times are stored as milliseconds since the epoch (UTC); NULL when invalid.
[[nodiscard]] QVariant ms(const QDateTime& time);
[[nodiscard]] QDateTime fromMs(const QVariant& value);
[[nodiscard]] QString jsonOf(const Ticket& ticket);
[[nodiscard]] Ticket ticketOf(const QVariant& value);
[[nodiscard]] QString idText(const QUuid& id);
[[nodiscard]] QString issuesJson(const ValidationIssues& issues);
[[nodiscard]] ValidationIssues issuesOf(const QVariant& value);
// A row selected with entryColumns, in that order.
// Sending needs the body only: Parse::BodyOnly leaves typed and payload empty.
enum class Parse
{
    Tickets,
    BodyOnly
};
[[nodiscard]] OutboxEntry entryFrom(const QSqlQuery& q, Parse parse = Parse::Tickets);
// "'queued','uncertain'" for an IN (...) clause; state names are fixed words, never input.
[[nodiscard]] QString placeholders(const QList<TicketState>& states);

} // namespace bizkithub::rows
