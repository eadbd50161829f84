// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "validation/ValidationIssue.h"

#include <QString>

namespace bizkithub {

// What the admin decided about the form; the rest of the rules are the platform's.
struct FormPolicy
{
    static constexpr int defaultMessageMaxLength = 10000;
    static constexpr int nameMaxLength = 100;
    static constexpr int subjectMaxLength = 200;
    static constexpr int noticeMaxLength = 4000;

    int messageMaxLength = defaultMessageMaxLength;
    QString defaultRegion = QStringLiteral("CZ"); // for phone numbers typed without +
};

// Checks a ticket as typed and produces the normal form that is sent. The only place the rules
// of API.md live: the form, the CLI and the outbox all ask this class.
class TicketValidator
{
public:
    explicit TicketValidator(FormPolicy policy = {});

    struct FieldResult
    {
        QString normalized;  // what is sent (empty when the field is empty or invalid)
        QString display;     // how to show it once checked (phone: "+420 777 123 456")
        QString suggestion;  // e-mail: "Did you mean ...?" candidate
        QString displayName; // e-mail: the name from a pasted "Name <address>"
        ValidationIssues issues;

        [[nodiscard]] bool isValid() const { return issues.isEmpty(); }
    };

    struct Result
    {
        Ticket ticket; // normalised; fields with problems keep their typed value
        ValidationIssues issues;

        [[nodiscard]] bool isValid() const { return issues.isEmpty(); }
    };

    [[nodiscard]] FieldResult checkField(TicketField field, const QString& input) const;
    [[nodiscard]] Result validate(const Ticket& typed) const;

    [[nodiscard]] const FormPolicy& policy() const { return m_policy; }
    [[nodiscard]] int maxLength(TicketField field) const;

private:
    FormPolicy m_policy;
};

} // namespace bizkithub
