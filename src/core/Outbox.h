// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutboxEntry.h"
#include "SubmitResult.h"
#include "TicketValidator.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlError;
class QSqlQuery;

namespace bizkithub {

class ClaimLocks;

// The store of every ticket that is not yet delivered (and, for a while, of those that are):
// one SQLite file, the only class that touches it. Every state change is one transaction in WAL
// mode with synchronous=FULL, so what the UI called saved survives a crash or a power cut.
//
// Several processes (the GUI and the CLI) may use one file at once: a ticket is sent by the one
// process that claimed it. A claim left behind by a process that died is released as soon as
// another process looks (each claiming process holds a lock file while it lives); a claim of a
// process that lives but hangs expires. Either way its ticket becomes uncertain and is sent again
// with the same Idempotency-Key.
//
// Nothing is reported done unless its transaction committed: every write returns false when the
// store refused it (disk full, damaged file), and problem() says why. A store found damaged is
// never written again by this object, so whatever it still holds can be recovered.
//
// Outbox.cpp opens the store and keeps drafts and the queue; OutboxSending.cpp claims and
// records attempts; OutboxExchange.cpp exports and imports.
class Outbox final : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = 5;
    using Clock = std::function<QDateTime()>;

    // The queue as a whole stops when the platform refuses the key, the certificate or the
    // address: nobody sends until the settings change (another fingerprint) or someone retries.
    struct Hold
    {
        QString outcome; // SubmitResult::outcomeName()
        QString message; // the sentence shown in the banner
        QString configFingerprint;
        QDateTime since;
    };

    struct ImportResult
    {
        int added = 0;
        int skipped = 0;  // already known by UUID
        int needEdit = 0; // added, but this machine's form policy refuses them as they are
        QStringList errors;
    };

    // Why the last operation failed. Damaged stays once found: the file is not written again.
    enum class Problem
    {
        None,
        DiskFull,     // no space left on the file system
        Damaged,      // the file is corrupt or not an outbox at all
        ReadOnly,     // the file or its folder cannot be written
        Busy,         // another process kept it locked for longer than the busy timeout
        NewerVersion, // written by a newer version of this application
        Other,
    };

    explicit Outbox(QString path, Clock clock = {}, QObject* parent = nullptr);
    ~Outbox() override;

    // The store in the application's data location.
    [[nodiscard]] static QString defaultPath();

    // When open() reads a small store (up to 64 MiB) whole to find damage: at once, or when the
    // caller asks with checkForDamage() (the app, once its window is up: a month of retained
    // tickets is a few MiB and takes about 10 ms to read).
    enum class DamageCheck
    {
        AtOpen,
        Later,
    };
    // Opens (creating and migrating as needed) and checks a small store's integrity. On failure,
    // problem() and errorString() say why.
    [[nodiscard]] bool open(DamageCheck check = DamageCheck::AtOpen);
    // The check open() left for later: false, with isDamaged(), when the store is damaged. Until
    // it has run, the first change to the store runs it; a store from an earlier version is
    // checked at open in any case, before its upgrade changes it.
    [[nodiscard]] bool checkForDamage();
    [[nodiscard]] Problem problem() const { return m_problem; }
    [[nodiscard]] bool isDamaged() const { return m_problem == Problem::Damaged; }
    // One sentence that says what went wrong with the store and what to do, naming the file.
    [[nodiscard]] QString errorString() const;
    // The reason alone, to finish a sentence such as "The ticket could not be saved: %1."
    // ("the disk is full").
    [[nodiscard]] QString problemReason() const;
    [[nodiscard]] static QString problemReason(Problem problem);
    [[nodiscard]] QString path() const { return m_path; }

