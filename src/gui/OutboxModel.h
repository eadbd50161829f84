// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutboxEntry.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace bizkithub {
class Outbox;
}

namespace bizkithub::gui {

// A table over the outbox that loads its rows page by page as the view scrolls, so it opens at
// once however many tickets wait. It reloads when the store changes, here or in another process.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        State,
        Created,
        Customer,
        Subject,
        Attempts,
        NextAttempt,
        LastError,
        ColumnCount
    };
    static constexpr int pageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    OutboxModel(Outbox& outbox, QList<TicketState> states, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] const OutboxEntry* entryAt(int row) const;
    void reload();

private:
    Outbox& m_outbox;
    QList<TicketState> m_states;
    QList<OutboxEntry> m_rows;
    int m_total = 0;
    QTimer m_reloadTimer;
};

} // namespace bizkithub::gui
