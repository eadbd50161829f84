// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bizkithub;
using namespace std::chrono_literals;
using Outcome = SubmitResult::Outcome;

Q_DECLARE_METATYPE(bizkithub::SubmitResult::Outcome)
Q_DECLARE_METATYPE(bizkithub::TicketState)

namespace {

Ticket ticket(const QString& message)
{
    Ticket t;
    t.setValue(TicketField::Message, message);
    t.setValue(TicketField::CustomerEmail, QStringLiteral("jan@example.com"));
    return t;
}

SubmitResult result(Outcome outcome, int status = 0)
{
    SubmitResult r;
    r.outcome = outcome;
    r.httpStatus = status;
    return r;
}

const QString fingerprint = QStringLiteral("config-1");

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void open_createsVersionedSchemaInWalMode();
    void open_refusesNewerSchema();
    void open_upgradesTheVersionBefore();
    void damagedStore_isFoundAtOpenOrWhenAskedLater();
    void draft_isSavedAndUpdated_butNotAfterQueueing();
    void enqueue_claim_send_isTheWholeLife();
    void claimDue_takesOldestDueFirst_upToMax();
    void claimDue_oneOwnerAtATime_andExpiredClaimBecomesUncertain();
    void recordResults_movesTicketByOutcome_data();
    void recordResults_movesTicketByOutcome();
    void recordResults_lateResultOfExpiredClaimIsOnlyLogged();
    void plainReason_hasASentenceForEveryOutcome();
    void hold_stopsTheQueueUntilSettingsChangeOrRetry();
    void discard_thenRestore_undoes();
    void purgeSentBefore_removesPersonalDataOfSentOnly();
    void exportImport_carriesTicketsAndImportsOnce();
    void entries_surviveReopen();
    void reference_isStableAndFindsTheTicket();
    void entries_searchFindsByReferenceNameEmailPhoneOrSubject();
    void deleteAll_leavesNothing();
    void makeWaitingDue_respectsRateLimits();
    void lateDelivery_winsOverAnotherProcessesFailure();
    void maybeDelivered_cannotBecomeADraftAgain();
    void resultForDiscardedTicket_doesNotSpoilTheBatch();
    void currentDraft_saysTheFormWasNotLeftCleanly();
    void keptStatements_holdNoReadOfTheStore();

private:
    Outbox* openOutbox();

    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
    Outbox* m_outbox = nullptr;
};

void TestOutbox::init()
{
    m_path =
        m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                           .arg(QLatin1String(QTest::currentTestFunction()),
                                QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_')));
    m_now = QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
    m_outbox = openOutbox();
    QVERIFY(m_outbox);
}

void TestOutbox::cleanup()
{
    delete m_outbox;
    m_outbox = nullptr;
}

Outbox* TestOutbox::openOutbox()
{
    auto* outbox = new Outbox(m_path, [this] { return m_now; });
    if (!outbox->open()) {
        qWarning() << outbox->errorString();
        delete outbox;
        return nullptr;
    }
    return outbox;
}

void TestOutbox::open_createsVersionedSchemaInWalMode()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Outbox::schemaVersion);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    QVERIFY(m_outbox->checkIntegrity());
    QCOMPARE(QFile::permissions(m_path) & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
}

