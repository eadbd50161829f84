// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPin.h"

#include <QTest>

using namespace bizkithub;
using namespace std::chrono_literals;

class TestAdminPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hash_verifiesTheRightPinOnly();
    void hash_isSaltedAndStrong();
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
