// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxSender.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSender, "bizkithub.sender", QtWarningMsg)

namespace bizkithub {

namespace {

using std::chrono::milliseconds;

} // namespace

OutboxSender::OutboxSender(Outbox& outbox, Transport& transport, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_transport(transport)
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
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(resultFlushDelay);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flushResults(); });
}

OutboxSender::~OutboxSender()
{
    // Tickets still in flight may have reached the platform: they are recorded as uncertain and
    // due at once, so the next start sends them again with the same key instead of waiting for
    // their claims to run out.
    SubmitResult stopped;
    stopped.outcome = SubmitResult::Outcome::Uncertain;
    stopped.networkError = QStringLiteral("stopped while sending");
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it.value()) {
            it.value()->disconnect(this);
            it.value()->cancel();
        }
        m_pending.append({it.key(), stopped, m_clock()});
    }
    stop();
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
    if (m_watchingNetwork) {
        return;
    }
    m_watchingNetwork = true;
    const auto update = [this](bool online) {
        m_knowsNetwork = true;
        if (online == m_online) {
            return;
        }
        m_online = online;
        Q_EMIT onlineChanged(online);
        if (online) {
            // The network is back: what waits for its backoff is due now.
            m_pauseUntil = {};
            m_outbox.makeWaitingDue();
            wake();
        }
    };
    connect(&m_transport, &Transport::reachabilityChanged, this, update);
    if (m_transport.watchReachability()) {
        update(m_transport.isReachable());
    } else {
        qCInfo(lcSender) << "the network's state is not known here; retrying on the timer alone";
    }
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
    {
        Outbox::Batch batch(m_outbox);
        const bool recorded =
            m_pending.isEmpty() || m_outbox.recordResults(m_owner, m_pending, configFingerprint());
        for (const OutboxEntry& e : std::as_const(m_claimed)) {
            m_outbox.releaseClaim(e.id, m_owner); // claimed, never started: back to the queue
        }
        if (batch.commit() && recorded) {
            m_pending.clear();
        }
        // Otherwise the claims run out or die with this process, and the tickets are sent again.
        m_claimed.clear();
    }
    m_dueTimer.stop();
    m_pollTimer.stop();
}

void OutboxSender::wake()
{
    if (m_running) {
        schedulePump();
    }
}

void OutboxSender::sendNow()
{
    m_pauseUntil = {};
    wake();
}

void OutboxSender::flushAll()
{
    m_pauseUntil = {};
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
    switch (result.fate()) {
    case SubmitResult::Fate::Delivered:
    case SubmitResult::Fate::NeedsEdit:
    case SubmitResult::Fate::HoldQueue:
        return {};
    case SubmitResult::Fate::BackToDraft:
        return now;
    case SubmitResult::Fate::RetryLater:
    case SubmitResult::Fate::SendAgain:
        break;
    }
    QDateTime next = now.addMSecs(backoff(attempts, m_random()).count());
    // The server knows best: Retry-After wins, and an exhausted window waits for its reset;
    // but never sooner than a second, whatever a server says.
    if (result.retryAt.isValid()) {
        next = std::max(result.retryAt, now.addSecs(1));
    } else if (result.rateLimitRemaining == 0 && result.rateLimitReset.isValid() &&
               result.rateLimitReset > next) {
        next = result.rateLimitReset;
    }
    return next;
}

QString OutboxSender::configFingerprint() const
{
    const auto& c = m_transport.config();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(c.baseUrl.toUtf8());
    hash.addData("\n");
    hash.addData(c.apiKey.toUtf8());
    hash.addData("\n");
    hash.addData(c.caCertificatesFile.toUtf8());
    hash.addData(c.refuseRootKey ? "\nkiosk" : "\n");
    return QString::fromLatin1(hash.result().toHex().left(16));
}

void OutboxSender::pump()
{
    if (!m_running) {
        return;
    }
    // Until a ticket has gone through, one at a time: a refused key or a dead server then costs
    // one request, not a burst of them.
    const int window = m_proven ? m_maxConcurrent : 1;
    const bool paused = m_pauseUntil.isValid() && m_clock() < m_pauseUntil;
    {
        // The round's results and the next claims share one transaction: one disk flush. Until
        // it commits, neither counts: results stay pending, and nothing claimed is sent.
        Outbox::Batch batch(m_outbox);
        const bool recorded =
            m_pending.isEmpty() || m_outbox.recordResults(m_owner, m_pending, configFingerprint());
        QList<OutboxEntry> claimed;
        const int wanted = (m_proven ? claimBatch : 1) - int(m_claimed.size());
        if (!paused && m_claimed.size() < window && wanted > 0) {
            // The claim lasts until the request has surely finished, timeout included.
            // The last of a batch may wait for the ones before it, each up to the timeout.
            const auto ttl = m_transport.config().timeout * (claimBatch / m_maxConcurrent + 2) +
                             std::chrono::seconds(60);
            claimed =
                m_outbox.claimDue(m_owner, wanted, std::chrono::duration_cast<milliseconds>(ttl),
                                  configFingerprint());
        }
        if (batch.commit()) {
            if (recorded) {
                m_pending.clear();
            }
            m_claimed += claimed;
        } else {
            storeFailed();
        }
        m_seenDataVersion = m_outbox.dataVersion();
    }
    startJobs(window);
    if (m_jobs.isEmpty()) {
        armTimer();
        Q_EMIT drained();
    }
}

