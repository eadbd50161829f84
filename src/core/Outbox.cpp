// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "ClaimLocks.h"
#include "OutboxRows.h"
#include "OutboxTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

Q_LOGGING_CATEGORY(lcOutbox, "bizkithub.outbox", QtWarningMsg)

namespace bizkithub {

using namespace rows;

namespace {

// WHERE for a listing, and the value its search placeholder takes (none without a search).
QString listingCondition(const QList<TicketState>& states, const QString& search,
                         QVariantList* binds)
{
    QStringList conditions;
    if (!states.isEmpty()) {
        conditions << QStringLiteral("state IN (%1)").arg(placeholders(states));
    }
    if (const QString term = search.trimmed(); !term.isEmpty()) {
        // The fields a person searches by, first and last name side by side so that a full name
        // is found too.
        QStringList searched{QStringLiteral("reference")};
        for (const QLatin1String column : {QLatin1String("typed"), QLatin1String("payload")}) {
            for (const TicketField field :
                 {TicketField::CustomerFirstName, TicketField::CustomerLastName,
                  TicketField::CustomerEmail, TicketField::CustomerPhone, TicketField::Subject}) {
                searched << QStringLiteral("ifnull(json_extract(%1, '$.%2'), '')")
                                .arg(column, apiName(field));
            }
        }
        conditions << QStringLiteral("(%1) LIKE ? ESCAPE '\\'")
                          .arg(searched.join(QStringLiteral(" || ' ' || ")));
        QString escaped = term;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        binds->append(QString(u'%' + escaped + u'%'));
    }
    return conditions.isEmpty() ? QString() : u" WHERE " + conditions.join(QStringLiteral(" AND "));
}

} // namespace

// A short reference staff can read out and recognise: derived from the UUID, so the same ticket
// has the same reference on every machine it travels to.
QString Outbox::referenceFor(const QUuid& id)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
    const QByteArray bytes = id.toRfc4122();
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i) {
        bits = (bits << 8) | quint8(bytes[i]);
    }
    QString reference;
    for (int i = 7; i >= 0; --i) {
        reference.append(QLatin1Char(alphabet[(bits >> (i * 5)) & 0x1f]));
        if (i == 4) {
            reference.append(u'-');
        }
    }
    return reference;
}

Outbox::Batch::Batch(Outbox& outbox)
    : m_outbox(outbox)
{
    if (m_outbox.m_batchDepth++ == 0) {
        if (!m_outbox.isDamaged()) {
            m_outbox.m_problem = Problem::None;
        }
        m_outbox.m_batchFailed = m_outbox.isDamaged() || !m_outbox.checkBeforeWriting() ||
                                 !m_outbox.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

bool Outbox::Batch::commit()
{
    if (m_done) {
        return false;
    }
    m_done = true;
    if (m_outbox.m_batchDepth > 1) {
        return !m_outbox.m_batchFailed; // an outer batch decides
    }
    if (m_outbox.m_batchFailed || !m_outbox.exec(QStringLiteral("COMMIT"))) {
        m_outbox.rollbackQuietly();
        m_outbox.m_batchFailed = true;
        return false;
    }
    return true;
}

Outbox::Batch::~Batch()
{
    if (!m_done) {
        // Left without commit(): nothing of it counts.
        if (m_outbox.m_batchDepth == 1) {
            m_outbox.rollbackQuietly();
        } else {
            m_outbox.m_batchFailed = true;
        }
    }
    --m_outbox.m_batchDepth;
}

Outbox::Outbox(QString path, Clock clock, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connection(QStringLiteral("outbox-%1").arg(quintptr(this), 0, 16))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_claimLocks(std::make_unique<ClaimLocks>(m_path))
{}

Outbox::~Outbox()
{
    m_statements.clear();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString Outbox::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/outbox.sqlite");
}

QDateTime Outbox::now() const
{
    return m_clock().toUTC();
}

QSqlQuery Outbox::query() const
{
    return QSqlQuery(QSqlDatabase::database(m_connection, false));
}

QSqlQuery* Outbox::statement(const QString& sql) const
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        return found->second.get();
    }
    auto q = std::make_unique<QSqlQuery>(query());
    if (!q->prepare(sql)) {
        qCWarning(lcOutbox) << "SQL failed:" << sql << q->lastError().text();
        noteFailure(q->lastError());
        return nullptr; // not kept: the next use prepares it again
    }
    return m_statements.emplace(sql, std::move(q)).first->second.get();
}

void Outbox::noteFailure(const QSqlError& error) const
{
    // SQLite's primary result codes (the driver reports the number as the native code).
    enum : int
    {
        SqliteBusy = 5,
        SqliteLocked = 6,
        SqliteReadOnly = 8,
        SqliteIoError = 10,
        SqliteCorrupt = 11,
        SqliteFull = 13,
        SqliteCantOpen = 14,
        SqliteNotADatabase = 26,
    };
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok || m_problem == Problem::Damaged) {
        if (m_problem == Problem::None) {
            m_problem = Problem::Other;
        }
        return;
    }
    switch (code) {
    case SqliteFull:
        m_problem = Problem::DiskFull;
        break;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        qCInfo(lcOutbox) << "the outbox" << m_path << "is damaged:" << error.text();
        m_problem = Problem::Damaged;
        break;
    case SqliteReadOnly:
    case SqliteCantOpen:
        m_problem = Problem::ReadOnly;
        break;
    case SqliteBusy:
    case SqliteLocked:
        m_problem = Problem::Busy;
        break;
    case SqliteIoError:
    default:
        m_problem = Problem::Other;
        break;
    }
}