void TestOutbox::open_upgradesTheVersionBefore()
{
    // Three tickets delivered a minute apart, in a store as version 3 left it (no indexes of
    // deliveries).
    for (int i = 0; i < 3; ++i) {
        const QUuid id = QUuid::createUuid();
        QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("t")), ticket(QStringLiteral("t"))));
        QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 4, 60s, fingerprint).size(), 1);
        m_now = m_now.addSecs(60);
        QVERIFY(m_outbox->recordResults(QStringLiteral("me"),
                                        {{id, result(Outcome::Sent, 200), {}}}, fingerprint));
    }
    const QDateTime lastDelivery = m_now;
    delete m_outbox;
    m_outbox = nullptr;
    const auto probe = [this](const QString& sql) {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(m_path);
        QStringList rows;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    rows.append(q.value(q.record().count() - 1).toString());
                }
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        return rows;
    };
    (void)probe(QStringLiteral("DROP INDEX tickets_sent"));
    (void)probe(QStringLiteral("DROP INDEX tickets_unpurged"));
    (void)probe(QStringLiteral("PRAGMA user_version=3"));
    QCOMPARE(probe(QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("3")});

    m_outbox = openOutbox();
    QVERIFY(m_outbox);
    QCOMPARE(m_outbox->count({TicketState::Sent}), 3);
    QCOMPARE(m_outbox->lastSentTime(), lastDelivery);
    delete m_outbox;
    m_outbox = nullptr;
    QCOMPARE(probe(QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Outbox::schemaVersion)});
    // The indexes the last delivery and retention are read from are there.
    const QStringList plan = probe(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT MAX(sent_at) FROM tickets INDEXED BY tickets_sent "
        "WHERE state = 'sent'"));
    QVERIFY2(plan.join(u' ').contains(QLatin1String("tickets_sent")), qPrintable(plan.join(u' ')));
    m_outbox = openOutbox();
    QVERIFY(m_outbox);
    QCOMPARE(m_outbox->purgeSentBefore(lastDelivery), 2); // retention reads the other one
}

void TestOutbox::damagedStore_isFoundAtOpenOrWhenAskedLater()
{
    for (int i = 0; i < 30; ++i) {
        const Ticket t = ticket(QStringLiteral("Ticket %1 ").arg(i) + QString(2000, u'x'));
        QVERIFY(m_outbox->enqueue(QUuid::createUuid(), t, t));
    }
    // A healthy store passes the check left for later.
    delete m_outbox;
    m_outbox = new Outbox(m_path, [this] { return m_now; });
    QVERIFY(m_outbox->open(Outbox::DamageCheck::Later));
    QVERIFY(m_outbox->checkForDamage());
    QVERIFY(!m_outbox->isDamaged());
    delete m_outbox;
    m_outbox = nullptr;

    // A page of an old ticket's text, which a new draft does not touch, found by SQLite's own
    // page list while the store is healthy.
    qint64 textPage = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'tickets' AND "
                                      "pagetype = 'overflow' ORDER BY pageno LIMIT 1 OFFSET 4")));
        QVERIFY(q.next());
        textPage = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    QFile file(m_path);
    const auto bytes = [this] {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((textPage - 1) * 4096));
        QCOMPARE(file.write(QByteArray(4096, '\xA5')), 4096);
        file.close();
        // A change before anybody asked (an autosave, a normal end): the check comes first,
        // and nothing is written.
        const QByteArray before = bytes();
        {
            Outbox later(m_path, [this] { return m_now; });
            QVERIFY(later.open(Outbox::DamageCheck::Later));
            QVERIFY(!later.saveDraft(QUuid::createUuid(), ticket(QStringLiteral("New"))));
            QVERIFY(later.isDamaged());
            QVERIFY(!later.setFormLeftCleanly(true));
        }
        QCOMPARE(bytes(), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) ||
                QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
    }

    // Three pages of tickets overwritten, the header and the schema intact.

    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8 * 4096);
    for (const qint64 page : {4, 5, 6}) {
        QVERIFY(file.seek(page * 4096));
        QCOMPARE(file.write(QByteArray(4096, '\xA5')), 4096);
    }
    file.close();
    const QByteArray damaged = bytes();

    {
        Outbox atOpen(m_path, [this] { return m_now; });
        QVERIFY(!atOpen.open());
        QVERIFY(atOpen.isDamaged());
    }
    {
        // Opened for a window that shows first: the damage is found when asked, and then
        // nothing is written to the file.
        Outbox later(m_path, [this] { return m_now; });
        QVERIFY2(later.open(Outbox::DamageCheck::Later), qPrintable(later.errorString()));
        QVERIFY(!later.checkForDamage());
        QVERIFY(later.isDamaged());
        QVERIFY(later.errorString().contains(QLatin1String("damaged")));
        QVERIFY(!later.saveDraft(QUuid::createUuid(), ticket(QStringLiteral("New"))));
    }
    QCOMPARE(bytes(), damaged);

    // A store an earlier version wrote is checked before its upgrade would change it.
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(60)); // the header's user_version, big-endian
    QCOMPARE(file.write(QByteArray("\0\0\0\3", 4)), 4);
    file.close();
    const QByteArray older = bytes();
    {
        Outbox later(m_path, [this] { return m_now; });
        QVERIFY(!later.open(Outbox::DamageCheck::Later));
        QVERIFY(later.isDamaged());
    }
    QCOMPARE(bytes(), older);
}

