// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactFormClient.h"
#include "FakeBizKitHub.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bizkithub;
using bizkithub::test::FakeBizKitHub;
using Outcome = SubmitResult::Outcome;
using Reply = FakeBizKitHub::Reply;

Q_DECLARE_METATYPE(bizkithub::SubmitResult::Outcome)

namespace {

const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");

Ticket sampleTicket()
{
    Ticket t;
    t.setValue(TicketField::Message, QStringLiteral("Hello, how are you?"));
    t.setValue(TicketField::CustomerEmail, QStringLiteral("jan@barasek.com"));
    t.setValue(TicketField::CustomerPhone, QStringLiteral("+420 777123456"));
    t.setValue(TicketField::CustomerLastName, QStringLiteral("Barášek"));
    return t;
}

} // namespace

class TestContactFormClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void submit_sendsExactlyTheDocumentedRequest();
    void submit_classifiesServerAnswers_data();
    void submit_classifiesServerAnswers();
    void submit_readsRateLimitRetryAfter();
    void submit_readsFieldDetailsOf422();
    void submit_reportsRedirectTarget();
    void submit_connectionRefused_isOffline();
    void submit_serverNeverAnswers_timesOutAsUncertain();
    void submit_brokenAnswerAfterRequest_isOnePostAndUncertain_data();
    void submit_brokenAnswerAfterRequest_isOnePostAndUncertain();
    void submit_selfSignedCertificate_isRefused();
    void submit_extraCaCertificate_isTrusted();
    void submit_hugeAnswer_isCutOff();
    void submit_hugeChunkedAnswer_isCutOff();
    void submit_cancel_beforeAnswer();
    void submit_refusesBadConfigurationWithoutNetwork_data();
    void submit_refusesBadConfigurationWithoutNetwork();
    void submit_neverLeaksTheKeyIntoTheResult();
    void submit_rootKeyOnKiosk_sendsNothing();

private:
    SubmitResult send(const Ticket& ticket = sampleTicket(), const QUuid& id = QUuid::createUuid());

    void startTlsServer(FakeBizKitHub& server);

    QTemporaryDir m_certificateDir;
    QSslCertificate m_certificate;
    QSslKey m_certificateKey;
    QString m_certificateFile;
    QNetworkAccessManager* m_network = nullptr;
    ContactFormClient* m_client = nullptr;
    FakeBizKitHub* m_server = nullptr;
};

void TestContactFormClient::init()
{
    m_network = new QNetworkAccessManager(this);
    m_client = new ContactFormClient(m_network, this);
    m_server = new FakeBizKitHub(this);
    QVERIFY(m_server->start());
    m_client->setConfig({m_server->baseUrl(), validKey, std::chrono::seconds(10), {}});
}

void TestContactFormClient::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_network;
}

SubmitResult TestContactFormClient::send(const Ticket& ticket, const QUuid& id)
{
    SubmitJob* job = m_client->submit(ticket, id);
    QSignalSpy spy(job, &SubmitJob::finished);
    if (!spy.wait(20000)) {
        qWarning("no result");
        return {};
    }
    return spy.first().first().value<SubmitResult>();
}

void TestContactFormClient::submit_sendsExactlyTheDocumentedRequest()
{
    m_server->setHandler([](const FakeBizKitHub::Request& r) {
        return FakeBizKitHub::strictContactForm(r, {validKey});
    });
    const QUuid id = QUuid::createUuid();
    const SubmitResult result = send(sampleTicket(), id);
    QCOMPARE(result.outcome, Outcome::Sent);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.requestId, QStringLiteral("req-ok-1"));

    QCOMPARE(m_server->requests().size(), 1);
    const auto& r = m_server->requests().first();
    QCOMPARE(FakeBizKitHub::shapeProblems(r), QStringList());
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/api/v1/support/contact-form"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("apiKey")), validKey);
    QCOMPARE(r.header("Authorization"), "Bearer " + validKey.toLatin1());
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    QVERIFY(r.header("User-Agent").startsWith("bizkithub-contact/"));
    QCOMPARE(r.header("Idempotency-Key"), id.toByteArray(QUuid::WithoutBraces));
    QCOMPARE(r.body, sampleTicket().toJson());
    QCOMPARE(r.json().value(u"customerLastName").toString(), QStringLiteral("Barášek"));
}

