// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"
#include "Ticket.h"

#include <QUuid>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace bizkithub::gui {

// The confirmation after a ticket was delivered: what was sent, and the way to the next one.
class SuccessPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SuccessPage(QWidget* parent = nullptr);

    void showTicket(const Ticket& ticket, const QUuid& id, const SubmitResult& result);
    // The ticket is safe in the outbox but not delivered yet; the sentence says what happens next.
    void showKept(const Ticket& ticket, const QUuid& id, const QString& whatNext);
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QPushButton* newTicketButton() const { return m_newTicket; }

Q_SIGNALS:
    void newTicketRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill(const QString& heading, const Ticket& ticket, const QUuid& id,
              const QString& requestId);

    std::function<void()> m_refill; // shows the last ticket again, in the language now in force
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_summary;
    QPushButton* m_newTicket;
};

} // namespace bizkithub::gui
