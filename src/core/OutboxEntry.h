// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "validation/ValidationIssue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace bizkithub {

// Where a ticket is in its life (DESIGN.md, "A ticket's life").
enum class TicketState
{
    Draft,     // being written, or parked with "Save as draft"
    Queued,    // waiting to be sent
    Sending,   // claimed by one process that is sending it now
    Uncertain, // sent, but no readable answer came back: will be sent again with the same key
    NeedsEdit, // the platform refused the content: someone must correct it
    Held,      // the key, certificate or address was refused: waits for new settings
    Sent,      // delivered
};

inline constexpr TicketState allTicketStates[] = {
    TicketState::Draft,     TicketState::Queued, TicketState::Sending, TicketState::Uncertain,
    TicketState::NeedsEdit, TicketState::Held,   TicketState::Sent,
};
// Those that wait to be delivered, by the sender or after new settings.
inline constexpr std::initializer_list<TicketState> waitingTicketStates = {
    TicketState::Queued, TicketState::Sending, TicketState::Uncertain, TicketState::Held};

[[nodiscard]] QString stateName(TicketState state); // "needs-edit", ...
[[nodiscard]] std::optional<TicketState> stateFromName(QStringView name);
// A translated word for people: "Waiting", "Needs correcting", ...
[[nodiscard]] QString stateDisplayName(TicketState state);
// Still the outbox's responsibility: everything but Sent.
[[nodiscard]] bool isUnsent(TicketState state);

// One attempt to deliver a ticket, as logged in the store.
struct AttemptRecord
{
    QDateTime time;
    QString outcome; // SubmitResult::outcomeName()
    int httpStatus = 0;
    QString errorCode;
    QString excerpt; // the start of the answer or the network error, secrets removed
};

// What an attempt's outcome (SubmitResult::outcomeName()) and HTTP status mean, as one short
// translated sentence for people: "The API key was refused.", "BizKitHub could not be reached."
// Empty for an empty outcome (nothing tried yet). The technical text stays in the log.
[[nodiscard]] QString plainReason(QStringView outcome, int httpStatus = 0);

// A ticket as the outbox keeps it.
struct OutboxEntry
{
    QUuid id;          // the ticket's own UUID: also its Idempotency-Key
    QString reference; // short client reference for staff, e.g. "K7Q2-9XMD"
    TicketState state = TicketState::Draft;
    Ticket typed;   // what the person typed, to reopen the form as it was
    Ticket payload; // the normalised ticket that is sent (empty for drafts)
    // The payload as stored, Ticket::toJson() of it: the request body, byte for byte. A ticket
    // claimed for sending carries this, not the parsed tickets.
    QByteArray body;
    QDateTime created;
    QDateTime updated;
    QDateTime nextAttempt; // invalid when nothing is scheduled
    QDateTime sentAt;
    int attempts = 0;
    QString lastOutcome;
    int lastHttpStatus = 0;          // of the last logged attempt; 0 when no HTTP answer came
    QString lastError;               // a short description of the last failure
    ValidationIssues rejectedFields; // fields the platform named when it refused the content
    bool purged = false;             // personal data removed after the retention time
    QList<AttemptRecord> log;

    // For `outbox list --json` and export: id, state, created, attempts, nextAttempt, ticket, ...
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace bizkithub
