// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPin.h"

#include <QPasswordDigestor>
#include <QTest>

using namespace bizkithub;
using namespace std::chrono_literals;

class TestAdminPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hash_verifiesTheRightPinOnly();
    void hash_isSaltedAndStrong();
    void pbkdf2_matchesTheStandardAndQt_data();
    void pbkdf2_matchesTheStandardAndQt();
    void verify_refusesMalformedAndWeakHashes_data();
    void verify_refusesMalformedAndWeakHashes();
    void check_length();
    void throttle_growsAfterThreeFailures();
    void throttle_successResets();
};

void TestAdminPin::hash_verifiesTheRightPinOnly()
{
    const QString stored = AdminPin::hash(QStringLiteral("2468"), AdminPin::minimumIterations);
    QVERIFY(AdminPin::isUsableHash(stored));
    QVERIFY(AdminPin::verify(QStringLiteral("2468"), stored));
    QVERIFY(!AdminPin::verify(QStringLiteral("2469"), stored));
    QVERIFY(!AdminPin::verify(QStringLiteral("24680"), stored));
    QVERIFY(!AdminPin::verify(QString(), stored));
    // Non-ASCII PINs are hashed as UTF-8.
    const QString unicode =
        AdminPin::hash(QStringLiteral("žluťoučký"), AdminPin::minimumIterations);
    QVERIFY(AdminPin::verify(QStringLiteral("žluťoučký"), unicode));
    QVERIFY(!AdminPin::verify(QStringLiteral("zlutoucky"), unicode));
}

void TestAdminPin::pbkdf2_matchesTheStandardAndQt_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("expectedHex"); // empty: compared with Qt's only
    // RFC 7914, section 11: PBKDF2-HMAC-SHA256, 64 bytes (two blocks).
    QTest::newRow("rfc7914 passwd") << QByteArray("passwd") << QByteArray("salt") << 1 << 64
                                    << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde04"
                                                  "65e68b9d57c20dacbc49ca9cccf179b645991664b39d77"
                                                  "ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("rfc7914 Password") << QByteArray("Password") << QByteArray("NaCl") << 80000 << 64
                                      << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c"
                                                    "0414aeff08876b34ab56a1d425a1225833549adb841b"
                                                    "51c9b3176a272bdebba1d078478f62b397f33c8d");
    QTest::newRow("one block, as a PIN")
        << QByteArray("2468") << QByteArray(16, '\x5a') << 1000 << 32 << QByteArray();
    QTest::newRow("part of a block")
        << QByteArray("žluťoučký") << QByteArray("s") << 3 << 7 << QByteArray();
    QTest::newRow("three blocks") << QByteArray("x") << QByteArray("pepper") << 17 << 80
                                  << QByteArray();
    QTest::newRow("empty password")
        << QByteArray() << QByteArray("salt") << 2 << 32 << QByteArray();
}

void TestAdminPin::pbkdf2_matchesTheStandardAndQt()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(int, length);
    QFETCH(QByteArray, expectedHex);
    const QByteArray key = AdminPin::pbkdf2Sha256(password, salt, iterations, length);
    QCOMPARE(key.size(), length);
    if (!expectedHex.isEmpty()) {
        QCOMPARE(key.toHex(), expectedHex);
    }
    QCOMPARE(key, QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt,
                                                     iterations, quint64(length)));
}

void TestAdminPin::hash_isSaltedAndStrong()
{
    const QString a = AdminPin::hash(QStringLiteral("1234"), 1000); // raised to the minimum
    const QString b = AdminPin::hash(QStringLiteral("1234"), AdminPin::minimumIterations);
    QVERIFY(a != b); // a new salt every time
    const QStringList parts = a.split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts[1].toInt(), AdminPin::minimumIterations);
    QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
    QVERIFY(!a.contains(QLatin1String("1234")));
    QVERIFY(AdminPin::defaultIterations >= 100'000);
}

void TestAdminPin::verify_refusesMalformedAndWeakHashes_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = AdminPin::hash(QStringLiteral("1234"), AdminPin::minimumIterations);
    const QStringList parts = good.split(u'$');
    QTest::newRow("empty") << QString();
    QTest::newRow("plain pin") << QStringLiteral("1234");
    QTest::newRow("other scheme")
        << QStringList{QStringLiteral("pbkdf2-sha1"), parts[1], parts[2], parts[3]}.join(u'$');
    QTest::newRow("weak iterations")
        << QStringList{parts[0], QStringLiteral("1000"), parts[2], parts[3]}.join(u'$');
    QTest::newRow("bad salt")
        << QStringList{parts[0], parts[1], QStringLiteral("!!"), parts[3]}.join(u'$');
    QTest::newRow("short hash")
        << QStringList{parts[0], parts[1], parts[2], QStringLiteral("AAAA")}.join(u'$');
    QTest::newRow("extra part") << good + QStringLiteral("$x");
}

void TestAdminPin::verify_refusesMalformedAndWeakHashes()
{
    QFETCH(QString, stored);
    QVERIFY(!AdminPin::isUsableHash(stored));
    QVERIFY(!AdminPin::verify(QStringLiteral("1234"), stored));
}

void TestAdminPin::check_length()
{
    QCOMPARE(AdminPin::check(QStringLiteral("123")), AdminPin::Problem::TooShort);
    QCOMPARE(AdminPin::check(QStringLiteral("1234")), std::nullopt);
    QCOMPARE(AdminPin::check(QString(65, u'1')), AdminPin::Problem::TooLong);
    QVERIFY(AdminPin::problemMessage(AdminPin::Problem::TooShort).contains(u'4'));
}

void TestAdminPin::throttle_growsAfterThreeFailures()
{
    auto now = std::chrono::steady_clock::time_point(1h);
    PinThrottle throttle([&now] { return now; });
    QCOMPARE(throttle.remainingDelay(), 0ms);
    throttle.recordFailure();
    throttle.recordFailure();
    QCOMPARE(throttle.remainingDelay(), 0ms); // two wrong PINs: typing errors happen
    throttle.recordFailure();
    QCOMPARE(throttle.remainingDelay(), 5000ms);
    now += 4s;
    QCOMPARE(throttle.remainingDelay(), 1000ms);
    now += 1s;
    QCOMPARE(throttle.remainingDelay(), 0ms);
    throttle.recordFailure();
    QCOMPARE(throttle.remainingDelay(), 10000ms);
    now += 10s;
    throttle.recordFailure();
    QCOMPARE(throttle.remainingDelay(), 20000ms);
    for (int i = 0; i < 20; ++i) {
        throttle.recordFailure();
    }
    QCOMPARE(throttle.remainingDelay(), std::chrono::milliseconds(PinThrottle::maximumDelay));
    QCOMPARE(PinThrottle::delayAfter(2), 0s);
    QCOMPARE(PinThrottle::delayAfter(3), 5s);
    QCOMPARE(PinThrottle::delayAfter(6), 40s);
    QCOMPARE(PinThrottle::delayAfter(1000), 300s);
}

void TestAdminPin::throttle_successResets()
{
    auto now = std::chrono::steady_clock::time_point(1h);
    PinThrottle throttle([&now] { return now; });
    for (int i = 0; i < 4; ++i) {
        throttle.recordFailure();
    }
    QVERIFY(throttle.remainingDelay() > 0ms);
    throttle.recordSuccess();
    QCOMPARE(throttle.remainingDelay(), 0ms);
    QCOMPARE(throttle.failures(), 0);
}

QTEST_GUILESS_MAIN(TestAdminPin)
#include "tst_adminpin.moc"
