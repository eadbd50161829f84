// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketForm.h"

#include "CategoryTiles.h"
#include "Consent.h"
#include "FieldBinding.h"
#include "ui_TicketForm.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumber.h"
#include "validation/TextRules.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace bizkithub::gui {

namespace {

// A check box that is ticked wherever it is touched, not only on its small square: on a touch
// screen it is larger than the square, and a finger does not aim.
class WholeCheckBox final : public QCheckBox
{
public:
    using QCheckBox::QCheckBox;

protected:
    bool hitButton(const QPoint& pos) const override { return rect().contains(pos); }
};

} // namespace

TicketForm::TicketForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TicketForm>())
{
    m_ui->setupUi(this);
    m_requiredLegend = new QLabel(this);
    m_requiredLegend->setObjectName(QStringLiteral("requiredLegend"));
    // The action bar: Send first (the primary action, where Tab from the last field lands),
    // Save draft beside it, their shortcuts said in a quiet line; the legend on the right.
    m_saveDraft = new QPushButton(this);
    m_saveDraft->setObjectName(QStringLiteral("saveDraftButton"));
    m_saveDraft->setAutoDefault(false);
    m_shortcutHint = new QLabel(this);
    m_shortcutHint->setObjectName(QStringLiteral("shortcutHint"));
    QPalette quiet = m_shortcutHint->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    m_shortcutHint->setPalette(quiet);
    m_ui->buttonRow->removeWidget(m_ui->sendButton);
    m_ui->buttonRow->insertWidget(0, m_ui->sendButton);
    m_ui->buttonRow->insertWidget(1, m_saveDraft);
    m_ui->buttonRow->insertWidget(2, m_shortcutHint);
    m_ui->buttonRow->addWidget(m_requiredLegend);
    setTabOrder(m_ui->sendButton, m_saveDraft);
    connect(m_saveDraft, &QPushButton::clicked, this, &TicketForm::saveDraftRequested);
    // The groups in a grid: side by side when the window is wide, one above the other when not.
    m_groups = new QGridLayout;
    m_groups->setContentsMargins(0, 0, 0, 0);
    for (QGroupBox* group : {m_ui->customerGroup, m_ui->ticketGroup, m_ui->internalGroup}) {
        m_ui->fieldsLayout->removeWidget(group);
        group->setFlat(true); // a titled section, not a grey box
    }
    m_ui->fieldsLayout->insertLayout(0, m_groups, 1);
    arrangeGroups(false);
    createConsentRow();
    // The field that takes focus is scrolled into view once the layout has settled: leaving a
    // field may just have shown a problem under it and pushed everything below further down.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_ui->fieldsPage->isAncestorOf(now)) {
            QMetaObject::invokeMethod(
                this,
                [this, field = QPointer<QWidget>(now)] {
                    if (field && field->hasFocus()) {
                        scrollToField(field);
                    }
                },
                Qt::QueuedConnection);
        }
    });

    // The same when the fields' view shrinks under a field being typed into: an on-screen
    // keyboard came up below it.
    m_ui->fieldsScroll->viewport()->installEventFilter(this);

    const std::initializer_list<std::tuple<TicketField, QLabel*, QWidget*, QLabel*>> fields{
        {TicketField::CustomerFirstName, m_ui->firstNameLabel, m_ui->firstNameEdit,
         m_ui->firstNameError},
        {TicketField::CustomerLastName, m_ui->lastNameLabel, m_ui->lastNameEdit,
         m_ui->lastNameError},
        {TicketField::CustomerEmail, m_ui->emailLabel, m_ui->emailEdit, m_ui->emailError},
        {TicketField::CustomerPhone, m_ui->phoneLabel, m_ui->phoneEdit, m_ui->phoneError},
        {TicketField::CategorySlug, m_ui->categoryLabel, m_ui->categoryCombo, m_ui->categoryError},
        {TicketField::Subject, m_ui->subjectLabel, m_ui->subjectEdit, m_ui->subjectError},
        {TicketField::Message, m_ui->messageLabel, m_ui->messageEdit, m_ui->messageError},
        {TicketField::Notice, m_ui->noticeLabel, m_ui->noticeEdit, m_ui->noticeError},
        {TicketField::SendToEmail, m_ui->sendToEmailLabel, m_ui->sendToEmailEdit,
         m_ui->sendToEmailError},
    };
    for (const auto& [field, label, editor, errorLabel] : fields) {
        auto* binding = new FieldBinding(field, editor, errorLabel, this);
        m_bindings.insert(field, binding);
        m_labels.insert(field, label);
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
    m_categoryTiles = new CategoryTiles(m_ui->categoryCombo, this);
    m_ui->categoryColumn->insertWidget(m_ui->categoryColumn->indexOf(m_ui->categoryCombo) + 1,
                                       m_categoryTiles);
    m_categoryTiles->hide();
    // A guest's on-screen keyboard has Enter where Tab would be: it goes on to the next field.
    for (QLineEdit* edit : {m_ui->firstNameEdit, m_ui->lastNameEdit, m_ui->emailEdit,
                            m_ui->phoneEdit, m_ui->subjectEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] {
            if (m_forGuests && !offerEmailSuggestion(edit)) {
                focusNextTextField(edit);
            }
        });
    }
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this,
            &TicketForm::updateMessageCounter);
    connect(m_ui->emailSuggestionButton, &QPushButton::clicked, this,
            &TicketForm::applyEmailSuggestion);
    // Return and Space take the suggestion, as on any button that has focus.
    m_ui->emailSuggestionButton->setAutoDefault(true);
    m_ui->emailEdit->installEventFilter(this);
    m_ui->phoneEdit->installEventFilter(this);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &TicketForm::sendRequested);
    emphasiseSend();
    retranslate();
}