bool Outbox::run(QSqlQuery& q) const
{
    if (q.exec()) {
        return true;
    }
    qCWarning(lcOutbox) << "SQL failed:" << q.lastQuery() << q.lastError().text();
    noteFailure(q.lastError());
    return false;
}

bool Outbox::run(QSqlQuery& q, const QString& sql) const
{
    if (q.exec(sql)) {
        return true;
    }
    qCWarning(lcOutbox) << "SQL failed:" << sql << q.lastError().text();
    noteFailure(q.lastError());
    return false;
}

bool Outbox::exec(const QString& sql) const
{
    QSqlQuery* q = statement(sql);
    const bool ok = q && run(*q);
    if (q) {
        q->finish();
    }
    return ok;
}

void Outbox::rollbackQuietly() const
{
    // After a failed statement or COMMIT SQLite may already have rolled back on its own; then
    // ROLLBACK has nothing to do, which is fine.
    if (QSqlQuery* q = statement(QStringLiteral("ROLLBACK"))) {
        (void)q->exec();
        q->finish();
    }
}

QString Outbox::problemReason(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::DiskFull:
        return tr("the disk is full");
    case Problem::Damaged:
        return tr("the outbox file is damaged");
    case Problem::ReadOnly:
        return tr("the outbox file cannot be written");
    case Problem::Busy:
        return tr("another program keeps the outbox busy");
    case Problem::NewerVersion:
        return tr("the outbox was written by a newer version of this application");
    case Problem::Other:
        break;
    }
    return tr("the outbox cannot be used just now");
}

QString Outbox::problemReason() const
{
    return problemReason(m_problem);
}

QString Outbox::errorString() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::DiskFull:
        return tr("The outbox %1 cannot be written: the disk is full. Free some space on this "
                  "computer and try again.")
            .arg(file);
    case Problem::Damaged:
        return tr("The outbox %1 is damaged and cannot be read. It has not been changed: keep "
                  "the file, and ask your administrator to recover the tickets in it (for "
                  "example with sqlite3 .recover). To go on working, move it elsewhere; a new "
                  "outbox is made at the next start.")
            .arg(file);
    case Problem::ReadOnly:
        return tr("The outbox %1 cannot be opened for writing. Check that this user may write "
                  "to the file and its folder.")
            .arg(file);
    case Problem::Busy:
        return tr("The outbox %1 is kept busy by another program. Try again in a moment.")
            .arg(file);
    case Problem::NewerVersion:
        return tr("The outbox %1 was written by a newer version of this application. Install "
                  "that version again.")
            .arg(file);
    case Problem::Other:
        break;
    }
    return m_error.isEmpty()
               ? tr("The outbox %1 cannot be used just now. Try again in a moment.").arg(file)
               : tr("The outbox %1 cannot be used: %2").arg(file, m_error);
}

