// SPDX-License-Identifier: GPL-3.0-or-later
// The sender against the fake server, with the faults a reception desk meets: the server down
// and back, rate limits, maintenance, a refused key, a connection reset after the request left.
#include "ContactFormClient.h"
#include "FakeBizKitHub.h"
#include "Outbox.h"
#include "OutboxSender.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using namespace std::chrono_literals;
using bizkithub::test::FakeBizKitHub;
using Reply = FakeBizKitHub::Reply;

namespace {
const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");

Ticket ticket(int n)
{
    Ticket t;
    t.setValue(TicketField::Message, QStringLiteral("Ticket %1").arg(n));
    return t;
}
} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backoff_growsWithJitterUpToCap_data();
    void backoff_growsWithJitterUpToCap();
    void queuedTickets_areDeliveredOldestFirst_eachOnce();
    void serverDownThenUp_deliversWithoutHelp();
    void rateLimited_isNotRetriedBeforeRetryAfter();
    void maintenance503_waitsForRetryAfter();
    void exhaustedRateLimit_waitsForReset();
    void rejectedKey_holdsWholeQueueAfterOneRequest();
    void resetAfterRequest_isResentWithSameKeyAndDeliveredOnce();
    void rejectedContent_needsEditWithServerMessage();
    void ticketQueuedByAnotherProcess_isPickedUp();
    void rateLimit_pausesTheWholeQueue();
    void claimOfDeadProcess_isPickedUpAtOnce();
    void claimOfLiveProcess_isPickedUpWhenItRunsOut();

private:
    QUuid enqueue(int n);
    void startSender();

    QTemporaryDir m_dir;
    FakeBizKitHub* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    ContactFormClient* m_client = nullptr;
    Outbox* m_outbox = nullptr;
    OutboxSender* m_sender = nullptr;
    int m_counter = 0;
};

void TestOutboxSender::init()
{
    m_server = new FakeBizKitHub;
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager;
    m_client = new ContactFormClient(m_network);
    m_client->setConfig({m_server->baseUrl(), validKey, 5s, {}});
    m_outbox = new Outbox(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_counter)));
    QVERIFY(m_outbox->open());
    m_sender = new OutboxSender(*m_outbox, *m_client);
    m_sender->setRandom([] { return 0.0; }); // the shortest wait: 1 s
    m_sender->setPollInterval(100ms);
}

void TestOutboxSender::cleanup()
{
    delete m_sender;
    delete m_outbox;
    delete m_client;
    delete m_network;
    delete m_server;
}

QUuid TestOutboxSender::enqueue(int n)
{
    const QUuid id = QUuid::createUuid();
    if (!m_outbox->enqueue(id, ticket(n), ticket(n))) {
        qWarning("enqueue failed");
    }
    QTest::qWait(2); // distinct creation times keep "oldest first" well defined
    return id;
}

void TestOutboxSender::startSender()
{
    m_sender->start();
}

void TestOutboxSender::backoff_growsWithJitterUpToCap_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("first, least") << 1 << 0.0 << qint64(1000);
    QTest::newRow("first, most") << 1 << 1.0 << qint64(10000);
    QTest::newRow("second, most") << 2 << 1.0 << qint64(20000);
    QTest::newRow("fifth, half") << 5 << 0.5 << qint64(1000 + (160000 - 1000) / 2);
    QTest::newRow("capped") << 30 << 1.0 << qint64(15 * 60 * 1000);
}

void TestOutboxSender::backoff_growsWithJitterUpToCap()
{
    QFETCH(int, attempts);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QCOMPARE(OutboxSender::backoff(attempts, random).count(), expectedMs);
}

void TestOutboxSender::queuedTickets_areDeliveredOldestFirst_eachOnce()
{
    QList<QUuid> ids;
    for (int i = 0; i < 10; ++i) {
        ids << enqueue(i);
    }
    startSender();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->count({TicketState::Sent}), 10, 10000);
    QCOMPARE(m_server->requests().size(), 10);
    QCOMPARE(m_server->requests().first().json().value(u"message").toString(),
             QStringLiteral("Ticket 0"));
    QSet<QByteArray> keys;
    for (const auto& r : m_server->requests()) {
        keys.insert(r.header("Idempotency-Key"));
    }
    QCOMPARE(keys.size(), 10);
    QVERIFY(keys.contains(ids.first().toByteArray(QUuid::WithoutBraces)));
}

void TestOutboxSender::serverDownThenUp_deliversWithoutHelp()
{
    const quint16 port = m_server->serverPort();
    m_server->close();
    const QUuid id = enqueue(1);
    startSender();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->lastOutcome, QStringLiteral("offline"), 5000);
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Queued);
    QVERIFY(m_outbox->entry(id)->nextAttempt.isValid());

    QVERIFY(m_server->start(port)); // the connection returns; nobody touches anything
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::Sent, 10000);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestOutboxSender::rateLimited_isNotRetriedBeforeRetryAfter()
{
    m_server->enqueue(Reply::error(429, "RATE_LIMIT_EXCEEDED", "slow", {{"Retry-After", "2"}}));
    const QUuid id = enqueue(1);
    QElapsedTimer timer;
    timer.start();
    qint64 secondRequestAt = -1;
    connect(m_server, &FakeBizKitHub::requestReceived, this, [&] {
        if (m_server->requests().size() == 2) {
            secondRequestAt = timer.elapsed();
        }
    });
    startSender();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::Sent, 10000);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY2(secondRequestAt >= 1900, qPrintable(QString::number(secondRequestAt)));
}

