// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseClassifier.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace bizkithub;
using Outcome = SubmitResult::Outcome;

Q_DECLARE_METATYPE(bizkithub::SubmitResult::Outcome)

namespace {
const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc());

ResponseFacts http(int status, const QByteArray& body,
                   QList<QPair<QByteArray, QByteArray>> headers = {})
{
    ResponseFacts facts;
    facts.httpStatus = status;
    facts.body = body;
    facts.headers = std::move(headers);
    facts.requestSent = true;
    facts.now = now;
    return facts;
}
} // namespace

class TestResponseClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classify_byStatusAndBody_data();
    void classify_byStatusAndBody();
    void classify_transportFailures_data();
    void classify_transportFailures();
    void classify_readsErrorEnvelopeAndHeaders();
    void classify_readsFieldDetailsInSeveralShapes_data();
    void classify_readsFieldDetailsInSeveralShapes();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void userMessage_isOneSentencePerOutcome();
    void classify_keyEchoedByTheServer_isRedactedEverywhere();
    void classify_serverWaitIsCappedAtADay_data();
    void classify_serverWaitIsCappedAtADay();
};

void TestResponseClassifier::initTestCase()
{
    // HTTP dates are UTC whatever the machine's zone; a zone with summer time proves it.
    qputenv("TZ", "Europe/Prague");
    tzset();
}

void TestResponseClassifier::classify_byStatusAndBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");

    QTest::newRow("200 success") << 200 << QByteArray(R"({"success":true})") << Outcome::Sent;
    QTest::newRow("200 success false")
        << 200 << QByteArray(R"({"success":false})") << Outcome::Rejected;
    QTest::newRow("200 no success key") << 200 << QByteArray(R"({"ok":1})") << Outcome::Uncertain;
    QTest::newRow("200 html") << 200 << QByteArray("<html>portal</html>") << Outcome::Uncertain;
    QTest::newRow("200 empty") << 200 << QByteArray() << Outcome::Uncertain;
    QTest::newRow("201 success") << 201 << QByteArray(R"({"success":true})") << Outcome::Sent;
    QTest::newRow("301") << 301 << QByteArray() << Outcome::ConfigError;
    QTest::newRow("400") << 400 << QByteArray(R"({"error":{"code":"BAD"}})") << Outcome::Rejected;
    QTest::newRow("401 code") << 401
                              << QByteArray(R"({"error":{"code":"PUBLIC_API_KEY_DOES_NOT_EXIST"}})")
                              << Outcome::AuthFailed;
    QTest::newRow("401 html") << 401 << QByteArray("<h1>401</h1>") << Outcome::AuthFailed;
    QTest::newRow("403") << 403 << QByteArray() << Outcome::AuthFailed;
    QTest::newRow("404 plain") << 404 << QByteArray("Not Found") << Outcome::ConfigError;
    QTest::newRow("404 key code wins")
        << 404 << QByteArray(R"({"code":"PUBLIC_API_KEY_DOES_NOT_EXIST"})") << Outcome::AuthFailed;
    QTest::newRow("408") << 408 << QByteArray() << Outcome::ServerError;
    QTest::newRow("413") << 413 << QByteArray() << Outcome::Rejected;
    QTest::newRow("422") << 422 << QByteArray(R"({"error":{"code":"X"}})") << Outcome::Rejected;
    QTest::newRow("429") << 429 << QByteArray() << Outcome::RateLimited;
    QTest::newRow("400 rate code wins")
        << 400 << QByteArray(R"({"error":{"code":"RATE_LIMIT_EXCEEDED"}})") << Outcome::RateLimited;
    QTest::newRow("500") << 500 << QByteArray(R"({"error":{"code":"INTERNAL"}})")
                         << Outcome::ServerError;
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>")
                              << Outcome::ServerError;
    QTest::newRow("503") << 503 << QByteArray() << Outcome::ServerError;
    QTest::newRow("504") << 504 << QByteArray() << Outcome::ServerError;
}

void TestResponseClassifier::classify_byStatusAndBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    const SubmitResult result = classifyResponse(http(status, body));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.httpStatus, status);
}

