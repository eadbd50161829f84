// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketValidator.h"

#include "validation/CategorySlug.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumber.h"
#include "validation/TextRules.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace bizkithub {

namespace {

constexpr std::array contactRequirementNames{
    std::pair{FormPolicy::ContactRequirement::None, u"none"},
    std::pair{FormPolicy::ContactRequirement::Email, u"email"},
    std::pair{FormPolicy::ContactRequirement::Phone, u"phone"},
    std::pair{FormPolicy::ContactRequirement::EmailOrPhone, u"emailOrPhone"},
};

} // namespace

QString FormPolicy::contactSentence() const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("bizkithub::FormPolicy", text);
    };
    switch (requireContact) {
    case ContactRequirement::None:
        return QString();
    case ContactRequirement::Email:
        return tr("Leave your e-mail address so we can reply.");
    case ContactRequirement::Phone:
        return tr("Leave your phone number so we can reply.");
    case ContactRequirement::EmailOrPhone:
        return tr("Leave an e-mail or a phone number so we can reply.");
    }
    return QString();
}

std::optional<FormPolicy::ContactRequirement>
FormPolicy::contactRequirementFromString(QStringView text)
{
    for (const auto& [requirement, name] : contactRequirementNames) {
        if (text.trimmed().compare(QStringView(name), Qt::CaseInsensitive) == 0) {
            return requirement;
        }
    }
    return std::nullopt;
}

QString FormPolicy::toString(ContactRequirement requirement)
{
    for (const auto& [r, name] : contactRequirementNames) {
        if (r == requirement) {
            return QStringView(name).toString();
        }
    }
    Q_UNREACHABLE();
    return {};
}

bool FormPolicy::isRequired(TicketField field) const
{
    if (isHidden(field)) {
        return false;
    }
    switch (field) {
    case TicketField::Message:
        return true;
    case TicketField::CustomerEmail:
        if (requireContact == ContactRequirement::Email) {
            return true;
        }
        break;
    case TicketField::CustomerPhone:
        if (requireContact == ContactRequirement::Phone) {
            return true;
        }
        break;
    default:
        break;
    }
    return requiredFields.contains(field);
}

bool FormPolicy::isLocked(TicketField field) const
{
    return hiddenFields.contains(field) || readOnlyFields.contains(field);
}

void FormPolicy::hideInternalFields()
{
    hiddenFields.insert(TicketField::Notice);
    hiddenFields.insert(TicketField::SendToEmail);
}

QString FormPolicy::presetValue(TicketField field, const QDateTime& now,
                                const QString& hostname) const
{
    QString value = presets.value(field);
    value.replace(QLatin1String("{hostname}"), hostname);
    value.replace(QLatin1String("{date}"), now.date().toString(Qt::ISODate));
    return value;
}

Ticket FormPolicy::initialTicket(const QDateTime& now, const QString& hostname) const
{
    Ticket ticket;
    for (const TicketField field : allTicketFields) {
        ticket.setValue(field, presetValue(field, now, hostname));
    }
    return ticket;
}

Ticket FormPolicy::apply(const Ticket& typed, const QDateTime& now, const QString& hostname) const
{
    Ticket ticket = typed;
    for (const TicketField field : allTicketFields) {
        if (isLocked(field)) {
            ticket.setValue(field, presetValue(field, now, hostname));
        }
    }
    return ticket;
}

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
        // E.164 allows 15 digits; with a country code, spaces and punctuation people type, no
        // phone number needs more than this.
        return 40;
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
        if (m_policy.isRequired(field)) {
            return fail(Problem::Required);
        }
        return result;
    }

    // Bounded before the expensive checks (libphonenumber's and IDNA's work grows with the
    // input): a pasted megabyte is judged at once, by its length.
    const int limit = maxLength(field);
    if (field == TicketField::CustomerEmail || field == TicketField::SendToEmail) {
        // Room for a pasted "Display Name <address>" around the address itself.
        if (result.normalized.size() > 2 * limit) {
            return fail(Problem::TooLong, limit);
        }
    } else if (field == TicketField::CustomerPhone) {
        if (result.normalized.size() > limit) {
            return fail(Problem::TooLong, limit);
        }
    }

    switch (field) {
    case TicketField::Message:
    case TicketField::Notice:
    case TicketField::Subject:
    case TicketField::CustomerFirstName:
    case TicketField::CustomerLastName:
        if (text::characterCount(result.normalized) > limit) {
            return fail(Problem::TooLong, limit);
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
            // An obvious fix (a typographic dash in the domain) is offered on an invalid field.
            result.suggestion = parsed.suggestion;
            fail(*parsed.problem);
            result.issues.last().detail = parsed.detail;
            return result;
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

QString TicketValidator::defaultHostname()
{
    return QSysInfo::machineHostName();
}

TicketValidator::Result TicketValidator::validate(const Ticket& typed, const QDateTime& now,
                                                  const QString& hostname) const
{
    Result result;
    result.typed = m_policy.apply(typed, now, hostname);
    for (const TicketField field : allTicketFields) {
        const QString input = result.typed.value(field);
        const FieldResult checked = checkField(field, input);
        result.ticket.setValue(field, checked.isValid() ? checked.normalized : input);
        result.issues.append(checked.issues);
    }
    if (m_policy.requireContact == FormPolicy::ContactRequirement::EmailOrPhone &&
        !m_policy.isHidden(TicketField::CustomerEmail) &&
        result.ticket.value(TicketField::CustomerEmail).isEmpty() &&
        result.ticket.value(TicketField::CustomerPhone).isEmpty()) {
        result.issues.append(
            ValidationIssue{TicketField::CustomerEmail, Problem::EmailOrPhoneRequired, 0, {}});
    }
    return result;
}

} // namespace bizkithub
