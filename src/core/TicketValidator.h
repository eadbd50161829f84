// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "validation/ValidationIssue.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace bizkithub {

// What the admin decided about the form; the rest of the rules are the platform's. The same
// policy is applied by the window, the kiosk and the CLI, because all of them ask
// TicketValidator.
struct FormPolicy
{
    static constexpr int defaultMessageMaxLength = 10000;
    static constexpr int nameMaxLength = 100;
    static constexpr int subjectMaxLength = 200;
    static constexpr int noticeMaxLength = 4000;

    // How the customer must be reachable.
    enum class ContactRequirement
    {
        None,
        Email,
        Phone,
        EmailOrPhone,
    };

    int messageMaxLength = defaultMessageMaxLength;
    QString defaultRegion = QStringLiteral("CZ"); // for phone numbers typed without +
    QSet<TicketField> requiredFields;             // the message is always required
    ContactRequirement requireContact = ContactRequirement::None;
    // Hidden fields are not shown; read-only fields are shown but cannot be changed. Either way
    // the field's value is its preset.
    QSet<TicketField> hiddenFields;
    QSet<TicketField> readOnlyFields;
    // What a new ticket starts with; "{hostname}" and "{date}" are filled in when used.
    Ticket presets;
    // The organisation's notice the customer agrees to (form/consentText, in the language
    // shown), and whether a ticket may go without that agreement. With a requirement and no
    // text, the desk and the kiosk use a default sentence.
    QString consentText;
    bool consentRequired = false;
    // Whether the form asks for consent at all.
    [[nodiscard]] bool asksConsent() const { return consentRequired || !consentText.isEmpty(); }

    [[nodiscard]] static std::optional<ContactRequirement>
    contactRequirementFromString(QStringView text);
    [[nodiscard]] static QString toString(ContactRequirement requirement);
    // Said to the person before they start: how they must leave a way to reply; empty when any
    // ticket will do.
    [[nodiscard]] QString contactSentence() const;

    // Required by the admin or the platform. A hidden field is never required: nobody could
    // fill it in.
    [[nodiscard]] bool isRequired(TicketField field) const;
    [[nodiscard]] bool isHidden(TicketField field) const { return hiddenFields.contains(field); }
    // Hidden or read-only: the preset decides, not the person.
    [[nodiscard]] bool isLocked(TicketField field) const;
    // In kiosk mode customers type the ticket: the internal note and the address copied are the
    // organisation's business, hidden and taken from the presets.
    void hideInternalFields();

    // The preset of a field with its placeholders filled in.
    [[nodiscard]] QString presetValue(TicketField field, const QDateTime& now,
                                      const QString& hostname) const;
    // What a new form shows.
    [[nodiscard]] Ticket initialTicket(const QDateTime& now, const QString& hostname) const;
    // The ticket as the policy makes it: every locked field takes its preset.
    [[nodiscard]] Ticket apply(const Ticket& typed, const QDateTime& now,
                               const QString& hostname) const;
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
        Ticket typed;  // what was typed, with the policy applied (locked fields take presets)
        Ticket ticket; // normalised; fields with problems keep their typed value
        ValidationIssues issues;

        [[nodiscard]] bool isValid() const { return issues.isEmpty(); }
    };

    [[nodiscard]] FieldResult checkField(TicketField field, const QString& input) const;
    // Applies the policy, then checks every field. now and hostname fill the presets' {date}
    // and {hostname}.
    [[nodiscard]] Result validate(const Ticket& typed,
                                  const QDateTime& now = QDateTime::currentDateTime(),
                                  const QString& hostname = defaultHostname()) const;
    [[nodiscard]] static QString defaultHostname();

    [[nodiscard]] const FormPolicy& policy() const { return m_policy; }
    [[nodiscard]] int maxLength(TicketField field) const;

private:
    FormPolicy m_policy;
};

} // namespace bizkithub