void TestContactFormClient::submit_classifiesServerAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("code");

    QTest::newRow("success") << 200 << QByteArray(R"({"success":true})") << Outcome::Sent << "";
    QTest::newRow("success false")
        << 200 << QByteArray(R"({"success":false})") << Outcome::Rejected << "";
    QTest::newRow("401 unknown key")
        << 401
        << QByteArray(R"({"error":{"code":"PUBLIC_API_KEY_DOES_NOT_EXIST","message":"nope"}})")
        << Outcome::AuthFailed << "PUBLIC_API_KEY_DOES_NOT_EXIST";
    QTest::newRow("403") << 403 << QByteArray(R"({"error":{"code":"FORBIDDEN"}})")
                         << Outcome::AuthFailed << "FORBIDDEN";
    QTest::newRow("404") << 404 << QByteArray("Not Found") << Outcome::ConfigError << "";
    QTest::newRow("500") << 500 << QByteArray(R"({"error":{"code":"INTERNAL_ERROR"}})")
                         << Outcome::ServerError << "INTERNAL_ERROR";
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                              << Outcome::ServerError << "";
    QTest::newRow("503") << 503 << QByteArray() << Outcome::ServerError << "";
    QTest::newRow("200 html page") << 200 << QByteArray("<!DOCTYPE html><title>Wi-Fi login</title>")
                                   << Outcome::Uncertain << "";
    QTest::newRow("200 malformed json")
        << 200 << QByteArray(R"({"success":tru)") << Outcome::Uncertain << "";
    QTest::newRow("400 malformed json")
        << 400 << QByteArray(R"({"error":)") << Outcome::Rejected << "";
}

void TestContactFormClient::submit_classifiesServerAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QFETCH(QString, code);
    m_server->enqueue(Reply::json(status, body));
    const SubmitResult result = send();
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.errorCode, code);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestContactFormClient::submit_readsRateLimitRetryAfter()
{
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
    m_client->setClock([now] { return now; });
    m_server->enqueue(Reply::error(429, "RATE_LIMIT_EXCEEDED", "Slow down",
                                   {{"Retry-After", "42"}, {"X-RateLimit-Remaining", "0"}}));
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::RateLimited);
    QCOMPARE(result.retryAt, now.addSecs(42));
    QCOMPARE(result.rateLimitRemaining, std::optional<qint64>(0));
    QVERIFY(result.isRetryable());
}

void TestContactFormClient::submit_readsFieldDetailsOf422()
{
    m_server->enqueue(
        Reply::json(422, R"({"error":{"code":"VALIDATION_FAILED","message":"Invalid input",)"
                         R"("fields":{"customerEmail":"domain does not accept mail"}}})"));
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::Rejected);
    QCOMPARE(result.fieldIssues.size(), 1);
    QCOMPARE(result.fieldIssues.first().field, TicketField::CustomerEmail);
    QVERIFY(result.fieldIssues.first().message().contains(QLatin1String("domain does not accept")));
}

void TestContactFormClient::submit_reportsRedirectTarget()
{
    m_server->enqueue(Reply{301, {{"Location", "https://www.bizkithub.com/"}}, {}, {}, false});
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::ConfigError);
    QCOMPARE(result.configIssue, SubmitResult::ConfigIssue::Redirect);
    QCOMPARE(result.redirectTarget, QUrl(QStringLiteral("https://www.bizkithub.com/")));
    QCOMPARE(m_server->requests().size(), 1); // not followed
}

