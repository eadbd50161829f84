// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketValidator.h"

#include <QTest>

using namespace bizkithub;

Q_DECLARE_METATYPE(bizkithub::TicketField)

class TestTicketValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_normalisesWholeTicket();
    void validate_reportsEveryProblem();
    void checkField_data();
    void checkField();
    void checkField_messageLimitFollowsPolicy();
    void checkField_emailCarriesSuggestionAndDisplayName();
    void checkField_invalidEmailKeepsObviousFixAndNamesCharacter();
    void issueMessages_areSentencesForEveryProblem();
    void policy_requiredFields();
    void policy_requireContact_data();
    void policy_requireContact();
    void policy_lockedFieldsTakeTheirPresets();
};

void TestTicketValidator::validate_normalisesWholeTicket()
{
    Ticket typed;
    typed.setValue(TicketField::CustomerFirstName, QStringLiteral("  Jan "));
    typed.setValue(TicketField::CustomerLastName, QStringLiteral("Barášek"));
    typed.setValue(TicketField::CustomerEmail, QStringLiteral("Jan@Barasek.COM"));
    typed.setValue(TicketField::CustomerPhone, QStringLiteral("777 123 456"));
    typed.setValue(TicketField::CategorySlug, QStringLiteral("offer"));
    typed.setValue(TicketField::Subject, QStringLiteral("Request   from\nJan"));
    typed.setValue(TicketField::Message, QStringLiteral("\r\nHello,\r\nhow are you?\u0007  "));
    typed.setValue(TicketField::Notice, QStringLiteral(" Internal notice "));
    typed.setValue(TicketField::SendToEmail, QStringLiteral("jan@barasek.com"));

    const auto result = TicketValidator().validate(typed);
    QVERIFY(result.isValid());
    QCOMPARE(result.ticket.toJson(),
             QByteArray(R"({"categorySlug":"offer","customerEmail":"Jan@barasek.com",)"
                        R"("customerFirstName":"Jan","customerLastName":"Barášek",)"
                        R"("customerPhone":"+420 777123456","message":"Hello,\nhow are you?",)"
                        R"("notice":"Internal notice","sendToEmail":"jan@barasek.com",)"
                        R"("subject":"Request from Jan"})"));
}

void TestTicketValidator::validate_reportsEveryProblem()
{
    Ticket typed;
    typed.setValue(TicketField::CustomerEmail, QStringLiteral("jan@"));
    typed.setValue(TicketField::CustomerPhone, QStringLiteral("12"));
    typed.setValue(TicketField::CategorySlug, QStringLiteral("Bad Slug"));
    const auto result = TicketValidator().validate(typed);
    QCOMPARE(result.issues.size(), 4);
    QCOMPARE(result.issues[0].field, TicketField::CustomerEmail);
    QCOMPARE(result.issues[1].field, TicketField::CustomerPhone);
    QCOMPARE(result.issues[2].field, TicketField::CategorySlug);
    QCOMPARE(result.issues[3].field, TicketField::Message);
    QCOMPARE(result.issues[3].code(), QStringLiteral("required"));
    // What was typed is kept, so nothing is lost.
    QCOMPARE(result.ticket.value(TicketField::CategorySlug), QStringLiteral("Bad Slug"));
}

void TestTicketValidator::checkField_data()
{
    QTest::addColumn<TicketField>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("code");

    QTest::newRow("message required") << TicketField::Message << " \n "
                                      << ""
                                      << "required";
    // Long values are judged by their length before libphonenumber or IDNA see them.
    QTest::newRow("phone of 41 characters") << TicketField::CustomerPhone << QString(41, u'7') << ""
                                            << "too-long";
    QTest::newRow("phone of 20,000 digits")
        << TicketField::CustomerPhone << QString(20000, u'7') << ""
        << "too-long";
    QTest::newRow("e-mail of a megabyte")
        << TicketField::CustomerEmail << QString(1 << 20, u'a') + QStringLiteral("@example.cz")
        << ""
        << "too-long";
    QTest::newRow("subject optional") << TicketField::Subject << ""
                                      << ""
                                      << "";
    QTest::newRow("subject long") << TicketField::Subject << QString(201, u'x') << ""
                                  << "too-long";
    QTest::newRow("subject at limit")
        << TicketField::Subject << QString(200, u'x') << QString(200, u'x') << "";
    QTest::newRow("first name long") << TicketField::CustomerFirstName << QString(101, u'x') << ""
                                     << "too-long";
    QTest::newRow("notice multi-line") << TicketField::Notice << " a\r\nb "
                                       << "a\nb"
                                       << "";
    QTest::newRow("phone display") << TicketField::CustomerPhone << "+420 777 123 456"
                                   << "+420 777123456"
                                   << "";
    QTest::newRow("phone bad") << TicketField::CustomerPhone << "123"
                               << ""
                               << "phone-too-short";
    QTest::newRow("send-to email") << TicketField::SendToEmail << "Support <HELP@Shop.cz>"
                                   << "HELP@shop.cz"
                                   << "";
    QTest::newRow("category trimmed") << TicketField::CategorySlug << " offer "
                                      << "offer"
                                      << "";
    QTest::newRow("category not fixed") << TicketField::CategorySlug << "Offer"
                                        << ""
                                        << "category-format";
}