bool Outbox::open(DamageCheck check)
{
    m_problem = Problem::None;
    m_error.clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_problem = Problem::ReadOnly;
        return false;
    }
    m_statements.clear(); // a new connection: statements kept for an earlier one are dead
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        noteFailure(db.lastError());
        if (m_problem == Problem::Other) {
            m_error = db.lastError().text();
        }
        return false;
    }
    // The data are people's names and messages: the file is its owner's alone.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    // Two processes creating a new store at the same moment (the app and the CLI): SQLite may
    // refuse one of them the switch to WAL at once, "database is locked", without waiting for
    // the busy timeout. A moment later it succeeds, so try again for a few seconds; any other
    // failure is final at once.
    bool ready = false;
    for (int attempt = 0; attempt < 40 && !ready; ++attempt) {
        if (attempt > 0) {
            if (m_problem != Problem::Busy) {
                break;
            }
            QThread::msleep(75);
        }
        m_problem = Problem::None;
        ready = exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
                exec(QStringLiteral("PRAGMA synchronous=FULL")) &&
                exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        // A store an earlier version wrote is checked before its upgrade changes it; a new one
        // (version 0) has nothing to check yet.
        const int version = ready ? userVersion() : -1;
        const bool upgrade = version > 0 && version < schemaVersion;
        const bool checkNow = upgrade || check == DamageCheck::AtOpen;
        ready = ready && version >= 0 && (!checkNow || quickCheck()) && migrate();
        m_damageCheckPending = ready && !checkNow;
    }
    if (!ready) {
        if (m_problem == Problem::None) {
            m_problem = Problem::Other;
        }
        return false; // the caller says so, in one sentence: errorString()
    }
    m_seenDataVersion = dataVersion();
    return true;
}

bool Outbox::checkForDamage()
{
    if (isDamaged()) {
        return false; // a read since open() found it already
    }
    m_damageCheckPending = true;
    return checkBeforeWriting();
}

bool Outbox::checkBeforeWriting() const
{
    if (!m_damageCheckPending) {
        return true;
    }
    const bool sound = quickCheck();
    // Settled either way, unless the file could not be read just now: then the next change to
    // it asks again.
    if (sound || isDamaged()) {
        m_damageCheckPending = false;
    }
    return sound;
}

int Outbox::userVersion() const
{
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("PRAGMA user_version")) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

// A damaged page is found by the first query that reads it; a small store (all of them, in
// practice: tens of kilobytes per hundred tickets) is checked whole, so that a damaged file is
// said to be damaged before anybody relies on an "empty" outbox from it: at open, or (the app)
// once the window is up and before anything is written to the store or sent from it.
bool Outbox::quickCheck() const
{
    constexpr qint64 cheapToCheck = 64 * 1024 * 1024;
    if (QFileInfo(m_path).size() > cheapToCheck) {
        return true;
    }
    // Every page passes through SQLite's page cache once: a small cache meanwhile, so that the
    // check does not leave the whole file in memory (a month's 4 MB store: 1.9 MiB more at the
    // peak with the default cache).
    QSqlQuery size = query();
    const QString usualCache = run(size, QStringLiteral("PRAGMA cache_size")) && size.next()
                                   ? size.value(0).toString()
                                   : QString();
    size.finish();
    (void)exec(QStringLiteral("PRAGMA cache_size=-256"));
    QSqlQuery q = query();
    const bool checked = run(q, QStringLiteral("PRAGMA quick_check")) && q.next();
    const QString verdict = checked ? q.value(0).toString() : QString();
    q.finish();
    if (!usualCache.isEmpty()) {
        (void)exec(QStringLiteral("PRAGMA cache_size=%1").arg(usualCache.toInt()));
    }
    if (!checked) {
        return false;
    }
    if (verdict != u"ok") {
        qCInfo(lcOutbox) << "the outbox" << m_path << "is damaged:" << verdict;
        m_problem = Problem::Damaged;
        return false;
    }
    return true;
}