void TestContactFormClient::submit_connectionRefused_isOffline()
{
    const QString url = m_server->baseUrl();
    m_server->close();
    m_client->setConfig({url, validKey, std::chrono::seconds(10), {}});
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::Offline);
    QVERIFY(!result.requestSent);
    QVERIFY(!result.networkError.isEmpty());
}

void TestContactFormClient::submit_serverNeverAnswers_timesOutAsUncertain()
{
    m_client->setConfig({m_server->baseUrl(), validKey, std::chrono::milliseconds(500), {}});
    m_server->enqueue(Reply::hang());
    QElapsedTimer timer;
    timer.start();
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::Uncertain);
    QVERIFY(result.requestSent);
    QVERIFY(result.isRetryable());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestContactFormClient::submit_brokenAnswerAfterRequest_isOnePostAndUncertain_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("reset") << int(FakeBizKitHub::Action::ResetAfterRequest);
    QTest::newRow("closed") << int(FakeBizKitHub::Action::CloseAfterRequest);
    QTest::newRow("garbage") << int(FakeBizKitHub::Action::Garbage);
}

void TestContactFormClient::submit_brokenAnswerAfterRequest_isOnePostAndUncertain()
{
    QFETCH(int, action);
    m_server->setHandler([action](const FakeBizKitHub::Request&) {
        return Reply{0, {}, {}, FakeBizKitHub::Action(action), false};
    });
    const QUuid id = QUuid::createUuid();
    const SubmitResult result = send(sampleTicket(), id);
    QCOMPARE(result.outcome, Outcome::Uncertain);
    QVERIFY(result.requestSent);
    // Qt's HTTP layer would send the request again by itself: each copy a ticket the outbox
    // never counted. One attempt is one POST.
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Idempotency-Key"),
             id.toByteArray(QUuid::WithoutBraces));
}

void TestContactFormClient::initTestCase()
{
    QVERIFY(m_certificateDir.isValid());
    QVERIFY2(test::makeSelfSignedCertificate(m_certificateDir.path(), &m_certificate,
                                             &m_certificateKey, &m_certificateFile),
             "openssl could not make a test certificate");
}

void TestContactFormClient::startTlsServer(FakeBizKitHub& server)
{
    server.setTls(m_certificate, m_certificateKey);
    QVERIFY(server.start());
}

void TestContactFormClient::submit_selfSignedCertificate_isRefused()
{
    FakeBizKitHub tlsServer;
    startTlsServer(tlsServer);
    m_client->setConfig({tlsServer.baseUrl(), validKey, std::chrono::seconds(10), {}});
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::TlsFailure);
    QVERIFY(tlsServer.requests().isEmpty()); // nothing left the client
}

void TestContactFormClient::submit_extraCaCertificate_isTrusted()
{
    FakeBizKitHub tlsServer;
    startTlsServer(tlsServer);
    m_client->setConfig(
        {tlsServer.baseUrl(), validKey, std::chrono::seconds(10), m_certificateFile});
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::Sent);
    QCOMPARE(tlsServer.requests().size(), 1);
}

void TestContactFormClient::submit_hugeAnswer_isCutOff()
{
    QByteArray huge = R"({"success":true,"padding":")";
    huge += QByteArray(3 * 1024 * 1024, 'x');
    huge += R"("})";
    m_server->enqueue(Reply::json(200, huge));
    const SubmitResult result = send();
    QVERIFY(result.bodyTruncated);
    QCOMPARE(result.outcome, Outcome::Uncertain); // a cut answer cannot be trusted as success
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.bodyExcerpt.size() <= 512);
}

void TestContactFormClient::submit_hugeChunkedAnswer_isCutOff()
{
    Reply reply = Reply::json(200, QByteArray(20 * 1024 * 1024, 'x'));
    reply.chunked = true;
    m_server->enqueue(reply);
    const SubmitResult result = send();
    QVERIFY(result.bodyTruncated);
    QCOMPARE(result.outcome, Outcome::Uncertain);
    QCOMPARE(result.httpStatus, 200);
}

