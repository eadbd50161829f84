// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the outbox's implementation only.

#include "Outbox.h"

namespace bizkithub {

// BEGIN IMMEDIATE takes the write lock at once, so two processes never both read "due" and
// then both claim; the busy timeout makes the second one wait instead of failing.
//
// Inside a Batch, a Transaction is a part of the batch's one transaction: it neither begins nor
// commits, and a failure makes the whole batch roll back. Once a part failed, no later part
// starts: SQLite may already have rolled the batch back, and a later statement would then
// commit on its own, outside any transaction.
class Outbox::Transaction
{
public:
    explicit Transaction(const Outbox& outbox)
        : m_outbox(outbox)
        , m_nested(outbox.m_batchDepth > 0)
    {
        if (m_outbox.isDamaged() || !m_outbox.checkBeforeWriting()) {
            return; // a damaged file is never written again
        }
        if (!m_nested) {
            m_outbox.m_problem = Problem::None; // problem() speaks of the latest change
        }
        m_active =
            m_nested ? !m_outbox.m_batchFailed : m_outbox.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction()
    {
        if (!m_active) {
            return;
        }
        if (m_nested) {
            m_outbox.m_batchFailed = true;
        } else {
            m_outbox.rollbackQuietly();
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    // True when committed (or, inside a batch, when this part is in it). A failed COMMIT leaves
    // nothing behind: SQLite has rolled back, or is told to.
    bool commit()
    {
        if (!m_active) {
            return false;
        }
        m_active = false;
        if (m_nested) {
            return true;
        }
        if (!m_outbox.exec(QStringLiteral("COMMIT"))) {
            m_outbox.rollbackQuietly();
            return false;
        }
        return true;
    }

private:
    const Outbox& m_outbox;
    bool m_nested;
    bool m_active = false;
};

} // namespace bizkithub
