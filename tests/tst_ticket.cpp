// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ticket.h"

#include <QJsonDocument>
#include <QTest>

using namespace bizkithub;

class TestTicket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJson_leavesOutEmptyFields();
    void toJson_usesApiNamesForAllNineFields();
    void fromJsonObject_roundTrips();
    void fieldFromApiName_knowsEveryField();
    void isEmpty_ignoresWhitespace();
};

void TestTicket::toJson_leavesOutEmptyFields()
{
    Ticket ticket;
    ticket.setValue(TicketField::Message, QStringLiteral("Hello"));
    ticket.setValue(TicketField::CustomerEmail, QStringLiteral("jan@example.com"));
    QCOMPARE(ticket.toJson(),
             QByteArray(R"({"customerEmail":"jan@example.com","message":"Hello"})"));
}

void TestTicket::toJson_usesApiNamesForAllNineFields()
{
    Ticket ticket;
    for (const TicketField field : allTicketFields) {
        ticket.setValue(field, apiName(field) + QStringLiteral("-value"));
    }
    const QJsonObject o = QJsonDocument::fromJson(ticket.toJson()).object();
    QCOMPARE(o.size(), 9);
    for (const char* key :
         {"message", "subject", "notice", "sendToEmail", "categorySlug", "customerEmail",
          "customerPhone", "customerFirstName", "customerLastName"}) {
        QCOMPARE(o.value(QLatin1String(key)).toString(),
                 QLatin1String(key) + QStringLiteral("-value"));
    }
}

void TestTicket::fromJsonObject_roundTrips()
{
    Ticket ticket;
    ticket.setValue(TicketField::Message, QStringLiteral("Dobrý den,\nděkuji."));
    ticket.setValue(TicketField::CustomerPhone, QStringLiteral("+420 777123456"));
    QCOMPARE(Ticket::fromJsonObject(ticket.toJsonObject()), ticket);
}

void TestTicket::fieldFromApiName_knowsEveryField()
{
    for (const TicketField field : allTicketFields) {
        QCOMPARE(fieldFromApiName(apiName(field)), std::optional(field));
        QVERIFY(!displayName(field).isEmpty());
    }
    QVERIFY(!fieldFromApiName(u"apiKey"));
}

void TestTicket::isEmpty_ignoresWhitespace()
{
    Ticket ticket;
    QVERIFY(ticket.isEmpty());
    ticket.setValue(TicketField::Subject, QStringLiteral("  \n"));
    QVERIFY(ticket.isEmpty());
    ticket.setValue(TicketField::Subject, QStringLiteral("x"));
    QVERIFY(!ticket.isEmpty());
}

QTEST_GUILESS_MAIN(TestTicket)
#include "tst_ticket.moc"
