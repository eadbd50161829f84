// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxWindow.h"

#include "Outbox.h"
#include "OutboxModel.h"
#include "TimeText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bizkithub::gui {

namespace {

using Column = OutboxModel::Column;

struct PageSpec
{
    QList<TicketState> states;
    QList<Column> columns;
};

// Each list shows what matters for its tickets: why and when for those that wait, when it was
// last touched for a draft, when it arrived for a sent one.
const QList<PageSpec>& pageSpecs()
{
    static const QList<PageSpec> specs{
        {{TicketState::Queued, TicketState::Sending, TicketState::Uncertain, TicketState::NeedsEdit,
          TicketState::Held},
         {Column::Reference, Column::State, Column::Customer, Column::Subject, Column::Created,
          Column::Attempts, Column::NextAttempt, Column::Reason}},
        {{TicketState::Draft},
         {Column::Reference, Column::Customer, Column::Subject, Column::LastChange}},
        {{TicketState::Sent},
         {Column::Reference, Column::Customer, Column::Subject, Column::Delivered}},
    };
    return specs;
}

// Short columns take what their text needs; the words share the rest by these weights, cut
// with an ellipsis, so the table fits its window without scrolling sideways. The reason gets
// the largest share: it is what a person opens the list to read.
int shareOf(Column column)
{
    switch (column) {
    case Column::Customer:
        return 2;
    case Column::Subject:
        return 3;
    case Column::Reason:
        return 4;
    default:
        return 0;
    }
}

void fitColumns(QTableView* view, const QList<Column>& columns)
{
    QHeaderView* header = view->horizontalHeader();
    int fixed = 0;
    int shares = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const int share = shareOf(columns[c]);
        shares += share;
        fixed += share == 0 ? header->sectionSize(c) : 0;
    }
    if (shares == 0) {
        return;
    }
    const int free = std::max(0, view->viewport()->width() - fixed);
    int left = free;
    int sharesLeft = shares;
    for (int c = 0; c < columns.size(); ++c) {
        if (const int share = shareOf(columns[c])) {
            sharesLeft -= share;
            // The last one takes what rounding left over, so the row ends at the table's edge.
            const int width = sharesLeft == 0 ? left : free * share / shares;
            header->resizeSection(c, std::max(width, header->minimumSectionSize()));
            left -= width;
        }
    }
}