void TestOutbox::open_refusesNewerSchema()
{
    delete m_outbox;
    m_outbox = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    Outbox newer(m_path);
    QVERIFY(!newer.open());
    QVERIFY(newer.errorString().contains(QLatin1String("newer")));
}

void TestOutbox::draft_isSavedAndUpdated_butNotAfterQueueing()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->saveDraft(id, ticket(QStringLiteral("first words"))));
    QVERIFY(m_outbox->saveDraft(id, ticket(QStringLiteral("first words, more"))));
    auto e = m_outbox->entry(id);
    QVERIFY(e);
    QCOMPARE(e->state, TicketState::Draft);
    QCOMPARE(e->typed.value(TicketField::Message), QStringLiteral("first words, more"));
    QCOMPARE(m_outbox->count(), 1);

    QVERIFY(m_outbox->enqueue(id, e->typed, e->typed));
    QVERIFY(!m_outbox->saveDraft(id, ticket(QStringLiteral("late autosave"))));
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Queued);
    QVERIFY(!m_outbox->enqueue(id, e->typed, e->typed)); // queued once, exactly
}

void TestOutbox::enqueue_claim_send_isTheWholeLife()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("typed")), ticket(QStringLiteral("sent"))));
    const auto claimed = m_outbox->claimDue(QStringLiteral("me"), 4, 60s, fingerprint);
    QCOMPARE(claimed.size(), 1);
    // The body to send, as Ticket::toJson() made it when the ticket was queued.
    QVERIFY(claimed.first().payload.isEmpty());
    QCOMPARE(Ticket::fromJsonObject(QJsonDocument::fromJson(claimed.first().body).object())
                 .value(TicketField::Message),
             QStringLiteral("sent"));
    QCOMPARE(claimed.first().attempts, 1);
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Sending);

    m_now = m_now.addSecs(1);
    SubmitResult sent = result(Outcome::Sent, 200);
    m_outbox->recordResults(QStringLiteral("me"), {{id, sent, {}}}, fingerprint);
    const auto e = m_outbox->entry(id);
    QCOMPARE(e->state, TicketState::Sent);
    QCOMPARE(e->sentAt, m_now);
    QCOMPARE(e->log.size(), 1);
    QCOMPARE(e->log.first().outcome, QStringLiteral("sent"));
    QCOMPARE(e->log.first().httpStatus, 200);
    QCOMPARE(m_outbox->lastSentTime(), m_now);
    QVERIFY(m_outbox->claimDue(QStringLiteral("me"), 4, 60s, fingerprint).isEmpty());
}

void TestOutbox::claimDue_takesOldestDueFirst_upToMax()
{
    QList<QUuid> ids;
    for (int i = 0; i < 6; ++i) {
        ids << QUuid::createUuid();
        QVERIFY(
            m_outbox->enqueue(ids.last(), ticket(QString::number(i)), ticket(QString::number(i))));
        m_now = m_now.addSecs(1);
    }
    const auto first = m_outbox->claimDue(QStringLiteral("me"), 4, 3600s, fingerprint);
    QCOMPARE(first.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(first[i].id, ids[i]);
    }
    // A ticket scheduled for later is not due yet.
    m_outbox->recordResults(QStringLiteral("me"),
                            {{ids[0], result(Outcome::Offline), m_now.addSecs(60)}}, fingerprint);
    const auto second = m_outbox->claimDue(QStringLiteral("me"), 4, 3600s, fingerprint);
    QCOMPARE(second.size(), 2);
    QCOMPARE(second[0].id, ids[4]);
    m_now = m_now.addSecs(61);
    const auto third = m_outbox->claimDue(QStringLiteral("me"), 4, 60s, fingerprint);
    QCOMPARE(third.size(), 1);
    QCOMPARE(third[0].id, ids[0]);
    QCOMPARE(third[0].attempts, 2);
}

