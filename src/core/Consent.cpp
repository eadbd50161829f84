// SPDX-License-Identifier: GPL-3.0-or-later
#include "Consent.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace bizkithub {

QString Consent::hashOf(const QString& text)
{
    const QByteArray normalized =
        text.normalized(QString::NormalizationForm_C).simplified().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(normalized, QCryptographicHash::Sha256).toHex().left(8));
}

QString Consent::noteLine() const
{
    return QStringLiteral("Consent given %1 UTC to the notice #%2.")
        .arg(givenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), hashOf(text));
}

Ticket Consent::recordedIn(const Ticket& payload) const
{
    Ticket result = payload;
    const QString note = payload.value(TicketField::Notice);
    result.setValue(TicketField::Notice, note.isEmpty() ? noteLine() : note + u"\n\n" + noteLine());
    return result;
}

QString Consent::defaultDeskText()
{
    return QCoreApplication::translate(
        "bizkithub::Consent",
        "The customer agrees that their details are used to handle this request.");
}

QString Consent::defaultKioskText()
{
    return QCoreApplication::translate("bizkithub::Consent",
                                       "I agree that my details are used to handle this request.");
}

QString Consent::missingMessage()
{
    return QCoreApplication::translate(
        "bizkithub::Consent", "Tick the box to confirm the agreement; the ticket cannot be sent "
                              "without it.");
}

} // namespace bizkithub