void TestTicketValidator::checkField()
{
    QFETCH(TicketField, field);
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, code);
    const auto result = TicketValidator().checkField(field, input);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.issues.isEmpty() ? QString() : result.issues.first().code(), code);
}

void TestTicketValidator::checkField_messageLimitFollowsPolicy()
{
    FormPolicy policy;
    policy.messageMaxLength = 5;
    const TicketValidator validator(policy);
    QVERIFY(validator.checkField(TicketField::Message, QStringLiteral("kůň😀x")).isValid());
    const auto tooLong = validator.checkField(TicketField::Message, QStringLiteral("123456"));
    QCOMPARE(tooLong.issues.size(), 1);
    QCOMPARE(tooLong.issues.first().limit, 5);
    QVERIFY(tooLong.issues.first().message().contains(QLatin1String("5")));
}

void TestTicketValidator::checkField_emailCarriesSuggestionAndDisplayName()
{
    const auto result = TicketValidator().checkField(TicketField::CustomerEmail,
                                                     QStringLiteral("Eva Nová <eva@seznan.cz>"));
    QVERIFY(result.isValid());
    QCOMPARE(result.normalized, QStringLiteral("eva@seznan.cz"));
    QCOMPARE(result.suggestion, QStringLiteral("eva@seznam.cz"));
    QCOMPARE(result.displayName, QStringLiteral("Eva Nová"));
}

void TestTicketValidator::checkField_invalidEmailKeepsObviousFixAndNamesCharacter()
{
    const auto result =
        TicketValidator().checkField(TicketField::CustomerEmail, QStringLiteral("jan@t–online.de"));
    QVERIFY(!result.isValid());
    QVERIFY(result.normalized.isEmpty());
    QCOMPARE(result.suggestion, QStringLiteral("jan@t-online.de"));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().problem, Problem::EmailDomainDash);
    QCOMPARE(result.issues.first().detail, QStringLiteral("–"));
    QVERIFY(result.issues.first().message().contains(QStringLiteral("–")));

    const auto noFix =
        TicketValidator().checkField(TicketField::CustomerEmail, QStringLiteral("jan@💩.la"));
    QVERIFY(!noFix.isValid());
    QVERIFY(noFix.suggestion.isEmpty());
    QCOMPARE(noFix.issues.first().detail, QStringLiteral("💩"));
}

void TestTicketValidator::issueMessages_areSentencesForEveryProblem()
{
    QSet<QString> codes;
    for (int p = int(Problem::Required); p <= int(Problem::Server); ++p) {
        const ValidationIssue issue{TicketField::Subject, Problem(p), 10, {}};
        QVERIFY(issue.message().endsWith(u'.'));
        QVERIFY(!issue.code().isEmpty());
        codes.insert(issue.code());
    }
    QCOMPARE(codes.size(), int(Problem::Server) + 1);
}

void TestTicketValidator::policy_requiredFields()
{
    FormPolicy policy;
    policy.requiredFields = {TicketField::CustomerFirstName, TicketField::Subject,
                             TicketField::Notice};
    policy.hiddenFields = {TicketField::Notice}; // hidden: nobody could fill it in
    Ticket ticket;
    ticket.setValue(TicketField::Message, QStringLiteral("Hello"));
    ticket.setValue(TicketField::Subject, QStringLiteral("  \u200b "));
    const auto result = TicketValidator(policy).validate(ticket);
    QCOMPARE(result.issues.size(), 2);
    QCOMPARE(result.issues[0].field, TicketField::CustomerFirstName);
    QCOMPARE(result.issues[0].problem, Problem::Required);
    QCOMPARE(result.issues[1].field, TicketField::Subject);
    QVERIFY(TicketValidator(policy).checkField(TicketField::Subject, {}).issues.size() == 1);
    QVERIFY(TicketValidator().checkField(TicketField::Subject, {}).isValid());
}

