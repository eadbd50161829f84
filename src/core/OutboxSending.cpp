// SPDX-License-Identifier: GPL-3.0-or-later
// The sending side of the outbox: claims, results and the hold.
#include "ClaimLocks.h"
#include "Outbox.h"
#include "OutboxRows.h"
#include "OutboxTransaction.h"
#include "validation/ApiKey.h"

#include <QSqlQuery>

namespace bizkithub {

using namespace rows;

namespace {

// What a result does to its ticket.
TicketState stateAfter(const SubmitResult& result)
{
    switch (result.fate()) {
    case SubmitResult::Fate::Delivered:
        return TicketState::Sent;
    case SubmitResult::Fate::NeedsEdit:
        return TicketState::NeedsEdit;
    case SubmitResult::Fate::HoldQueue:
        return TicketState::Held;
    case SubmitResult::Fate::SendAgain:
        return TicketState::Uncertain;
    case SubmitResult::Fate::BackToDraft:
        return TicketState::Draft;
    case SubmitResult::Fate::RetryLater:
        return TicketState::Queued;
    }
    return TicketState::Queued;
}

QString shortError(const SubmitResult& result)
{
    QStringList parts;
    if (result.httpStatus) {
        parts << QStringLiteral("HTTP %1").arg(result.httpStatus);
    }
    if (!result.errorCode.isEmpty()) {
        parts << result.errorCode;
    }
    if (!result.networkError.isEmpty()) {
        parts << result.networkError;
    } else if (!result.serverMessage.isEmpty()) {
        parts << result.serverMessage;
    }
    return redactSecrets(parts.join(QStringLiteral(": ")).left(300));
}

} // namespace

// A claim whose owner died, or whose time ran out (its owner hangs): its ticket may have left,
// so it is uncertain and due now. Part of the caller's transaction.
bool Outbox::releaseDeadClaims(qint64 now)
{
    QSqlQuery* owners = statement(QStringLiteral("SELECT DISTINCT claimed_by FROM tickets WHERE "
                                                 "state = 'sending' AND claimed_by IS NOT NULL"));
    if (!owners || !run(*owners)) {
        return false;
    }
    QStringList dead;
    while (owners->next()) {
        const QString owner = owners->value(0).toString();
        if (!m_claimLocks->holds(owner) && m_claimLocks->isDead(owner)) {
            dead.append(owner);
        }
    }
    owners->finish();
    const QString release = QStringLiteral(
        "UPDATE tickets SET state = 'uncertain', claimed_by = NULL, claim_expires = NULL, "
        "next_attempt = ?, last_outcome = 'claim-expired' WHERE state = 'sending' AND ");
    QSqlQuery* expired = statement(release + QStringLiteral("claim_expires < ?"));
    if (!expired) {
        return false;
    }
    expired->addBindValue(now);
    expired->addBindValue(now);
    if (!run(*expired)) {
        return false;
    }
    if (dead.isEmpty()) {
        return true;
    }
    QSqlQuery* orphaned = statement(release + QStringLiteral("claimed_by = ?"));
    if (!orphaned) {
        return false;
    }
    for (const QString& owner : std::as_const(dead)) {
        orphaned->addBindValue(now);
        orphaned->addBindValue(owner);
        if (!run(*orphaned)) {
            return false;
        }
    }
    return true;
}

QList<OutboxEntry> Outbox::claimDue(const QString& owner, int max,
                                    std::chrono::milliseconds claimTtl,
                                    const QString& configFingerprint)
{
    QList<OutboxEntry> claimed;
    const qint64 t = now().toMSecsSinceEpoch();
    Transaction tx(*this);
    if (!tx.isActive()) {
        return {};
    }
    if (!m_claimLocks->hold(owner) || !releaseDeadClaims(t)) {
        return claimed;
    }
    if (max <= 0) {
        (void)tx.commit(); // dead claims were released, nothing more is wanted
        return claimed;
    }
    if (const auto h = hold()) {
        if (h->configFingerprint == configFingerprint) {
            (void)tx.commit();
            return claimed; // the whole queue waits for new settings
        }
        // The settings changed since the platform refused them: try again with the new ones.
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE tickets SET state = 'queued', next_attempt = ? "
                                 "WHERE state = 'held'"));
        q.addBindValue(t);
        if (!run(q) || !exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'hold.%'"))) {
            return claimed;
        }
    }
    // The partial index holds only waiting tickets, already in age order: the oldest due ones
    // come first without sorting everything that waits.
    static const QString dueSql =
        QStringLiteral("SELECT %1 FROM tickets INDEXED BY tickets_waiting "
                       "WHERE state IN ('queued', 'uncertain') AND next_attempt <= ? "
                       "ORDER BY created, id LIMIT ?")
            .arg(QLatin1String(entryColumns));
    QSqlQuery* due = statement(dueSql);
    if (!due) {
        return claimed;
    }
    due->addBindValue(t);
    due->addBindValue(max);
    if (!run(*due)) {
        return claimed;
    }
    while (due->next()) {
        claimed.append(entryFrom(*due, Parse::BodyOnly));
    }
    due->finish();
    QSqlQuery* claim =
        statement(QStringLiteral("UPDATE tickets SET state = 'sending', claimed_by = ?, "
                                 "claim_expires = ?, attempts = attempts + 1, updated = ? "
                                 "WHERE id = ? AND state IN ('queued', 'uncertain')"));
    if (!claim && !claimed.isEmpty()) {
        return {};
    }
    for (OutboxEntry& e : claimed) {
        claim->addBindValue(owner);
        claim->addBindValue(t + qint64(claimTtl.count()));
        claim->addBindValue(t);
        claim->addBindValue(idText(e.id));
        if (!run(*claim)) {
            return {};
        }
        ++e.attempts;
    }
    if (!tx.commit()) {
        return {};
    }
    if (!claimed.isEmpty()) {
        Q_EMIT changed();
    }
    return claimed;
}

