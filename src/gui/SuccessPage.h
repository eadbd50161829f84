// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"
#include "Ticket.h"

#include <QDateTime>
#include <QUuid>
#include <QWidget>

#include <functional>

class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QToolButton;

namespace bizkithub::gui {

// The page for a ticket that left the form: a summary card with its reference, and what became
// of it. Delivered; kept in the outbox to be sent by itself; or held until a person corrects the
// settings ("Action needed", with the way to the fix).
class SuccessPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Delivered,
        Kept,
        ActionNeeded,
    };

    explicit SuccessPage(QWidget* parent = nullptr);

    // `shown` is the ticket as the form showed it (phone and e-mail as typed).
    void showTicket(const Ticket& shown, const QUuid& id, const SubmitResult& result,
                    const QDateTime& deliveredAt = QDateTime::currentDateTime());
    // The ticket is safe in the outbox but not delivered yet; the sentence says what happens next.
    void showKept(const Ticket& shown, const QUuid& id, const QString& whatNext);
    // The ticket waits because the settings were refused; the sentence says what to change.
    void showActionNeeded(const Ticket& shown, const QUuid& id, const QString& whatHappened);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString title() const;
    // What the page says, as plain text: the sentence and the card (not the details).
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString details() const;
    [[nodiscard]] QString reference() const;
    [[nodiscard]] QPushButton* newTicketButton() const { return m_newTicket; }
    [[nodiscard]] QPushButton* settingsButton() const { return m_settings; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }
    [[nodiscard]] QToolButton* detailsButton() const { return m_detailsToggle; }

    // The message as the card shows it: cut at a word boundary after at most `limit`
    // characters.
    [[nodiscard]] static QString excerpt(const QString& message, int limit = 160);

Q_SIGNALS:
    void newTicketRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void present(Kind kind, const QString& title, const QString& sentence, const Ticket& shown,
                 const QUuid& id, const QString& details, const QDateTime& when);
    void fillCard(const Ticket& shown, const QDateTime& when);

    std::function<void()> m_refill; // shows the last ticket again, in the language now in force
    Kind m_kind = Kind::Delivered;
    QLabel* m_sign;
    QLabel* m_title;
    QLabel* m_sentence;
    QFrame* m_card;
    QLabel* m_referenceCaption;
    QLabel* m_reference;
    QPushButton* m_copy;
    QFormLayout* m_fields;
    QToolButton* m_detailsToggle;
    QLabel* m_details;
    QPushButton* m_settings;
    QPushButton* m_newTicket;
};

} // namespace bizkithub::gui