void TicketForm::retranslate()
{
    m_ui->retranslateUi(this);
    // The Designer texts are the base the policy marks are added to.
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        m_labelTexts.insert(binding->field(), m_labels.value(binding->field())->text());
        m_accessibleNames.insert(binding->field(), binding->editor()->accessibleName());
    }
    m_requiredLegend->setText(tr("Fields marked * are required."));
    m_ui->messageEdit->setPlaceholderText(tr("What can we help with?"));
    m_ui->messageCounterLabel->setAccessibleName(tr("Characters used"));
    const QString sendKeys =
        QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    const QString saveKeys = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    m_ui->sendButton->setToolTip(tr("Send the ticket (%1)").arg(sendKeys));
    m_saveDraft->setText(tr("Sa&ve draft"));
    m_saveDraft->setToolTip(tr("Keep the ticket in Drafts and start a new one (%1)").arg(saveKeys));
    m_shortcutHint->setText(tr("%1 sends, %2 saves a draft").arg(sendKeys, saveKeys));
    applyPolicy();
    // The problems shown are said again in the new language.
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        binding->showIssues(binding->issues());
    }
    if (!m_suggestedEmail.isEmpty()) {
        m_ui->emailSuggestionButton->setText(tr("Use %1").arg(m_suggestedEmail));
        m_ui->emailSuggestionButton->setToolTip(tr("Did you mean %1?").arg(m_suggestedEmail));
        m_ui->emailSuggestionButton->setAccessibleName(
            tr("Use the suggested address %1").arg(m_suggestedEmail));
    }
    updateMessageCounter();
}

void TicketForm::arrangeGroups(bool sideBySide)
{
    m_sideBySide = sideBySide;
    for (QGroupBox* group : {m_ui->customerGroup, m_ui->ticketGroup, m_ui->internalGroup}) {
        m_groups->removeWidget(group);
    }
    for (int i = 0; i < 3; ++i) {
        m_groups->setRowStretch(i, 0);
        m_groups->setColumnStretch(i, 0);
    }
    if (sideBySide) {
        // Who it is from (and the staff's own part) on the left; what it is about on the right,
        // its message as tall as the window allows.
        m_groups->addWidget(m_ui->customerGroup, 0, 0);
        m_groups->addWidget(m_ui->internalGroup, 1, 0);
        m_groups->addWidget(m_ui->ticketGroup, 0, 1, 3, 1);
        m_groups->setRowStretch(2, 1);
        m_groups->setColumnStretch(0, 1);
        m_groups->setColumnStretch(1, 1);
    } else {
        m_groups->addWidget(m_ui->customerGroup, 0, 0);
        m_groups->addWidget(m_ui->ticketGroup, 1, 0);
        m_groups->addWidget(m_ui->internalGroup, 2, 0);
        m_groups->setRowStretch(1, 1);
    }
    alignLabelColumns();
}

