// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxSender.h"

#include "ContactFormClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkInformation>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace bizkithub {

namespace {

using Outcome = SubmitResult::Outcome;
using std::chrono::milliseconds;

} // namespace

OutboxSender::OutboxSender(Outbox& outbox, ContactFormClient& client, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_owner(QStringLiteral("%1:%2")
                  .arg(QCoreApplication::applicationPid())
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    m_dueTimer.setSingleShot(true);
    m_dueTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_dueTimer, &QTimer::timeout, this, &OutboxSender::pump);
    m_pollTimer.setInterval(std::chrono::seconds(2));
    connect(&m_pollTimer, &QTimer::timeout, this, &OutboxSender::poll);
}

OutboxSender::~OutboxSender()
{
    // Tickets still in flight go back to the queue: they will be sent again (as uncertain when
    // their request had already left, which the claim's expiry takes care of).
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it.value()) {
            it.value()->disconnect(this);
            it.value()->cancel();
        }
    }
    flushResults();
}

void OutboxSender::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void OutboxSender::setRandom(Random random)
{
    m_random = std::move(random);
}

void OutboxSender::setMaxConcurrent(int max)
{
    m_maxConcurrent = std::max(1, max);
}

void OutboxSender::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(interval);
}

void OutboxSender::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return; // no backend here: the retry timer alone brings tickets out
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    const auto update = [this](QNetworkInformation::Reachability reachability) {
        const bool online = reachability != QNetworkInformation::Reachability::Disconnected;
        if (online == m_online) {
            return;
        }
        m_online = online;
        Q_EMIT onlineChanged(online);
        if (online) {
            // The network is back: what waits for its backoff is due now.
            m_outbox.makeWaitingDue();
            wake();
        }
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    update(info->reachability());
}

void OutboxSender::start()
{
    m_running = true;
    m_seenDataVersion = m_outbox.dataVersion();
    m_pollTimer.start();
    wake();
}

void OutboxSender::stop()
{
    m_running = false;
    m_dueTimer.stop();
    m_pollTimer.stop();
}

void OutboxSender::wake()
{
    if (!m_running || m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void OutboxSender::flushAll()
{
    m_outbox.makeWaitingDue();
    if (!m_running) {
        start();
    } else {
        wake();
    }
}

void OutboxSender::cancel(const QUuid& id)
{
    if (const QPointer<SubmitJob> job = m_jobs.value(id)) {
        job->cancel();
    }
}

QDateTime OutboxSender::nextWake() const
{
    return m_dueTimer.isActive() ? m_clock().addMSecs(m_dueTimer.remainingTime()) : QDateTime();
}

std::chrono::milliseconds OutboxSender::backoff(int attempts, double random)
{
    const double ceiling = std::min<double>(double(milliseconds(maxRetry).count()),
                                            double(milliseconds(firstRetry).count()) *
                                                std::pow(2.0, std::max(0, attempts - 1)));
    const double floor = 1000.0;
    return milliseconds(qint64(floor + (std::max(ceiling, floor) - floor) * random));
}

QDateTime OutboxSender::nextAttemptAfter(const SubmitResult& result, int attempts) const
{
    const QDateTime now = m_clock();
    switch (result.outcome) {
    case Outcome::Sent:
    case Outcome::Rejected:
    case Outcome::AuthFailed:
    case Outcome::TlsFailure:
    case Outcome::ConfigError:
        return {};
    case Outcome::Cancelled:
        return now;
    case Outcome::RateLimited:
    case Outcome::ServerError:
    case Outcome::Offline:
    case Outcome::Uncertain:
        break;
    }
    QDateTime next = now.addMSecs(backoff(attempts, m_random()).count());
    // The server knows best: Retry-After wins, and an exhausted window waits for its reset.
    if (result.retryAt.isValid()) {
        next = result.retryAt;
    } else if (result.rateLimitRemaining == 0 && result.rateLimitReset.isValid() &&
               result.rateLimitReset > next) {
        next = result.rateLimitReset;
    }
    return next;
}

QString OutboxSender::configFingerprint() const
{
    const auto& c = m_client.config();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(c.baseUrl.toUtf8());
    hash.addData("\n");
    hash.addData(c.apiKey.toUtf8());
    hash.addData("\n");
    hash.addData(c.caCertificatesFile.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

void OutboxSender::pump()
{
    if (!m_running) {
        return;
    }
    flushResults();
    // Until a ticket has gone through, one at a time: a refused key or a dead server then costs
    // one request, not a burst of them.
    const int window = m_proven ? m_maxConcurrent : 1;
    const int free = window - int(m_jobs.size());
    if (free > 0) {
        // The claim lasts until the request has surely finished, timeout included.
        const auto ttl = m_client.config().timeout * 2 + std::chrono::seconds(60);
        const QList<OutboxEntry> due = m_outbox.claimDue(
            m_owner, free, std::chrono::duration_cast<milliseconds>(ttl), configFingerprint());
        for (const OutboxEntry& e : due) {
            m_attempts.insert(e.id, e.attempts);
            SubmitJob* job = m_client.submit(e.payload, e.id);
            m_jobs.insert(e.id, job);
            const QUuid id = e.id;
            connect(job, &SubmitJob::finished, this,
                    [this, id](const SubmitResult& result) { onJobFinished(id, result); });
        }
    }
    if (m_jobs.isEmpty()) {
        armTimer();
        Q_EMIT drained();
    }
}

void OutboxSender::onJobFinished(const QUuid& id, const SubmitResult& result)
{
    m_jobs.remove(id);
    m_proven = result.isSent();
    const int attempts = m_attempts.take(id);
    m_pending.append({id, result, nextAttemptAfter(result, attempts)});
    Q_EMIT attemptFinished(id, result);
    // Results that arrive together are committed together; then the freed slots are refilled.
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_pumpScheduled = false;
            if (m_running) {
                pump();
            } else {
                flushResults();
            }
        });
    }
}

void OutboxSender::flushResults()
{
    if (m_pending.isEmpty()) {
        return;
    }
    m_outbox.recordResults(m_owner, m_pending, configFingerprint());
    m_pending.clear();
    m_seenDataVersion = m_outbox.dataVersion();
}

void OutboxSender::armTimer()
{
    const QDateTime next = m_outbox.nextAttemptTime();
    if (!next.isValid() || m_outbox.hold()) {
        m_dueTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_clock().msecsTo(next));
    m_dueTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void OutboxSender::poll()
{
    const qint64 version = m_outbox.dataVersion();
    if (version != m_seenDataVersion) {
        m_seenDataVersion = version;
        wake();
    }
}

} // namespace bizkithub