void TestOutbox::claimDue_oneOwnerAtATime_andExpiredClaimBecomesUncertain()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("x")), ticket(QStringLiteral("x"))));
    std::unique_ptr<Outbox> other(openOutbox()); // a second process, as far as SQLite knows
    QCOMPARE(m_outbox->claimDue(QStringLiteral("gui"), 4, 30s, fingerprint).size(), 1);
    QVERIFY(other->claimDue(QStringLiteral("cli"), 4, 30s, fingerprint).isEmpty());

    m_now = m_now.addSecs(31); // the GUI died holding its claim
    const auto taken = other->claimDue(QStringLiteral("cli"), 4, 30s, fingerprint);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.first().id, id);
    QCOMPARE(taken.first().state, TicketState::Uncertain);
    QCOMPARE(taken.first().attempts, 2);
}

void TestOutbox::recordResults_movesTicketByOutcome_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<TicketState>("state");
    QTest::addColumn<bool>("holds");
    QTest::newRow("sent") << Outcome::Sent << TicketState::Sent << false;
    QTest::newRow("rejected") << Outcome::Rejected << TicketState::NeedsEdit << false;
    QTest::newRow("auth failed") << Outcome::AuthFailed << TicketState::Held << true;
    QTest::newRow("tls") << Outcome::TlsFailure << TicketState::Held << true;
    QTest::newRow("config") << Outcome::ConfigError << TicketState::Held << true;
    QTest::newRow("rate limited") << Outcome::RateLimited << TicketState::Queued << false;
    QTest::newRow("server error") << Outcome::ServerError << TicketState::Queued << false;
    QTest::newRow("offline") << Outcome::Offline << TicketState::Queued << false;
    QTest::newRow("uncertain") << Outcome::Uncertain << TicketState::Uncertain << false;
}

void TestOutbox::recordResults_movesTicketByOutcome()
{
    QFETCH(Outcome, outcome);
    QFETCH(TicketState, state);
    QFETCH(bool, holds);
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("x")), ticket(QStringLiteral("x"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 1, 60s, fingerprint).size(), 1);
    SubmitResult r = result(outcome, 500);
    if (outcome == Outcome::Rejected) {
        r.fieldIssues.append(
            {TicketField::CustomerEmail, Problem::Server, 0, QStringLiteral("bad")});
    }
    m_outbox->recordResults(QStringLiteral("me"), {{id, r, m_now.addSecs(5)}}, fingerprint);
    const auto e = m_outbox->entry(id);
    QCOMPARE(e->state, state);
    QCOMPARE(m_outbox->hold().has_value(), holds);
    QCOMPARE(e->lastOutcome, SubmitResult::outcomeName(outcome));
    QCOMPARE(e->lastHttpStatus, 500);
    QCOMPARE(m_outbox->entries({state}).value(0).lastHttpStatus, 500);
    if (state == TicketState::Queued || state == TicketState::Uncertain) {
        QCOMPARE(e->nextAttempt, m_now.addSecs(5));
    }
    if (outcome == Outcome::Rejected) {
        QCOMPARE(e->rejectedFields.size(), 1);
        QCOMPARE(e->rejectedFields.first().detail, QStringLiteral("bad"));
    }
}

void TestOutbox::plainReason_hasASentenceForEveryOutcome()
{
    const QString unknown = plainReason(u"no-such-outcome");
    QVERIFY(!unknown.isEmpty());
    QVERIFY(plainReason(u"").isEmpty()); // nothing tried yet
    QSet<QString> sentences;
    for (const Outcome outcome :
         {Outcome::Sent, Outcome::Rejected, Outcome::AuthFailed, Outcome::RateLimited,
          Outcome::ServerError, Outcome::Offline, Outcome::Uncertain, Outcome::TlsFailure,
          Outcome::ConfigError, Outcome::Cancelled}) {
        const QString sentence = plainReason(SubmitResult::outcomeName(outcome));
        QVERIFY2(sentence != unknown, qPrintable(SubmitResult::outcomeName(outcome)));
        QVERIFY(sentence.endsWith(u'.'));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), 10);
    QCOMPARE(plainReason(u"server-error", 503),
             QStringLiteral("BizKitHub had a problem (HTTP 503)."));
    QCOMPARE(plainReason(u"auth-failed", 401), QStringLiteral("The API key was refused."));
}