    // --- drafts and the queue -------------------------------------------------------------
    // Saves what is typed as a draft (a new one gets a reference). Returns false when the ticket
    // has already been queued or sent: those are not drafts any more.
    bool saveDraft(const QUuid& id, const Ticket& typed);
    enum class NoteReference
    {
        Append, // the ticket's reference ends the internal note, so staff can spot a duplicate
        Omit,
    };
    // Queues a validated ticket for sending now. The payload is stored as it will be sent on
    // every attempt, reference included.
    bool enqueue(const QUuid& id, const Ticket& typed, const Ticket& payload,
                 NoteReference reference = NoteReference::Omit);
    // The short reference of a ticket ("K7Q2-9XMD"), derived from its UUID.
    [[nodiscard]] static QString referenceFor(const QUuid& id);
    // The payload with the reference line ending its internal note.
    [[nodiscard]] static Ticket withReference(const Ticket& payload, const QUuid& id);
    bool discard(const QUuid& id);
    // A queued (not yet claimed) or refused ticket goes back to being a draft, to be edited.
    bool returnToDraft(const QUuid& id);
    // Puts back an entry removed by discard() (undo).
    bool restore(const OutboxEntry& entry);
    // A held, needs-edit, uncertain or queued ticket is made due now.
    bool retryNow(const QUuid& id);
    // Every ticket held by a refused key goes back to the queue and the hold is lifted.
    int releaseHold();
    // Every queued or uncertain ticket becomes due now (the network came back, or someone asked
    // to flush), except those waiting out a rate limit's own time.
    int makeWaitingDue();

    [[nodiscard]] std::optional<OutboxEntry> entry(const QUuid& id) const;
    [[nodiscard]] std::optional<OutboxEntry> entryByReference(const QString& reference) const;
    // Entries in the given states (all when empty), oldest first, without their attempt logs.
    // A search keeps those whose reference, name, e-mail, phone or subject contain it (as typed
    // or as sent; letters A-Z in either case).
    [[nodiscard]] QList<OutboxEntry> entries(const QList<TicketState>& states = {}, int limit = -1,
                                             int offset = 0, const QString& search = {}) const;
    [[nodiscard]] int count(const QList<TicketState>& states = {},
                            const QString& search = {}) const;
    [[nodiscard]] QDateTime nextAttemptTime() const;
    // How many tickets were queued (not drafts) that were begun at or after this time.
    [[nodiscard]] int countQueuedSince(const QDateTime& since) const;
    // When the first claim of a ticket being sent runs out (its sender may have died).
    [[nodiscard]] QDateTime nextClaimExpiry() const;
    [[nodiscard]] QDateTime lastSentTime() const;
    // For a machine's status (OutboxStatus): every state's count (zero included), how many in
    // these states were begun before a time, and the last attempt that did not deliver.
    [[nodiscard]] QHash<TicketState, int> countsByState() const;
    [[nodiscard]] int countCreatedBefore(const QList<TicketState>& states,
                                         const QDateTime& before) const;
    struct Failure
    {
        QString reference;
        AttemptRecord attempt;
    };
    [[nodiscard]] std::optional<Failure> lastFailedAttempt() const;
    // Drafts are the ones being written; the one the form has open is the "current" one.
    // Making a draft current also says the form has not been left cleanly (below) since.
    [[nodiscard]] std::optional<QUuid> currentDraft() const;
    bool setCurrentDraft(const std::optional<QUuid>& id);
    // Whether the form was left by a normal end (the window closed, the session ended) rather
    // than a crash, a kill or a power cut: only the latter is worth a word when the draft comes
    // back.
    bool setFormLeftCleanly(bool clean);
    [[nodiscard]] bool wasFormLeftCleanly() const;

    // --- sending ----------------------------------------------------------------------------
    // Claims up to max due tickets (queued or uncertain, next attempt reached, oldest first) for
    // the caller; claims of processes that died, and expired ones, become uncertain first. A hold
    // stops the claim unless the settings' fingerprint changed since it was set, which lifts it.
    // One transaction. While this object holds claims of an owner, the owner's lock file is held.
    // A claimed entry carries what sending needs: its id, attempts and body (typed and payload
    // are left unparsed).
    [[nodiscard]] QList<OutboxEntry> claimDue(const QString& owner, int max,
                                              std::chrono::milliseconds claimTtl,
                                              const QString& configFingerprint);
    struct Outcome
    {
        QUuid id;
        SubmitResult result;
        QDateTime nextAttempt; // for results worth retrying
    };
    // Records the results of several attempts in one transaction (group commit). False when
    // nothing was recorded (the caller keeps the results and tries again).
    bool recordResults(const QString& owner, const QList<Outcome>& outcomes,
                       const QString& configFingerprint);
    // Claims one particular ticket if it is queued or uncertain (the CLI sending what it just
    // queued). Returns it, or nothing when someone else has it or it is not waiting.
    [[nodiscard]] std::optional<OutboxEntry> claim(const QUuid& id, const QString& owner,
                                                   std::chrono::milliseconds claimTtl);
    // Gives a claimed ticket back unchanged (the sender stopped before it was sent).
    void releaseClaim(const QUuid& id, const QString& owner);

