// SPDX-License-Identifier: GPL-3.0-or-later
// What the outbox tells about itself for a machine's status (OutboxStatus): counts by state,
// the oldest waiting ticket, the last attempt that did not deliver.
#include "Outbox.h"
#include "OutboxRows.h"

#include <QSqlQuery>

namespace bizkithub {

using namespace rows;

QHash<TicketState, int> Outbox::countsByState() const
{
    QHash<TicketState, int> counts;
    for (const TicketState state : allTicketStates) {
        counts.insert(state, 0);
    }
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("SELECT state, COUNT(*) FROM tickets GROUP BY state"))) {
        return counts;
    }
    while (q.next()) {
        if (const auto state = stateFromName(q.value(0).toString())) {
            counts.insert(*state, q.value(1).toInt());
        }
    }
    return counts;
}

int Outbox::countCreatedBefore(const QList<TicketState>& states, const QDateTime& before) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state IN (%1) AND created < ?")
                  .arg(placeholders(states)));
    q.addBindValue(before.toMSecsSinceEpoch());
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<Outbox::Failure> Outbox::lastFailedAttempt() const
{
    QSqlQuery q = query();
    if (!run(q, QStringLiteral(
                    "SELECT t.reference, a.time, a.outcome, a.http_status, a.error_code "
                    "FROM attempts a JOIN tickets t ON t.id = a.ticket_id "
                    "WHERE a.outcome NOT IN ('sent', 'cancelled') ORDER BY a.time DESC LIMIT 1")) ||
        !q.next()) {
        return std::nullopt;
    }
    Failure failure;
    failure.reference = q.value(0).toString();
    failure.attempt.time = fromMs(q.value(1));
    failure.attempt.outcome = q.value(2).toString();
    failure.attempt.httpStatus = q.value(3).toInt();
    failure.attempt.errorCode = q.value(4).toString();
    return failure;
}

} // namespace bizkithub
