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

QString plainReason(QStringView outcome, int httpStatus)
{
    if (outcome.isEmpty()) {
        return {};
    }
    if (outcome == u"sent") {
        return QCoreApplication::translate("bizkithub::OutboxEntry", "Delivered.");
    }
    if (outcome == u"rejected") {
        return httpStatus == 400 || httpStatus == 422
                   ? QCoreApplication::translate("bizkithub::OutboxEntry",
                                                 "BizKitHub did not accept some fields.")
                   : QCoreApplication::translate(
                         "bizkithub::OutboxEntry",
                         "BizKitHub did not accept the ticket as it was written.");
    }
    if (outcome == u"auth-failed") {
        return QCoreApplication::translate("bizkithub::OutboxEntry", "The API key was refused.");
    }
    if (outcome == u"rate-limited") {
        return QCoreApplication::translate("bizkithub::OutboxEntry",
                                           "Too many tickets at once; BizKitHub asked to wait.");
    }
    if (outcome == u"server-error") {
        return httpStatus != 0 ? QCoreApplication::translate("bizkithub::OutboxEntry",
                                                             "BizKitHub had a problem (HTTP %1).")
                                     .arg(httpStatus)
                               : QCoreApplication::translate("bizkithub::OutboxEntry",
                                                             "BizKitHub had a problem.");
    }
    if (outcome == u"offline") {
        return QCoreApplication::translate("bizkithub::OutboxEntry",
                                           "BizKitHub could not be reached.");
    }
    if (outcome == u"uncertain") {
        return QCoreApplication::translate(
            "bizkithub::OutboxEntry", "The answer did not arrive; it will be sent again safely.");
    }
    if (outcome == u"tls-failure") {
        return QCoreApplication::translate("bizkithub::OutboxEntry",
                                           "The server's security certificate was not trusted.");
    }
    if (outcome == u"config-error") {
        if (httpStatus == 404) {
            return QCoreApplication::translate("bizkithub::OutboxEntry",
                                               "The server address in Settings is wrong.");
        }
        if (httpStatus >= 300 && httpStatus < 400) {
            return QCoreApplication::translate(
                "bizkithub::OutboxEntry", "The server address in Settings points somewhere else.");
        }
        return QCoreApplication::translate(
            "bizkithub::OutboxEntry", "The settings need correcting (API key or server address).");
    }
    if (outcome == u"cancelled") {
        return QCoreApplication::translate("bizkithub::OutboxEntry",
                                           "Sending was stopped before the ticket left.");
    }
    return QCoreApplication::translate("bizkithub::OutboxEntry", "The last attempt failed.");
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
