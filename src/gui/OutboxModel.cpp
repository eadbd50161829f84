// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxModel.h"

#include "FieldBinding.h"
#include "Outbox.h"
#include "TimeText.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace bizkithub::gui {

OutboxModel::OutboxModel(Outbox& outbox, QList<TicketState> states, QList<Column> columns,
                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_states(std::move(states))
    , m_columns(std::move(columns))
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
    m_matches = m_search.trimmed().isEmpty() ? m_total : m_outbox.count(m_states, m_search);
    // Keep as many rows as were loaded, so the view does not jump back to the top.
    const int keep = std::max<int>(pageSize, int(m_rows.size()));
    m_rows = m_outbox.entries(m_states, keep, 0, m_search);
    endResetModel();
}

void OutboxModel::setSearch(const QString& search)
{
    if (search == m_search) {
        return;
    }
    m_search = search;
    m_rows.clear(); // another list: it starts again at its first page
    reload();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool OutboxModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_matches;
}

void OutboxModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid()) {
        return;
    }
    const QList<OutboxEntry> more =
        m_outbox.entries(m_states, pageSize, int(m_rows.size()), m_search);
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

const Ticket& OutboxModel::shownTicket(const OutboxEntry& entry)
{
    return entry.state == TicketState::Draft || entry.payload.isEmpty() ? entry.typed
                                                                        : entry.payload;
}

QString OutboxModel::customerOf(const Ticket& t)
{
    const QString name = QString(t.value(TicketField::CustomerFirstName) + u' ' +
                                 t.value(TicketField::CustomerLastName))
                             .trimmed();
    const QString contact = t.value(TicketField::CustomerEmail).isEmpty()
                                ? t.value(TicketField::CustomerPhone)
                                : t.value(TicketField::CustomerEmail);
    return name.isEmpty() ? contact : contact.isEmpty() ? name : name + u", " + contact;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    const OutboxEntry* e = entryAt(index.row());
    if (!e || index.column() < 0 || index.column() >= m_columns.size()) {
        return {};
    }
    const Column column = m_columns[index.column()];
    switch (role) {
    case IdRole:
        return e->id;
    case Qt::DisplayRole:
        return display(*e, column);
    case Qt::ToolTipRole:
        // The words in full where the column cuts them; what the server or the network said
        // behind the plain reason.
        if (column == Reason && !e->lastError.isEmpty()) {
            return QString(display(*e, column).toString() + u'\n' + e->lastError);
        }
        if (const QDateTime time = timeOf(*e, column); time.isValid()) {
            return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
        }
        return display(*e, column);
    case Qt::TextAlignmentRole:
        return column == Attempts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
    case Qt::FontRole: {
        // A ticket that waits for a person stands out: its state in the error colour, bold.
        const bool needsPerson =
            e->state == TicketState::NeedsEdit || e->state == TicketState::Held;
        if (column != State || !needsPerson) {
            return {};
        }
        if (role == Qt::ForegroundRole) {
            return FieldBinding::errorColour(QGuiApplication::palette());
        }
        QFont bold = QGuiApplication::font();
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

QDateTime OutboxModel::timeOf(const OutboxEntry& e, Column column)
{
    switch (column) {
    case Created:
        return e.created;
    case NextAttempt:
        return e.nextAttempt;
    case LastChange:
        return e.updated;
    case Delivered:
        return e.sentAt;
    default:
        return {};
    }
}

QVariant OutboxModel::display(const OutboxEntry& e, Column column) const
{
    // Today's times without the date: the columns stay narrow, the date is in the tooltip.
    const Ticket& t = shownTicket(e);
    switch (column) {
    case Reference:
        return e.reference;
    case State:
        return stateDisplayName(e.state);
    case Customer:
        return customerOf(t);
    case Subject: {
        const QString subject = t.value(TicketField::Subject);
        return subject.isEmpty() ? t.value(TicketField::Message).simplified().left(80) : subject;
    }
    case Created:
    case NextAttempt:
    case LastChange:
    case Delivered:
        return shortTime(timeOf(e, column));
    case Attempts:
        return e.attempts;
    case Reason:
        return plainReason(e.lastOutcome, e.lastHttpStatus);
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size()) {
        return {};
    }
    return columnName(m_columns[section]);
}

QString OutboxModel::columnName(Column column)
{
    switch (column) {
    case Reference:
        return tr("Reference");
    case State:
        return tr("State");
    case Customer:
        return tr("Customer");
    case Subject:
        return tr("Subject");
    case Created:
        return tr("Created");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case Reason:
        return tr("Reason");
    case LastChange:
        return tr("Last change");
    case Delivered:
        return tr("Delivered");
    }
    return {};
}

} // namespace bizkithub::gui