void TestTicketValidator::policy_requireContact_data()
{
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("problemCode");
    QTest::newRow("none") << "none"
                          << ""
                          << ""
                          << "";
    QTest::newRow("email missing") << "email"
                                   << ""
                                   << "+420777123456"
                                   << "required";
    QTest::newRow("email given") << "email"
                                 << "a@example.com"
                                 << ""
                                 << "";
    QTest::newRow("phone missing") << "phone"
                                   << "a@example.com"
                                   << ""
                                   << "required";
    QTest::newRow("phone given") << "Phone"
                                 << ""
                                 << "777 123 456"
                                 << "";
    QTest::newRow("either: neither") << "emailOrPhone"
                                     << ""
                                     << ""
                                     << "email-or-phone-required";
    QTest::newRow("either: phone") << "emailOrPhone"
                                   << ""
                                   << "777 123 456"
                                   << "";
    QTest::newRow("either: email") << "EMAILORPHONE"
                                   << "a@example.com"
                                   << ""
                                   << "";
    QTest::newRow("either: invalid email") << "emailOrPhone"
                                           << "not-an-address"
                                           << ""
                                           << "email-no-at";
}

void TestTicketValidator::policy_requireContact()
{
    QFETCH(QString, requirement);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, problemCode);
    FormPolicy policy;
    const auto parsed = FormPolicy::contactRequirementFromString(requirement);
    QVERIFY(parsed);
    policy.requireContact = *parsed;
    Ticket ticket;
    ticket.setValue(TicketField::Message, QStringLiteral("Hello"));
    ticket.setValue(TicketField::CustomerEmail, email);
    ticket.setValue(TicketField::CustomerPhone, phone);
    const auto result = TicketValidator(policy).validate(ticket);
    QStringList codes;
    for (const auto& issue : result.issues) {
        codes << issue.code();
    }
    QCOMPARE(codes.join(u','), problemCode);
    QCOMPARE(FormPolicy::contactRequirementFromString(FormPolicy::toString(*parsed)), parsed);
}

void TestTicketValidator::policy_lockedFieldsTakeTheirPresets()
{
    FormPolicy policy;
    policy.readOnlyFields = {TicketField::CategorySlug};
    policy.hideInternalFields();
    policy.presets.setValue(TicketField::CategorySlug, QStringLiteral("reception"));
    policy.presets.setValue(TicketField::Notice, QStringLiteral("Kiosk {hostname}, {date}"));
    policy.presets.setValue(TicketField::Subject, QStringLiteral("Question"));
    Ticket typed;
    typed.setValue(TicketField::Message, QStringLiteral("Hello"));
    typed.setValue(TicketField::CategorySlug, QStringLiteral("typed-anyway"));
    typed.setValue(TicketField::Notice, QStringLiteral("typed note"));
    typed.setValue(TicketField::SendToEmail, QStringLiteral("someone@example.com"));
    typed.setValue(TicketField::Subject, QStringLiteral("My own subject"));
    const QDateTime now(QDate(2026, 11, 25), QTime(23, 59));
    const auto result = TicketValidator(policy).validate(typed, now, QStringLiteral("lobby-1"));
    QVERIFY(result.isValid());
    QCOMPARE(result.ticket.value(TicketField::CategorySlug), QStringLiteral("reception"));
    QCOMPARE(result.ticket.value(TicketField::Notice), QStringLiteral("Kiosk lobby-1, 2026-11-25"));
    QCOMPARE(result.ticket.value(TicketField::SendToEmail), QString()); // no preset: not sent
    // A preset of an unlocked field is only where a new form starts.
    QCOMPARE(result.ticket.value(TicketField::Subject), QStringLiteral("My own subject"));
    QCOMPARE(policy.initialTicket(now, QStringLiteral("lobby-1")).value(TicketField::Subject),
             QStringLiteral("Question"));
    QCOMPARE(result.typed.value(TicketField::CategorySlug), QStringLiteral("reception"));
}

QTEST_GUILESS_MAIN(TestTicketValidator)
#include "tst_ticketvalidator.moc"
