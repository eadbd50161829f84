// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldBinding.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace bizkithub::gui {

FieldBinding::FieldBinding(TicketField field, QWidget* editor, QLabel* errorLabel, QObject* parent)
    : QObject(parent)
    , m_field(field)
    , m_editor(editor)
    , m_errorLabel(errorLabel)
{
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textEdited, this, &FieldBinding::edited);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        connect(plain, &QPlainTextEdit::textChanged, this, &FieldBinding::edited);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::currentTextChanged, this, &FieldBinding::edited);
        if (combo->lineEdit()) {
            combo->lineEdit()->installEventFilter(this);
        }
    }
    editor->installEventFilter(this);
    m_errorLabel->setVisible(false);
    m_errorLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    QPalette palette = m_errorLabel->palette();
    palette.setColor(QPalette::WindowText, errorColour(palette));
    m_errorLabel->setPalette(palette);
}

QColor FieldBinding::errorColour(const QPalette& palette)
{
    // A red that reads on light and dark palettes alike; the text itself carries the meaning.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1a, 0x24);
}

QString FieldBinding::text() const
{
    if (auto* line = qobject_cast<QLineEdit*>(m_editor)) {
        return line->text();
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor)) {
        return plain->toPlainText();
    }
    if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        // A category picked from the admin's list carries its slug as data; a typed one is the
        // slug itself.
        const int index = combo->currentIndex();
        if (index >= 0 && combo->itemText(index) == combo->currentText()) {
            const QVariant slug = combo->itemData(index);
            return slug.isValid() ? slug.toString() : combo->currentText();
        }
        return combo->currentText();
    }
    return {};
}

void FieldBinding::setText(const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(m_editor)) {
        line->setText(text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor)) {
        plain->setPlainText(text);
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        const int index = combo->findData(text);
        if (index >= 0) {
            combo->setCurrentIndex(index);
        } else {
            combo->setCurrentIndex(-1);
            combo->setEditText(text);
        }
    }
}

void FieldBinding::setReadOnly(bool readOnly)
{
    // Read-only rather than disabled: the text stays readable, selectable and announced.
    if (auto* line = qobject_cast<QLineEdit*>(m_editor)) {
        line->setReadOnly(readOnly);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(m_editor)) {
        plain->setReadOnly(readOnly);
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        if (combo->lineEdit()) {
            combo->lineEdit()->setReadOnly(readOnly);
        }
        combo->setEnabled(!readOnly);
    }
}

void FieldBinding::showIssues(const ValidationIssues& issues)
{
    m_issues = issues;
    const bool hasIssue = !issues.isEmpty();
    showProblem(m_editor, m_errorLabel, hasIssue ? issues.first().message() : QString());
}

void FieldBinding::showProblem(QWidget* editor, QLabel* label, const QString& message)
{
    const bool hasIssue = !message.isEmpty();
    // The sentence itself says what is wrong, so colour is never the only sign.
    label->setText(hasIssue ? QStringLiteral("⚠ ") + message : QString());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColour(palette));
    label->setPalette(palette);
    label->setVisible(hasIssue && editor->isVisibleTo(editor->window()));
    // The field's frame says it too, in the same colour, for the eye that scans the form.
    QWidget* framed = editor;
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && combo->lineEdit()) {
        framed = combo->lineEdit();
    }
    framed->setStyleSheet(hasIssue
                              ? QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }")
                                    .arg(QLatin1String(framed->metaObject()->className()),
                                         errorColour(editor->palette()).name())
                              : QString());
    if (editor->accessibleDescription() != message) {
        editor->setAccessibleDescription(message);
        QAccessibleEvent event(editor, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

bool FieldBinding::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        // A context menu, a popup or another window taking focus is not the person moving on;
        // nor is a combo box's own line edit losing focus to its list.
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        auto* combo = qobject_cast<QComboBox*>(m_editor);
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason &&
            (!combo || !combo->view()->isVisible())) {
            m_touched = true;
            Q_EMIT focusLeft();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bizkithub::gui