void TicketForm::alignLabelColumns()
{
    const QList<QList<TicketField>> columns =
        m_sideBySide
            ? QList<QList<TicketField>>{{TicketField::CustomerFirstName,
                                         TicketField::CustomerLastName, TicketField::CustomerEmail,
                                         TicketField::CustomerPhone, TicketField::Notice,
                                         TicketField::SendToEmail},
                                        {TicketField::CategorySlug, TicketField::Subject,
                                         TicketField::Message}}
            : QList<QList<TicketField>>{m_labels.keys()};
    for (const QList<TicketField>& column : columns) {
        int width = 0;
        for (TicketField field : column) {
            QLabel* label = m_labels.value(field);
            label->setMinimumWidth(0);
            width = std::max(width, label->sizeHint().width());
        }
        for (TicketField field : column) {
            m_labels.value(field)->setMinimumWidth(width);
        }
    }
}

void TicketForm::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Two readable columns need room for two labels and two fields of about 45 characters.
    const int wideFrom = fontMetrics().averageCharWidth() * 125;
    if (const bool wide = width() >= wideFrom; wide != m_sideBySide) {
        arrangeGroups(wide);
    }
}

void TicketForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        emphasiseSend();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        alignLabelColumns();
    }
    QWidget::changeEvent(event);
}

void TicketForm::emphasiseSend()
{
    // Send is the one primary action: drawn in the palette's accent, light or dark alike.
    const QPalette base = palette();
    QPalette accent = base;
    accent.setColor(QPalette::Button, base.color(QPalette::Highlight));
    accent.setColor(QPalette::ButtonText, base.color(QPalette::HighlightedText));
    m_ui->sendButton->setPalette(accent);
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
    applyPolicy();
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
    m_categoryTiles->rebuild();
    // Tab goes through the tiles where the list would be.
    QWidget* previous = m_ui->categoryCombo;
    for (QWidget* tile : m_categoryTiles->tiles()) {
        setTabOrder(previous, tile);
        previous = tile;
    }
    setTabOrder(previous, m_ui->subjectEdit);
    updateCategoryFace();
}

void TicketForm::updateCategoryFace()
{
    const bool hidden = m_validator.policy().isHidden(TicketField::CategorySlug);
    const bool tiles = m_forGuests && m_categoryTiles->count() > 0;
    m_categoryTiles->setVisible(tiles && !hidden);
    m_ui->categoryCombo->setVisible(!tiles && !hidden);
    m_categoryTiles->setAccessibleName(m_ui->categoryCombo->accessibleName());
}

void TicketForm::applyPolicy()
{
    const FormPolicy& policy = m_validator.policy();
    showPhoneExample();
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        const TicketField field = binding->field();
        QLabel* label = m_labels.value(field);
        auto* layout = qobject_cast<QFormLayout*>(label->parentWidget()->layout());
        if (layout && layout->isRowVisible(label) == policy.isHidden(field)) {
            layout->setRowVisible(label, !policy.isHidden(field));
            // Showing a row shows all of it: what only appears on a problem hides again.
            binding->errorLabel()->setVisible(binding->hasIssue() && !policy.isHidden(field));
            if (field == TicketField::CustomerEmail) {
                setEmailSuggestionVisible(!m_suggestedEmail.isEmpty() && !policy.isHidden(field));
            }
        }
        const bool required = policy.isRequired(field);
        // The mark is text, and the field's accessible name says it too: never colour alone.
        label->setText(required
                           ? tr("%1 *", "label of a required field").arg(m_labelTexts.value(field))
                           : m_labelTexts.value(field));
        QString name = m_accessibleNames.value(field);
        if (required) {
            name = tr("%1 (required)").arg(name);
        }
        if (policy.readOnlyFields.contains(field)) {
            name = tr("%1 (set by your administrator)").arg(name);
            binding->editor()->setToolTip(tr("Set by your administrator"));
        } else {
            binding->editor()->setToolTip(QString());
        }
        binding->editor()->setAccessibleName(name);
        if (auto* combo = qobject_cast<QComboBox*>(binding->editor()); combo && combo->lineEdit()) {
            combo->lineEdit()->setAccessibleName(name); // what a screen reader lands on
        }
        binding->setReadOnly(m_busy || policy.isLocked(field));
    }
    m_ui->categoryCombo->lineEdit()->setPlaceholderText(policy.isRequired(TicketField::CategorySlug)
                                                            ? tr("e.g. order-question")
                                                            : tr("optional, e.g. order-question"));
    m_ui->customerGroup->setVisible(
        !std::all_of(allTicketFields.begin(), allTicketFields.begin() + 4,
                     [&policy](TicketField f) { return policy.isHidden(f); }));
    m_ui->internalGroup->setVisible(!policy.isHidden(TicketField::Notice) ||
                                    !policy.isHidden(TicketField::SendToEmail));
    updateConsentRow();
    applyGuestWords();
    updateCategoryFace();
    alignLabelColumns(); // the labels' texts may have changed
}

