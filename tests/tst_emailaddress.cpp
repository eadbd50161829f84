// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMaps.h"
#include "validation/EmailAddress.h"

#include <QTest>

using namespace bizkithub;

namespace {

// Whether libidn2 is mapped into this process (Linux; elsewhere the question is not asked).
bool idn2Loaded()
{
    const std::optional<QStringList> files = bizkithub::test::mappedFiles();
    return files && !files->filter(QStringLiteral("/libidn2.so")).isEmpty();
}

} // namespace

Q_DECLARE_METATYPE(bizkithub::Problem)

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: before any other check has loaded it.
    void libidn2_isLoadedByTheFirstInternationalDomain();
    void parse_normalisesValidAddresses_data();
    void parse_normalisesValidAddresses();
    void parse_refusesInvalidAddresses_data();
    void parse_refusesInvalidAddresses();
    void parse_refusesWhatIdna2008Forbids_data();
    void parse_refusesWhatIdna2008Forbids();
    void parse_reducesDisplayNameForm_data();
    void parse_reducesDisplayNameForm();
    void parse_offersFixForTypography_data();
    void parse_offersFixForTypography();
    void suggestion_offersCommonDomainForNearMiss_data();
    void suggestion_offersCommonDomainForNearMiss();
    void splitDisplayName_data();
    void splitDisplayName();
};

void TestEmailAddress::libidn2_isLoadedByTheFirstInternationalDomain()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/self/maps");
#endif
    QVERIFY(!idn2Loaded());
    QCOMPARE(EmailAddress::parse(QStringLiteral("jan@example.com")).address,
             QStringLiteral("jan@example.com"));
    QVERIFY2(!idn2Loaded(), "an address all in ASCII loaded libidn2");
    QCOMPARE(EmailAddress::parse(QStringLiteral("jan@bücher.de")).address,
             QStringLiteral("jan@xn--bcher-kva.de"));
    QVERIFY2(idn2Loaded(), "an international domain was checked without libidn2");
}

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
    QTest::newRow("punycode given, greek") << "jan@xn--nxasmm1c.gr"
                                           << "jan@xn--nxasmm1c.gr";
    QTest::newRow("punycode given uppercase") << "jan@XN--BCHER-KVA.DE"
                                              << "jan@xn--bcher-kva.de";
    QTest::newRow("sharp s kept") << "jan@straße.de"
                                  << "jan@xn--strae-oqa.de";
    QTest::newRow("greek final sigma kept") << "jan@βόλος.gr"
                                            << "jan@xn--nxasmm1c.gr";
    QTest::newRow("greek capitals") << "jan@ΒΌΛΟΣ.GR"
                                    << "jan@xn--nxasmq6b.gr";
    QTest::newRow("middle dot between l") << "jan@col·legi.cat"
                                          << "jan@xn--collegi-xma.cat";
    QTest::newRow("katakana middle dot with katakana") << "jan@ア・カ.jp"
                                                       << "jan@xn--ccks3v.jp";
    QTest::newRow("zwnj after virama") << "jan@क्\u200Cष.in"
                                       << "jan@xn--11b2ezcs70k.in";
    QTest::newRow("right-to-left") << "jan@שלום.il"
                                   << "jan@xn--9dbne9b.il";
    QTest::newRow("full-width") << "jan@ｓｅｚｎａｍ．ｃｚ"
                                << "jan@seznam.cz";
    QTest::newRow("ideographic full stop") << "jan@例え。jp"
                                           << "jan@xn--r8jz45g.jp";
    QTest::newRow("label 63 octets") << "jan@" + QString(63, u'a') + ".com"
                                     << "jan@" + QString(63, u'a') + ".com";
    QTest::newRow("idn label 63 octets encoded") << "jan@ü" + QString(55, u'a') + ".de"
                                                 << "jan@xn--" + QString(55, u'a') + "-oxf.de";
    QTest::newRow("example.cz is a real domain") << "jan@example.cz"
                                                 << "jan@example.cz";
    QTest::newRow("test as a label") << "jan@test.cz"
                                     << "jan@test.cz";
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
    QTest::newRow("invalid punycode") << "jan@xn--zz.com" << Problem::EmailDomainEncodedLabel;
    QTest::newRow("idn label 64 octets encoded")
        << "jan@ü" + QString(56, u'a') + ".de" << Problem::EmailDomainLabel;
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