void TestOutbox::recordResults_lateResultOfExpiredClaimIsOnlyLogged()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("x")), ticket(QStringLiteral("x"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("slow"), 1, 10s, fingerprint).size(), 1);
    m_now = m_now.addSecs(11);
    QCOMPARE(m_outbox->claimDue(QStringLiteral("fast"), 1, 10s, fingerprint).size(), 1);
    m_outbox->recordResults(QStringLiteral("slow"), {{id, result(Outcome::Offline), m_now}},
                            fingerprint);
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Sending); // "fast" still owns it
    m_outbox->recordResults(QStringLiteral("fast"), {{id, result(Outcome::Sent, 200), {}}},
                            fingerprint);
    const auto e = m_outbox->entry(id);
    QCOMPARE(e->state, TicketState::Sent);
    QCOMPARE(e->log.size(), 2);
}

void TestOutbox::hold_stopsTheQueueUntilSettingsChangeOrRetry()
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(a, ticket(QStringLiteral("a")), ticket(QStringLiteral("a"))));
    m_now = m_now.addSecs(1);
    QVERIFY(m_outbox->enqueue(b, ticket(QStringLiteral("b")), ticket(QStringLiteral("b"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 1, 60s, fingerprint).first().id, a);
    m_outbox->recordResults(QStringLiteral("me"), {{a, result(Outcome::AuthFailed, 401), {}}},
                            fingerprint);
    QVERIFY(m_outbox->hold());
    QVERIFY(!m_outbox->hold()->message.isEmpty());
    // The same settings: nothing more is tried, not even the other ticket.
    QVERIFY(m_outbox->claimDue(QStringLiteral("me"), 4, 60s, fingerprint).isEmpty());
    QCOMPARE(m_outbox->entry(b)->state, TicketState::Queued);
    // New settings: the hold lifts and both go.
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 4, 60s, QStringLiteral("config-2")).size(),
             2);
    QVERIFY(!m_outbox->hold());

    // "Try again" lifts a hold as well.
    m_outbox->recordResults(
        QStringLiteral("me"),
        {{a, result(Outcome::AuthFailed, 401), {}}, {b, result(Outcome::Offline), m_now}},
        fingerprint);
    QVERIFY(m_outbox->hold());
    QVERIFY(m_outbox->retryNow(a));
    QVERIFY(!m_outbox->hold());
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 4, 60s, fingerprint).size(), 2);
}

void TestOutbox::discard_thenRestore_undoes()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->saveDraft(id, ticket(QStringLiteral("keep me"))));
    const auto before = m_outbox->entry(id);
    QVERIFY(m_outbox->discard(id));
    QVERIFY(!m_outbox->entry(id));
    QVERIFY(m_outbox->restore(*before));
    QCOMPARE(m_outbox->entry(id)->typed, before->typed);
    QCOMPARE(m_outbox->entry(id)->reference, before->reference);
    QVERIFY(!m_outbox->restore(*before)); // not twice
}

