// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QList>
#include <QString>

namespace bizkithub {

// Everything that can be wrong with what a person typed into one field.
enum class Problem
{
    Required,
    TooLong,
    EmailNoAt,
    EmailTooManyAt,
    EmailLocalPartEmpty,
    EmailLocalPartDots,
    EmailLocalPartQuoted,
    EmailLocalPartCharacters,
    EmailLocalPartTooLong,
    EmailDomainEmpty,
    EmailDomainIpLiteral,
    EmailDomainOneLabel,
    EmailDomainLabel,
    EmailDomainNumericTld,
    EmailTooLong,
    EmailSeveralAddresses,
    EmailDomainCharacter,        // detail: the character
    EmailDomainDash,             // detail: the dash, typed in place of a hyphen
    EmailDomainCharacterContext, // detail: the character, allowed only next to certain others
    EmailDomainDirection,        // detail: the part of the domain
    EmailDomainEncodedLabel,     // detail: the "xn--" part of the domain
    EmailDomainHyphens,          // detail: the part of the domain
    EmailDomainReserved,         // detail: the reserved ending, e.g. ".test"
    PhoneNotANumber,
    PhoneCountryCode,
    PhoneTooShort,
    PhoneTooLong,
    PhoneInvalid,
    PhoneExtension,
    CategoryFormat,
    CategoryTooLong,
    EmailOrPhoneRequired, // the admin asks for a way to reply: an e-mail or a phone
    Server,               // the server named the field; its own words are in detail
};

// One problem with one field: a value, so the form, the CLI and the outbox can each present it.
// The sentence is made when it is asked for, so it follows the language in force at that moment.
struct ValidationIssue
{
    TicketField field = TicketField::Message;
    Problem problem = Problem::Required;
    int limit = 0;  // for TooLong and friends: the maximum that applies
    QString detail; // for Server: the server's message; otherwise optional context

    // A stable machine code, e.g. "email-no-at", for --json output and logs.
    [[nodiscard]] QString code() const;
    // A translated sentence that says what to do, e.g. "Enter the e-mail address with an @ ...".
    [[nodiscard]] QString message() const;

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace bizkithub