void TicketForm::setPresets(const Ticket& presets)
{
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        const TicketField field = binding->field();
        const QString text = binding->text();
        if (text.isEmpty() || text == m_presets.value(field) ||
            m_validator.policy().isLocked(field)) {
            binding->setText(presets.value(field));
        }
    }
    m_presets = presets;
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
    // Focus leaving a field marks it for checking; a new ticket starts unmarked, so focus goes
    // first.
    if (QWidget* focus = focusWidget(); focus && isAncestorOf(focus)) {
        focus->clearFocus();
    }
    setTypedTicket(m_presets);
    m_ui->emailSuggestionButton->hide();
    // Consent is given for one ticket, by its customer.
    m_consentCheck->setChecked(false);
    showConsentMissing(false);
    // A new ticket starts without the previous one's undo history.
    m_ui->messageEdit->document()->clearUndoRedoStacks();
    m_ui->noticeEdit->document()->clearUndoRedoStacks();
}

void TicketForm::wipe()
{
    // What an input method was composing is dropped, not typed into the next field.
    QGuiApplication::inputMethod()->reset();
    const Ticket typed = typedTicket();
    // The clipboard keeps what was copied out of the form past the form itself.
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        QClipboard* clipboard = QGuiApplication::clipboard();
        const QString copied = clipboard->text(mode).trimmed();
        if (copied.isEmpty()) {
            continue;
        }
        for (const TicketField field : allTicketFields) {
            if (typed.value(field).contains(copied) &&
                typed.value(field) != m_presets.value(field)) {
                clipboard->clear(mode);
                break;
            }
        }
    }
    // Setting the text of a line edit or a text edit drops its undo history.
    clear();
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        edit->setModified(false);
    }
    m_suggestedEmail.clear();
    m_ui->emailSuggestionButton->setText(QString());
}

bool TicketForm::isEmpty() const
{
    const Ticket typed = typedTicket();
    for (const TicketField field : allTicketFields) {
        // The admin's presets are not typing.
        if (!typed.value(field).trimmed().isEmpty() &&
            typed.value(field) != m_presets.value(field)) {
            return false;
        }
    }
    return true;
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
    m_busy = busy;
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        binding->setReadOnly(busy || m_validator.policy().isLocked(binding->field()));
    }
    m_ui->sendButton->setEnabled(!busy);
    m_saveDraft->setEnabled(!busy);
    m_consentCheck->setEnabled(!busy);
    m_ui->emailSuggestionButton->setEnabled(!busy);
}

void TicketForm::setMessageArea(QWidget* message)
{
    m_ui->formLayout->insertWidget(m_ui->formLayout->indexOf(m_ui->fieldsScroll) + 1, message);
}

void TicketForm::setForGuests(bool guests)
{
    m_forGuests = guests;
    // An on-screen keyboard learns the words it is given for its suggestions: at a kiosk, one
    // guest's words would be offered to the next.
    for (QWidget* editor :
         {static_cast<QWidget*>(m_ui->subjectEdit), static_cast<QWidget*>(m_ui->messageEdit)}) {
        editor->setInputMethodHints(guests ? editor->inputMethodHints() | Qt::ImhNoPredictiveText
                                           : editor->inputMethodHints() & ~Qt::ImhNoPredictiveText);
    }
    // Nor is anything a guest types to be kept by it anywhere.
    for (FieldBinding* binding : std::as_const(m_bindings)) {
        QWidget* editor = binding->editor();
        editor->setInputMethodHints(guests ? editor->inputMethodHints() | Qt::ImhSensitiveData
                                           : editor->inputMethodHints() & ~Qt::ImhSensitiveData);
    }
    m_saveDraft->setVisible(!guests);
    m_shortcutHint->setVisible(!guests);
    retranslate(); // the staff's words, or the guest's
}

