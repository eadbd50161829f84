// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QDateTime>
#include <QString>

namespace bizkithub {

// The customer's agreement to the organisation's notice (form/consentText), as the ticket
// records it: when, and to which text. The internal note carries one line for it, so the
// business can show later what was agreed to; the text itself is named by a short hash.
struct Consent
{
    QDateTime givenAt; // UTC
    QString text;      // exactly the text shown

    // The first 8 hex digits of the SHA-256 of the text (NFC, spaces simplified): the same
    // notice gives the same hash wherever it was shown.
    [[nodiscard]] static QString hashOf(const QString& text);
    // "Consent given 2026-12-02 09:42 UTC to the notice #1a2b3c4d." Not translated: the note is
    // read by the organisation's staff in BizKitHub, whatever the desk's language.
    [[nodiscard]] QString noteLine() const;
    // The ticket with the line added to its internal note.
    [[nodiscard]] Ticket recordedIn(const Ticket& payload) const;

    // What the desk asks staff to confirm when the admin wrote no text of their own.
    [[nodiscard]] static QString defaultDeskText();
    // What a kiosk guest agrees to when the admin wrote no text of their own.
    [[nodiscard]] static QString defaultKioskText();
    // Said when consent is required and was not given, for staff, guests and the CLI.
    [[nodiscard]] static QString missingMessage();
};

} // namespace bizkithub