void TestResponseClassifier::classify_transportFailures_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("requestSent");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<Outcome>("outcome");
    using E = QNetworkReply::NetworkError;
    QTest::newRow("refused") << int(E::ConnectionRefusedError) << false << false << false
                             << Outcome::Offline;
    QTest::newRow("host not found")
        << int(E::HostNotFoundError) << false << false << false << Outcome::Offline;
    QTest::newRow("closed before send")
        << int(E::RemoteHostClosedError) << false << false << false << Outcome::Offline;
    QTest::newRow("closed after send")
        << int(E::RemoteHostClosedError) << true << false << false << Outcome::Uncertain;
    QTest::newRow("timeout after send")
        << int(E::OperationCanceledError) << true << false << false << Outcome::Uncertain;
    QTest::newRow("tls") << int(E::SslHandshakeFailedError) << false << false << true
                         << Outcome::TlsFailure;
    QTest::newRow("cancel before send")
        << int(E::OperationCanceledError) << false << true << false << Outcome::Cancelled;
    QTest::newRow("cancel after send")
        << int(E::OperationCanceledError) << true << true << false << Outcome::Uncertain;
    QTest::newRow("proxy auth") << int(E::ProxyAuthenticationRequiredError) << false << false
                                << false << Outcome::ConfigError;
}

void TestResponseClassifier::classify_transportFailures()
{
    QFETCH(int, error);
    QFETCH(bool, requestSent);
    QFETCH(bool, cancelled);
    QFETCH(bool, tls);
    QFETCH(Outcome, outcome);
    ResponseFacts facts;
    facts.error = QNetworkReply::NetworkError(error);
    facts.errorString =
        QStringLiteral("Error transferring https://x/?apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
    facts.requestSent = requestSent;
    facts.cancelled = cancelled;
    facts.tlsErrors = tls;
    facts.now = now;
    const SubmitResult result = classifyResponse(facts);
    QCOMPARE(result.outcome, outcome);
    QVERIFY(!result.networkError.contains(QLatin1String("PGrFxp")));
}

void TestResponseClassifier::classify_readsErrorEnvelopeAndHeaders()
{
    const SubmitResult result = classifyResponse(http(
        429, R"({"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Too many","requestId":"r-1"}})",
        {{"Retry-After", "120"},
         {"x-ratelimit-limit", "60"},
         {"X-RateLimit-Remaining", "0"},
         {"X-RateLimit-Reset", "1795000000"}}));
    QCOMPARE(result.outcome, Outcome::RateLimited);
    QCOMPARE(result.errorCode, QStringLiteral("RATE_LIMIT_EXCEEDED"));
    QCOMPARE(result.serverMessage, QStringLiteral("Too many"));
    QCOMPARE(result.requestId, QStringLiteral("r-1"));
    QCOMPARE(result.retryAt, now.addSecs(120));
    QCOMPARE(result.rateLimitLimit, std::optional<qint64>(60));
    QCOMPARE(result.rateLimitRemaining, std::optional<qint64>(0));
    QCOMPARE(result.rateLimitReset.toSecsSinceEpoch(), 1795000000);
    QCOMPARE(result.documentationUrl().toString(),
             QStringLiteral("https://docs.bizkithub.com/errors/RATE_LIMIT_EXCEEDED"));
    QVERIFY(result.isRetryable());

    const SubmitResult topLevel =
        classifyResponse(http(401, R"({"code":"PUBLIC_API_KEY_DOES_NOT_EXIST","message":"no"})",
                              {{"X-Request-Id", "abc"}}));
    QCOMPARE(topLevel.errorCode, QStringLiteral("PUBLIC_API_KEY_DOES_NOT_EXIST"));
    QCOMPARE(topLevel.requestId, QStringLiteral("abc"));
    QVERIFY(!topLevel.isRetryable());

    const SubmitResult redirect =
        classifyResponse(http(302, {}, {{"Location", "https://login.example.com/portal?next=1"}}));
    QCOMPARE(redirect.configIssue, SubmitResult::ConfigIssue::Redirect);
    const SubmitResult keyInPath = classifyResponse(http(
        307, {}, {{"Location", "https://x.example.com/PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE/form"}}));
    QVERIFY(!keyInPath.userMessage().contains(QLatin1String("PGrFxp")));
    QVERIFY(!keyInPath.details().join(u' ').contains(QLatin1String("PGrFxp")));
    QVERIFY(
        !keyInPath.toJson().value(u"redirectTarget").toString().contains(QLatin1String("PGrFxp")));
    QCOMPARE(redirect.redirectTarget.host(), QStringLiteral("login.example.com"));
    QVERIFY(redirect.userMessage().contains(QLatin1String("login.example.com")));
}

void TestResponseClassifier::classify_readsFieldDetailsInSeveralShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("fields object")
        << QByteArray(R"({"error":{"code":"V","fields":{"customerEmail":"invalid e-mail"}}})");
    QTest::newRow("fields array") << QByteArray(
        R"({"error":{"code":"V","details":[{"field":"customerEmail","message":"invalid e-mail"}]}})");
    QTest::newRow("top-level errors")
        << QByteArray(R"({"code":"V","errors":{"customerEmail":["invalid e-mail"]}})");
}