void OutboxSender::startJobs(int window)
{
    while (m_jobs.size() < window && !m_claimed.isEmpty()) {
        const OutboxEntry e = m_claimed.takeFirst();
        m_attempts.insert(e.id, e.attempts);
        SubmitJob* job = m_transport.submit(e.body, e.id);
        m_jobs.insert(e.id, job);
        const QUuid id = e.id;
        connect(job, &SubmitJob::finished, this,
                [this, id](const SubmitResult& result) { onJobFinished(id, result); });
    }
}

void OutboxSender::onJobFinished(const QUuid& id, const SubmitResult& result)
{
    m_jobs.remove(id);
    m_proven = result.isSent();
    const int attempts = m_attempts.take(id);
    const QDateTime next = nextAttemptAfter(result, attempts);
    m_pending.append({id, result, next});
    // The server is down or busy, or the key is over its limit: nothing else is tried before
    // this ticket's own next attempt, so a long queue does not hammer it one ticket at a time.
    if (result.fate() == SubmitResult::Fate::RetryLater) {
        m_pauseUntil = next;
    } else if (result.isSent()) {
        m_pauseUntil = {};
    }
    Q_EMIT attemptFinished(id, result);
    if (!m_proven) {
        // Something went wrong: stop here, record it, and let the tickets claimed for later go
        // back (they are claimed again, one at a time, by the next round).
        for (const OutboxEntry& e : std::as_const(m_claimed)) {
            m_outbox.releaseClaim(e.id, m_owner);
        }
        m_claimed.clear();
    }
    // The freed slot is refilled at once from the claimed tickets; results are committed
    // together, when enough have gathered, after a short moment, or when more must be claimed.
    startJobs(m_proven ? m_maxConcurrent : 1);
    if (m_claimed.isEmpty() || m_pending.size() >= claimBatch || !m_proven) {
        schedulePump();
    } else if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void OutboxSender::schedulePump()
{
    if (m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        m_flushTimer.stop();
        if (m_running) {
            pump();
        } else {
            flushResults();
        }
    });
}

void OutboxSender::flushResults()
{
    if (m_pending.isEmpty()) {
        return;
    }
    // Kept when the store refused them (busy, disk full): the next round tries again.
    if (m_outbox.recordResults(m_owner, m_pending, configFingerprint())) {
        m_pending.clear();
    } else {
        storeFailed();
    }
    m_seenDataVersion = m_outbox.dataVersion();
}

void OutboxSender::storeFailed()
{
    // Not at once again: a full disk does not empty itself in a millisecond.
    const QDateTime retry = m_clock().addSecs(storeRetry.count());
    if (!m_pauseUntil.isValid() || m_pauseUntil < retry) {
        m_pauseUntil = retry;
    }
    Q_EMIT storeFailure(m_outbox.problem());
}

void OutboxSender::armTimer()
{
    QDateTime next = m_outbox.hold() ? QDateTime() : m_outbox.nextAttemptTime();
    if (m_pauseUntil.isValid() && next.isValid()) {
        next = std::max(next, m_pauseUntil);
    }
    // Results the store refused are written again once the pause is over.
    if (!m_pending.isEmpty()) {
        const QDateTime retry = m_pauseUntil.isValid() ? m_pauseUntil : m_clock();
        next = next.isValid() ? std::min(next, retry) : retry;
    }
    // Tickets another process is sending: if it dies, its claims are released by the next look
    // (its lock file tells), and a claim of a process that hangs runs out at some point.
    if (const QDateTime expiry = m_outbox.nextClaimExpiry(); expiry.isValid()) {
        const QDateTime after = std::min(expiry.addMSecs(1), m_clock().addSecs(claimCheck.count()));
        next = next.isValid() ? std::min(next, after) : after;
    }
    if (!next.isValid()) {
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
