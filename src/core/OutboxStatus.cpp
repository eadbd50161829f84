// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxStatus.h"

#include "Settings.h"
#include "Version.h"
#include "validation/ApiKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSysInfo>

namespace bizkithub {

namespace {

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

qint64 seconds(const QDateTime& time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

// A label value in the text format: backslash, double quote and line feed escaped.
QByteArray label(const QString& value)
{
    QByteArray text = value.toUtf8();
    text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return text;
}

QString localTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

OutboxStatus OutboxStatus::read(const Outbox& outbox, const Settings& settings,
                                const QDateTime& now)
{
    OutboxStatus status;
    status.at = now.toUTC();
    status.counts = outbox.countsByState();
    for (const TicketState state : waitingTicketStates) {
        status.waiting += status.counts.value(state);
    }
    const QList<OutboxEntry> oldest = outbox.entries(waitingTicketStates, 1);
    if (!oldest.isEmpty()) {
        status.oldestWaitingReference = oldest.first().reference;
        status.oldestWaitingSince = oldest.first().created.toUTC();
    }
    status.alertAfterHours = settings.alertAfterHours();
    status.waitingPastAlert = outbox.countCreatedBefore(
        waitingTicketStates, now.addSecs(-3600LL * status.alertAfterHours));
    status.hold = outbox.hold();
    status.lastDelivery = outbox.lastSentTime().toUTC();
    status.lastFailure = outbox.lastFailedAttempt();
    if (const auto key = ApiKey::fromString(settings.apiKey())) {
        status.keyMasked = key->masked();
        status.keyKind = key->value().left(4);
    }
    status.lockedSettings = settings.lockedKeyNames();
    status.version = applicationVersion();
    status.host = QSysInfo::machineHostName();
    return status;
}

OutboxStatus::Health OutboxStatus::health() const
{
    if (hold) {
        return Health::Held;
    }
    return waitingPastAlert > 0 ? Health::WaitingTooLong : Health::Healthy;
}

qint64 OutboxStatus::oldestWaitingAge() const
{
    return oldestWaitingSince.isValid() ? std::max<qint64>(0, oldestWaitingSince.secsTo(at)) : 0;
}

QString OutboxStatus::alertSentence() const
{
    if (waitingPastAlert == 0) {
        return {};
    }
    return QCoreApplication::translate(
               "bizkithub::OutboxStatus",
               "%n ticket(s) have waited more than %1 hours: the oldest, %2, since %3.", nullptr,
               waitingPastAlert)
        .arg(alertAfterHours)
        .arg(oldestWaitingReference, localTime(oldestWaitingSince));
}

QJsonObject OutboxStatus::toJson() const
{
    QJsonObject states;
    for (const TicketState state : allTicketStates) {
        states.insert(stateName(state), counts.value(state));
    }
    QJsonObject json{
        {QStringLiteral("at"), timeValue(at)},
        {QStringLiteral("health"), int(health())},
        {QStringLiteral("tickets"), states},
        {QStringLiteral("waiting"), waiting},
        {QStringLiteral("alertAfterHours"), alertAfterHours},
        {QStringLiteral("waitingPastAlert"), waitingPastAlert},
        {QStringLiteral("lastDelivery"), timeValue(lastDelivery)},
        {QStringLiteral("key"), keyMasked.isEmpty() ? QJsonValue() : QJsonValue(keyMasked)},
        {QStringLiteral("keyKind"), keyKind.isEmpty() ? QJsonValue() : QJsonValue(keyKind)},
        {QStringLiteral("lockedSettings"), QJsonArray::fromStringList(lockedSettings)},
        {QStringLiteral("version"), version},
        {QStringLiteral("host"), host},
    };
    json.insert(QStringLiteral("oldestWaiting"),
                oldestWaitingReference.isEmpty()
                    ? QJsonValue()
                    : QJsonObject{{QStringLiteral("reference"), oldestWaitingReference},
                                  {QStringLiteral("since"), timeValue(oldestWaitingSince)},
                                  {QStringLiteral("ageSeconds"), oldestWaitingAge()}});
    json.insert(QStringLiteral("hold"),
                hold ? QJsonObject{{QStringLiteral("outcome"), hold->outcome},
                                   {QStringLiteral("reason"), hold->message},
                                   {QStringLiteral("since"), timeValue(hold->since)}}
                     : QJsonValue());
    json.insert(
        QStringLiteral("lastFailure"),
        lastFailure
            ? QJsonObject{{QStringLiteral("reference"), lastFailure->reference},
                          {QStringLiteral("time"), timeValue(lastFailure->attempt.time)},
                          {QStringLiteral("outcome"), lastFailure->attempt.outcome},
                          {QStringLiteral("httpStatus"), lastFailure->attempt.httpStatus},
                          {QStringLiteral("reason"), plainReason(lastFailure->attempt.outcome,
                                                                 lastFailure->attempt.httpStatus)}}
            : QJsonValue());
    return json;
}

QByteArray OutboxStatus::toPrometheus() const
{
    QByteArray text;
    const auto metric = [&text](const char* name, const char* help) {
        text += QByteArray("# HELP bizkithub_contact_") + name + ' ' + help + '\n';
        text += QByteArray("# TYPE bizkithub_contact_") + name + " gauge\n";
    };
    const auto value = [&text](const char* name, const QByteArray& labels, qint64 number) {
        text += QByteArray("bizkithub_contact_") + name + labels + ' ' +
                QByteArray::number(number) + '\n';
    };
    metric("tickets", "Tickets in the outbox by state.");
    for (const TicketState state : allTicketStates) {
        value("tickets", "{state=\"" + label(stateName(state)) + "\"}", counts.value(state));
    }
    metric("waiting_tickets",
           "Tickets waiting to be delivered (queued, sending, uncertain, held).");
    value("waiting_tickets", {}, waiting);
    metric("oldest_waiting_age_seconds",
           "How long the oldest waiting ticket has waited; 0 when none waits.");
    value("oldest_waiting_age_seconds", {}, oldestWaitingAge());
    metric("waiting_past_alert_tickets",
           "Tickets that have waited longer than outbox/alertAfterHours.");
    value("waiting_past_alert_tickets", {}, waitingPastAlert);
    metric("alert_after_seconds", "The wait after which a ticket counts as waiting too long.");
    value("alert_after_seconds", {}, 3600LL * alertAfterHours);
    metric("held", "1 while sending is held (a refused key, certificate or address).");
    value("held", "{outcome=\"" + label(hold ? hold->outcome : QString()) + "\"}", hold ? 1 : 0);
    metric("held_since_timestamp_seconds", "When the hold began (Unix time); 0 when not held.");
    value("held_since_timestamp_seconds", {}, hold ? seconds(hold->since) : 0);
    metric("last_delivery_timestamp_seconds", "When a ticket was last delivered; 0 never.");
    value("last_delivery_timestamp_seconds", {}, seconds(lastDelivery));
    metric("last_failure_timestamp_seconds",
           "When an attempt last failed to deliver a ticket; 0 never.");
    value("last_failure_timestamp_seconds",
          "{outcome=\"" + label(lastFailure ? lastFailure->attempt.outcome : QString()) + "\"}",
          lastFailure ? seconds(lastFailure->attempt.time) : 0);
    metric("health", "0 healthy, 4 tickets waiting too long, 5 held (the CLI's status exit code).");
    value("health", {}, int(health()));
    metric("info", "The machine: version, host name and the kind of API key.");
    value("info",
          "{version=\"" + label(version) + "\",host=\"" + label(host) + "\",key_kind=\"" +
              label(keyKind) + "\"}",
          1);
    return text;
}

QString OutboxStatus::toText() const
{
    QStringList lines;
    QStringList states;
    for (const TicketState state : allTicketStates) {
        states << QStringLiteral("%1 %2").arg(stateDisplayName(state)).arg(counts.value(state));
    }
    lines << QCoreApplication::translate("bizkithub::OutboxStatus", "Tickets: %1")
                 .arg(states.join(QStringLiteral(", ")));
    if (oldestWaitingReference.isEmpty()) {
        lines << QCoreApplication::translate("bizkithub::OutboxStatus", "Oldest waiting: none");
    } else {
        const int minutes = int(oldestWaitingAge() / 60);
        lines << QCoreApplication::translate("bizkithub::OutboxStatus",
                                             "Oldest waiting: %1, since %2 (%n minute(s))", nullptr,
                                             minutes)
                     .arg(oldestWaitingReference, localTime(oldestWaitingSince));
    }
    if (const QString alert = alertSentence(); !alert.isEmpty()) {
        lines << alert;
    }
    lines << (hold ? QCoreApplication::translate("bizkithub::OutboxStatus",
                                                 "Sending is on hold since %1: %2")
                         .arg(localTime(hold->since), hold->message)
                   : QCoreApplication::translate("bizkithub::OutboxStatus",
                                                 "Sending is not on hold."));
    lines << (lastDelivery.isValid()
                  ? QCoreApplication::translate("bizkithub::OutboxStatus", "Last delivery: %1")
                        .arg(localTime(lastDelivery))
                  : QCoreApplication::translate("bizkithub::OutboxStatus", "Last delivery: never"));
    if (lastFailure) {
        lines << QCoreApplication::translate("bizkithub::OutboxStatus",
                                             "Last failed attempt: %1, %2: %3")
                     .arg(lastFailure->reference, localTime(lastFailure->attempt.time),
                          plainReason(lastFailure->attempt.outcome,
                                      lastFailure->attempt.httpStatus));
    }
    lines << (keyMasked.isEmpty()
                  ? QCoreApplication::translate("bizkithub::OutboxStatus", "API key: none")
                  : QCoreApplication::translate("bizkithub::OutboxStatus", "API key: %1")
                        .arg(keyMasked));
    lines << (lockedSettings.isEmpty()
                  ? QCoreApplication::translate("bizkithub::OutboxStatus",
                                                "Locked by the system scope: nothing")
                  : QCoreApplication::translate("bizkithub::OutboxStatus",
                                                "Locked by the system scope: %1")
                        .arg(lockedSettings.join(QStringLiteral(", "))));
    lines << QCoreApplication::translate("bizkithub::OutboxStatus", "Version %1 on %2")
                 .arg(version, host);
    return lines.join(u'\n') + u'\n';
}

} // namespace bizkithub