void TicketForm::applyGuestWords()
{
    if (!m_forGuests) {
        return;
    }
    // A guest's screen: no staff words, no Alt-key letters (there is no keyboard to press them
    // on), no counter of ten thousand characters until it matters.
    m_ui->customerGroup->setTitle(tr("About you"));
    m_ui->ticketGroup->setTitle(tr("Your request"));
    for (QLabel* label : std::as_const(m_labels)) {
        label->setText(QString(label->text()).remove(QRegularExpression(QStringLiteral("&(?!&)"))));
    }
    m_ui->sendButton->setText(tr("Send"));
    m_ui->categoryCombo->lineEdit()->setPlaceholderText(
        m_validator.policy().isRequired(TicketField::CategorySlug) ? QString() : tr("optional"));
}

void TicketForm::createConsentRow()
{
    // Right above the action bar, outside the scrolling fields: the last thing read before Send,
    // never scrolled out of sight. The box and a wrapped label beside it, since an admin's notice
    // may run to several lines; a click on the label ticks the box as a click on a check box's
    // own text would.
    m_consentRow = new QWidget(this);
    m_consentRow->setObjectName(QStringLiteral("consentRow"));
    auto* column = new QVBoxLayout(m_consentRow);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_consentCheck = new WholeCheckBox(m_consentRow);
    m_consentCheck->setObjectName(QStringLiteral("consentCheck"));
    m_consentLabel = new QLabel(m_consentRow);
    m_consentLabel->setObjectName(QStringLiteral("consentLabel"));
    m_consentLabel->setWordWrap(true);
    m_consentLabel->setTextFormat(Qt::PlainText);
    m_consentLabel->setBuddy(m_consentCheck);
    m_consentLabel->installEventFilter(this);
    row->addWidget(m_consentCheck, 0, Qt::AlignTop);
    row->addWidget(m_consentLabel, 1);
    column->addLayout(row);
    m_consentError = new QLabel(m_consentRow);
    m_consentError->setObjectName(QStringLiteral("consentError"));
    m_consentError->setWordWrap(true);
    m_consentError->hide();
    column->addWidget(m_consentError);
    m_ui->formLayout->insertWidget(m_ui->formLayout->indexOf(m_ui->fieldsScroll) + 1, m_consentRow);
    setTabOrder(m_ui->sendToEmailEdit, m_consentCheck);
    setTabOrder(m_consentCheck, m_ui->sendButton);
    connect(m_consentCheck, &QCheckBox::toggled, this, [this](bool ticked) {
        if (ticked) {
            showConsentMissing(false);
        }
    });
    m_consentRow->hide();
}

void TicketForm::updateConsentRow()
{
    if (!m_consentRow) {
        return;
    }
    const FormPolicy& policy = m_validator.policy();
    m_consentRow->setVisible(policy.asksConsent());
    const QString notice = consentText();
    // Staff confirm what the customer agreed to; a guest agrees to it.
    const QString shown = m_forGuests || policy.consentText.isEmpty()
                              ? notice
                              : tr("The customer agreed to this: %1").arg(notice);
    m_consentLabel->setText(
        policy.consentRequired ? tr("%1 *", "label of a required field").arg(shown) : shown);
    m_consentCheck->setAccessibleName(policy.consentRequired ? tr("%1 (required)").arg(shown)
                                                             : shown);
}

bool TicketForm::asksConsent() const
{
    return m_validator.policy().asksConsent();
}

bool TicketForm::consentGiven() const
{
    return asksConsent() && m_consentCheck->isChecked();
}

QString TicketForm::consentText() const
{
    const FormPolicy& policy = m_validator.policy();
    if (!policy.consentText.isEmpty()) {
        return policy.consentText;
    }
    return m_forGuests ? Consent::defaultKioskText() : Consent::defaultDeskText();
}

void TicketForm::showConsentMissing(bool missing)
{
    FieldBinding::showProblem(m_consentCheck, m_consentError,
                              missing ? Consent::missingMessage() : QString());
    if (missing) {
        m_consentCheck->setFocus(Qt::OtherFocusReason);
    }
}

void TicketForm::scrollToField(QWidget* field)
{
    const QRect inPage(field->mapTo(m_ui->fieldsPage, QPoint(0, 0)), field->size());
    const int viewport = m_ui->fieldsScroll->viewport()->height();
    // A field taller than the view (the message box over an on-screen keyboard) shows from its
    // top, where the typing starts, with its label; any other field shows whole.
    if (inPage.height() + 10 > viewport) {
        m_ui->fieldsScroll->verticalScrollBar()->setValue(inPage.top() - 10);
        return;
    }
    m_ui->fieldsScroll->ensureWidgetVisible(field);
}

