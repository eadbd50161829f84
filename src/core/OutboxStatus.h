// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outbox.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace bizkithub {

class Settings;

// How one machine's outbox stands, as an admin of many needs to know it: tickets by state, the
// oldest waiting one, the hold, the last delivery and the last failure, the key's kind, what
// the system scope locks. One reading, said three ways (the CLI's `status`, its `--json` and a
// Prometheus textfile) and shown by the window's status bar and the kiosk's sign, so that none
// of them can disagree.
struct OutboxStatus
{
    // The CLI's exit code says it too: 0, 4 (waiting too long), 5 (held).
    enum class Health
    {
        Healthy = 0,
        WaitingTooLong = 4,
        Held = 5,
    };

    QDateTime at; // when it was read (UTC)
    QHash<TicketState, int> counts;
    int waiting = 0; // queued, sending, uncertain or held
    QString oldestWaitingReference;
    QDateTime oldestWaitingSince;
    int alertAfterHours = 0;
    int waitingPastAlert = 0; // begun more than alertAfterHours ago, still waiting
    std::optional<Outbox::Hold> hold;
    QDateTime lastDelivery;
    std::optional<Outbox::Failure> lastFailure;
    QString keyKind;   // PROD, DEV_, ROOT; empty without a valid key
    QString keyMasked; // the first four characters and an ellipsis, never more
    QStringList lockedSettings;
    QString version;
    QString host;

    [[nodiscard]] static OutboxStatus read(const Outbox& outbox, const Settings& settings,
                                           const QDateTime& now = QDateTime::currentDateTimeUtc());

    [[nodiscard]] Health health() const;
    // Seconds the oldest waiting ticket has waited; 0 when none waits.
    [[nodiscard]] qint64 oldestWaitingAge() const;
    // "2 tickets have waited more than 4 hours: the oldest, K7Q2-9XMD, since 09:12." Empty when
    // none has.
    [[nodiscard]] QString alertSentence() const;

    [[nodiscard]] QJsonObject toJson() const;
    // The Prometheus text exposition format, for node_exporter's textfile collector.
    [[nodiscard]] QByteArray toPrometheus() const;
    // The report for people, one fact a line.
    [[nodiscard]] QString toText() const;
};

} // namespace bizkithub
