// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketForm.h"

#include "FieldBinding.h"
#include "ui_TicketForm.h"
#include "validation/EmailAddress.h"
#include "validation/TextRules.h"

#include <QAccessible>
#include <QLocale>

namespace bizkithub::gui {

TicketForm::TicketForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TicketForm>())
{
    m_ui->setupUi(this);

    const std::initializer_list<std::tuple<TicketField, QWidget*, QLabel*>> fields{
        {TicketField::CustomerFirstName, m_ui->firstNameEdit, m_ui->firstNameError},
        {TicketField::CustomerLastName, m_ui->lastNameEdit, m_ui->lastNameError},
        {TicketField::CustomerEmail, m_ui->emailEdit, m_ui->emailError},
        {TicketField::CustomerPhone, m_ui->phoneEdit, m_ui->phoneError},
        {TicketField::CategorySlug, m_ui->categoryCombo, m_ui->categoryError},
        {TicketField::Subject, m_ui->subjectEdit, m_ui->subjectError},
        {TicketField::Message, m_ui->messageEdit, m_ui->messageError},
        {TicketField::Notice, m_ui->noticeEdit, m_ui->noticeError},
        {TicketField::SendToEmail, m_ui->sendToEmailEdit, m_ui->sendToEmailError},
    };
    for (const auto& [field, editor, errorLabel] : fields) {
        auto* binding = new FieldBinding(field, editor, errorLabel, this);
        m_bindings.insert(field, binding);
        connect(binding, &FieldBinding::edited, this, [this, binding] {
            if (binding->isTouched()) {
                checkField(binding);
            }
            Q_EMIT edited();
        });
        connect(binding, &FieldBinding::focusLeft, this, [this, binding] {
            onFocusLeft(binding);
            Q_EMIT fieldLeft();
        });
    }

    m_ui->categoryCombo->setCurrentIndex(-1);
    m_ui->categoryCombo->lineEdit()->setPlaceholderText(tr("optional, e.g. order-question"));
    m_ui->messageEdit->setPlaceholderText(tr("What can we help with?"));
    m_ui->messageCounterLabel->setAccessibleName(tr("Characters used"));
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this,
            &TicketForm::updateMessageCounter);
    connect(m_ui->emailSuggestionButton, &QPushButton::clicked, this,
            &TicketForm::applyEmailSuggestion);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &TicketForm::sendRequested);
    m_ui->sendButton->setToolTip(
        tr("Send the ticket (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    updateMessageCounter();
}

TicketForm::~TicketForm()
{
    // Focus leaves the fields while the widget tree is torn down; the bindings must be gone by
    // then, since what they report to (m_ui) is destroyed before the child widgets are.
    qDeleteAll(m_bindings);
}

void TicketForm::setValidator(const TicketValidator& validator)
{
    m_validator = validator;
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        if (binding->isTouched()) {
            checkField(binding);
        }
    }
    updateMessageCounter();
}

void TicketForm::setCategories(const QList<CategorySlug::Category>& categories)
{
    const QString current = m_bindings.value(TicketField::CategorySlug)->text();
    QSignalBlocker blocker(m_ui->categoryCombo);
    m_ui->categoryCombo->clear();
    for (const auto& category : categories) {
        m_ui->categoryCombo->addItem(category.label, category.slug);
        m_ui->categoryCombo->setItemData(m_ui->categoryCombo->count() - 1, category.slug,
                                         Qt::ToolTipRole);
    }
    m_bindings.value(TicketField::CategorySlug)->setText(current);
}

void TicketForm::setDefaultSendToEmail(const QString& address)
{
    FieldBinding* sendTo = m_bindings.value(TicketField::SendToEmail);
    if (sendTo->text().isEmpty() || sendTo->text() == m_defaultSendToEmail) {
        sendTo->setText(address);
    }
    m_defaultSendToEmail = address;
}

Ticket TicketForm::typedTicket() const
{
    Ticket ticket;
    for (FieldBinding* binding : m_bindings) {
        ticket.setValue(binding->field(), binding->text());
    }
    return ticket;
}

void TicketForm::setTypedTicket(const Ticket& ticket)
{
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        binding->setText(ticket.value(binding->field()));
        binding->setTouched(false);
        binding->showIssues({});
    }
}