void TestOutboxSender::maintenance503_waitsForRetryAfter()
{
    m_server->enqueue(Reply::error(503, "MAINTENANCE", "back soon", {{"Retry-After", "2"}}));
    const QUuid id = enqueue(1);
    startSender();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
    QTest::qWait(1500);
    QCOMPARE(m_server->requests().size(), 1); // not before its time
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::Sent, 5000);
    QCOMPARE(m_outbox->entry(id)->log.size(), 2);
}

void TestOutboxSender::exhaustedRateLimit_waitsForReset()
{
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 3;
    m_server->enqueue(Reply::error(
        500, "INTERNAL", "oops",
        {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", QByteArray::number(reset)}}));
    const QUuid id = enqueue(1);
    startSender();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
    const QDateTime next = m_outbox->entry(id)->nextAttempt;
    QCOMPARE(next.toSecsSinceEpoch(), reset);
}

void TestOutboxSender::rejectedKey_holdsWholeQueueAfterOneRequest()
{
    m_server->setHandler([](const FakeBizKitHub::Request&) {
        return Reply::error(401, "PUBLIC_API_KEY_DOES_NOT_EXIST", "no such key");
    });
    for (int i = 0; i < 8; ++i) {
        enqueue(i);
    }
    startSender();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->hold().has_value(), 5000);
    QTest::qWait(1500); // time for any further (wrong) attempt
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_outbox->count({TicketState::Held}), 1);
    QCOMPARE(m_outbox->count({TicketState::Queued}), 7);

    // A new key lifts the hold: everything goes.
    m_server->setHandler([](const FakeBizKitHub::Request&) { return Reply::success(); });
    m_client->setConfig({m_server->baseUrl(),
                         QStringLiteral("PRODanotherKeyAAAAAAAAAAAAAAAAAAA").left(32),
                         5s,
                         {}});
    m_sender->wake();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->count({TicketState::Sent}), 8, 10000);
    QVERIFY(!m_outbox->hold());
}

void TestOutboxSender::resetAfterRequest_isResentWithSameKeyAndDeliveredOnce()
{
    int resets = 0;
    m_server->setHandler([&resets](const FakeBizKitHub::Request&) {
        return ++resets <= 3 ? Reply::resetAfterRequest() : Reply::success();
    });
    const QUuid id = enqueue(1);
    startSender();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::Sent, 10000);
    const auto e = m_outbox->entry(id);
    QVERIFY(e->log.size() >= 2);
    QCOMPARE(e->log.first().outcome, QStringLiteral("uncertain"));
    QCOMPARE(e->log.last().outcome, QStringLiteral("sent"));
    // Every POST the server received is an attempt the outbox recorded, and none more.
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(e->log.size(), 4);
    QCOMPARE(e->attempts, 4);
    for (const auto& r : m_server->requests()) {
        QCOMPARE(r.header("Idempotency-Key"), id.toByteArray(QUuid::WithoutBraces));
    }
}

void TestOutboxSender::rejectedContent_needsEditWithServerMessage()
{
    m_server->enqueue(Reply::json(
        422, R"({"error":{"code":"VALIDATION_FAILED","fields":{"customerEmail":"no mailbox"}}})"));
    const QUuid id = enqueue(1);
    startSender();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::NeedsEdit, 5000);
    const auto e = m_outbox->entry(id);
    QCOMPARE(e->rejectedFields.size(), 1);
    QCOMPARE(e->rejectedFields.first().field, TicketField::CustomerEmail);
    QCOMPARE(e->rejectedFields.first().detail, QStringLiteral("no mailbox"));
    QTest::qWait(1200);
    QCOMPARE(m_server->requests().size(), 1); // never retried as it is
}

void TestOutboxSender::ticketQueuedByAnotherProcess_isPickedUp()
{
    startSender();
    QTest::qWait(50);
    Outbox other(m_outbox->path()); // the CLI, say
    QVERIFY(other.open());
    const QUuid id = QUuid::createUuid();
    QVERIFY(other.enqueue(id, ticket(7), ticket(7)));
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::Sent, 5000);
}

void TestOutboxSender::rateLimit_pausesTheWholeQueue()
{
    m_server->enqueue(Reply::error(429, "RATE_LIMIT_EXCEEDED", "slow", {{"Retry-After", "2"}}));
    for (int i = 0; i < 6; ++i) {
        enqueue(i);
    }
    startSender();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
    QTest::qWait(1500);
    QCOMPARE(m_server->requests().size(), 1); // not one request per waiting ticket
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->count({TicketState::Sent}), 6, 10000);
}

void TestOutboxSender::claimOfDeadProcess_isPickedUpAtOnce()
{
    const QUuid id = enqueue(1);
    {
        Outbox dead(m_outbox->path()); // claims it for ten minutes, then "dies" without a word
        QVERIFY(dead.open());
        QCOMPARE(dead.claimDue(QStringLiteral("dead"), 1, 10min, QString()).size(), 1);
    }
    startSender();
    // Its lock file is free: the claim is released at the first look, not ten minutes later.
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::Sent, 5000);
    QCOMPARE(m_outbox->entry(id)->log.first().outcome, QStringLiteral("sent"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestOutboxSender::claimOfLiveProcess_isPickedUpWhenItRunsOut()
{
    const QUuid id = enqueue(1);
    Outbox hanging(m_outbox->path()); // alive (holds its lock), but never sends
    QVERIFY(hanging.open());
    QCOMPARE(hanging.claimDue(QStringLiteral("hanging"), 1, 1500ms, QString()).size(), 1);
    startSender();
    QTest::qWait(300);
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Sending);
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::Sent, 5000);
    QCOMPARE(m_outbox->entry(id)->log.first().outcome, QStringLiteral("sent"));
}

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