bool Outbox::recordResults(const QString& owner, const QList<Outcome>& outcomes,
                           const QString& configFingerprint)
{
    if (outcomes.isEmpty()) {
        return true;
    }
    const qint64 t = now().toMSecsSinceEpoch();
    Transaction tx(*this);
    if (!tx.isActive()) {
        return false;
    }
    QSqlQuery* update = statement(QStringLiteral(
        "UPDATE tickets SET state = ?, claimed_by = NULL, claim_expires = NULL, updated = ?, "
        "next_attempt = ?, sent_at = ?, last_outcome = ?, last_error = ?, rejected_fields = ? "
        "WHERE id = ? AND claimed_by = ? AND state = 'sending'"));
    QSqlQuery* log = statement(QStringLiteral(
        "INSERT INTO attempts (ticket_id, time, outcome, http_status, error_code, excerpt) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!update || !log) {
        return false;
    }
    std::optional<SubmitResult> holdResult;
    for (const Outcome& o : outcomes) {
        TicketState state = stateAfter(o.result);
        if (state == TicketState::Draft) {
            // Taken back before it left, but an earlier attempt may have arrived: it must keep
            // its content and its key, so it waits as uncertain instead of becoming editable.
            QSqlQuery maybeDelivered = query();
            maybeDelivered.prepare(QStringLiteral("SELECT 1 FROM attempts WHERE ticket_id = ? "
                                                  "AND outcome = 'uncertain' LIMIT 1"));
            maybeDelivered.addBindValue(idText(o.id));
            if (run(maybeDelivered) && maybeDelivered.next()) {
                state = TicketState::Uncertain;
            }
        }
        const bool retry = state == TicketState::Queued || state == TicketState::Uncertain;
        update->addBindValue(stateName(state));
        update->addBindValue(t);
        update->addBindValue(retry ? ms(o.nextAttempt.isValid() ? o.nextAttempt : now())
                                   : QVariant());
        update->addBindValue(state == TicketState::Sent ? QVariant(t) : QVariant());
        update->addBindValue(o.result.outcomeName());
        update->addBindValue(state == TicketState::Sent ? QString() : shortError(o.result));
        update->addBindValue(issuesJson(o.result.fieldIssues));
        update->addBindValue(idText(o.id));
        update->addBindValue(owner);
        if (!run(*update)) {
            return false;
        }
        bool purged = false;
        QSqlQuery lateLog;
        QSqlQuery* attempt = log;
        if (update->numRowsAffected() == 0) {
            // The claim had expired and someone else took the ticket over; their attempt
            // decides, except that a delivery is a delivery: it is never sent again.
            qCWarning(lcOutbox) << "late result for" << idText(o.id) << o.result.outcomeName();
            // Retention may have emptied it meanwhile: what the server said back is not kept.
            QSqlQuery kept = query();
            kept.prepare(QStringLiteral("SELECT purged FROM tickets WHERE id = ?"));
            kept.addBindValue(idText(o.id));
            purged = run(kept) && kept.next() && kept.value(0).toInt() == 1;
            if (state == TicketState::Sent) {
                QSqlQuery sent = query();
                sent.prepare(QStringLiteral("UPDATE tickets SET state = 'sent', sent_at = ?, "
                                            "updated = ?, next_attempt = NULL, last_outcome = "
                                            "'sent', last_error = NULL WHERE id = ? AND state "
                                            "<> 'sending'"));
                sent.addBindValue(t);
                sent.addBindValue(t);
                sent.addBindValue(idText(o.id));
                if (!run(sent)) {
                    return false;
                }
            }
            // A ticket discarded or deleted meanwhile has nothing to log to.
            lateLog = query();
            lateLog.prepare(QStringLiteral(
                "INSERT INTO attempts (ticket_id, time, outcome, http_status, error_code, "
                "excerpt) SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM tickets "
                "WHERE id = ?)"));
            attempt = &lateLog;
        }
        attempt->addBindValue(idText(o.id));
        attempt->addBindValue(t);
        attempt->addBindValue(o.result.outcomeName());
        attempt->addBindValue(o.result.httpStatus);
        attempt->addBindValue(o.result.errorCode);
        attempt->addBindValue(
            purged ? QVariant()
                   : QVariant(redactSecrets(o.result.networkError.isEmpty()
                                                ? QString::fromUtf8(o.result.bodyExcerpt.left(200))
                                                : o.result.networkError)));
        if (attempt == &lateLog) {
            lateLog.addBindValue(idText(o.id));
        }
        if (!run(*attempt)) {
            return false;
        }
        if (state == TicketState::Held) {
            holdResult = o.result;
        }
    }
    if (holdResult) {
        QSqlQuery meta = query();
        meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        const QList<QPair<QString, QString>> values{
            {QStringLiteral("hold.outcome"), holdResult->outcomeName()},
            {QStringLiteral("hold.message"), holdResult->userMessage()},
            {QStringLiteral("hold.config"), configFingerprint},
            {QStringLiteral("hold.since"), QString::number(t)},
        };
        for (const auto& [key, value] : values) {
            meta.addBindValue(key);
            meta.addBindValue(value);
            if (!run(meta)) {
                return false;
            }
        }
    }
    if (!tx.commit()) {
        return false;
    }
    Q_EMIT changed();
    return true;
}

std::optional<OutboxEntry> Outbox::claim(const QUuid& id, const QString& owner,
                                         std::chrono::milliseconds claimTtl)
{
    const qint64 t = now().toMSecsSinceEpoch();
    Transaction tx(*this);
    if (!tx.isActive() || !m_claimLocks->hold(owner)) {
        return std::nullopt;
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral("UPDATE tickets SET state = 'sending', claimed_by = ?, "
                             "claim_expires = ?, attempts = attempts + 1, updated = ? "
                             "WHERE id = ? AND state IN ('queued', 'uncertain')"));
    q.addBindValue(owner);
    q.addBindValue(t + qint64(claimTtl.count()));
    q.addBindValue(t);
    q.addBindValue(idText(id));
    if (!run(q) || q.numRowsAffected() != 1 || !tx.commit()) {
        return std::nullopt;
    }
    Q_EMIT changed();
    return entry(id);
}

void Outbox::releaseClaim(const QUuid& id, const QString& owner)
{
    Transaction tx(*this);
    if (!tx.isActive()) {
        return;
    }
    QSqlQuery q = query();
    q.prepare(
        QStringLiteral("UPDATE tickets SET state = CASE last_outcome WHEN 'uncertain' THEN "
                       "'uncertain' ELSE 'queued' END, claimed_by = NULL, claim_expires = "
                       "NULL, attempts = MAX(attempts - 1, 0) WHERE id = ? AND claimed_by = ? "
                       "AND state = 'sending'"));
    q.addBindValue(idText(id));
    q.addBindValue(owner);
    if (run(q) && tx.commit()) {
        Q_EMIT changed();
    }
}

std::optional<Outbox::Hold> Outbox::hold() const
{
    QSqlQuery* q = statement(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'hold.%'"));
    if (!q || !run(*q)) {
        return std::nullopt;
    }
    Hold h;
    bool any = false;
    while (q->next()) {
        any = true;
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == u"hold.outcome") {
            h.outcome = value;
        } else if (key == u"hold.message") {
            h.message = value;
        } else if (key == u"hold.config") {
            h.configFingerprint = value;
        } else if (key == u"hold.since") {
            h.since = fromMs(value.toLongLong());
        }
    }
    q->finish();
    return any ? std::optional<Hold>(h) : std::nullopt;
}

} // namespace bizkithub
