// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery service as the window, the timer and the CLI use it: one owner of the client and
// the sender, the settings followed, the way to BizKitHub told as it is; and the one place that
// says what an outcome means for its ticket.
#include "ContactFormClient.h"
#include "DeliveryService.h"
#include "FakeBizKitHub.h"
#include "Outbox.h"
#include "OutboxSender.h"
#include "Settings.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using bizkithub::test::FakeBizKitHub;
using Connection = DeliveryService::Connection;
using Fate = SubmitResult::Fate;
using Outcome = SubmitResult::Outcome;

namespace {

const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
const QString unknownKey = QStringLiteral("PRODwellFormedButNotKnown1234567");

} // namespace

class TestDeliveryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    // First: Qt's network information is one per process, and later tests load it.
    void network_isWatchedOnceSomethingWaits();
    void fate_decidesStateAndRetry_data();
    void fate_decidesStateAndRetry();
    void connection_saysWhatTheAttemptsTell();
    void flush_deliversEveryWaitingTicketOnce();
    void networkPartMissing_ticketWaitsAndGoesOnceItLoads();

private:
    QUuid enqueue(const QString& message);
    // The client on the fake server, made when the service first needs it (counted).
    TransportFactory transport()
    {
        return [this] {
            ++m_transportsMade;
            return std::make_unique<ContactFormClient>(m_network);
        };
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    FakeBizKitHub* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    int m_transportsMade = 0;
    Settings* m_settings = nullptr;
    Outbox* m_outbox = nullptr;
};

void TestDeliveryService::init()
{
    ++m_counter;
    m_transportsMade = 0;
    m_server = new FakeBizKitHub;
    QVERIFY(m_server->start());
    m_server->setHandler([](const FakeBizKitHub::Request& r) {
        return FakeBizKitHub::strictContactForm(r, {validKey});
    });
    m_network = new QNetworkAccessManager;
    m_settings = new Settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)),
                              QProcessEnvironment());
    m_settings->setValue(Settings::Key::BaseUrl, m_server->baseUrl());
    m_settings->setValue(Settings::Key::ApiKey, validKey);
    m_settings->setValue(Settings::Key::TimeoutSeconds, 5);
    m_outbox = new Outbox(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(m_counter)));
    QVERIFY(m_outbox->open());
}

void TestDeliveryService::cleanup()
{
    delete m_outbox;
    delete m_settings;
    delete m_network;
    delete m_server;
}

QUuid TestDeliveryService::enqueue(const QString& message)
{
    Ticket t;
    t.setValue(TicketField::Message, message);
    const QUuid id = QUuid::createUuid();
    if (!m_outbox->enqueue(id, t, t)) {
        return {};
    }
    return id;
}

void TestDeliveryService::network_isWatchedOnceSomethingWaits()
{
    QVERIFY(!QNetworkInformation::instance());
    DeliveryService delivery(*m_settings, transport(), *m_outbox);
    delivery.startInBackground();
    // Nothing to send: no network made (in the app, Qt Network is not even loaded), no backend
    // loaded (with D-Bus and GIO), nothing known of the network.
    QCOMPARE(m_transportsMade, 0);
    QVERIFY(!QNetworkInformation::instance());
    QVERIFY(!delivery.sender().knowsNetwork());
    // Its settings are answered without it.
    QCOMPARE(delivery.transport().config().apiKey, m_settings->apiKey());
    QVERIFY(!delivery.isHeld());
    QCOMPARE(m_transportsMade, 0);
    QVERIFY(!enqueue(QStringLiteral("Printer jammed")).isNull());
    QCOMPARE(m_transportsMade, 1);
    if (QNetworkInformation::availableBackends().isEmpty()) {
        QSKIP("Qt has no network information backend here");
    }
    QVERIFY(QNetworkInformation::instance());
    QVERIFY(delivery.sender().knowsNetwork());
}

void TestDeliveryService::fate_decidesStateAndRetry_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Fate>("fate");
    QTest::addColumn<TicketState>("state");
    QTest::newRow("sent") << Outcome::Sent << Fate::Delivered << TicketState::Sent;
    QTest::newRow("rejected") << Outcome::Rejected << Fate::NeedsEdit << TicketState::NeedsEdit;
    QTest::newRow("auth-failed") << Outcome::AuthFailed << Fate::HoldQueue << TicketState::Held;
    QTest::newRow("tls-failure") << Outcome::TlsFailure << Fate::HoldQueue << TicketState::Held;
    QTest::newRow("config-error") << Outcome::ConfigError << Fate::HoldQueue << TicketState::Held;
    QTest::newRow("rate-limited") << Outcome::RateLimited << Fate::RetryLater
                                  << TicketState::Queued;
    QTest::newRow("server-error") << Outcome::ServerError << Fate::RetryLater
                                  << TicketState::Queued;
    QTest::newRow("offline") << Outcome::Offline << Fate::RetryLater << TicketState::Queued;
    QTest::newRow("uncertain") << Outcome::Uncertain << Fate::SendAgain << TicketState::Uncertain;
    QTest::newRow("cancelled") << Outcome::Cancelled << Fate::BackToDraft << TicketState::Draft;
}

