// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryService.h"

#include "Outbox.h"
#include "OutboxSender.h"
#include "Settings.h"

#include <QEventLoop>

namespace bizkithub {

DeliveryService::DeliveryService(const Settings& settings, TransportFactory transport,
                                 Outbox& outbox, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_outbox(outbox)
    , m_transport(new DeferredTransport(std::move(transport), this))
    , m_sender(new OutboxSender(outbox, *m_transport, this))
{
    m_transport->setConfig(m_settings.clientConfig());
    connect(m_sender, &OutboxSender::attemptFinished, this,
            [this](const QUuid& id, const SubmitResult& result) {
                noteAttempt(result);
                Q_EMIT attemptFinished(id, result);
            });
    connect(m_sender, &OutboxSender::onlineChanged, this, &DeliveryService::updateConnection);
    connect(&m_outbox, &Outbox::changed, this, &DeliveryService::updateConnection);
}

DeliveryService::~DeliveryService()
{
    // The sender records its last results as it goes; nobody may hear of them half-destroyed.
    disconnect(&m_outbox, nullptr, this, nullptr);
    delete m_sender;
}

void DeliveryService::startInBackground()
{
    if (m_background) {
        return;
    }
    m_background = true;
    // Changes the CLI, the timer or another window make to the store show up within seconds.
    m_storeWatch.setInterval(storeWatchInterval);
    connect(&m_storeWatch, &QTimer::timeout, &m_outbox, &Outbox::pollExternalChanges);
    m_storeWatch.start();
    (void)m_outbox.applyRetention(m_settings.retentionDays());
    m_retention.setInterval(retentionInterval);
    connect(&m_retention, &QTimer::timeout, this,
            [this] { (void)m_outbox.applyRetention(m_settings.retentionDays()); });
    m_retention.start();
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        // Only what the client sends with; the window's size or the language change nothing
        // here, and must not start a send (the window saves its size as it closes).
        if (key != Settings::Key::BaseUrl && key != Settings::Key::ApiKey &&
            key != Settings::Key::TimeoutSeconds && key != Settings::Key::CaCertificates &&
            key != Settings::Key::KioskEnabled) { // a kiosk refuses a ROOT key
            return;
        }
        m_transport->setConfig(m_settings.clientConfig());
        // New settings may lift the hold: the held queue is tried with them at once.
        updateConnection();
        m_sender->sendNow();
    });
    m_networkWatchPending =
        connect(&m_outbox, &Outbox::changed, this, &DeliveryService::watchNetworkOnceWaiting);
    watchNetworkOnceWaiting();
    m_sender->start();
    updateConnection();
}

void DeliveryService::watchNetworkOnceWaiting()
{
    if (m_networkWatchPending &&
        m_outbox.count({TicketState::Queued, TicketState::Sending, TicketState::Uncertain}) > 0) {
        disconnect(m_networkWatchPending);
        m_networkWatchPending = {};
        m_sender->watchNetwork();
        updateConnection();
    }
}

bool DeliveryService::isHeld() const
{
    const auto hold = m_outbox.hold();
    return hold && hold->configFingerprint == m_sender->configFingerprint();
}

DeliveryService::Connection DeliveryService::connection() const
{
    return m_connection;
}

void DeliveryService::noteAttempt(const SubmitResult& result)
{
    switch (result.fate()) {
    case SubmitResult::Fate::BackToDraft:
        return; // stopped before it left: says nothing about the way
    case SubmitResult::Fate::Delivered:
    case SubmitResult::Fate::NeedsEdit:
    case SubmitResult::Fate::HoldQueue:
        m_reached = true;
        break;
    case SubmitResult::Fate::RetryLater:
    case SubmitResult::Fate::SendAgain:
        // A rate limit is an answer; no answer, or a failing server, is not.
        m_reached = result.outcome == SubmitResult::Outcome::RateLimited;
        break;
    }
    updateConnection();
}

void DeliveryService::updateConnection()
{
    Connection now = Connection::Unknown;
    if (isHeld()) {
        now = Connection::Held;
    } else if (m_sender->knowsNetwork() && !m_sender->isOnline()) {
        now = Connection::Offline;
    } else if (m_reached) {
        now = *m_reached ? Connection::Connected : Connection::Unreachable;
    }
    if (now != m_connection) {
        m_connection = now;
        Q_EMIT connectionChanged(now);
    }
}

DeliveryService::FlushReport DeliveryService::flush()
{
    FlushReport report;
    const auto counter = connect(m_sender, &OutboxSender::attemptFinished, this,
                                 [&report](const QUuid&, const SubmitResult& result) {
                                     report.delivered += result.isSent() ? 1 : 0;
                                 });
    QEventLoop loop;
    connect(m_sender, &OutboxSender::drained, &loop, &QEventLoop::quit);
    // A store that refuses to record what happened ends the run: sending more would only
    // multiply what has to be sent again.
    connect(m_sender, &OutboxSender::storeFailure, &loop, [&] {
        report.storeFailed = true;
        loop.quit();
    });
    m_sender->flushAll();
    loop.exec();
    m_sender->stop();
    disconnect(counter);
    return report;
}

DeliveryService::Delivery DeliveryService::deliverClaimed(const QUuid& id, const Ticket& payload,
                                                          const QString& owner)
{
    Delivery delivery;
    QEventLoop loop;
    SubmitJob* job = m_transport->submit(payload, id);
    connect(job, &SubmitJob::finished, &loop, [&](const SubmitResult& result) {
        delivery.result = result;
        loop.quit();
    });
    loop.exec();
    noteAttempt(delivery.result);
    // The ticket is safely kept since it was queued; what the store could not note is what
    // became of this attempt, so the outbox may send it once more.
    delivery.recorded = m_outbox.recordResults(
        owner, {{id, delivery.result, m_sender->nextAttemptAfter(delivery.result, 1)}},
        m_sender->configFingerprint());
    return delivery;
}

} // namespace bizkithub
