// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"
#include "Ticket.h"

#include <QUuid>
#include <QWidget>

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
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QPushButton* newTicketButton() const { return m_newTicket; }

Q_SIGNALS:
    void newTicketRequested();

private:
    QLabel* m_title;
    QLabel* m_summary;
    QPushButton* m_newTicket;
};

} // namespace bizkithub::gui