bool Outbox::migrate()
{
    // Read and upgrade under one write lock: two processes opening a new store at once must not
    // both create the schema, and the reading statement must be finished before the lock is
    // taken, or SQLite cannot wait for it.
    if (userVersion() == schemaVersion) {
        return true;
    }
    // Step N takes the schema from version N to N+1; all needed steps run in one transaction.
    const QList<QStringList> steps{
        {
            QStringLiteral("CREATE TABLE tickets ("
                           " id TEXT PRIMARY KEY,"
                           " reference TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " typed TEXT NOT NULL DEFAULT '{}',"
                           " payload TEXT NOT NULL DEFAULT '{}',"
                           " created INTEGER NOT NULL,"
                           " updated INTEGER NOT NULL,"
                           " next_attempt INTEGER,"
                           " sent_at INTEGER,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " claimed_by TEXT,"
                           " claim_expires INTEGER,"
                           " last_outcome TEXT,"
                           " last_error TEXT,"
                           " rejected_fields TEXT,"
                           " purged INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX tickets_due ON tickets(state, next_attempt, created)"),
            QStringLiteral("CREATE INDEX tickets_created ON tickets(created)"),
            QStringLiteral("CREATE TABLE attempts ("
                           " ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                           " time INTEGER NOT NULL,"
                           " outcome TEXT NOT NULL,"
                           " http_status INTEGER,"
                           " error_code TEXT,"
                           " excerpt TEXT)"),
            QStringLiteral("CREATE INDEX attempts_ticket ON attempts(ticket_id, time)"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        },
        {
            // Finding the oldest due ticket must not walk past thousands of sent ones.
            QStringLiteral("CREATE INDEX tickets_waiting ON tickets(created, id) "
                           "WHERE state IN ('queued', 'uncertain')"),
        },
        {
            // A machine's status asks for the last failure at every change of the store: it
            // must not read every attempt ever made.
            QStringLiteral("CREATE INDEX attempts_failed ON attempts(time) "
                           "WHERE outcome NOT IN ('sent', 'cancelled')"),
        },
        {
            // The last delivery, in the status bar from the first frame on and again at every
            // change of the store: the newest entry, not a look at every ticket ever sent (a
            // month of a busy desk, 6,000 of them, took 3 ms a time).
            QStringLiteral("CREATE INDEX tickets_sent ON tickets(sent_at) WHERE state = 'sent'"),
        },
        {
            // Retention, at every start: the tickets whose text is still kept, not every one
            // ever sent (a year of a busy desk is 70,000).
            QStringLiteral("CREATE INDEX tickets_unpurged ON tickets(sent_at) "
                           "WHERE state = 'sent' AND purged = 0"),
        },
    };
    Transaction t(*this);
    if (!t.isActive()) {
        return false;
    }
    const int version = userVersion();
    if (version < 0) {
        return false;
    }
    if (version > schemaVersion) {
        m_problem = Problem::NewerVersion;
        return false;
    }
    for (int v = version; v < schemaVersion; ++v) {
        for (const QString& sql : steps[v]) {
            if (!exec(sql)) {
                return false;
            }
        }
    }
    return exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion)) && t.commit();
}

qint64 Outbox::dataVersion() const
{
    QSqlQuery* q = statement(QStringLiteral("PRAGMA data_version"));
    if (!q) {
        return -1;
    }
    const qint64 version = run(*q) && q->next() ? q->value(0).toLongLong() : -1;
    q->finish();
    return version;
}

void Outbox::pollExternalChanges()
{
    const qint64 version = dataVersion();
    if (version != m_seenDataVersion) {
        Q_EMIT changed();
    }
    m_seenDataVersion = version;
}

