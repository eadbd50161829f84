// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"
#include "validation/ValidationIssue.h"

#include <QColor>
#include <QLabel>
#include <QObject>
#include <QPalette>
#include <QPointer>

class QLabel;
class QWidget;

namespace bizkithub::gui {

// Ties one ticket field's editor to the label under it that shows its problem. The editor may be
// a QLineEdit, a QPlainTextEdit or an editable QComboBox. No rule lives here: the form asks the
// core's TicketValidator and hands the verdict to showIssues().
//
// A field is "touched" once focus leaves it: from then on it is re-checked on every edit, so a
// person is not scolded while typing for the first time.
class FieldBinding final : public QObject
{
    Q_OBJECT

public:
    FieldBinding(TicketField field, QWidget* editor, QLabel* errorLabel, QObject* parent);

    [[nodiscard]] TicketField field() const { return m_field; }
    [[nodiscard]] QWidget* editor() const { return m_editor; }
    [[nodiscard]] QLabel* errorLabel() const { return m_errorLabel; }

    [[nodiscard]] QString text() const;
    void setText(const QString& text);
    void setReadOnly(bool readOnly);

    [[nodiscard]] bool isTouched() const { return m_touched; }
    void setTouched(bool touched) { m_touched = touched; }

    // Shows the first issue under the editor and makes it the editor's accessible description;
    // an empty list clears both.
    void showIssues(const ValidationIssues& issues);
    [[nodiscard]] bool hasIssue() const { return !m_issues.isEmpty(); }
    [[nodiscard]] const ValidationIssues& issues() const { return m_issues; }

    // Shows a problem with any editor the way the form does: the sentence under it in the error
    // colour, the editor framed in it, the sentence as its accessible description. An empty
    // message clears all three.
    static void showProblem(QWidget* editor, QLabel* label, const QString& message);

    // The colour problems are shown in, for the palette in force.
    [[nodiscard]] static QColor errorColour(const QPalette& palette);

Q_SIGNALS:
    void edited();
    void focusLeft();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TicketField m_field;
    QPointer<QWidget> m_editor;
    QPointer<QLabel> m_errorLabel;
    bool m_touched = false;
    ValidationIssues m_issues;
};

} // namespace bizkithub::gui