void TestOutbox::purgeSentBefore_removesPersonalDataOfSentOnly()
{
    const QUuid sent = QUuid::createUuid();
    const QUuid waiting = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(sent, ticket(QStringLiteral("private")),
                              ticket(QStringLiteral("private"))));
    m_now = m_now.addSecs(1);
    QVERIFY(
        m_outbox->enqueue(waiting, ticket(QStringLiteral("old")), ticket(QStringLiteral("old"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 1, 60s, fingerprint).size(), 1);
    SubmitResult delivered = result(Outcome::Sent, 200);
    delivered.bodyExcerpt = R"({"reference": "BKH-1", "email": "jan@example.com"})";
    m_outbox->recordResults(QStringLiteral("me"), {{sent, delivered, {}}}, fingerprint);
    QVERIFY(m_outbox->entry(sent)->log.first().excerpt.contains(QLatin1String("jan@")));
    // A ticket sent a day later is kept whole a day longer.
    const QUuid later = QUuid::createUuid();
    m_now = m_now.addDays(1);
    QVERIFY(
        m_outbox->enqueue(later, ticket(QStringLiteral("later")), ticket(QStringLiteral("later"))));
    QCOMPARE(m_outbox->claim(later, QStringLiteral("me"), 60s)->id, later);
    m_outbox->recordResults(QStringLiteral("me"), {{later, delivered, {}}}, fingerprint);

    m_now = m_now.addDays(30);
    QCOMPARE(m_outbox->purgeSentBefore(m_now.addDays(-30).addSecs(-1)), 1);
    const auto e = m_outbox->entry(sent);
    QVERIFY(e->purged);
    QCOMPARE(e->state, TicketState::Sent);
    QVERIFY(e->typed.isEmpty());
    QVERIFY(e->payload.isEmpty());
    QVERIFY(e->log.first().excerpt.isEmpty()); // what the server said back went too
    QVERIFY(!m_outbox->entry(later)->purged);
    QVERIFY(!m_outbox->entry(later)->log.first().excerpt.isEmpty());
    QCOMPARE(m_outbox->entry(waiting)->typed.value(TicketField::Message), QStringLiteral("old"));
    // Nothing more is old enough: nothing is purged, and the purged one stays so.
    QCOMPARE(m_outbox->purgeSentBefore(m_now.addDays(-30).addSecs(-1)), 0);
    QVERIFY(m_outbox->entry(sent)->purged);
    QCOMPARE(m_outbox->purgeSentBefore(m_now), 1);
    QVERIFY(m_outbox->entry(later)->log.first().excerpt.isEmpty());
}

void TestOutbox::exportImport_carriesTicketsAndImportsOnce()
{
    const QUuid queued = QUuid::createUuid();
    const QUuid draft = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(queued, ticket(QStringLiteral("q")), ticket(QStringLiteral("q"))));
    QVERIFY(m_outbox->saveDraft(draft, ticket(QStringLiteral("d"))));
    const QByteArray file = m_outbox->exportJson();

    QTemporaryDir otherDir;
    Outbox other(otherDir.filePath(QStringLiteral("other.sqlite")), [this] { return m_now; });
    QVERIFY(other.open());
    const auto first = other.importJson(file);
    QCOMPARE(first.added, 2);
    QVERIFY(first.errors.isEmpty());
    const auto second = other.importJson(file);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.skipped, 2);
    const auto e = other.entry(queued);
    QCOMPARE(e->state, TicketState::Queued);
    QCOMPARE(e->payload.value(TicketField::Message), QStringLiteral("q"));
    QCOMPARE(e->reference, m_outbox->entry(queued)->reference);
    QCOMPARE(other.claimDue(QStringLiteral("x"), 4, 60s, fingerprint).size(), 1);
    QCOMPARE(other.entry(draft)->state, TicketState::Draft);
    QVERIFY(!other.importJson("not json").errors.isEmpty());
}

void TestOutbox::entries_surviveReopen()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("durable")),
                              ticket(QStringLiteral("durable"))));
    delete m_outbox;
    m_outbox = openOutbox();
    QVERIFY(m_outbox);
    QCOMPARE(m_outbox->entries({TicketState::Queued}).size(), 1);
    QCOMPARE(m_outbox->entries().first().payload.value(TicketField::Message),
             QStringLiteral("durable"));
}

void TestOutbox::reference_isStableAndFindsTheTicket()
{
    const QUuid id = QUuid::fromString(QStringLiteral("{0f8fad5b-d9cb-469f-a165-70867728950e}"));
    QVERIFY(m_outbox->saveDraft(id, ticket(QStringLiteral("x"))));
    const QString reference = m_outbox->entry(id)->reference;
    QCOMPARE(reference.size(), 9);
    QCOMPARE(reference.at(4), u'-');
    QCOMPARE(m_outbox->entryByReference(reference.toLower())->id, id);
}