void TestEmailAddress::parse_refusesWhatIdna2008Forbids_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("detail");

    QTest::newRow("en dash") << "jan@t–online.de" << Problem::EmailDomainDash << "–";
    QTest::newRow("em dash") << "jan@t—online.de" << Problem::EmailDomainDash << "—";
    QTest::newRow("hyphen U+2010") << "jan@t‐online.de" << Problem::EmailDomainDash << "‐";
    QTest::newRow("minus sign") << "jan@my−shop.cz" << Problem::EmailDomainDash << "−";
    QTest::newRow("typographic apostrophe")
        << "jan@seznam.cz’" << Problem::EmailDomainCharacter << "’";
    QTest::newRow("low quote") << "jan@„seznam.cz" << Problem::EmailDomainCharacter << "„";
    QTest::newRow("acute accent") << "jan@seznam.cz´" << Problem::EmailDomainCharacter << "´";
    QTest::newRow("emoji") << "jan@💩.la" << Problem::EmailDomainCharacter << "💩";
    QTest::newRow("heart") << "jan@i❤.ws" << Problem::EmailDomainCharacter << "❤";
    QTest::newRow("trade mark") << "jan@shop™.cz" << Problem::EmailDomainCharacter << "™";
    QTest::newRow("long s") << "jan@ſeznam.cz" << Problem::EmailDomainCharacter << "ſ";
    QTest::newRow("roman numeral") << "jan@ⅷ.cz" << Problem::EmailDomainCharacter << "ⅷ";
    QTest::newRow("soft hyphen") << "jan@sez\u00ADnam.cz" << Problem::EmailDomainCharacter
                                 << "U+00AD";
    QTest::newRow("punycode that is not a name")
        << "jan@xn--bcher.de" << Problem::EmailDomainEncodedLabel << "xn--bcher";
    QTest::newRow("punycode of an emoji")
        << "jan@xn--ls8h.la" << Problem::EmailDomainEncodedLabel << "xn--ls8h";
    QTest::newRow("punycode of an en dash")
        << "jan@xn--tonline-u16c.de" << Problem::EmailDomainEncodedLabel << "xn--tonline-u16c";
    QTest::newRow("punycode of a quote")
        << "jan@seznam.xn--cz-o2t" << Problem::EmailDomainEncodedLabel << "xn--cz-o2t";
    QTest::newRow("punycode of a decomposed letter")
        << "jan@xn--a-xbb.cz" << Problem::EmailDomainEncodedLabel << "xn--a-xbb";
    QTest::newRow("punycode breaking a context rule")
        << "jan@xn--ab-0ea.cat" << Problem::EmailDomainEncodedLabel << "xn--ab-0ea";
    QTest::newRow("middle dot not between l")
        << "jan@a·b.cat" << Problem::EmailDomainCharacterContext << "·";
    QTest::newRow("katakana middle dot without kana")
        << "jan@ab・c.jp" << Problem::EmailDomainCharacterContext << "・";
    QTest::newRow("zero width joiner")
        << "jan@x\u200Dy.de" << Problem::EmailDomainCharacterContext << "U+200D";
    QTest::newRow("greek keraia at the end")
        << "jan@α͵.gr" << Problem::EmailDomainCharacterContext << "͵";
    QTest::newRow("arabic-indic digits of two kinds")
        << "jan@ب٠۰.eg" << Problem::EmailDomainCharacterContext << "٠";
    QTest::newRow("leading combining mark")
        << "jan@\u0301a.de" << Problem::EmailDomainCharacterContext << "◌\u0301";
    QTest::newRow("left-to-right and right-to-left")
        << "jan@aשלום.il" << Problem::EmailDomainDirection << "aשלום";
    QTest::newRow("right-to-left label starting with a digit")
        << "jan@١٢٣.eg" << Problem::EmailDomainDirection << "١٢٣";
    QTest::newRow("hyphens third and fourth")
        << "jan@ab--cd.de" << Problem::EmailDomainHyphens << "ab--cd";
    QTest::newRow("hyphens third and fourth, idn")
        << "jan@üb--cd.de" << Problem::EmailDomainHyphens << "üb--cd";
    QTest::newRow("two named addresses")
        << "Jan <jan@example.cz>, Eva <eva@example.cz>" << Problem::EmailSeveralAddresses << "";
    QTest::newRow("two addresses, comma")
        << "jan@example.cz, eva@example.cz" << Problem::EmailSeveralAddresses << "";
    QTest::newRow("two addresses, semicolon")
        << "jan@example.cz;eva@example.cz" << Problem::EmailSeveralAddresses << "";
    QTest::newRow("two addresses, space")
        << "jan@example.cz eva@example.cz" << Problem::EmailSeveralAddresses << "";
    QTest::newRow("address then named address")
        << "jan@example.cz, Eva <eva@example.cz>" << Problem::EmailSeveralAddresses << "";
    QTest::newRow("tld invalid") << "jan@shop.invalid" << Problem::EmailDomainReserved
                                 << ".invalid";
    QTest::newRow("tld test") << "jan@example.test" << Problem::EmailDomainReserved << ".test";
    QTest::newRow("tld example") << "jan@shop.example" << Problem::EmailDomainReserved
                                 << ".example";
    QTest::newRow("tld localhost")
        << "jan@my.localhost" << Problem::EmailDomainReserved << ".localhost";
    QTest::newRow("tld test, capitals")
        << "jan@Shop.TEST" << Problem::EmailDomainReserved << ".test";
}