QString htmlText(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

OutboxWindow::OutboxWindow(Outbox& outbox, QWidget* parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_sendNow(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_undo(new QPushButton(this))
{
    setObjectName(QStringLiteral("OutboxWindow"));

    m_search->setObjectName(QStringLiteral("outboxSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    // Typing runs one query per pause, not one per letter, however many tickets there are.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(std::chrono::milliseconds(250));
    connect(&m_searchTimer, &QTimer::timeout, this, &OutboxWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &OutboxWindow::applySearch);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    for (int i = 0; i < pageSpecs().size(); ++i) {
        const PageSpec& spec = pageSpecs()[i];
        const Page page = Page(i);
        auto* model = new OutboxModel(m_outbox, spec.states, spec.columns, this);
        auto* view = new QTableView(this);
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideRight);
        QHeaderView* header = view->horizontalHeader();
        header->setStretchLastSection(false);
        header->setTextElideMode(Qt::ElideRight);
        for (int c = 0; c < spec.columns.size(); ++c) {
            header->setSectionResizeMode(c, shareOf(spec.columns[c]) > 0
                                                ? QHeaderView::Fixed
                                                : QHeaderView::ResizeToContents);
        }
        // The words are fitted again whenever the table or a short column changes its width.
        connect(header, &QHeaderView::sectionResized, this, [view, columns = spec.columns](int c) {
            if (shareOf(columns.value(c)) == 0) {
                fitColumns(view, columns);
            }
        });
        view->viewport()->installEventFilter(this);
        view->installEventFilter(this);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &OutboxWindow::updateActions);
        // The selected ticket stays selected when the table reloads.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this, view] {
            const QModelIndexList rows = view->selectionModel()->selectedRows();
            m_reselect = rows.isEmpty() ? QUuid() : rows.first().data(OutboxModel::IdRole).toUuid();
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this, view, model, page] {
            for (int row = 0; !m_reselect.isNull() && row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(OutboxModel::IdRole).toUuid() == m_reselect) {
                    view->selectRow(row);
                    break;
                }
            }
            // A list in use always has a ticket in hand, even when the one selected went away.
            if (view->hasFocus() && !view->selectionModel()->hasSelection() &&
                model->rowCount() > 0) {
                view->selectRow(0);
            }
            updateEmptyState(page);
            updateActions();
        });
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this, page] { updateEmptyState(page); });
        connect(view, &QTableView::activated, this, [this] {
            if (m_edit->isEnabled()) {
                edit();
            } else {
                m_detail->setFocus(Qt::OtherFocusReason); // a sent ticket is read, not edited
            }
        });

        auto* empty = new QLabel(this);
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        empty->setMargin(24);
        empty->setTextInteractionFlags(Qt::NoTextInteraction);
        auto* stack = new QStackedWidget(this);
        stack->addWidget(view);
        stack->addWidget(empty);
        m_tabs->addTab(stack, QString());
        m_stacks.append(stack);
        m_views.append(view);
        m_emptyLabels.append(empty);
        m_models.append(model);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &OutboxWindow::updateActions);

    m_detail->setObjectName(QStringLiteral("outboxDetails"));
    m_detail->setOpenLinks(false);
    m_detail->setTabChangesFocus(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

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

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_search, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);

    // The keyboard goes the way the eye does: find, pick a list, a ticket, read it, act.
    QList<QWidget*> order{m_search, m_tabs->tabBar()};
    for (QTableView* view : std::as_const(m_views)) {
        order.append(view);
    }
    order << m_detail << m_sendNow << m_edit << m_discard << m_copy << m_undo;
    for (QAbstractButton* button : close->buttons()) {
        order.append(button);
    }
    for (int i = 0; i + 1 < order.size(); ++i) {
        setTabOrder(order[i], order[i + 1]);
    }

    QSize size(1000, 640);
    if (const QScreen* s = parent ? parent->screen() : screen()) {
        size = size.boundedTo(s->availableGeometry().size() * 0.9);
    }
    resize(size);
    retranslate();
}

