// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/EmailAddress.h"

#include <QTest>

using namespace bizkithub;

Q_DECLARE_METATYPE(bizkithub::Problem)

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_normalisesValidAddresses_data();
    void parse_normalisesValidAddresses();
    void parse_refusesInvalidAddresses_data();
    void parse_refusesInvalidAddresses();
    void parse_reducesDisplayNameForm_data();
    void parse_reducesDisplayNameForm();
    void suggestion_offersCommonDomainForNearMiss_data();
    void suggestion_offersCommonDomainForNearMiss();
    void splitDisplayName_data();
    void splitDisplayName();
};

void TestEmailAddress::parse_normalisesValidAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "jan@example.com"
                           << "jan@example.com";
    QTest::newRow("outer spaces") << "  jan@example.com \t"
                                  << "jan@example.com";
    QTest::newRow("domain lowercased") << "jan@Example.COM"
                                       << "jan@example.com";
    QTest::newRow("local part case kept") << "Jan.Novak@example.com"
                                          << "Jan.Novak@example.com";
    QTest::newRow("plus tag") << "jan+tickets@example.com"
                              << "jan+tickets@example.com";
    QTest::newRow("dots inside") << "jan.karel.novak@example.cz"
                                 << "jan.karel.novak@example.cz";
    QTest::newRow("atext symbols") << "a!#$%&'*+-/=?^_`{|}~z@example.com"
                                   << "a!#$%&'*+-/=?^_`{|}~z@example.com";
    QTest::newRow("subdomains") << "info@mail.shop.example.co.uk"
                                << "info@mail.shop.example.co.uk";
    QTest::newRow("hyphen in domain") << "x@my-shop.cz"
                                      << "x@my-shop.cz";
    QTest::newRow("digits in domain") << "x@123shop.cz"
                                      << "x@123shop.cz";
    QTest::newRow("idn domain") << "jan@bücher.de"
                                << "jan@xn--bcher-kva.de";
    QTest::newRow("idn domain uppercase") << "jan@BÜCHER.DE"
                                          << "jan@xn--bcher-kva.de";
    QTest::newRow("czech idn") << "info@příklad.cz"
                               << "info@xn--pklad-zsa96e.cz";
    QTest::newRow("non-ascii local part") << "jiří@example.cz"
                                          << "jiří@example.cz";
    QTest::newRow("nfc composed") << QString::fromUtf8("ji\u0072\u030C\u0069@example.cz")
                                  << QString::fromUtf8("ji\u0159i@example.cz");
    QTest::newRow("single letter local") << "a@b.cz"
                                         << "a@b.cz";
    QTest::newRow("long tld") << "x@example.museum"
                              << "x@example.museum";
    QTest::newRow("local part 64 octets")
        << QString(64, u'a') + "@example.com" << QString(64, u'a') + "@example.com";
    QTest::newRow("punycode given") << "jan@xn--bcher-kva.de"
                                    << "jan@xn--bcher-kva.de";
}

void TestEmailAddress::parse_normalisesValidAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto parsed = EmailAddress::parse(input);
    const QString code =
        parsed.problem ? ValidationIssue{TicketField::CustomerEmail, *parsed.problem, 0, {}}.code()
                       : QString();
    QVERIFY2(parsed.isValid(), qPrintable(code));
    QCOMPARE(parsed.address, expected);
}

