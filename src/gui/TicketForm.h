// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "TicketValidator.h"
#include "validation/CategorySlug.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class TicketForm;
}

namespace bizkithub::gui {

class FieldBinding;

// The ticket form of ui/TicketForm.ui: nine fields, each checked by the core's TicketValidator
// when it loses focus and on every edit after that. It holds what the person typed and nothing
// else; the window decides what happens on Send.
class TicketForm final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketForm(QWidget* parent = nullptr);
    ~TicketForm() override;

    void setValidator(const TicketValidator& validator);
    void setCategories(const QList<CategorySlug::Category>& categories);
    void setDefaultSendToEmail(const QString& address);

    // What the person typed, as typed.
    [[nodiscard]] Ticket typedTicket() const;
    void setTypedTicket(const Ticket& ticket);
    void clear();
    [[nodiscard]] bool isEmpty() const;

    // Shows every issue under its field and moves focus to the first one.
    void showIssues(const ValidationIssues& issues);
    void setBusy(bool busy);
    void focusFirstField();
    // Focus to the first field showing a problem, else to the first field.
    void focusFirstIssue();

    [[nodiscard]] QWidget* editor(TicketField field) const;
    [[nodiscard]] QPushButton* sendButton() const;

Q_SIGNALS:
    void sendRequested();
    void edited();
    void fieldLeft();

private:
    void checkField(FieldBinding* binding);
    void onFocusLeft(FieldBinding* binding);
    void updateMessageCounter();
    void applyEmailSuggestion();

    std::unique_ptr<Ui::TicketForm> m_ui;
    TicketValidator m_validator;
    QMap<TicketField, FieldBinding*> m_bindings;
    QString m_defaultSendToEmail;
    QString m_suggestedEmail;
};

} // namespace bizkithub::gui
