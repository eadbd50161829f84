// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ticket.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace bizkithub {

namespace {

constexpr std::size_t indexOf(TicketField field)
{
    return static_cast<std::size_t>(field);
}

} // namespace

QString apiName(TicketField field)
{
    switch (field) {
    case TicketField::CustomerFirstName:
        return QStringLiteral("customerFirstName");
    case TicketField::CustomerLastName:
        return QStringLiteral("customerLastName");
    case TicketField::CustomerEmail:
        return QStringLiteral("customerEmail");
    case TicketField::CustomerPhone:
        return QStringLiteral("customerPhone");
    case TicketField::CategorySlug:
        return QStringLiteral("categorySlug");
    case TicketField::Subject:
        return QStringLiteral("subject");
    case TicketField::Message:
        return QStringLiteral("message");
    case TicketField::Notice:
        return QStringLiteral("notice");
    case TicketField::SendToEmail:
        return QStringLiteral("sendToEmail");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<TicketField> fieldFromApiName(QStringView name)
{
    for (const TicketField field : allTicketFields) {
        if (apiName(field) == name) {
            return field;
        }
    }
    return std::nullopt;
}

QString displayName(TicketField field)
{
    switch (field) {
    case TicketField::CustomerFirstName:
        return QCoreApplication::translate("bizkithub::Ticket", "First name");
    case TicketField::CustomerLastName:
        return QCoreApplication::translate("bizkithub::Ticket", "Last name");
    case TicketField::CustomerEmail:
        return QCoreApplication::translate("bizkithub::Ticket", "E-mail");
    case TicketField::CustomerPhone:
        return QCoreApplication::translate("bizkithub::Ticket", "Phone");
    case TicketField::CategorySlug:
        return QCoreApplication::translate("bizkithub::Ticket", "Category");
    case TicketField::Subject:
        return QCoreApplication::translate("bizkithub::Ticket", "Subject");
    case TicketField::Message:
        return QCoreApplication::translate("bizkithub::Ticket", "Message");
    case TicketField::Notice:
        return QCoreApplication::translate("bizkithub::Ticket", "Internal note");
    case TicketField::SendToEmail:
        return QCoreApplication::translate("bizkithub::Ticket", "Send to e-mail");
    }
    Q_UNREACHABLE();
    return QString();
}

QString Ticket::value(TicketField field) const
{
    return m_values[indexOf(field)];
}

void Ticket::setValue(TicketField field, const QString& value)
{
    m_values[indexOf(field)] = value;
}

bool Ticket::isEmpty() const
{
    return std::all_of(m_values.cbegin(), m_values.cend(),
                       [](const QString& v) { return v.trimmed().isEmpty(); });
}

QJsonObject Ticket::toJsonObject() const
{
    QJsonObject object;
    for (const TicketField field : allTicketFields) {
        const QString v = value(field);
        if (!v.isEmpty()) {
            object.insert(apiName(field), v);
        }
    }
    return object;
}

QByteArray Ticket::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

Ticket Ticket::fromJsonObject(const QJsonObject& object)
{
    Ticket ticket;
    for (const TicketField field : allTicketFields) {
        ticket.setValue(field, object.value(apiName(field)).toString());
    }
    return ticket;
}

} // namespace bizkithub
