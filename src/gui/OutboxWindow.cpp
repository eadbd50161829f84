// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxWindow.h"

#include "Outbox.h"
#include "OutboxModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bizkithub::gui {

OutboxWindow::OutboxWindow(Outbox& outbox, QWidget* parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_tabs(new QTabWidget(this))
    , m_sendNow(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("OutboxWindow"));

    const QList<QList<TicketState>> pages{
        {TicketState::Queued, TicketState::Sending, TicketState::Uncertain, TicketState::NeedsEdit,
         TicketState::Held},
        {TicketState::Draft},
        {TicketState::Sent},
    };
    for (const auto& states : pages) {
        auto* model = new OutboxModel(m_outbox, states, this);
        auto* view = new QTableView(this);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideRight);
        view->resizeColumnsToContents();
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &OutboxWindow::updateActions);
        // The selected ticket stays selected when the table reloads.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this, view] {
            const QModelIndexList rows = view->selectionModel()->selectedRows();
            m_reselect = rows.isEmpty() ? QUuid() : rows.first().data(OutboxModel::IdRole).toUuid();
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this, view, model] {
            for (int row = 0; !m_reselect.isNull() && row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(OutboxModel::IdRole).toUuid() == m_reselect) {
                    view->selectRow(row);
                    break;
                }
            }
            updateActions();
        });
        connect(view, &QTableView::activated, this, [this] {
            if (m_edit->isEnabled()) {
                edit();
            }
        });
        m_tabs->addTab(view, QString());
        m_views.append(view);
        m_models.append(model);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &OutboxWindow::updateActions);

    m_undo->hide();
    connect(m_sendNow, &QPushButton::clicked, this, &OutboxWindow::sendNow);
    connect(m_edit, &QPushButton::clicked, this, &OutboxWindow::edit);
    connect(m_discard, &QPushButton::clicked, this, &OutboxWindow::discard);
    connect(m_copy, &QPushButton::clicked, this, &OutboxWindow::copyDiagnostics);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_lastDiscarded && m_outbox.restore(*m_lastDiscarded)) {
            m_lastDiscarded.reset();
            m_undo->hide();
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(900, 480);
    retranslate();
}

void OutboxWindow::retranslate()
{
    setWindowTitle(tr("Outbox"));
    m_sendNow->setText(tr("Send &now"));
    m_edit->setText(tr("&Edit"));
    m_discard->setText(tr("&Discard…"));
    m_copy->setText(tr("&Copy diagnostics"));
    m_undo->setText(tr("&Undo discard"));
    m_sendNow->setToolTip(tr("Try to send the selected ticket now"));
    m_edit->setToolTip(tr("Open the selected ticket in the form"));
    m_copy->setToolTip(tr("Copy the ticket's state and attempts (without personal data) for "
                          "support"));
    const QStringList titles{tr("&Waiting"), tr("D&rafts"), tr("Sen&t")};
    for (int i = 0; i < titles.size(); ++i) {
        m_tabs->setTabText(i, titles[i]);
        m_views[i]->setAccessibleName(QString(titles[i]).remove(u'&'));
    }
    for (OutboxModel* model : std::as_const(m_models)) {
        model->reload(); // states, times and headers in the new language
    }
    updateActions();
}

void OutboxWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void OutboxWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

QTableView* OutboxWindow::view(Page page) const
{
    return m_views.value(int(page));
}

OutboxModel* OutboxWindow::model(Page page) const
{
    return m_models.value(int(page));
}

OutboxWindow::Page OutboxWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

std::optional<OutboxEntry> OutboxWindow::selectedEntry() const
{
    QTableView* v = view(currentPage());
    const QModelIndexList rows = v->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_outbox.entry(rows.first().data(OutboxModel::IdRole).toUuid());
}

void OutboxWindow::updateActions()
{
    const auto e = selectedEntry();
    const TicketState state = e ? e->state : TicketState::Sent;
    const bool waiting = e && (state == TicketState::Queued || state == TicketState::Uncertain ||
                               state == TicketState::Held || state == TicketState::NeedsEdit);
    m_sendNow->setEnabled(waiting && state != TicketState::NeedsEdit);
    m_edit->setEnabled(e && (state == TicketState::Draft || state == TicketState::NeedsEdit ||
                             state == TicketState::Queued || state == TicketState::Held));
    m_discard->setEnabled(e && state != TicketState::Sending);
    m_copy->setEnabled(e.has_value());
    m_summary->setText(tr("Waiting: %1   Drafts: %2   Sent: %3")
                           .arg(model(Page::Waiting)->totalCount())
                           .arg(model(Page::Drafts)->totalCount())
                           .arg(model(Page::Sent)->totalCount()));
    if (m_outbox.isDamaged()) {
        // Empty lists would say "nothing waits", which nobody knows.
        m_summary->setText(u"\u26A0 " + m_outbox.errorString());
        m_summary->setWordWrap(true);
    }
}

void OutboxWindow::sendNow()
{
    if (const auto e = selectedEntry(); e && m_outbox.retryNow(e->id)) {
        Q_EMIT sendRequested();
    }
}

void OutboxWindow::edit()
{
    if (const auto e = selectedEntry()) {
        Q_EMIT editRequested(e->id);
    }
}

void OutboxWindow::discard()
{
    const auto e = selectedEntry();
    if (!e) {
        return;
    }
    const QString question =
        e->state == TicketState::Draft
            ? tr("Delete the draft %1? You can undo this until you close the outbox.")
                  .arg(e->reference)
        : e->state == TicketState::Uncertain
            ? tr("Discard ticket %1? It may already have reached BizKitHub; if not, it never "
                 "will. You can undo this until you close the outbox.")
                  .arg(e->reference)
            : tr("Discard ticket %1? It has not been delivered and will not be. You can undo "
                 "this until you close the outbox.")
                  .arg(e->reference);
    if (QMessageBox::question(this, tr("Discard ticket"), question,
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    if (m_outbox.discard(e->id)) {
        m_lastDiscarded = e;
        m_undo->show();
    }
}

void OutboxWindow::copyDiagnostics()
{
    const auto e = selectedEntry();
    if (!e) {
        return;
    }
    QJsonObject o = e->toJson();
    // Support needs the ticket's history, not the customer's words.
    o.remove(QStringLiteral("ticket"));
    o.remove(QStringLiteral("typed"));
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(o).toJson()));
}

} // namespace bizkithub::gui