void TestOutbox::entries_searchFindsByReferenceNameEmailPhoneOrSubject()
{
    Ticket jana = ticket(QStringLiteral("The printer is on fire"));
    jana.setValue(TicketField::CustomerFirstName, QStringLiteral("Jana"));
    jana.setValue(TicketField::CustomerLastName, QStringLiteral("Nováková"));
    jana.setValue(TicketField::CustomerEmail, QStringLiteral("jana@example.com"));
    jana.setValue(TicketField::CustomerPhone, QStringLiteral("+420 777 123 456"));
    jana.setValue(TicketField::Subject, QStringLiteral("Invoice 50% off_"));
    const QUuid janaId = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(janaId, jana, jana));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_outbox->enqueue(QUuid::createUuid(), ticket(QStringLiteral("other")),
                                  ticket(QStringLiteral("other"))));
    }
    QVERIFY(m_outbox->saveDraft(QUuid::createUuid(), jana)); // another list's ticket
    const QString reference = m_outbox->entry(janaId)->reference;
    const QList<TicketState> queued{TicketState::Queued};
    for (const QString& search :
         {reference.toLower(), QStringLiteral("jana nov"), QStringLiteral("JANA@EXAMPLE"),
          QStringLiteral("777 123"), QStringLiteral("invoice"), QStringLiteral("50%"),
          QStringLiteral("off_")}) {
        const QList<OutboxEntry> found = m_outbox->entries(queued, -1, 0, search);
        QVERIFY2(found.size() == 1, qPrintable(search));
        QCOMPARE(found.first().id, janaId);
        QCOMPARE(m_outbox->count(queued, search), 1);
    }
    // The message is not searched, and % and _ are only characters: "5%f" and "o_f" would
    // find "50% off_" as wildcards.
    QCOMPARE(m_outbox->count(queued, QStringLiteral("printer")), 0);
    QCOMPARE(m_outbox->count(queued, QStringLiteral("5%f")), 0);
    QCOMPARE(m_outbox->count(queued, QStringLiteral("o_f")), 0);
    QCOMPARE(m_outbox->count(queued, QStringLiteral("  ")), 4);
    QCOMPARE(m_outbox->count({}, QStringLiteral("jana")), 2);
}

void TestOutbox::deleteAll_leavesNothing()
{
    QVERIFY(m_outbox->saveDraft(QUuid::createUuid(), ticket(QStringLiteral("x"))));
    QVERIFY(m_outbox->deleteAll());
    QCOMPARE(m_outbox->count(), 0);
    QVERIFY(m_outbox->checkIntegrity());
}

void TestOutbox::makeWaitingDue_respectsRateLimits()
{
    const QUuid offline = QUuid::createUuid();
    const QUuid limited = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(offline, ticket(QStringLiteral("a")), ticket(QStringLiteral("a"))));
    QVERIFY(m_outbox->enqueue(limited, ticket(QStringLiteral("b")), ticket(QStringLiteral("b"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 2, 60s, fingerprint).size(), 2);
    m_outbox->recordResults(QStringLiteral("me"),
                            {{offline, result(Outcome::Offline), m_now.addSecs(600)},
                             {limited, result(Outcome::RateLimited, 429), m_now.addSecs(600)}},
                            fingerprint);
    QCOMPARE(m_outbox->makeWaitingDue(), 1);
    const auto due = m_outbox->claimDue(QStringLiteral("me"), 4, 60s, fingerprint);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, offline);
}

void TestOutbox::lateDelivery_winsOverAnotherProcessesFailure()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("x")), ticket(QStringLiteral("x"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("slow"), 1, 10s, fingerprint).size(), 1);
    m_now = m_now.addSecs(11);
    QCOMPARE(m_outbox->claimDue(QStringLiteral("fast"), 1, 10s, fingerprint).size(), 1);
    QVERIFY(m_outbox->recordResults(
        QStringLiteral("fast"), {{id, result(Outcome::Offline), m_now.addSecs(30)}}, fingerprint));
    // The slow one's answer arrives: it was delivered. It must not be sent again.
    QVERIFY(m_outbox->recordResults(QStringLiteral("slow"), {{id, result(Outcome::Sent, 200), {}}},
                                    fingerprint));
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Sent);
    m_now = m_now.addSecs(60);
    QVERIFY(m_outbox->claimDue(QStringLiteral("fast"), 1, 10s, fingerprint).isEmpty());
}

