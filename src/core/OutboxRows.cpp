// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace bizkithub::rows {

QVariant ms(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString jsonOf(const Ticket& ticket)
{
    return QString::fromUtf8(ticket.toJson());
}

Ticket ticketOf(const QVariant& value)
{
    return Ticket::fromJsonObject(QJsonDocument::fromJson(value.toString().toUtf8()).object());
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString issuesJson(const ValidationIssues& issues)
{
    QJsonArray array;
    for (const ValidationIssue& issue : issues) {
        array.append(QJsonObject{{QStringLiteral("field"), apiName(issue.field)},
                                 {QStringLiteral("message"), issue.detail}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

ValidationIssues issuesOf(const QVariant& value)
{
    ValidationIssues issues;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        if (const auto field = fieldFromApiName(o.value(u"field").toString())) {
            issues.append({*field, Problem::Server, 0, o.value(u"message").toString()});
        }
    }
    return issues;
}

OutboxEntry entryFrom(const QSqlQuery& q, Parse parse)
{
    OutboxEntry e;
    e.id = QUuid::fromString(q.value(0).toString());
    e.reference = q.value(1).toString();
    e.state = stateFromName(q.value(2).toString()).value_or(TicketState::Queued);
    e.body = q.value(4).toString().toUtf8();
    if (parse == Parse::Tickets) {
        e.typed = ticketOf(q.value(3));
        e.payload = ticketOf(q.value(4));
    }
    e.created = fromMs(q.value(5));
    e.updated = fromMs(q.value(6));
    e.nextAttempt = fromMs(q.value(7));
    e.sentAt = fromMs(q.value(8));
    e.attempts = q.value(9).toInt();
    e.lastOutcome = q.value(10).toString();
    e.lastError = q.value(11).toString();
    e.rejectedFields = issuesOf(q.value(12));
    e.purged = q.value(13).toBool();
    return e;
}

QString placeholders(const QList<TicketState>& states)
{
    QStringList names;
    for (const TicketState s : states) {
        names.append(u'\'' + stateName(s) + u'\'');
    }
    return names.join(u',');
}

} // namespace bizkithub::rows
