// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutboxEntry.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace bizkithub {
class Outbox;
}

namespace bizkithub::gui {

class OutboxModel;

// The outbox as staff see it: what waits (and why), the drafts, and the sent history, with the
// actions that fit each: send now, edit, discard, copy diagnostics.
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

Q_SIGNALS:
    // Open this ticket in the form, to edit and send it.
    void editRequested(const QUuid& id);
    void sendRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] std::optional<OutboxEntry> selectedEntry() const;
    void updateActions();
    void sendNow();
    void edit();
    void discard();
    void copyDiagnostics();

    Outbox& m_outbox;
    QTabWidget* m_tabs;
    QList<QTableView*> m_views;
    QList<OutboxModel*> m_models;
    QPushButton* m_sendNow;
    QPushButton* m_edit;
    QPushButton* m_discard;
    QPushButton* m_copy;
    QPushButton* m_undo;
    QLabel* m_summary;
    std::optional<OutboxEntry> m_lastDiscarded;
    QUuid m_reselect;
};

} // namespace bizkithub::gui
