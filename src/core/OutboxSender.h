// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outbox.h"
#include "Transport.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace bizkithub {

// Drains the outbox: claims due tickets (oldest first, a few at a time), sends each through the
// Transport (ContactFormClient), and records what happened. It wakes on start, on wake() (a new
// ticket), when the network comes back, when another process changes the store, and when the
// next retry is due. Retries back off exponentially with full jitter; a server's Retry-After and an
// exhausted rate limit win; a refused key holds the whole queue.
class OutboxSender final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    static constexpr int defaultMaxConcurrent = 4;
    static constexpr std::chrono::seconds firstRetry{10}; // ceiling of the first jittered wait
    static constexpr std::chrono::minutes maxRetry{15};
    // Once tickets go through, this many are claimed in one transaction, and results are
    // committed together after at most resultFlushDelay: far fewer disk flushes than tickets.
    static constexpr int claimBatch = 32;
    static constexpr std::chrono::milliseconds resultFlushDelay{20};
    // After the store refused a write (disk full, busy), the wait before the next try.
    static constexpr std::chrono::seconds storeRetry{5};
    // While another process sends, how often to look whether it is still alive.
    static constexpr std::chrono::seconds claimCheck{30};

    OutboxSender(Outbox& outbox, Transport& transport, QObject* parent = nullptr);
    ~OutboxSender() override;

    void setClock(Clock clock);
    void setRandom(Random random);
    void setMaxConcurrent(int max);
    // How often to look whether another process changed the store.
    void setPollInterval(std::chrono::milliseconds interval);
    // Follows whether the network is up, if the transport can tell on this platform, and wakes
    // up when it comes back.
    void watchNetwork();

    void start();
    void stop();
    // Look for due tickets soon (another process queued one, a timer ran out).
    void wake();
    // Someone asked for it (pressed Send, or Send now): look at once, even if a recent failure
    // made the queue wait.
    void sendNow();
    // Makes every waiting ticket due now and sends until nothing due is left (CLI "flush").
    void flushAll();
    // Stops the attempt in flight for this ticket, if any; its result is recorded as usual.
    void cancel(const QUuid& id);
    [[nodiscard]] bool isSending(const QUuid& id) const { return m_jobs.contains(id); }

    [[nodiscard]] bool isActive() const { return m_running; }
    [[nodiscard]] int inFlight() const { return int(m_jobs.size()); }
    [[nodiscard]] bool isOnline() const { return m_online; }
    // Whether a network information backend reports reachability here.
    [[nodiscard]] bool knowsNetwork() const { return m_knowsNetwork; }
    [[nodiscard]] QDateTime nextWake() const;

    // The wait before attempt number `attempts` + 1: a uniform draw from [1 s, ceiling], the
    // ceiling doubling from firstRetry up to maxRetry.
    [[nodiscard]] static std::chrono::milliseconds backoff(int attempts, double random);
    // When to try again after this result, or an invalid time when not at all.
    [[nodiscard]] QDateTime nextAttemptAfter(const SubmitResult& result, int attempts) const;
    // Identifies the settings a hold was made under: a change lifts it.
    [[nodiscard]] QString configFingerprint() const;

Q_SIGNALS:
    void attemptFinished(const QUuid& id, const bizkithub::SubmitResult& result);
    // Nothing in flight and nothing due right now.
    void drained();
    void onlineChanged(bool online);
    // The store refused to record results or claims (Outbox::problem() says why); results are
    // kept in memory and written when it takes them again.
    void storeFailure(bizkithub::Outbox::Problem problem);

private:
    void pump();
    void startJobs(int window);
    void schedulePump();
    void onJobFinished(const QUuid& id, const SubmitResult& result);
    void flushResults();
    void storeFailed();
    void armTimer();
    void poll();

    Outbox& m_outbox;
    Transport& m_transport;
    Clock m_clock;
    Random m_random;
    QString m_owner;
    int m_maxConcurrent = defaultMaxConcurrent;
    bool m_running = false;
    bool m_online = true;
    bool m_knowsNetwork = false;
    bool m_watchingNetwork = false;
    bool m_pumpScheduled = false;
    bool m_proven = false; // the last answer was a delivery: full concurrency
    QHash<QUuid, QPointer<SubmitJob>> m_jobs;
    QHash<QUuid, int> m_attempts;
    QList<Outbox::Outcome> m_pending;
    QList<OutboxEntry> m_claimed; // claimed by this process, not started yet
    QTimer m_dueTimer;
    QTimer m_flushTimer;
    QTimer m_pollTimer;
    qint64 m_seenDataVersion = -1;
    QDateTime m_pauseUntil; // after a failure, nothing is claimed before this
};

} // namespace bizkithub
