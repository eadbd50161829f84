// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"

#include <QFrame>
#include <QStyle>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace bizkithub::gui {

// The strip above the form that says, in one sentence, what happened to a send that did not go
// through and what happens next; the technical details wait behind a toggle, and the buttons
// offer what fits the outcome.
class ResultBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Action
    {
        Retry,
        OpenSettings,
        Edit,
        UseSuggestion, // take the address the form suggests for a likely typo
        SendAnyway,    // send as typed, the suggestion notwithstanding
    };
    Q_ENUM(Action)

    explicit ResultBanner(QWidget* parent = nullptr);

    void showResult(const SubmitResult& result);
    // A plain notice (e.g. "An API key is needed"), with an optional action.
    enum class Severity
    {
        Information,
        Warning
    };
    // The text is asked for again when the language changes, so give it as a function that
    // translates; a plain string stays as it is.
    using Text = std::function<QString()>;
    void showMessage(const Text& message, const QList<Action>& actions = {},
                     Severity severity = Severity::Warning);
    void showMessage(const QString& message, const QList<Action>& actions = {},
                     Severity severity = Severity::Warning);

    // Makes its sentence, buttons and details now rather than with the first message.
    void prepare();

    [[nodiscard]] QString message() const;
    [[nodiscard]] QPushButton* actionButton(Action action);

Q_SIGNALS:
    void actionTriggered(bizkithub::gui::ResultBanner::Action action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setIcon(QStyle::StandardPixmap icon);
    void setActions(QList<Action> actions);
    void announce();

    std::optional<SubmitResult> m_result;
    Text m_message;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_detailsToggle = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_settings = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_useSuggestion = nullptr;
    QPushButton* m_sendAnyway = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace bizkithub::gui
