// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidationIssue.h"

#include <QString>

#include <optional>

namespace bizkithub {

// An e-mail address checked and put into the form the platform stores: the local part exactly
// as typed (NFC), the domain lowercased in its ASCII form. The domain must be a valid IDNA2008
// name (RFC 5890-5893), as a mail server that follows RFC 6531 expects.
class EmailAddress
{
public:
    struct Parsed
    {
        QString address;     // normalised; empty when problem is set
        QString displayName; // from "Display Name <address>", unquoted; may be empty
        std::optional<Problem> problem;
        QString detail; // what the problem's sentence names, e.g. the character not allowed
        // For a problem with an obvious fix (a typographic dash or quote in the domain), the
        // address with it fixed; otherwise empty. Never applied silently.
        QString suggestion;

        [[nodiscard]] bool isValid() const { return !problem.has_value(); }
    };

    struct NameParts
    {
        QString firstName;
        QString lastName;
    };

    // Accepts a bare address or a pasted "Display Name <address>".
    [[nodiscard]] static Parsed parse(const QString& input);

    // For a near-miss of a common mail domain ("jan@gmial.com"), the address the person most
    // likely meant ("jan@gmail.com"); otherwise empty. Never applied silently.
    [[nodiscard]] static QString suggestion(const QString& normalizedAddress);

    // "Jan Novák" -> Jan / Novák; "Novák, Jan" -> Jan / Novák; "Jan" -> Jan / "".
    [[nodiscard]] static NameParts splitDisplayName(const QString& displayName);
};

} // namespace bizkithub