void TestOutbox::maybeDelivered_cannotBecomeADraftAgain()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("x")), ticket(QStringLiteral("x"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 1, 60s, fingerprint).size(), 1);
    QVERIFY(m_outbox->recordResults(QStringLiteral("me"), {{id, result(Outcome::Uncertain), m_now}},
                                    fingerprint));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 1, 60s, fingerprint).size(), 1);
    // Cancelled before the second attempt left: still uncertain, not an editable draft.
    QVERIFY(m_outbox->recordResults(QStringLiteral("me"), {{id, result(Outcome::Cancelled), m_now}},
                                    fingerprint));
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Uncertain);
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 1, 60s, fingerprint).size(), 1);
    QVERIFY(m_outbox->recordResults(QStringLiteral("me"), {{id, result(Outcome::Offline), m_now}},
                                    fingerprint));
    QVERIFY(!m_outbox->returnToDraft(id)); // its content must stay what may have arrived
    QVERIFY(m_outbox->entry(id)->state != TicketState::Draft);
}

void TestOutbox::resultForDiscardedTicket_doesNotSpoilTheBatch()
{
    const QUuid gone = QUuid::createUuid();
    const QUuid kept = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(gone, ticket(QStringLiteral("a")), ticket(QStringLiteral("a"))));
    m_now = m_now.addSecs(1);
    QVERIFY(m_outbox->enqueue(kept, ticket(QStringLiteral("b")), ticket(QStringLiteral("b"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 2, 1s, fingerprint).size(), 2);
    m_now = m_now.addSecs(2); // claims expire; someone discards one of them meanwhile
    QCOMPARE(m_outbox->claimDue(QStringLiteral("other"), 0, 1s, fingerprint).size(), 0);
    QVERIFY(m_outbox->discard(gone));
    {
        Outbox::Batch batch(*m_outbox);
        QVERIFY(m_outbox->recordResults(
            QStringLiteral("me"),
            {{gone, result(Outcome::Sent, 200), {}}, {kept, result(Outcome::Sent, 200), {}}},
            fingerprint));
        QVERIFY(batch.commit());
    }
    QCOMPARE(m_outbox->entry(kept)->state, TicketState::Sent);
    QVERIFY(!m_outbox->entry(gone));
}

void TestOutbox::currentDraft_saysTheFormWasNotLeftCleanly()
{
    const QUuid id = QUuid::createUuid();
    Ticket typed;
    typed.setValue(TicketField::Subject, QStringLiteral("Half written"));
    QVERIFY(m_outbox->saveDraft(id, typed));
    QVERIFY(!m_outbox->wasFormLeftCleanly()); // nothing said so yet
    QVERIFY(m_outbox->setFormLeftCleanly(true));
    QVERIFY(m_outbox->wasFormLeftCleanly());
    // A run that keeps nothing new leaves the mark as it found it.
    QCOMPARE(m_outbox->currentDraft(), std::nullopt);
    QVERIFY(m_outbox->setCurrentDraft(std::nullopt));
    QVERIFY(m_outbox->wasFormLeftCleanly());
    // The form takes a draft: until the run ends normally, a crash is worth a word.
    QVERIFY(m_outbox->setCurrentDraft(id));
    QVERIFY(!m_outbox->wasFormLeftCleanly());
    QCOMPARE(m_outbox->currentDraft(), id);
}

void TestOutbox::keptStatements_holdNoReadOfTheStore()
{
    // The statements of a sending round are kept prepared between rounds. None may keep its read
    // of the store open: another process could then never truncate the write-ahead log, and this
    // one would not see what others wrote.
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_outbox->enqueue(id, ticket(QStringLiteral("a")), ticket(QStringLiteral("a"))));
    QCOMPARE(m_outbox->claimDue(QStringLiteral("me"), 4, 60s, fingerprint).size(), 1);
    QVERIFY(m_outbox->recordResults(QStringLiteral("me"), {{id, result(Outcome::Sent, 200), {}}},
                                    fingerprint));
    QVERIFY(!m_outbox->hold());
    const qint64 version = m_outbox->dataVersion();
    QVERIFY(version >= 0);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // not blocked by a reader
        QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
        QVERIFY(q.exec(QStringLiteral("UPDATE tickets SET last_error = 'seen' WHERE id = '%1'")
                           .arg(id.toString(QUuid::WithoutBraces))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(m_outbox->dataVersion() != version);
    QCOMPARE(m_outbox->entry(id)->lastError, QStringLiteral("seen"));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