void TicketForm::focusFirstField()
{
    for (const TicketField field : allTicketFields) {
        if (!m_validator.policy().isLocked(field)) {
            m_bindings.value(field)->editor()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

QWidget* TicketForm::editor(TicketField field) const
{
    return m_bindings.value(field)->editor();
}

QLabel* TicketForm::label(TicketField field) const
{
    return m_labels.value(field);
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
        m_ui->emailSuggestionButton->setText(tr("Use %1").arg(result.suggestion));
        m_ui->emailSuggestionButton->setToolTip(tr("Did you mean %1?").arg(result.suggestion));
        m_ui->emailSuggestionButton->setAccessibleName(
            tr("Use the suggested address %1").arg(result.suggestion));
        setEmailSuggestionVisible(!result.suggestion.isEmpty());
    }
}

void TicketForm::setEmailSuggestionVisible(bool visible)
{
    QPushButton* button = m_ui->emailSuggestionButton;
    // It reads as a link, in the palette's colours, and shows a ring when it has focus (a flat
    // button shows none in most styles). The style sheet is set when it first shows: one on a
    // widget costs the window's first frame about 2 ms.
    if (visible && button->styleSheet().isEmpty()) {
        button->setStyleSheet(
            QStringLiteral("QPushButton { color: palette(link); text-decoration: underline;"
                           " border: 2px solid transparent; border-radius: 4px; padding: 2px 6px; }"
                           "QPushButton:focus { border-color: palette(highlight); }"));
    }
    button->setVisible(visible);
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
    // A guest sees the count only near the end.
    m_ui->messageCounterLabel->setVisible(!m_forGuests || used * 10 >= max * 8);
}

QPushButton* TicketForm::emailSuggestionButton() const
{
    return m_ui->emailSuggestionButton;
}

void TicketForm::showPhoneExample()
{
    // A sample number of the country phone numbers default to: a German desk sees a German one.
    // It needs libphonenumber's numbering plans, which are read when the phone field is first
    // reached, not while the window opens.
    if (!m_phoneExampleWanted) {
        return;
    }
    const QString example = PhoneNumber::exampleFor(m_validator.policy().defaultRegion);
    if (!example.isEmpty()) {
        m_ui->phoneEdit->setPlaceholderText(example);
    }
}

bool TicketForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->phoneEdit && event->type() == QEvent::FocusIn && !m_phoneExampleWanted) {
        m_phoneExampleWanted = true;
        showPhoneExample();
    }
    if (watched == m_ui->fieldsScroll->viewport() && event->type() == QEvent::Resize) {
        if (QWidget* focus = QApplication::focusWidget();
            focus && m_ui->fieldsPage->isAncestorOf(focus)) {
            QMetaObject::invokeMethod(
                this,
                [this, field = QPointer<QWidget>(focus)] {
                    if (field && field->hasFocus()) {
                        scrollToField(field);
                    }
                },
                Qt::QueuedConnection);
        }
    }
    if (watched == m_consentLabel && event->type() == QEvent::MouseButtonRelease &&
        m_consentCheck->isEnabled()) {
        m_consentCheck->toggle();
        if (m_consentCheck->focusPolicy() & Qt::ClickFocus) {
            m_consentCheck->setFocus(Qt::MouseFocusReason);
        }
        return true;
    }
    // Tab out of the e-mail field checks it first, so a suggestion that leaving would bring up
    // is where Tab lands, instead of appearing behind the focus.
    if (watched == m_ui->emailEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier &&
            offerEmailSuggestion(m_ui->emailEdit)) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TicketForm::offerEmailSuggestion(QWidget* leaving)
{
    if (leaving != m_ui->emailEdit) {
        return false;
    }
    FieldBinding* email = m_bindings.value(TicketField::CustomerEmail);
    email->setTouched(true);
    checkField(email);
    if (!m_suggestedEmail.isEmpty() && m_ui->emailSuggestionButton->isVisibleTo(this)) {
        m_ui->emailSuggestionButton->setFocus(Qt::TabFocusReason);
        return true;
    }
    return false;
}

void TicketForm::focusNextTextField(QWidget* from)
{
    // The next field to type into, past buttons and tiles: the keys stay up.
    for (QWidget* next = from->nextInFocusChain(); next && next != from;
         next = next->nextInFocusChain()) {
        const auto* line = qobject_cast<QLineEdit*>(next);
        const auto* plain = qobject_cast<QPlainTextEdit*>(next);
        const bool writable = (line && !line->isReadOnly()) || (plain && !plain->isReadOnly());
        if (writable && isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
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