bool Outbox::saveDraft(const QUuid& id, const Ticket& typed)
{
    const qint64 t = now().toMSecsSinceEpoch();
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT state FROM tickets WHERE id = ?"));
    q.addBindValue(idText(id));
    if (!run(q)) {
        return false;
    }
    if (q.next()) {
        const auto state = stateFromName(q.value(0).toString());
        if (state != TicketState::Draft && state != TicketState::NeedsEdit) {
            return false;
        }
        q.prepare(QStringLiteral("UPDATE tickets SET typed = ?, updated = ?, state = 'draft' "
                                 "WHERE id = ?"));
        q.addBindValue(jsonOf(typed));
        q.addBindValue(t);
        q.addBindValue(idText(id));
    } else {
        q.prepare(QStringLiteral("INSERT INTO tickets (id, reference, state, typed, created, "
                                 "updated) VALUES (?, ?, 'draft', ?, ?, ?)"));
        q.addBindValue(idText(id));
        q.addBindValue(referenceFor(id));
        q.addBindValue(jsonOf(typed));
        q.addBindValue(t);
        q.addBindValue(t);
    }
    if (!run(q) || !tx.commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Outbox::enqueue(const QUuid& id, const Ticket& typed, const Ticket& checked,
                     NoteReference reference)
{
    const Ticket payload =
        reference == NoteReference::Append ? withReference(checked, id) : checked;
    const qint64 t = now().toMSecsSinceEpoch();
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "INSERT INTO tickets (id, reference, state, typed, payload, created, updated, "
        "next_attempt) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET state = 'queued', typed = excluded.typed, "
        "payload = excluded.payload, updated = excluded.updated, next_attempt = "
        "excluded.next_attempt, rejected_fields = NULL WHERE state IN ('draft', 'needs-edit')"));
    q.addBindValue(idText(id));
    q.addBindValue(referenceFor(id));
    q.addBindValue(jsonOf(typed));
    q.addBindValue(jsonOf(payload));
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(t);
    if (!run(q) || q.numRowsAffected() != 1 || !tx.commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Outbox::discard(const QUuid& id)
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q = query();
    // A ticket being sent right now cannot be taken back.
    q.prepare(QStringLiteral("DELETE FROM tickets WHERE id = ? AND state <> 'sending'"));
    q.addBindValue(idText(id));
    if (!run(q) || q.numRowsAffected() != 1 || !tx.commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Outbox::returnToDraft(const QUuid& id)
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q = query();
    // Not a ticket that may already have arrived: its content must stay what was sent.
    q.prepare(QStringLiteral("UPDATE tickets SET state = 'draft', next_attempt = NULL, "
                             "updated = ? WHERE id = ? AND state IN ('queued', 'needs-edit', "
                             "'held') AND COALESCE(last_outcome, '') NOT IN ('uncertain', "
                             "'claim-expired') AND NOT EXISTS (SELECT 1 FROM attempts WHERE "
                             "ticket_id = tickets.id AND outcome = 'uncertain')"));
    q.addBindValue(ms(now()));
    q.addBindValue(idText(id));
    if (!run(q) || q.numRowsAffected() != 1 || !tx.commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Outbox::restore(const OutboxEntry& e)
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO tickets (id, reference, state, typed, payload, "
                             "created, updated, next_attempt, sent_at, attempts, last_outcome, "
                             "last_error, rejected_fields, purged) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const TicketState state = e.state == TicketState::Sending ? TicketState::Uncertain : e.state;
    q.addBindValue(idText(e.id));
    q.addBindValue(e.reference.isEmpty() ? referenceFor(e.id) : e.reference);
    q.addBindValue(stateName(state));
    q.addBindValue(jsonOf(e.typed));
    q.addBindValue(jsonOf(e.payload));
    q.addBindValue(ms(e.created.isValid() ? e.created : now()));
    q.addBindValue(ms(now()));
    const bool due = state == TicketState::Queued || state == TicketState::Uncertain;
    q.addBindValue(ms(due && !e.nextAttempt.isValid() ? now() : e.nextAttempt));
    q.addBindValue(ms(e.sentAt));
    q.addBindValue(e.attempts);
    q.addBindValue(e.lastOutcome);
    q.addBindValue(e.lastError);
    q.addBindValue(issuesJson(e.rejectedFields));
    q.addBindValue(e.purged ? 1 : 0);
    if (!run(q) || q.numRowsAffected() != 1 || !tx.commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Outbox::retryNow(const QUuid& id)
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "UPDATE tickets SET state = CASE state WHEN 'uncertain' THEN 'uncertain' ELSE 'queued' "
        "END, next_attempt = ?, updated = ? WHERE id = ? AND state IN ('queued', 'uncertain', "
        "'held', 'needs-edit') AND payload <> '{}'"));
    const qint64 t = now().toMSecsSinceEpoch();
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(idText(id));
    if (!run(q) || q.numRowsAffected() != 1) {
        return false;
    }
    // Someone asked to try again: that lifts a hold on the whole queue too.
    QSqlQuery held = query();
    held.prepare(QStringLiteral("UPDATE tickets SET state = 'queued', next_attempt = ? "
                                "WHERE state = 'held'"));
    held.addBindValue(t);
    if (!run(held) || !exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'hold.%'")) ||
        !tx.commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

int Outbox::releaseHold()
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return 0;
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral("UPDATE tickets SET state = 'queued', next_attempt = ?, updated = ? "
                             "WHERE state = 'held'"));
    const qint64 t = now().toMSecsSinceEpoch();
    q.addBindValue(t);
    q.addBindValue(t);
    if (!run(q) || !exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'hold.%'"))) {
        return 0;
    }
    const int released = q.numRowsAffected();
    if (!tx.commit()) {
        return 0;
    }
    Q_EMIT changed();
    return released;
}

int Outbox::makeWaitingDue()
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return 0;
    }
    QSqlQuery q = query();
    // A server's own Retry-After (429, 503) is respected even when asked to hurry.
    q.prepare(QStringLiteral("UPDATE tickets SET next_attempt = ? WHERE state IN ('queued', "
                             "'uncertain') AND next_attempt > ? AND COALESCE(last_outcome, '') "
                             "IN ('', 'offline', 'uncertain', 'claim-expired', 'cancelled')"));
    const qint64 t = now().toMSecsSinceEpoch();
    q.addBindValue(t);
    q.addBindValue(t);
    if (!run(q)) {
        return 0;
    }
    const int changedRows = q.numRowsAffected();
    if (!tx.commit()) {
        return 0;
    }
    if (changedRows > 0) {
        Q_EMIT changed();
    }
    return changedRows;
}

std::optional<OutboxEntry> Outbox::entry(const QUuid& id) const
{
    QSqlQuery q = query();
    q.prepare(
        QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1String(entryColumns)));
    q.addBindValue(idText(id));
    if (!run(q) || !q.next()) {
        return std::nullopt;
    }
    OutboxEntry e = entryFrom(q);
    QSqlQuery log = query();
    log.prepare(QStringLiteral("SELECT time, outcome, http_status, error_code, excerpt "
                               "FROM attempts WHERE ticket_id = ? ORDER BY time, rowid"));
    log.addBindValue(idText(id));
    if (run(log)) {
        while (log.next()) {
            e.log.append({fromMs(log.value(0)), log.value(1).toString(), log.value(2).toInt(),
                          log.value(3).toString(), log.value(4).toString()});
        }
    }
    if (!e.log.isEmpty()) {
        e.lastHttpStatus = e.log.constLast().httpStatus;
    }
    return e;
}