    [[nodiscard]] std::optional<Hold> hold() const;

    // --- history and housekeeping -------------------------------------------------------------
    // Removes the personal data of tickets sent before the cutoff (UUID, time and state stay).
    int purgeSentBefore(const QDateTime& cutoff);
    // The same, for tickets sent more than `days` days ago (outbox/retentionDays).
    int applyRetention(int days);
    bool deleteAll();
    [[nodiscard]] bool checkIntegrity(QString* details = nullptr) const;

    // A JSON document of entries (unsent ones by default) that another machine can import.
    [[nodiscard]] QByteArray exportJson(const QList<TicketState>& states = {}) const;
    // With a validator, a queued ticket that this machine's form policy refuses is imported as
    // needing an edit, its problems marked, instead of being sent.
    ImportResult importJson(const QByteArray& json, const TicketValidator* validator = nullptr);

    // A number that changes whenever another connection, in any process, changed the store.
    [[nodiscard]] qint64 dataVersion() const;
    // Emits changed() when another process changed the store since the last call.
    void pollExternalChanges();

Q_SIGNALS:
    void changed();

public:
    // Groups several changes into one transaction (one disk flush): the sender records a round of
    // results and claims the next tickets under one Batch. Inside a batch a change that returns
    // true is only provisional: nothing counts until commit() returns true. A failed change, or a
    // batch left without commit(), rolls the whole batch back.
    class Batch
    {
    public:
        explicit Batch(Outbox& outbox);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

        // True when every change in the batch is on disk.
        [[nodiscard]] bool commit();

    private:
        Outbox& m_outbox;
        bool m_done = false;
    };

private:
    class Transaction;
    [[nodiscard]] bool exec(const QString& sql) const;
    // Runs a prepared query, or sql; a failure is logged and noted in problem().
    [[nodiscard]] bool run(QSqlQuery& query) const;
    [[nodiscard]] bool run(QSqlQuery& query, const QString& sql) const;
    void noteFailure(const QSqlError& error) const;
    void rollbackQuietly() const;
    [[nodiscard]] QSqlQuery query() const;
    // The statement for sql, prepared once for this connection and kept: the sender runs the
    // same few in every round, and preparing one costs more than running it. One that returns
    // rows must be finish()ed once read, or it keeps its read of the store open. Null when it
    // cannot be prepared (logged and noted in problem()).
    [[nodiscard]] QSqlQuery* statement(const QString& sql) const;
    [[nodiscard]] bool releaseDeadClaims(qint64 now);
    [[nodiscard]] bool migrate();
    [[nodiscard]] bool quickCheck() const;
    // The damage check left for later, done before the first write: a store nobody checked is
    // never written to.
    [[nodiscard]] bool checkBeforeWriting() const;
    [[nodiscard]] int userVersion() const;
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QString connectionName() const { return m_connection; }

    QString m_path;
    QString m_connection;
    Clock m_clock;
    QString m_error; // what open() found, beyond problem()
    mutable Problem m_problem = Problem::None;
    mutable bool m_damageCheckPending = false; // open(DamageCheck::Later), not checked yet
    std::unique_ptr<ClaimLocks> m_claimLocks;
    // Emptied before the connection closes.
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    qint64 m_seenDataVersion = -1;
    int m_batchDepth = 0;
    mutable bool m_batchFailed = false;
};

} // namespace bizkithub