void TestEmailAddress::parse_refusesWhatIdna2008Forbids()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(QString, detail);
    const auto parsed = EmailAddress::parse(input);
    QVERIFY2(!parsed.isValid(), qPrintable(parsed.address));
    const ValidationIssue issue{TicketField::CustomerEmail, *parsed.problem, 0, parsed.detail};
    QCOMPARE(issue.code(), ValidationIssue({TicketField::CustomerEmail, problem, 0, {}}).code());
    QCOMPARE(parsed.detail, detail);
    QVERIFY(parsed.address.isEmpty());
    // The sentence names what is wrong.
    QVERIFY2(issue.message().contains(detail), qPrintable(issue.message()));
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
    QTest::newRow("named by the address itself") << "jan@example.com <jan@example.com>"
                                                 << "jan@example.com"
                                                 << "jan@example.com";
    QTest::newRow("quoted name with comma and semicolon")
        << "\"Novák; Jan, Ing.\" <jan@example.com>"
        << "jan@example.com"
        << "Novák; Jan, Ing.";
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

void TestEmailAddress::parse_offersFixForTypography_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("en dash") << "jan@t–online.de"
                             << "jan@t-online.de";
    QTest::newRow("typographic apostrophe") << "jan@seznam.cz’"
                                            << "jan@seznam.cz";
    QTest::newRow("em dash") << "jan@t—online.de"
                             << "jan@t-online.de";
    QTest::newRow("minus sign") << "jan@my−shop.cz"
                                << "jan@my-shop.cz";
    QTest::newRow("quotes around") << "jan@‘seznam.cz’"
                                   << "jan@seznam.cz";
    QTest::newRow("low and high quotes") << "jan@„seznam.cz“"
                                         << "jan@seznam.cz";
    QTest::newRow("grave accent") << "jan@seznam.cz`"
                                  << "jan@seznam.cz";
    QTest::newRow("acute accent") << "jan@seznam.cz´"
                                  << "jan@seznam.cz";
    QTest::newRow("idn kept as typed") << "jan@bücher–shop.de"
                                       << "jan@bücher-shop.de";
    QTest::newRow("and a near miss") << "jan@seznan.cz’"
                                     << "jan@seznam.cz";
    QTest::newRow("named address") << "Jan Novák <jan@seznam.cz’>"
                                   << "jan@seznam.cz";
    QTest::newRow("fix still invalid") << "jan@–shop.cz"
                                       << "";
    QTest::newRow("no obvious fix") << "jan@💩.la"
                                    << "";
    QTest::newRow("valid") << "jan@t-online.de"
                           << "";
}

void TestEmailAddress::parse_offersFixForTypography()
{
    QFETCH(QString, input);
    QFETCH(QString, suggestion);
    const auto parsed = EmailAddress::parse(input);
    QCOMPARE(parsed.suggestion, suggestion);
    if (!suggestion.isEmpty()) {
        QVERIFY(!parsed.isValid());
        QVERIFY(EmailAddress::parse(suggestion).isValid());
    }
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