void TestEmailAddress::parse_refusesInvalidAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");

    QTest::newRow("no at") << "jan.example.com" << Problem::EmailNoAt;
    QTest::newRow("two at") << "jan@novak@example.com" << Problem::EmailTooManyAt;
    QTest::newRow("empty local") << "@example.com" << Problem::EmailLocalPartEmpty;
    QTest::newRow("leading dot") << ".jan@example.com" << Problem::EmailLocalPartDots;
    QTest::newRow("trailing dot") << "jan.@example.com" << Problem::EmailLocalPartDots;
    QTest::newRow("double dot") << "jan..novak@example.com" << Problem::EmailLocalPartDots;
    QTest::newRow("quoted local") << "\"jan novak\"@example.com" << Problem::EmailLocalPartQuoted;
    QTest::newRow("space in local") << "jan novak@example.com" << Problem::EmailLocalPartCharacters;
    QTest::newRow("comma in local") << "jan,novak@example.com" << Problem::EmailLocalPartCharacters;
    QTest::newRow("parenthesis") << "jan(x)@example.com" << Problem::EmailLocalPartCharacters;
    QTest::newRow("local 65 octets")
        << QString(65, u'a') + "@example.com" << Problem::EmailLocalPartTooLong;
    QTest::newRow("local 33 two-byte letters")
        << QString(33, u'ř') + "@example.com" << Problem::EmailLocalPartTooLong;
    QTest::newRow("empty domain") << "jan@" << Problem::EmailDomainEmpty;
    QTest::newRow("ip literal") << "jan@[192.168.1.1]" << Problem::EmailDomainIpLiteral;
    QTest::newRow("ipv6 literal") << "jan@[IPv6:::1]" << Problem::EmailDomainIpLiteral;
    QTest::newRow("single label") << "jan@localhost" << Problem::EmailDomainOneLabel;
    QTest::newRow("hyphen start label") << "jan@-shop.cz" << Problem::EmailDomainLabel;
    QTest::newRow("hyphen end label") << "jan@shop-.cz" << Problem::EmailDomainLabel;
    QTest::newRow("underscore in domain") << "jan@my_shop.cz" << Problem::EmailDomainLabel;
    QTest::newRow("double dot domain") << "jan@example..com" << Problem::EmailDomainLabel;
    QTest::newRow("trailing dot domain") << "jan@example.com." << Problem::EmailDomainLabel;
    QTest::newRow("leading dot domain") << "jan@.example.com" << Problem::EmailDomainLabel;
    QTest::newRow("space in domain") << "jan@exa mple.com" << Problem::EmailDomainLabel;
    QTest::newRow("label 64 chars")
        << "jan@" + QString(64, u'a') + ".com" << Problem::EmailDomainLabel;
    QTest::newRow("numeric tld") << "jan@example.123" << Problem::EmailDomainNumericTld;
    QTest::newRow("dotted ip") << "jan@192.168.1.1" << Problem::EmailDomainNumericTld;
    QTest::newRow("too long") << "jan@" + QString(63, u'a') + '.' + QString(63, u'b') + '.' +
                                     QString(63, u'c') + '.' + QString(63, u'd') + ".com"
                              << Problem::EmailTooLong;
    QTest::newRow("whitespace only") << "   " << Problem::EmailNoAt;
    QTest::newRow("emoji local part")
        << QStringLiteral("😀@example.com") << Problem::EmailLocalPartCharacters;
    QTest::newRow("lone surrogate")
        << QString(QChar(0xd83d)) + "jan@example.com" << Problem::EmailLocalPartCharacters;
    QTest::newRow("invalid punycode") << "jan@xn--zz.com" << Problem::EmailDomainLabel;
}

void TestEmailAddress::parse_refusesInvalidAddresses()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    const auto parsed = EmailAddress::parse(input);
    QVERIFY(!parsed.isValid());
    QCOMPARE(ValidationIssue({TicketField::CustomerEmail, *parsed.problem, 0, {}}).code(),
             ValidationIssue({TicketField::CustomerEmail, problem, 0, {}}).code());
    QVERIFY(parsed.address.isEmpty());
}

void TestEmailAddress::parse_reducesDisplayNameForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("name and address") << "Jan Novák <jan@Example.com>"
                                      << "jan@example.com"
                                      << "Jan Novák";
    QTest::newRow("quoted name") << "\"Novák, Jan\" <jan@example.com>"
                                 << "jan@example.com"
                                 << "Novák, Jan";
    QTest::newRow("address only in brackets") << "<jan@example.com>"
                                              << "jan@example.com"
                                              << "";
    QTest::newRow("spaces everywhere") << "  Eva   Dvořáková   < eva@seznam.cz >  "
                                       << "eva@seznam.cz"
                                       << "Eva Dvořáková";
}

void TestEmailAddress::parse_reducesDisplayNameForm()
{
    QFETCH(QString, input);
    QFETCH(QString, address);
    QFETCH(QString, displayName);
    const auto parsed = EmailAddress::parse(input);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.address, address);
    QCOMPARE(parsed.displayName, displayName);
}

void TestEmailAddress::suggestion_offersCommonDomainForNearMiss_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("gmial") << "jan@gmial.com"
                           << "jan@gmail.com";
    QTest::newRow("gmail.con") << "jan@gmail.con"
                               << "jan@gmail.com";
    QTest::newRow("seznan") << "jan@seznan.cz"
                            << "jan@seznam.cz";
    QTest::newRow("sezam") << "jan@sezam.cz"
                           << "jan@seznam.cz";
    QTest::newRow("hotmial") << "jan@hotmial.com"
                             << "jan@hotmail.com";
    QTest::newRow("correct gmail") << "jan@gmail.com"
                                   << "";
    QTest::newRow("correct seznam") << "jan@seznam.cz"
                                    << "";
    QTest::newRow("company domain") << "jan@bizkithub.com"
                                    << "";
    QTest::newRow("short domain far") << "jan@wsb.cz"
                                      << "";
}

void TestEmailAddress::suggestion_offersCommonDomainForNearMiss()
{
    QFETCH(QString, address);
    QFETCH(QString, suggestion);
    QCOMPARE(EmailAddress::suggestion(address), suggestion);
}

void TestEmailAddress::splitDisplayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("first last") << "Jan Novák"
                                << "Jan"
                                << "Novák";
    QTest::newRow("two first names") << "Jan Karel Novák"
                                     << "Jan Karel"
                                     << "Novák";
    QTest::newRow("last, first") << "Novák, Jan"
                                 << "Jan"
                                 << "Novák";
    QTest::newRow("single") << "Jan"
                            << "Jan"
                            << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
}

void TestEmailAddress::splitDisplayName()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const auto parts = EmailAddress::splitDisplayName(name);
    QCOMPARE(parts.firstName, first);
    QCOMPARE(parts.lastName, last);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