std::optional<OutboxEntry> Outbox::entryByReference(const QString& reference) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id FROM tickets WHERE reference = ?"));
    q.addBindValue(reference.trimmed().toUpper());
    if (!run(q) || !q.next()) {
        return std::nullopt;
    }
    return entry(QUuid::fromString(q.value(0).toString()));
}

QList<OutboxEntry> Outbox::entries(const QList<TicketState>& states, int limit, int offset,
                                   const QString& search) const
{
    QVariantList binds;
    // The last attempt's HTTP status comes along, so a list can say what went wrong.
    const QString sql =
        QStringLiteral("SELECT %1, (SELECT http_status FROM attempts WHERE ticket_id = tickets.id "
                       "ORDER BY time DESC, rowid DESC LIMIT 1) FROM tickets%2 "
                       "ORDER BY created, id LIMIT %3 OFFSET %4")
            .arg(QLatin1String(entryColumns), listingCondition(states, search, &binds))
            .arg(limit)
            .arg(offset);
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : std::as_const(binds)) {
        q.addBindValue(value);
    }
    QList<OutboxEntry> list;
    if (run(q)) {
        const int statusColumn = q.record().count() - 1;
        while (q.next()) {
            OutboxEntry e = entryFrom(q);
            e.lastHttpStatus = q.value(statusColumn).toInt();
            list.append(e);
        }
    }
    return list;
}

int Outbox::count(const QList<TicketState>& states, const QString& search) const
{
    QVariantList binds;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets") +
              listingCondition(states, search, &binds));
    for (const QVariant& value : std::as_const(binds)) {
        q.addBindValue(value);
    }
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

