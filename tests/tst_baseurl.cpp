// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/BaseUrl.h"

#include <QTest>

using namespace bizkithub;

class TestBaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void contactFormUrl_appendsEndpointPath_data();
    void contactFormUrl_appendsEndpointPath();
};

void TestBaseUrl::check_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("expected"); // -1 valid
    const int ok = -1;
    const int invalid = int(BaseUrl::Problem::Invalid);
    const int notHttps = int(BaseUrl::Problem::NotHttps);
    QTest::newRow("https") << "https://api.bizkithub.com" << ok;
    QTest::newRow("https with path") << "https://proxy.example.com/bizkithub/" << ok;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << ok;
    QTest::newRow("http loopback 127.x") << "http://127.3.4.5:8080" << ok;
    QTest::newRow("http localhost") << "http://localhost:8080" << ok;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << ok;
    // Every spelling of a loopback address is one (QUrl writes each in its canonical form).
    QTest::newRow("http loopback short") << "http://127.1:8080" << ok;
    QTest::newRow("http loopback hex") << "http://0x7f.0.0.1:8080" << ok;
    QTest::newRow("http loopback one number") << "http://2130706433:8080" << ok;
    QTest::newRow("http loopback v6 long") << "http://[0:0:0:0:0:0:0:1]:8080" << ok;
    QTest::newRow("http loopback v4 mapped") << "http://[::ffff:127.0.0.1]:8080" << ok;
    QTest::newRow("http localhost upper case") << "http://LOCALHOST:8080" << ok;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << notHttps;
    QTest::newRow("http v6 not loopback") << "http://[::2]" << notHttps;
    QTest::newRow("http v4 mapped not loopback") << "http://[::ffff:10.0.0.1]" << notHttps;
    QTest::newRow("http loopback lookalike name") << "http://127.0.0.1.nip.io" << notHttps;
    QTest::newRow("http 127 with a bad part") << "http://127.0.0.256" << notHttps;
    QTest::newRow("http remote") << "http://api.bizkithub.com" << notHttps;
    QTest::newRow("http private lan") << "http://192.168.1.10" << notHttps;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.com" << notHttps;
    QTest::newRow("ftp") << "ftp://api.bizkithub.com" << invalid;
    QTest::newRow("no scheme") << "api.bizkithub.com" << invalid;
    QTest::newRow("empty") << "" << invalid;
    QTest::newRow("query") << "https://api.bizkithub.com/?apiKey=x" << invalid;
    QTest::newRow("user info") << "https://user:pw@api.bizkithub.com" << invalid;
}

void TestBaseUrl::check()
{
    QFETCH(QString, url);
    QFETCH(int, expected);
    const auto problem = BaseUrl::check(url);
    QCOMPARE(problem ? int(*problem) : -1, expected);
    QCOMPARE(BaseUrl::contactFormUrl(url).isValid(), expected == -1);
}

void TestBaseUrl::contactFormUrl_appendsEndpointPath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "https://api.bizkithub.com"
                          << "https://api.bizkithub.com/api/v1/support/contact-form";
    QTest::newRow("slash") << "https://api.bizkithub.com/"
                           << "https://api.bizkithub.com/api/v1/support/contact-form";
    QTest::newRow("prefix") << "https://gw.example.com/bkh//"
                            << "https://gw.example.com/bkh/api/v1/support/contact-form";
}

void TestBaseUrl::contactFormUrl_appendsEndpointPath()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(BaseUrl::contactFormUrl(base).toString(), expected);
}

QTEST_GUILESS_MAIN(TestBaseUrl)
#include "tst_baseurl.moc"
