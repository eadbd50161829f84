// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/TextRules.h"

#include <QTest>

using namespace bizkithub;

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeMultiLine_data();
    void normalizeMultiLine();
    void normalizeSingleLine_data();
    void normalizeSingleLine();
    void characterCount_countsCodePoints();
};

void TestTextRules::normalizeMultiLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trim") << "  Hello  "
                          << "Hello";
    QTest::newRow("crlf") << "a\r\nb"
                          << "a\nb";
    QTest::newRow("cr") << "a\rb"
                        << "a\nb";
    QTest::newRow("tab kept") << "a\tb"
                              << "a\tb";
    QTest::newRow("inner spaces kept") << "a   b\n\nc"
                                       << "a   b\n\nc";
    QTest::newRow("c0 removed") << QStringLiteral("a\u0001b\u0007c\u001b") << "abc";
    QTest::newRow("del removed") << QStringLiteral("a\u007fb") << "ab";
    QTest::newRow("c1 removed") << QStringLiteral("a\u0085b\u009fc") << "abc";
    QTest::newRow("nul removed") << QString(QChar(0)) + "x"
                                 << "x";
    QTest::newRow("outer newlines") << "\n\n hi \n"
                                    << "hi";
    QTest::newRow("zero-width only") << QStringLiteral("\u200b\u200b") << "";
    QTest::newRow("bom and zwsp trimmed") << QStringLiteral("\ufeffHello\u200b") << "Hello";
    QTest::newRow("lone combining mark") << QStringLiteral(" \u0301 ") << "";
    QTest::newRow("unicode kept") << "Příliš žluťoučký kůň 😀"
                                  << "Příliš žluťoučký kůň 😀";
}

void TestTextRules::normalizeMultiLine()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text::normalizeMultiLine(input), expected);
}

void TestTextRules::normalizeSingleLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trim") << "  Jan "
                          << "Jan";
    QTest::newRow("runs collapse") << "Jan    Karel"
                                   << "Jan Karel";
    QTest::newRow("newline becomes space") << "Order\nquestion"
                                           << "Order question";
    QTest::newRow("tab becomes space") << "a\t\tb"
                                       << "a b";
    QTest::newRow("controls removed") << QStringLiteral("a\u0002b") << "ab";
    QTest::newRow("zero-width name") << QStringLiteral("\u200bJan\u200b") << "Jan";
    QTest::newRow("nbsp collapses") << QStringLiteral("a\u00a0\u00a0b") << "a b";
}

void TestTextRules::normalizeSingleLine()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text::normalizeSingleLine(input), expected);
}

void TestTextRules::characterCount_countsCodePoints()
{
    QCOMPARE(text::characterCount(u"abc"), 3);
    QCOMPARE(text::characterCount(u"kůň"), 3);
    QCOMPARE(text::characterCount(QStringLiteral("😀😀")), 2);
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