void TestContactFormClient::submit_cancel_beforeAnswer()
{
    m_server->enqueue(Reply::hang());
    SubmitJob* job = m_client->submit(sampleTicket(), QUuid::createUuid());
    QSignalSpy spy(job, &SubmitJob::finished);
    QTRY_COMPARE(m_server->requests().size(), 1);
    job->cancel();
    QTRY_COMPARE(spy.size(), 1);
    const auto result = spy.first().first().value<SubmitResult>();
    // The request had left: cancelling cannot know whether the platform kept it.
    QCOMPARE(result.outcome, Outcome::Uncertain);
}

void TestContactFormClient::submit_refusesBadConfigurationWithoutNetwork_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<int>("issue");
    using I = SubmitResult::ConfigIssue;
    QTest::newRow("no key") << ""
                            << ""
                            << "" << int(I::MissingKey);
    QTest::newRow("bad key") << ""
                             << "PROD123"
                             << "" << int(I::InvalidKey);
    QTest::newRow("plain http remote")
        << "http://api.bizkithub.com" << validKey << "" << int(I::InsecureUrl);
    QTest::newRow("not a url") << "bizkithub" << validKey << "" << int(I::InvalidUrl);
    QTest::newRow("missing ca file")
        << "" << validKey << "/nonexistent/ca.pem" << int(I::CaCertificates);
}

void TestContactFormClient::submit_refusesBadConfigurationWithoutNetwork()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, key);
    QFETCH(QString, caFile);
    QFETCH(int, issue);
    m_client->setConfig(
        {baseUrl.isEmpty() ? m_server->baseUrl() : baseUrl, key, std::chrono::seconds(10), caFile});
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::ConfigError);
    QCOMPARE(int(result.configIssue), issue);
    QVERIFY(m_server->requests().isEmpty());
}

void TestContactFormClient::submit_neverLeaksTheKeyIntoTheResult()
{
    // A server that echoes the request URL, query included, back in its error page.
    m_server->enqueue(Reply{404, {}, "no such page for apiKey=" + validKey.toLatin1(), {}, false});
    const SubmitResult result = send();
    const QByteArray everything = QJsonDocument(result.toJson()).toJson() +
                                  result.details().join(u'\n').toUtf8() + result.bodyExcerpt +
                                  result.networkError.toUtf8();
    QVERIFY(!everything.contains(validKey.mid(4).toLatin1()));
}

void TestContactFormClient::submit_rootKeyOnKiosk_sendsNothing()
{
    const QString rootKey = QStringLiteral("ROOT") + QString(28, u'r');
    ContactFormClient::Config config{m_server->baseUrl(), rootKey, std::chrono::seconds(10), {}};
    // Anywhere else a ROOT key is a key like the others...
    m_client->setConfig(config);
    QCOMPARE(send().outcome, Outcome::Sent);
    QCOMPARE(m_server->requests().size(), 1);
    // ...but a kiosk sends nothing with it, and says why in words for the admin.
    config.refuseRootKey = true;
    m_client->setConfig(config);
    const SubmitResult result = send();
    QCOMPARE(result.outcome, Outcome::ConfigError);
    QCOMPARE(result.configIssue, SubmitResult::ConfigIssue::RootKeyOnKiosk);
    QVERIFY(result.userMessage().contains(QLatin1String("ROOT")));
    QVERIFY(!result.userMessage().contains(rootKey.mid(4)));
    QCOMPARE(m_server->requests().size(), 1);
    // A PROD key on the same kiosk is sent.
    config.apiKey = validKey;
    m_client->setConfig(config);
    QCOMPARE(send().outcome, Outcome::Sent);
}

QTEST_GUILESS_MAIN(TestContactFormClient)
#include "tst_contactformclient.moc"
