// SPDX-License-Identifier: GPL-3.0-or-later
// Moving tickets between machines: export to a JSON document, import from one.
#include "Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bizkithub {

QByteArray Outbox::exportJson(const QList<TicketState>& states) const
{
    const QList<TicketState> wanted =
        states.isEmpty() ? QList<TicketState>{TicketState::Draft,     TicketState::Queued,
                                              TicketState::Sending,   TicketState::Uncertain,
                                              TicketState::NeedsEdit, TicketState::Held}
                         : states;
    QJsonArray tickets;
    for (const OutboxEntry& e : entries(wanted)) {
        tickets.append(e.toJson());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("bizkithub-outbox")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("exported"), now().toString(Qt::ISODate)},
                                     {QStringLiteral("tickets"), tickets}})
        .toJson(QJsonDocument::Indented);
}

Outbox::ImportResult Outbox::importJson(const QByteArray& json, const TicketValidator* validator)
{
    ImportResult result;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError ||
        root.value(u"format").toString() != u"bizkithub-outbox") {
        result.errors.append(tr("This is not an exported outbox file."));
        return result;
    }
    for (const QJsonValue& v : root.value(u"tickets").toArray()) {
        const QJsonObject o = v.toObject();
        OutboxEntry e;
        e.id = QUuid::fromString(o.value(u"id").toString());
        const auto state = stateFromName(o.value(u"state").toString());
        if (e.id.isNull() || !state || *state == TicketState::Sent) {
            result.errors.append(tr("Skipped an entry without a valid id or state."));
            continue;
        }
        if (entry(e.id)) {
            ++result.skipped; // the UUID decides: importing twice adds nothing
            continue;
        }
        e.reference = o.value(u"reference").toString();
        // On the new machine nothing has been tried yet, except that a ticket which may already
        // have arrived stays uncertain.
        e.state = *state == TicketState::Sending ? TicketState::Uncertain : *state;
        if (e.state == TicketState::Held) {
            e.state = TicketState::Queued;
        }
        e.typed = Ticket::fromJsonObject(o.value(u"typed").toObject());
        e.payload = Ticket::fromJsonObject(o.value(u"ticket").toObject());
        e.created = QDateTime::fromString(o.value(u"created").toString(), Qt::ISODateWithMs);
        e.attempts = o.value(u"attempts").toInt();
        e.lastOutcome = o.value(u"lastOutcome").toString();
        e.lastError = o.value(u"lastError").toString();
        if (validator && e.state == TicketState::Queued) {
            if (const auto checked = validator->validate(e.typed); !checked.isValid()) {
                e.state = TicketState::NeedsEdit;
                e.rejectedFields = checked.issues;
                ++result.needEdit;
            }
        }
        if (e.state == TicketState::Queued || e.state == TicketState::Uncertain) {
            e.nextAttempt = now();
        }
        if (restore(e)) {
            ++result.added;
        } else {
            result.errors.append(
                tr("Could not store ticket %1: %2.").arg(e.reference, problemReason()));
        }
    }
    return result;
}

} // namespace bizkithub