void TestDeliveryService::fate_decidesStateAndRetry()
{
    QFETCH(Outcome, outcome);
    QFETCH(Fate, fate);
    QFETCH(TicketState, state);
    SubmitResult result;
    result.outcome = outcome;
    QCOMPARE(result.fate(), fate);
    QCOMPARE(SubmitResult::outcomeFromName(result.outcomeName()), std::optional(outcome));

    // The store and the sender follow the fate: the state it leaves, whether it is tried again.
    DeliveryService delivery(*m_settings, transport(), *m_outbox);
    const QUuid id = enqueue(QStringLiteral("Hello"));
    const QString owner = QStringLiteral("test:%1").arg(m_counter);
    QVERIFY(m_outbox->claim(id, owner, std::chrono::minutes(1)));
    const QDateTime next = delivery.sender().nextAttemptAfter(result, 1);
    QCOMPARE(next.isValid(),
             fate == Fate::RetryLater || fate == Fate::SendAgain || fate == Fate::BackToDraft);
    QCOMPARE(result.isRetryable(), fate == Fate::RetryLater || fate == Fate::SendAgain);
    QVERIFY(m_outbox->recordResults(owner, {{id, result, next}},
                                    delivery.sender().configFingerprint()));
    QCOMPARE(m_outbox->entry(id)->state, state);
    QCOMPARE(bool(m_outbox->hold()), fate == Fate::HoldQueue);
    QCOMPARE(delivery.isHeld(), fate == Fate::HoldQueue);
}

void TestDeliveryService::connection_saysWhatTheAttemptsTell()
{
    DeliveryService delivery(*m_settings, transport(), *m_outbox);
    delivery.sender().setRandom([] { return 0.0; });
    delivery.startInBackground();
    QCOMPARE(delivery.connection(), Connection::Unknown);

    // Delivered: connected.
    const QUuid first = enqueue(QStringLiteral("One"));
    delivery.sender().sendNow();
    QTRY_COMPARE(m_outbox->entry(first)->state, TicketState::Sent);
    QCOMPARE(delivery.connection(), Connection::Connected);

    // The server goes away while the network stays: unreachable, not "offline".
    const quint16 port = m_server->serverPort();
    m_server->close();
    m_network->clearConnectionCache(); // no kept-alive connection to the old server either
    const QUuid second = enqueue(QStringLiteral("Two"));
    delivery.sender().sendNow();
    QTRY_COMPARE(delivery.connection(), Connection::Unreachable);
    QCOMPARE(m_outbox->entry(second)->state, TicketState::Queued);

    // It comes back with a key it no longer knows: on hold, one request only.
    QVERIFY(m_server->start(port));
    m_settings->setValue(Settings::Key::ApiKey, unknownKey);
    QTRY_COMPARE_WITH_TIMEOUT(delivery.connection(), Connection::Held, 10000);
    QVERIFY(delivery.isHeld());
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), 2);

    // A good key: the held ticket goes at once, without anyone asking.
    QSignalSpy finished(&delivery, &DeliveryService::attemptFinished);
    m_settings->setValue(Settings::Key::ApiKey, validKey);
    QVERIFY(!delivery.isHeld());
    QTRY_COMPARE(m_outbox->entry(second)->state, TicketState::Sent);
    QCOMPARE(delivery.connection(), Connection::Connected);
    QCOMPARE(finished.size(), 1);
}

void TestDeliveryService::networkPartMissing_ticketWaitsAndGoesOnceItLoads()
{
    // The network plugin cannot be loaded (missing, or from another version) until it can.
    bool loadable = false;
    DeliveryService delivery(
        *m_settings,
        [this, &loadable]() -> std::unique_ptr<Transport> {
            ++m_transportsMade;
            return loadable ? std::make_unique<ContactFormClient>(m_network) : nullptr;
        },
        *m_outbox);
    delivery.sender().setRandom([] { return 0.0; });
    QSignalSpy finished(&delivery, &DeliveryService::attemptFinished);
    delivery.startInBackground();
    const QUuid id = enqueue(QStringLiteral("Printer jammed"));
    delivery.sender().sendNow();
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.first().at(1).value<SubmitResult>();
    QCOMPARE(result.outcome, SubmitResult::Outcome::Offline);
    QVERIFY(result.networkError.contains(QLatin1String("network part")));
    // Kept, waiting, nothing sent; the settings dialog cannot tell a CA file's worth.
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Queued);
    QCOMPARE(m_server->requests().size(), 0);
    QVERIFY(!delivery.transport().readsCertificates(QStringLiteral("/nonexistent.pem")));
    const int tries = m_transportsMade;
    QVERIFY(tries >= 1);

    // Loadable again: the next attempt asks for it once more, and the ticket goes, once.
    loadable = true;
    delivery.sender().sendNow();
    QTRY_COMPARE(m_outbox->entry(id)->state, TicketState::Sent);
    QCOMPARE(m_transportsMade, tries + 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Idempotency-Key"),
             id.toByteArray(QUuid::WithoutBraces));
    QCOMPARE(delivery.transport().readsCertificates(QStringLiteral("/nonexistent.pem")),
             std::optional(false));
}

void TestDeliveryService::flush_deliversEveryWaitingTicketOnce()
{
    QList<QUuid> ids;
    for (int i = 0; i < 5; ++i) {
        ids << enqueue(QStringLiteral("Ticket %1").arg(i));
    }
    DeliveryService delivery(*m_settings, transport(), *m_outbox);
    const DeliveryService::FlushReport report = delivery.flush();
    QCOMPARE(report.delivered, 5);
    QVERIFY(!report.storeFailed);
    QCOMPARE(m_outbox->count({TicketState::Sent}), 5);
    QCOMPARE(m_server->requests().size(), 5);
    // Nothing left: a second flush sends nothing.
    QCOMPARE(delivery.flush().delivered, 0);
    QCOMPARE(m_server->requests().size(), 5);
}

QTEST_GUILESS_MAIN(TestDeliveryService)
#include "tst_deliveryservice.moc"
