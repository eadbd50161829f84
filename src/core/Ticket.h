// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace bizkithub {

// The nine fields of the contact-form API, in the order a person fills them in.
enum class TicketField
{
    CustomerFirstName,
    CustomerLastName,
    CustomerEmail,
    CustomerPhone,
    CategorySlug,
    Subject,
    Message,
    Notice,
    SendToEmail,
};

inline constexpr std::array<TicketField, 9> allTicketFields{
    TicketField::CustomerFirstName, TicketField::CustomerLastName, TicketField::CustomerEmail,
    TicketField::CustomerPhone,     TicketField::CategorySlug,     TicketField::Subject,
    TicketField::Message,           TicketField::Notice,           TicketField::SendToEmail,
};

// The key of a field in the request body, e.g. "customerEmail".
[[nodiscard]] QString apiName(TicketField field);
[[nodiscard]] std::optional<TicketField> fieldFromApiName(QStringView name);
// A short name for people, translated: "E-mail", "Phone", ...
[[nodiscard]] QString displayName(TicketField field);

// A support ticket as the API knows it: nine strings, empty meaning "not given".
// A Ticket is a plain value; whether it is valid or normalised is TicketValidator's business.
class Ticket
{
public:
    [[nodiscard]] QString value(TicketField field) const;
    void setValue(TicketField field, const QString& value);

    [[nodiscard]] bool isEmpty() const;

    // The request body: a JSON object of the non-empty fields, compact, keys sorted.
    // The CLI's --dry-run prints exactly these bytes, so what is shown is what is sent.
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static Ticket fromJsonObject(const QJsonObject& object);

    friend bool operator==(const Ticket&, const Ticket&) = default;

private:
    std::array<QString, allTicketFields.size()> m_values;
};

} // namespace bizkithub
