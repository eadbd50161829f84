// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutboxEntry.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace bizkithub {
class Outbox;
}

namespace bizkithub::gui {

class OutboxModel;

// The outbox as staff see it: what waits (and why, in plain words), the drafts, and the sent
// history, each with the columns that fit it; a search over all of them; the selected ticket in
// full below the list; and the actions that fit it: send now, edit, discard, copy diagnostics.
class OutboxWindow final : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Waiting,
        Drafts,
        Sent
    };

    explicit OutboxWindow(Outbox& outbox, QWidget* parent = nullptr);

    void showPage(Page page);
    [[nodiscard]] QTableView* view(Page page) const;
    [[nodiscard]] OutboxModel* model(Page page) const;
    // What a list says instead of its table when it has nothing to show.
    [[nodiscard]] QLabel* emptyLabel(Page page) const;
    [[nodiscard]] QLineEdit* searchBox() const { return m_search; }
    [[nodiscard]] QTextBrowser* detailPane() const { return m_detail; }
    [[nodiscard]] QPushButton* sendNowButton() const { return m_sendNow; }
    [[nodiscard]] QPushButton* editButton() const { return m_edit; }
    [[nodiscard]] QPushButton* discardButton() const { return m_discard; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }

Q_SIGNALS:
    // Open this ticket in the form, to edit and send it.
    void editRequested(const QUuid& id);
    void sendRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] std::optional<OutboxEntry> selectedEntry() const;
    void updateActions();
    void updateEmptyState(Page page);
    void showDetails(const std::optional<OutboxEntry>& entry);
    void applySearch();
    void sendNow();
    void edit();
    void discard();
    void copyDiagnostics();

    Outbox& m_outbox;
    QLabel* m_summary;
    QLineEdit* m_search;
    QTabWidget* m_tabs;
    QList<QStackedWidget*> m_stacks;
    QList<QTableView*> m_views;
    QList<QLabel*> m_emptyLabels;
    QList<OutboxModel*> m_models;
    QTextBrowser* m_detail;
    QPushButton* m_sendNow;
    QPushButton* m_edit;
    QPushButton* m_discard;
    QPushButton* m_copy;
    QPushButton* m_undo;
    QTimer m_searchTimer;
    std::optional<OutboxEntry> m_lastDiscarded;
    QUuid m_reselect;
};

} // namespace bizkithub::gui
