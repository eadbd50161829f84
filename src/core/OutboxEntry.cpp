// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxEntry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bizkithub {

namespace {

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QString stateName(TicketState state)
{
    switch (state) {
    case TicketState::Draft:
        return QStringLiteral("draft");
    case TicketState::Queued:
        return QStringLiteral("queued");
    case TicketState::Sending:
        return QStringLiteral("sending");
    case TicketState::Uncertain:
        return QStringLiteral("uncertain");
    case TicketState::NeedsEdit:
        return QStringLiteral("needs-edit");
    case TicketState::Held:
        return QStringLiteral("held");
    case TicketState::Sent:
        return QStringLiteral("sent");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<TicketState> stateFromName(QStringView name)
{
    for (const TicketState state :
         {TicketState::Draft, TicketState::Queued, TicketState::Sending, TicketState::Uncertain,
          TicketState::NeedsEdit, TicketState::Held, TicketState::Sent}) {
        if (stateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

QString stateDisplayName(TicketState state)
{
    switch (state) {
    case TicketState::Draft:
        return QCoreApplication::translate("bizkithub::OutboxEntry", "Draft");
    case TicketState::Queued:
        return QCoreApplication::translate("bizkithub::OutboxEntry", "Waiting");
    case TicketState::Sending:
        return QCoreApplication::translate("bizkithub::OutboxEntry", "Sending");
    case TicketState::Uncertain:
        return QCoreApplication::translate("bizkithub::OutboxEntry", "Sending again");
    case TicketState::NeedsEdit:
        return QCoreApplication::translate("bizkithub::OutboxEntry", "Needs correcting");
    case TicketState::Held:
        return QCoreApplication::translate("bizkithub::OutboxEntry", "On hold");
    case TicketState::Sent:
        return QCoreApplication::translate("bizkithub::OutboxEntry", "Sent");
    }
    Q_UNREACHABLE();
    return {};
}

bool isUnsent(TicketState state)
{
    return state != TicketState::Sent;
}

QJsonObject OutboxEntry::toJson() const
{
    QJsonArray attemptLog;
    for (const AttemptRecord& a : log) {
        attemptLog.append(QJsonObject{{QStringLiteral("time"), timeValue(a.time)},
                                      {QStringLiteral("outcome"), a.outcome},
                                      {QStringLiteral("httpStatus"), a.httpStatus},
                                      {QStringLiteral("errorCode"), a.errorCode},
                                      {QStringLiteral("excerpt"), a.excerpt}});
    }
    QJsonArray fields;
    for (const ValidationIssue& issue : rejectedFields) {
        fields.append(QJsonObject{{QStringLiteral("field"), apiName(issue.field)},
                                  {QStringLiteral("message"), issue.detail}});
    }
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("created"), timeValue(created)},
        {QStringLiteral("updated"), timeValue(updated)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("nextAttempt"), timeValue(nextAttempt)},
        {QStringLiteral("sentAt"), timeValue(sentAt)},
        {QStringLiteral("lastOutcome"), lastOutcome},
        {QStringLiteral("lastError"), lastError},
        {QStringLiteral("purged"), purged},
        // The ticket as it will be sent; a draft has not been checked yet, so it is as typed.
        {QStringLiteral("ticket"),
         state == TicketState::Draft ? typed.toJsonObject() : payload.toJsonObject()},
        {QStringLiteral("typed"), typed.toJsonObject()},
        {QStringLiteral("rejectedFields"), fields},
        {QStringLiteral("log"), attemptLog},
    };
}

} // namespace bizkithub
