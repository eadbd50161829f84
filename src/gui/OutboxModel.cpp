// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxModel.h"

#include "Outbox.h"

#include <QLocale>

namespace bizkithub::gui {

OutboxModel::OutboxModel(Outbox& outbox, QList<TicketState> states, QObject* parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_states(std::move(states))
{
    // A flush changes the store every few milliseconds: the table follows at most a few times
    // a second, not once per change.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(std::chrono::milliseconds(300));
    connect(&m_reloadTimer, &QTimer::timeout, this, &OutboxModel::reload);
    connect(&m_outbox, &Outbox::changed, this, [this] {
        if (!m_reloadTimer.isActive()) {
            m_reloadTimer.start();
        }
    });
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_total = m_outbox.count(m_states);
    // Keep as many rows as were loaded, so the view does not jump back to the top.
    const int keep = std::max<int>(pageSize, int(m_rows.size()));
    m_rows = m_outbox.entries(m_states, keep, 0);
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OutboxModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void OutboxModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid()) {
        return;
    }
    const QList<OutboxEntry> more = m_outbox.entries(m_states, pageSize, int(m_rows.size()));
    if (more.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

const OutboxEntry* OutboxModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    const OutboxEntry* e = entryAt(index.row());
    if (!e) {
        return {};
    }
    if (role == IdRole) {
        return e->id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const QLocale locale;
    const auto time = [&locale](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const Ticket& t = e->state == TicketState::Draft ? e->typed : e->payload;
    switch (index.column()) {
    case State:
        return stateDisplayName(e->state);
    case Created:
        return time(e->created);
    case Customer: {
        const QString name = QString(t.value(TicketField::CustomerFirstName) + u' ' +
                                     t.value(TicketField::CustomerLastName))
                                 .trimmed();
        const QString contact = t.value(TicketField::CustomerEmail).isEmpty()
                                    ? t.value(TicketField::CustomerPhone)
                                    : t.value(TicketField::CustomerEmail);
        return name.isEmpty() ? contact : contact.isEmpty() ? name : name + u", " + contact;
    }
    case Subject: {
        const QString subject = t.value(TicketField::Subject);
        return subject.isEmpty() ? t.value(TicketField::Message).simplified().left(80) : subject;
    }
    case Attempts:
        return e->attempts;
    case NextAttempt:
        return e->state == TicketState::Sent ? time(e->sentAt) : time(e->nextAttempt);
    case LastError:
        return e->lastError;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case State:
        return tr("State");
    case Created:
        return tr("Created");
    case Customer:
        return tr("Customer");
    case Subject:
        return tr("Subject");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return m_states == QList<TicketState>{TicketState::Sent} ? tr("Sent") : tr("Next attempt");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace bizkithub::gui