void TicketForm::clear()
{
    Ticket empty;
    empty.setValue(TicketField::SendToEmail, m_defaultSendToEmail);
    setTypedTicket(empty);
    m_ui->emailSuggestionButton->hide();
    // A new ticket starts without the previous one's undo history.
    m_ui->messageEdit->document()->clearUndoRedoStacks();
    m_ui->noticeEdit->document()->clearUndoRedoStacks();
}

bool TicketForm::isEmpty() const
{
    Ticket ticket = typedTicket();
    ticket.setValue(TicketField::SendToEmail, {}); // the admin's default is not typing
    return ticket.isEmpty();
}

void TicketForm::showIssues(const ValidationIssues& issues)
{
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        ValidationIssues mine;
        for (const ValidationIssue& issue : issues) {
            if (issue.field == binding->field()) {
                mine.append(issue);
            }
        }
        binding->setTouched(true);
        binding->showIssues(mine);
    }
    focusFirstIssue();
}

void TicketForm::focusFirstIssue()
{
    for (const TicketField field : allTicketFields) {
        if (m_bindings.value(field)->hasIssue()) {
            m_bindings.value(field)->editor()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    focusFirstField();
}

void TicketForm::setBusy(bool busy)
{
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        binding->setReadOnly(busy);
    }
    m_ui->sendButton->setEnabled(!busy);
    m_ui->emailSuggestionButton->setEnabled(!busy);
}

void TicketForm::focusFirstField()
{
    m_ui->firstNameEdit->setFocus(Qt::OtherFocusReason);
}

QWidget* TicketForm::editor(TicketField field) const
{
    return m_bindings.value(field)->editor();
}

QPushButton* TicketForm::sendButton() const
{
    return m_ui->sendButton;
}

void TicketForm::checkField(FieldBinding* binding)
{
    const auto result = m_validator.checkField(binding->field(), binding->text());
    binding->showIssues(result.issues);
    if (binding->field() == TicketField::CustomerEmail) {
        m_suggestedEmail = result.suggestion;
        m_ui->emailSuggestionButton->setText(tr("Did you mean %1?").arg(result.suggestion));
        m_ui->emailSuggestionButton->setAccessibleName(
            tr("Use the suggested address %1").arg(result.suggestion));
        m_ui->emailSuggestionButton->setVisible(!result.suggestion.isEmpty());
    }
}

void TicketForm::onFocusLeft(FieldBinding* binding)
{
    const auto result = m_validator.checkField(binding->field(), binding->text());
    if (result.isValid()) {
        // Show the checked form once the person has moved on, never while they type.
        if (binding->field() == TicketField::CustomerPhone && result.display != binding->text()) {
            binding->setText(result.display);
        }
        if (binding->field() == TicketField::CustomerEmail && !result.displayName.isEmpty()) {
            const auto parts = EmailAddress::splitDisplayName(result.displayName);
            FieldBinding* first = m_bindings.value(TicketField::CustomerFirstName);
            FieldBinding* last = m_bindings.value(TicketField::CustomerLastName);
            if (first->text().trimmed().isEmpty() && last->text().trimmed().isEmpty()) {
                first->setText(parts.firstName);
                last->setText(parts.lastName);
            }
            binding->setText(result.normalized);
        }
    }
    checkField(binding);
}

void TicketForm::updateMessageCounter()
{
    const int used = text::characterCount(m_ui->messageEdit->toPlainText());
    const int max = m_validator.maxLength(TicketField::Message);
    const QLocale locale;
    if (used > max) {
        m_ui->messageCounterLabel->setText(
            tr("%1 / %2 characters: %n too many", nullptr, used - max)
                .arg(locale.toString(used), locale.toString(max)));
    } else {
        m_ui->messageCounterLabel->setText(
            tr("%1 / %2 characters").arg(locale.toString(used), locale.toString(max)));
    }
}

void TicketForm::applyEmailSuggestion()
{
    if (m_suggestedEmail.isEmpty()) {
        return;
    }
    FieldBinding* email = m_bindings.value(TicketField::CustomerEmail);
    email->setText(m_suggestedEmail);
    checkField(email);
    m_ui->phoneEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace bizkithub::gui
