// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/ApiKey.h"

#include <QProcess>
#include <QTest>

using namespace bizkithub;

namespace {
const QString prodKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
}

class TestApiKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void fromString_knowsKind_data();
    void fromString_knowsKind();
    void masked_revealsNeitherKeyNorLength();
    void redactSecrets_removesKeysFromText_data();
    void redactSecrets_removesKeysFromText();
    void redactingHandler_worksWhileTheProcessExits();
};

void TestApiKey::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected"); // -1 valid, else ApiKey::Problem

    const int ok = -1;
    const int missing = int(ApiKey::Problem::Missing);
    const int format = int(ApiKey::Problem::Format);
    QTest::newRow("production") << prodKey << ok;
    QTest::newRow("development") << "DEV_abcdefghijklmnopqrstuvwxyz12" << ok;
    QTest::newRow("root") << "ROOT0123456789abcdefghijABCDEFGH" << ok;
    QTest::newRow("outer whitespace") << "  " + prodKey + "\n" << ok;
    QTest::newRow("empty") << "" << missing;
    QTest::newRow("spaces") << "   " << missing;
    QTest::newRow("31 characters") << prodKey.left(31) << format;
    QTest::newRow("33 characters") << prodKey + u'X' << format;
    QTest::newRow("lowercase prefix") << "prod" + prodKey.mid(4) << format;
    QTest::newRow("unknown prefix") << "TEST" + prodKey.mid(4) << format;
    QTest::newRow("DEV without underscore") << "DEVX" + prodKey.mid(4) << format;
    QTest::newRow("hyphen inside") << prodKey.left(10) + u'-' + prodKey.mid(11) << format;
    QTest::newRow("inner space") << prodKey.left(10) + u' ' + prodKey.mid(11) << format;
    QTest::newRow("non-ascii letter") << prodKey.left(10) + u'é' + prodKey.mid(11) << format;
    QTest::newRow("underscore in body") << prodKey.left(10) + u'_' + prodKey.mid(11) << format;
    QTest::newRow("Bearer pasted") << "Bearer " + prodKey << format;
}

void TestApiKey::check()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    const auto problem = ApiKey::check(input);
    QCOMPARE(problem ? int(*problem) : -1, expected);
    QCOMPARE(ApiKey::fromString(input).has_value(), expected == -1);
}

void TestApiKey::fromString_knowsKind_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::newRow("PROD") << prodKey << int(ApiKey::Kind::Production);
    QTest::newRow("DEV_") << "DEV_abcdefghijklmnopqrstuvwxyz12" << int(ApiKey::Kind::Development);
    QTest::newRow("ROOT") << "ROOT0123456789abcdefghijABCDEFGH" << int(ApiKey::Kind::System);
}

void TestApiKey::fromString_knowsKind()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    const auto key = ApiKey::fromString(input);
    QVERIFY(key);
    QCOMPARE(int(key->kind()), kind);
    QCOMPARE(key->value(), input.trimmed());
}

void TestApiKey::masked_revealsNeitherKeyNorLength()
{
    const auto a = ApiKey::fromString(prodKey);
    const auto b = ApiKey::fromString(QStringLiteral("PRODzzzzzzzzzzzzzzzzzzzzzzzzzzzz"));
    QCOMPARE(a->masked(), QStringLiteral("PROD…"));
    QCOMPARE(a->masked(), b->masked());
    QVERIFY(!a->description().contains(prodKey.mid(4, 6)));
    QVERIFY(a->description().contains(QStringLiteral("Production")));
}

void TestApiKey::redactSecrets_removesKeysFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare key") << "key " + prodKey + " refused"
                              << "key PROD… refused";
    QTest::newRow("url query") << "Error transferring https://x/api?apiKey=" + prodKey +
                                      " - server replied: Not Found"
                               << "Error transferring https://x/api?apiKey=*** - server replied: "
                                  "Not Found";
    QTest::newRow("invalid key in query") << "https://x/?apiKey=abc&b=1"
                                          << "https://x/?apiKey=***&b=1";
    QTest::newRow("bearer header") << "Authorization: Bearer secret123"
                                   << "Authorization: Bearer ***";
    QTest::newRow("two keys") << prodKey + "," + "DEV_abcdefghijklmnopqrstuvwxyz12"
                              << "PROD…,DEV_…";
    QTest::newRow("nothing secret") << "all fine"
                                    << "all fine";
    QTest::newRow("inside a longer token") << "req-" + prodKey + "-7"
                                           << "req-PROD…-7";
    QTest::newRow("json value") << R"({"requestId":")" + prodKey + R"("})"
                                << R"({"requestId":"PROD…"})";
    QTest::newRow("query name in capitals") << "https://x/?APIKEY=" + prodKey + "&b=1"
                                            << "https://x/?APIKEY=***&b=1";
    QTest::newRow("empty query value") << "https://x/?apiKey=&b=1"
                                       << "https://x/?apiKey=***&b=1";
    QTest::newRow("key at the very end") << "x" + prodKey << "xPROD…";
}

void TestApiKey::redactSecrets_removesKeysFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactSecrets(text), expected);
}

void TestApiKey::redactingHandler_worksWhileTheProcessExits()
{
    // Messages logged during exit reach the handler after main()'s statics are destroyed; a
    // handler that used any of them read freed memory and let the key through unredacted.
    QProcess process;
    process.start(QStringLiteral(BIZKITHUB_LOG_AT_EXIT), QStringList());
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(err.contains("during main: bare PROD…"), err.constData());
    QVERIFY2(err.contains("at exit: apiKey=*** Bearer *** bare PROD…"), err.constData());
    QVERIFY2(!err.contains(prodKey.toLatin1()), err.constData());
    QVERIFY2(!err.contains("invalid"), err.constData());
}

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