void TestResponseClassifier::classify_readsFieldDetailsInSeveralShapes()
{
    QFETCH(QByteArray, body);
    const SubmitResult result = classifyResponse(http(422, body));
    QCOMPARE(result.outcome, Outcome::Rejected);
    QCOMPARE(result.fieldIssues.size(), 1);
    QCOMPARE(result.fieldIssues.first().field, TicketField::CustomerEmail);
    QCOMPARE(result.fieldIssues.first().detail, QStringLiteral("invalid e-mail"));
}

void TestResponseClassifier::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("seconds") << QByteArray("30") << now.addSecs(30);
    QTest::newRow("zero") << QByteArray("0") << now;
    QTest::newRow("http date") << QByteArray("Tue, 24 Nov 2026 10:05:00 GMT")
                               << QDateTime(QDate(2026, 11, 24), QTime(10, 5), QTimeZone::utc());
    QTest::newRow("http date in a local DST gap")
        << QByteArray("Sun, 29 Mar 2026 02:30:00 GMT")
        << QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::utc());
    QTest::newRow("rfc 850") << QByteArray("Tuesday, 24-Nov-26 10:05:00 GMT")
                             << QDateTime(QDate(2026, 11, 24), QTime(10, 5), QTimeZone::utc());
    QTest::newRow("asctime") << QByteArray("Tue Nov 24 10:05:00 2026")
                             << QDateTime(QDate(2026, 11, 24), QTime(10, 5), QTimeZone::utc());
    QTest::newRow("negative") << QByteArray("-5") << QDateTime();
    QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestResponseClassifier::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(bizkithub::parseRetryAfter(value, now), expected);
}

void TestResponseClassifier::userMessage_isOneSentencePerOutcome()
{
    QSet<QString> messages;
    for (int o = int(Outcome::Sent); o <= int(Outcome::Cancelled); ++o) {
        SubmitResult result;
        result.outcome = Outcome(o);
        QVERIFY(!result.userMessage().isEmpty());
        messages.insert(result.userMessage());
        QVERIFY(!result.toJson().value(QLatin1String("outcome")).toString().isEmpty());
    }
    QCOMPARE(messages.size(), int(Outcome::Cancelled) + 1);
}

void TestResponseClassifier::classify_keyEchoedByTheServer_isRedactedEverywhere()
{
    const QByteArray key = "PRODPGRFXPGETROZFUWHNOJOHUYBXUOE"; // capitals: looks like a code too
    const SubmitResult result =
        classifyResponse(http(401,
                              R"({"error":{"code":")" + key + R"(","message":"key )" + key +
                                  R"( unknown","requestId":"req-)" + key +
                                  R"(","fields":{"customerEmail":"for )" + key + R"("}}})",
                              {{"X-Request-Id", key}}));
    QCOMPARE(result.outcome, Outcome::AuthFailed); // by the HTTP status: the "code" is no code
    QVERIFY(result.errorCode.isEmpty());
    QVERIFY(result.requestId.isEmpty());
    QCOMPARE(result.serverMessage, QStringLiteral("key PROD… unknown"));
    QCOMPARE(result.fieldIssues.size(), 1);
    QCOMPARE(result.fieldIssues.first().detail, QStringLiteral("for PROD…"));
    QVERIFY(!result.bodyExcerpt.contains(key));
    for (const QString& line : result.details()) {
        QVERIFY2(!line.contains(QString::fromLatin1(key)), qPrintable(line));
    }

    // The body's request id is used when the header's is no id.
    const SubmitResult bodyId = classifyResponse(
        http(500, R"({"error":{"code":"INTERNAL","requestId":"r-42"}})", {{"X-Request-Id", key}}));
    QCOMPARE(bodyId.requestId, QStringLiteral("r-42"));
    QCOMPARE(bodyId.errorCode, QStringLiteral("INTERNAL"));
}

void TestResponseClassifier::classify_serverWaitIsCappedAtADay_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("an hour") << QByteArray("3600") << now.addSecs(3600);
    QTest::newRow("eleven digits") << QByteArray("99999999999") << now.addDays(1);
    QTest::newRow("largest number") << QByteArray("9223372036854775807") << now.addDays(1);
    QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << now.addDays(1);
}

void TestResponseClassifier::classify_serverWaitIsCappedAtADay()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QDateTime, expected);
    const SubmitResult result = classifyResponse(
        http(429, R"({"error":{"code":"RATE_LIMIT_EXCEEDED"}})",
             {{"Retry-After", retryAfter}, {"X-RateLimit-Reset", "253402300799"}}));
    QCOMPARE(result.retryAt, expected);
    QCOMPARE(result.rateLimitReset, now.addDays(1));
}

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
