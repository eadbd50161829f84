// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketValidator.h"

#include "validation/CategorySlug.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumber.h"
#include "validation/TextRules.h"

namespace bizkithub {

TicketValidator::TicketValidator(FormPolicy policy)
    : m_policy(std::move(policy))
{}

int TicketValidator::maxLength(TicketField field) const
{
    switch (field) {
    case TicketField::Message:
        return m_policy.messageMaxLength;
    case TicketField::Subject:
        return FormPolicy::subjectMaxLength;
    case TicketField::Notice:
        return FormPolicy::noticeMaxLength;
    case TicketField::CustomerFirstName:
    case TicketField::CustomerLastName:
        return FormPolicy::nameMaxLength;
    case TicketField::CategorySlug:
        return CategorySlug::maxLength;
    case TicketField::CustomerEmail:
    case TicketField::SendToEmail:
        return 254;
    case TicketField::CustomerPhone:
        return 64;
    }
    Q_UNREACHABLE();
    return 0;
}

TicketValidator::FieldResult TicketValidator::checkField(TicketField field,
                                                         const QString& input) const
{
    FieldResult result;
    const auto fail = [&](Problem problem, int limit = 0) {
        result.normalized.clear();
        result.issues.append(ValidationIssue{field, problem, limit, {}});
        return result;
    };

    switch (field) {
    case TicketField::Message:
    case TicketField::Notice:
        result.normalized = text::normalizeMultiLine(input);
        break;
    case TicketField::Subject:
    case TicketField::CustomerFirstName:
    case TicketField::CustomerLastName:
        result.normalized = text::normalizeSingleLine(input);
        break;
    case TicketField::CategorySlug:
    case TicketField::CustomerEmail:
    case TicketField::SendToEmail:
    case TicketField::CustomerPhone:
        result.normalized = input.trimmed();
        break;
    }
    result.display = result.normalized;

    if (result.normalized.isEmpty()) {
        if (field == TicketField::Message) {
            return fail(Problem::Required);
        }
        return result; // every other field is optional
    }

    switch (field) {
    case TicketField::Message:
    case TicketField::Notice:
    case TicketField::Subject:
    case TicketField::CustomerFirstName:
    case TicketField::CustomerLastName:
        if (text::characterCount(result.normalized) > maxLength(field)) {
            return fail(Problem::TooLong, maxLength(field));
        }
        break;
    case TicketField::CategorySlug:
        if (const auto problem = CategorySlug::check(result.normalized)) {
            return fail(*problem, CategorySlug::maxLength);
        }
        break;
    case TicketField::CustomerEmail:
    case TicketField::SendToEmail: {
        const auto parsed = EmailAddress::parse(result.normalized);
        result.displayName = parsed.displayName;
        if (parsed.problem) {
            return fail(*parsed.problem);
        }
        result.normalized = parsed.address;
        result.display = parsed.address;
        result.suggestion = EmailAddress::suggestion(parsed.address);
        break;
    }
    case TicketField::CustomerPhone: {
        const auto parsed = PhoneNumber::parse(result.normalized, m_policy.defaultRegion);
        if (parsed.problem) {
            return fail(*parsed.problem);
        }
        result.normalized = parsed.canonical;
        result.display = parsed.display;
        break;
    }
    }
    return result;
}

TicketValidator::Result TicketValidator::validate(const Ticket& typed) const
{
    Result result;
    for (const TicketField field : allTicketFields) {
        const QString input = typed.value(field);
        const FieldResult checked = checkField(field, input);
        result.ticket.setValue(field, checked.isValid() ? checked.normalized : input);
        result.issues.append(checked.issues);
    }
    return result;
}

} // namespace bizkithub
