// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/PhoneNumber.h"

#include <QTest>

using namespace bizkithub;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_givesCanonicalForm_data();
    void parse_givesCanonicalForm();
    void parse_refusesInvalidNumbers_data();
    void parse_refusesInvalidNumbers();
    void parse_canonicalFormParsesToItself();
    void supportedRegions_containsPlatformCountries();
    void exampleFor_isAValidMobileNumberOfTheRegion();
};

void TestPhoneNumber::parse_givesCanonicalForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("display");

    QTest::newRow("cz spaced") << "+420 777 123 456"
                               << "CZ"
                               << "+420 777123456"
                               << "+420 777 123 456";
    QTest::newRow("narrow no-break spaces")
        << QString::fromUtf8("+420\u202F777\u202F123\u202F456") << "CZ"
        << "+420 777123456"
        << "+420 777 123 456";
    QTest::newRow("thin and no-break spaces") << QString::fromUtf8("777\u2009123\u00A0456") << "CZ"
                                              << "+420 777123456"
                                              << "+420 777 123 456";
    QTest::newRow("direction marks") << QString::fromUtf8("\u200E+420 777 123 456\u200F") << "CZ"
                                     << "+420 777123456"
                                     << "+420 777 123 456";
    QTest::newRow("cz national") << "777 123 456"
                                 << "CZ"
                                 << "+420 777123456"
                                 << "+420 777 123 456";
    QTest::newRow("cz 00 dots") << "00420 777.123.456"
                                << "CZ"
                                << "+420 777123456"
                                << "+420 777 123 456";
    QTest::newRow("cz compact") << "+420777123456"
                                << "CZ"
                                << "+420 777123456"
                                << "+420 777 123 456";
    QTest::newRow("cz dashes") << "777-123-456"
                               << "CZ"
                               << "+420 777123456"
                               << "+420 777 123 456";
    QTest::newRow("cz landline") << "224 123 456"
                                 << "CZ"
                                 << "+420 224123456"
                                 << "+420 224 123 456";
    QTest::newRow("cz brackets") << "(+420) 777 123 456"
                                 << "CZ"
                                 << "+420 777123456"
                                 << "+420 777 123 456";
    QTest::newRow("sk mobile national") << "0905 123 456"
                                        << "SK"
                                        << "+421 905123456"
                                        << "+421 905 123 456";
    QTest::newRow("sk mobile intl") << "+421 905 123 456"
                                    << "CZ"
                                    << "+421 905123456"
                                    << "+421 905 123 456";
    QTest::newRow("de mobile national") << "0151 23456789"
                                        << "DE"
                                        << "+49 15123456789"
                                        << "+49 1512 3456789";
    QTest::newRow("de berlin") << "+49 30 12345678"
                               << "CZ"
                               << "+49 3012345678"
                               << "+49 30 12345678";
    QTest::newRow("uk mobile") << "+44 7911 123456"
                               << "CZ"
                               << "+44 7911123456"
                               << "+44 7911 123456";
    QTest::newRow("us") << "+1 (202) 555-0143"
                        << "CZ"
                        << "+1 2025550143"
                        << "+1 202-555-0143";
    QTest::newRow("region lowercase") << "777123456"
                                      << "cz"
                                      << "+420 777123456"
                                      << "+420 777 123 456";
    QTest::newRow("outer spaces") << "  +420 777 123 456  "
                                  << "CZ"
                                  << "+420 777123456"
                                  << "+420 777 123 456";
}

void TestPhoneNumber::parse_givesCanonicalForm()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, canonical);
    QFETCH(QString, display);
    const auto parsed = PhoneNumber::parse(input, region);
    QVERIFY2(parsed.isValid(), qPrintable(input));
    QCOMPARE(parsed.canonical, canonical);
    QCOMPARE(parsed.display, display);
}

void TestPhoneNumber::parse_refusesInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << ""
                           << "CZ"
                           << "required";
    QTest::newRow("letters only") << "call me"
                                  << "CZ"
                                  << "phone-not-a-number";
    QTest::newRow("vanity letters") << "777 FLOWERS"
                                    << "CZ"
                                    << "phone-not-a-number";
    QTest::newRow("extension") << "+420 224 123 456 ext. 12"
                               << "CZ"
                               << "phone-extension";
    QTest::newRow("extension x") << "+1 202 555 0143 x 55"
                                 << "CZ"
                                 << "phone-extension";
    QTest::newRow("cz too short") << "777 123"
                                  << "CZ"
                                  << "phone-too-short";
    QTest::newRow("cz too long") << "+420 777 123 456 7890"
                                 << "CZ"
                                 << "phone-too-long";
    QTest::newRow("cz invalid prefix") << "+420 111 123 456"
                                       << "CZ"
                                       << "phone-invalid";
    QTest::newRow("unknown country code") << "+999 123 456 789"
                                          << "CZ"
                                          << "phone-country-code";
    QTest::newRow("one digit") << "7"
                               << "CZ"
                               << "phone-not-a-number";
    QTest::newRow("plus only") << "+"
                               << "CZ"
                               << "phone-not-a-number";
    QTest::newRow("sk landline too short") << "+421 2 123"
                                           << "CZ"
                                           << "phone-too-short";
}

void TestPhoneNumber::parse_refusesInvalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, code);
    const auto parsed = PhoneNumber::parse(input, region);
    QVERIFY(!parsed.isValid());
    QCOMPARE(ValidationIssue({TicketField::CustomerPhone, *parsed.problem, 0, {}}).code(), code);
    QVERIFY(parsed.canonical.isEmpty());
}

void TestPhoneNumber::parse_canonicalFormParsesToItself()
{
    // What the form shows after formatting and what is sent must both read back the same.
    const auto first =
        PhoneNumber::parse(QStringLiteral("00421 905/123 456"), QStringLiteral("CZ"));
    QVERIFY(first.isValid());
    QCOMPARE(PhoneNumber::parse(first.canonical, QStringLiteral("DE")).canonical, first.canonical);
    QCOMPARE(PhoneNumber::parse(first.display, QStringLiteral("DE")).canonical, first.canonical);
}

void TestPhoneNumber::supportedRegions_containsPlatformCountries()
{
    const QStringList regions = PhoneNumber::supportedRegions();
    for (const char* region : {"CZ", "SK", "DE", "AT", "GB", "US"}) {
        QVERIFY2(regions.contains(QLatin1String(region)), region);
    }
    QVERIFY(PhoneNumber::isSupportedRegion(QStringLiteral("cz")));
    QVERIFY(!PhoneNumber::isSupportedRegion(QStringLiteral("XX")));
}

void TestPhoneNumber::exampleFor_isAValidMobileNumberOfTheRegion()
{
    for (const QString& region :
         {QStringLiteral("CZ"), QStringLiteral("SK"), QStringLiteral("DE")}) {
        const QString example = PhoneNumber::exampleFor(region);
        const auto parsed = PhoneNumber::parse(example, QStringLiteral("US"));
        QVERIFY2(parsed.isValid(), qPrintable(example));
        QCOMPARE(parsed.region, region);
        QCOMPARE(parsed.display, example); // shown as the form shows a checked number
    }
    QVERIFY(PhoneNumber::exampleFor(QStringLiteral("DE")).startsWith(QLatin1String("+49 ")));
    QVERIFY(PhoneNumber::exampleFor(QStringLiteral("XX")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