int Outbox::countQueuedSince(const QDateTime& since) const
{
    QSqlQuery q = query();
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state <> 'draft' AND created >= ?"));
    q.addBindValue(since.toMSecsSinceEpoch());
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

QDateTime Outbox::nextClaimExpiry() const
{
    QSqlQuery q = query();
    if (run(q, QStringLiteral("SELECT MIN(claim_expires) FROM tickets WHERE state = 'sending'")) &&
        q.next()) {
        return fromMs(q.value(0));
    }
    return {};
}

QDateTime Outbox::nextAttemptTime() const
{
    QSqlQuery q = query();
    if (run(q, QStringLiteral("SELECT MIN(next_attempt) FROM tickets "
                              "WHERE state IN ('queued', 'uncertain')")) &&
        q.next()) {
        return fromMs(q.value(0));
    }
    return {};
}

QDateTime Outbox::lastSentTime() const
{
    QSqlQuery q = query();
    // Named: left to itself, SQLite prefers the index that starts with the state and reads
    // every sent ticket's row.
    if (run(q,
            QStringLiteral(
                "SELECT MAX(sent_at) FROM tickets INDEXED BY tickets_sent WHERE state = 'sent'")) &&
        q.next()) {
        return fromMs(q.value(0));
    }
    return {};
}

std::optional<QUuid> Outbox::currentDraft() const
{
    QSqlQuery q = query();
    if (run(q, QStringLiteral("SELECT m.value FROM meta m JOIN tickets t ON t.id = m.value "
                              "WHERE m.key = 'form.current' AND t.state = 'draft'")) &&
        q.next()) {
        return QUuid::fromString(q.value(0).toString());
    }
    return std::nullopt;
}

bool Outbox::setCurrentDraft(const std::optional<QUuid>& id)
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q = query();
    if (id) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) "
                                 "VALUES ('form.current', ?)"));
        q.addBindValue(idText(*id));
        // The form holds a draft of this run from now on: until the run ends normally, a crash
        // is worth a word when it comes back. In the same transaction, so no write of its own.
        return run(q) &&
               run(q, QStringLiteral("DELETE FROM meta WHERE key = 'form.leftCleanly'")) &&
               tx.commit();
    }
    return run(q, QStringLiteral("DELETE FROM meta WHERE key = 'form.current'")) && tx.commit();
}

bool Outbox::setFormLeftCleanly(bool clean)
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery q = query();
    return (clean ? run(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) "
                                          "VALUES ('form.leftCleanly', '1')"))
                  : run(q, QStringLiteral("DELETE FROM meta WHERE key = 'form.leftCleanly'"))) &&
           tx.commit();
}

bool Outbox::wasFormLeftCleanly() const
{
    QSqlQuery q = query();
    return run(q, QStringLiteral("SELECT 1 FROM meta WHERE key = 'form.leftCleanly'")) && q.next();
}

Ticket Outbox::withReference(const Ticket& payload, const QUuid& id)
{
    Ticket result = payload;
    const QString note = payload.value(TicketField::Notice);
    // Not translated: the note is read by the organisation's staff in BizKitHub, whatever the
    // language of the desk that sent it.
    const QString line = QStringLiteral("Client reference: ") + referenceFor(id);
    result.setValue(TicketField::Notice, note.isEmpty() ? line : note + u"\n\n" + line);
    return result;
}

int Outbox::purgeSentBefore(const QDateTime& cutoff)
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return 0;
    }
    // The attempts first, while their tickets are still found as not purged.
    QSqlQuery log = query();
    log.prepare(QStringLiteral("UPDATE attempts SET excerpt = NULL WHERE ticket_id IN "
                               "(SELECT id FROM tickets INDEXED BY tickets_unpurged "
                               "WHERE state = 'sent' AND purged = 0 AND sent_at < ?)"));
    log.addBindValue(ms(cutoff));
    QSqlQuery q = query();
    q.prepare(QStringLiteral("UPDATE tickets INDEXED BY tickets_unpurged SET typed = '{}', "
                             "payload = '{}', last_error = NULL, rejected_fields = NULL, "
                             "purged = 1 WHERE state = 'sent' AND purged = 0 AND sent_at < ?"));
    q.addBindValue(ms(cutoff));
    if (!run(log) || !run(q)) {
        return 0;
    }
    const int purged = q.numRowsAffected();
    if (!tx.commit()) {
        return 0;
    }
    if (purged > 0) {
        Q_EMIT changed();
    }
    return purged;
}

int Outbox::applyRetention(int days)
{
    return purgeSentBefore(now().addDays(-days));
}

bool Outbox::deleteAll()
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    if (!exec(QStringLiteral("DELETE FROM attempts")) ||
        !exec(QStringLiteral("DELETE FROM tickets")) || !exec(QStringLiteral("DELETE FROM meta")) ||
        !tx.commit()) {
        return false;
    }
    // Deleted rows linger in free pages until the file is rewritten.
    (void)exec(QStringLiteral("VACUUM"));
    Q_EMIT changed();
    return true;
}

bool Outbox::checkIntegrity(QString* details) const
{
    QSqlQuery q = query();
    if (!run(q, QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        return false;
    }
    const QString result = q.value(0).toString();
    if (details) {
        *details = result;
    }
    return result == u"ok";
}

} // namespace bizkithub