void OutboxWindow::retranslate()
{
    setWindowTitle(tr("Outbox"));
    m_search->setPlaceholderText(tr("Search by reference, name, e-mail, phone or subject"));
    m_search->setAccessibleName(tr("Search the outbox"));
    m_search->setToolTip(
        tr("Search by reference, name, e-mail, phone or subject (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_detail->setAccessibleName(tr("Selected ticket"));
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
        model->reload(); // states, times, reasons and headers in the new language
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

bool OutboxWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        for (int i = 0; i < m_views.size(); ++i) {
            if (watched == m_views[i]->viewport()) {
                fitColumns(m_views[i], m_models[i]->columns());
            }
        }
    } else if (event->type() == QEvent::FocusIn) {
        // A list that takes the focus has a ticket selected, so its actions can be used at once
        // (and the arrow keys move from somewhere).
        for (QTableView* view : std::as_const(m_views)) {
            if (watched == view && !view->selectionModel()->hasSelection() &&
                view->model()->rowCount() > 0) {
                const QModelIndex current = view->currentIndex();
                view->selectRow(current.isValid() ? current.row() : 0);
            }
        }
    } else if (watched == m_search && event->type() == QEvent::KeyPress &&
               static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
               !m_search->text().isEmpty()) {
        // Escape empties the search first; only a second one closes the window.
        m_search->clear();
        applySearch();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void OutboxWindow::applySearch()
{
    m_searchTimer.stop();
    for (OutboxModel* model : std::as_const(m_models)) {
        model->setSearch(m_search->text().trimmed());
    }
}

void OutboxWindow::updateEmptyState(Page page)
{
    const int i = int(page);
    const OutboxModel* model = m_models[i];
    const bool empty = model->rowCount() == 0;
    QString text;
    if (m_outbox.isDamaged()) {
        text = m_outbox.errorString(); // an empty list would say nothing waits, which nobody knows
    } else if (!model->search().isEmpty()) {
        text = tr("No tickets match “%1”.").arg(model->search());
    } else {
        switch (page) {
        case Page::Waiting:
            text = tr("No tickets are waiting. Tickets that cannot be delivered at once wait "
                      "here and are sent by themselves.");
            break;
        case Page::Drafts:
            text = tr("No drafts. Tickets saved with Save as draft appear here.");
            break;
        case Page::Sent:
            text = tr("No tickets sent yet. Delivered tickets are listed here for a while, so "
                      "you can look up what was sent.");
            break;
        }
    }
    m_emptyLabels[i]->setText(text);
    m_stacks[i]->setCurrentIndex(empty ? 1 : 0);
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

QLabel* OutboxWindow::emptyLabel(Page page) const
{
    return m_emptyLabels.value(int(page));
}

OutboxWindow::Page OutboxWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

std::optional<OutboxEntry> OutboxWindow::selectedEntry() const
{
    QTableView* v = view(currentPage());
    if (!v || m_stacks[int(currentPage())]->currentWidget() != v) {
        return std::nullopt;
    }
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
    showDetails(e);
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

void OutboxWindow::showDetails(const std::optional<OutboxEntry>& e)
{
    if (!e) {
        m_detail->setPlainText(tr("Select a ticket to see it here."));
        return;
    }
    const Ticket& t = OutboxModel::shownTicket(*e);
    QString html;
    const auto row = [&html](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            html += u"<tr><td valign=\"top\"><b>" + label.toHtmlEscaped() +
                    u"</b></td><td style=\"white-space: pre-wrap\">" + htmlText(value) +
                    u"</td></tr>";
        }
    };
    // What was written on the left, what became of it on the right: a wide pane is read
    // without scrolling.
    html += u"<table width=\"100%\" cellspacing=\"0\"><tr><td width=\"60%\" valign=\"top\">"
            u"<table cellspacing=\"0\" cellpadding=\"2\">";
    row(OutboxModel::columnName(Column::Reference), e->reference);
    for (const TicketField field :
         {TicketField::CustomerFirstName, TicketField::CustomerLastName, TicketField::CustomerEmail,
          TicketField::CustomerPhone, TicketField::CategorySlug, TicketField::Subject,
          TicketField::Message}) {
        row(displayName(field), t.value(field));
    }
    html += u"</table>";
    if (e->purged) {
        html += u"<p>" +
                htmlText(tr("The personal data of this ticket was removed after the retention "
                            "time.")) +
                u"</p>";
    }
    html += u"</td><td valign=\"top\"><table cellspacing=\"0\" cellpadding=\"2\">";
    row(OutboxModel::columnName(Column::State), stateDisplayName(e->state));
    row(OutboxModel::columnName(Column::Created), shortDateTime(e->created));
    row(OutboxModel::columnName(Column::Delivered), shortDateTime(e->sentAt));
    row(OutboxModel::columnName(Column::NextAttempt), shortDateTime(e->nextAttempt));
    html += u"</table>";
    if (!e->log.isEmpty()) {
        html += u"<p><b>" + htmlText(OutboxModel::columnName(Column::Attempts)) + u"</b></p><ul>";
        for (const AttemptRecord& attempt : e->log) {
            html += u"<li>" +
                    htmlText(tr("%1: %2").arg(shortDateTime(attempt.time),
                                              plainReason(attempt.outcome, attempt.httpStatus))) +
                    u"</li>";
        }
        html += u"</ul>";
    }
    html += u"</td></tr></table>";
    m_detail->setHtml(html);
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
