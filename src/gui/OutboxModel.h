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
// A search is answered by the store, so it finds tickets that no page has loaded yet.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a column shows; each list picks the columns that fit its tickets.
    enum Column
    {
        Reference,
        State,
        Customer,
        Subject,
        Created,
        Attempts,
        NextAttempt,
        Reason, // the last attempt's outcome as a sentence for people
        LastChange,
        Delivered,
    };
    static constexpr int pageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    OutboxModel(Outbox& outbox, QList<TicketState> states, QList<Column> columns,
                QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] QList<Column> columns() const { return m_columns; }
    // The position of a column in this table, -1 when it has none.
    [[nodiscard]] int columnOf(Column column) const { return int(m_columns.indexOf(column)); }
    // Every ticket in the list's states, whatever the search.
    [[nodiscard]] int totalCount() const { return m_total; }
    // The tickets the search finds (all of them without a search), loaded or not.
    [[nodiscard]] int matchCount() const { return m_matches; }
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString& search);
    [[nodiscard]] const OutboxEntry* entryAt(int row) const;
    void reload();

    // A column's heading, also the label of the same fact elsewhere.
    [[nodiscard]] static QString columnName(Column column);
    // The ticket as a person sees it: as typed while a draft, as sent afterwards.
    [[nodiscard]] static const Ticket& shownTicket(const OutboxEntry& entry);
    // "Jana Nováková, jana@example.com": who the ticket is for.
    [[nodiscard]] static QString customerOf(const Ticket& ticket);

private:
    // The time a date column shows; invalid for the other columns.
    [[nodiscard]] static QDateTime timeOf(const OutboxEntry& entry, Column column);
    [[nodiscard]] QVariant display(const OutboxEntry& entry, Column column) const;

    Outbox& m_outbox;
    QList<TicketState> m_states;
    QList<Column> m_columns;
    QString m_search;
    QList<OutboxEntry> m_rows;
    int m_total = 0;
    int m_matches = 0;
    QTimer m_reloadTimer;
};

} // namespace bizkithub::gui
