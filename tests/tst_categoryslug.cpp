// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/CategorySlug.h"

#include <QTest>

using namespace bizkithub;

class TestCategorySlug : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void parseList_keepsValidEntriesAndReportsOthers();
};

void TestCategorySlug::check_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::newRow("word") << "offer"
                          << "";
    QTest::newRow("hyphenated") << "order-question"
                                << "";
    QTest::newRow("digits") << "tier-2-support"
                            << "";
    QTest::newRow("64 chars") << QString(64, u'a') << "";
    QTest::newRow("65 chars") << QString(65, u'a') << "category-too-long";
    QTest::newRow("uppercase") << "Offer"
                               << "category-format";
    QTest::newRow("space") << "order question"
                           << "category-format";
    QTest::newRow("leading hyphen") << "-offer"
                                    << "category-format";
    QTest::newRow("trailing hyphen") << "offer-"
                                     << "category-format";
    QTest::newRow("double hyphen") << "order--question"
                                   << "category-format";
    QTest::newRow("underscore") << "order_question"
                                << "category-format";
    QTest::newRow("diacritics") << "dotaz-objednávka"
                                << "category-format";
    QTest::newRow("empty") << ""
                           << "category-format";
}

void TestCategorySlug::check()
{
    QFETCH(QString, slug);
    QFETCH(QString, code);
    const auto problem = CategorySlug::check(slug);
    const QString actual =
        problem ? ValidationIssue{TicketField::CategorySlug, *problem, 0, {}}.code() : QString();
    QCOMPARE(actual, code);
}

void TestCategorySlug::parseList_keepsValidEntriesAndReportsOthers()
{
    QStringList invalid;
    const auto list = CategorySlug::parseList(
        {QStringLiteral("offer=Price offer"), QStringLiteral(" complaint = Complaint "),
         QStringLiteral("other"), QStringLiteral(""), QStringLiteral("Bad Slug=Nope")},
        &invalid);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0],
             (CategorySlug::Category{QStringLiteral("offer"), QStringLiteral("Price offer")}));
    QCOMPARE(list[1],
             (CategorySlug::Category{QStringLiteral("complaint"), QStringLiteral("Complaint")}));
    QCOMPARE(list[2], (CategorySlug::Category{QStringLiteral("other"), QStringLiteral("other")}));
    QCOMPARE(invalid, QStringList{QStringLiteral("Bad Slug")});
}

QTEST_GUILESS_MAIN(TestCategorySlug)
#include "tst_categoryslug.moc"
