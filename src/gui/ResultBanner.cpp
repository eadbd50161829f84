// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultBanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace bizkithub::gui {

ResultBanner::ResultBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("resultBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    retranslate(); // its name; the rest says its words when it is made
    // Its sentence, buttons and details are made with the first message: a window shows no
    // banner when it opens, and its first frame does not wait for sixteen widgets nobody sees.
    hide();
}

void ResultBanner::prepare()
{
    if (m_text) {
        return;
    }
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_detailsToggle = new QToolButton(this);
    m_details = new QPlainTextEdit(this);
    m_retry = new QPushButton(this);
    m_settings = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_useSuggestion = new QPushButton(this);
    m_sendAnyway = new QPushButton(this);
    m_close = new QPushButton(this);

    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("resultText"));

    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 7);
    m_details->hide();
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    connect(m_retry, &QPushButton::clicked, this,
            [this] { Q_EMIT actionTriggered(Action::Retry); });
    connect(m_settings, &QPushButton::clicked, this,
            [this] { Q_EMIT actionTriggered(Action::OpenSettings); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT actionTriggered(Action::Edit); });
    connect(m_useSuggestion, &QPushButton::clicked, this,
            [this] { Q_EMIT actionTriggered(Action::UseSuggestion); });
    connect(m_sendAnyway, &QPushButton::clicked, this,
            [this] { Q_EMIT actionTriggered(Action::SendAnyway); });
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestionButton"));
    m_sendAnyway->setObjectName(QStringLiteral("sendAnywayButton"));
    // Return presses the button that has focus.
    m_useSuggestion->setAutoDefault(true);
    m_sendAnyway->setAutoDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);

    // One row: the sentence, then what can be done about it; the details open below on demand.
    // A banner takes a line, not a block, so the form under it hardly moves.
    auto* row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignVCenter);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsToggle);
    row->addWidget(m_edit);
    row->addWidget(m_useSuggestion);
    row->addWidget(m_sendAnyway);
    row->addWidget(m_settings);
    row->addWidget(m_retry);
    row->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(row);
    layout->addWidget(m_details);
    retranslate();
}

void ResultBanner::retranslate()
{
    setAccessibleName(tr("Sending result"));
    if (!m_text) {
        return;
    }
    m_retry->setText(tr("Tr&y again"));
    m_settings->setText(tr("Open settin&gs"));
    m_edit->setText(tr("Ed&it the ticket"));
    m_useSuggestion->setText(tr("Use the suggested address"));
    m_sendAnyway->setText(tr("Send anyway"));
    m_close->setText(tr("Dismiss"));
    m_detailsToggle->setText(tr("&Details"));
    m_detailsToggle->setAccessibleName(tr("Show technical details"));
    m_details->setAccessibleName(tr("Technical details"));
    // An outcome is a value, so it can be said again in the new language.
    if (m_result) {
        m_text->setText(m_result->userMessage());
        m_details->setPlainText(m_result->details().join(u'\n'));
    } else if (m_message) {
        m_text->setText(m_message());
    }
}

void ResultBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void ResultBanner::setIcon(QStyle::StandardPixmap icon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size));
}

void ResultBanner::showResult(const SubmitResult& result)
{
    prepare();
    setIcon(QStyle::SP_MessageBoxWarning);
    m_result = result;
    m_message = nullptr;
    m_text->setText(result.userMessage());
    m_details->setPlainText(result.details().join(u'\n'));
    m_detailsToggle->setVisible(true);
    switch (result.fate()) {
    case SubmitResult::Fate::NeedsEdit:
        setActions({Action::Edit});
        break;
    case SubmitResult::Fate::HoldQueue:
        setActions({Action::OpenSettings, Action::Retry});
        break;
    case SubmitResult::Fate::RetryLater:
    case SubmitResult::Fate::SendAgain:
    case SubmitResult::Fate::BackToDraft:
        setActions({Action::Retry});
        break;
    case SubmitResult::Fate::Delivered:
        setActions({});
        break;
    }
    show();
    announce();
}

void ResultBanner::showMessage(const QString& message, const QList<Action>& actions,
                               Severity severity)
{
    showMessage([message] { return message; }, actions, severity);
}

void ResultBanner::showMessage(const Text& message, const QList<Action>& actions, Severity severity)
{
    prepare();
    setIcon(severity == Severity::Information ? QStyle::SP_MessageBoxInformation
                                              : QStyle::SP_MessageBoxWarning);
    m_result.reset();
    m_message = message;
    m_text->setText(message());
    m_details->clear();
    m_detailsToggle->setChecked(false);
    m_detailsToggle->setVisible(false);
    setActions(actions);
    show();
    announce();
}

QString ResultBanner::message() const
{
    return m_text ? m_text->text() : QString();
}

QPushButton* ResultBanner::actionButton(Action action)
{
    prepare();
    switch (action) {
    case Action::Retry:
        return m_retry;
    case Action::OpenSettings:
        return m_settings;
    case Action::Edit:
        return m_edit;
    case Action::UseSuggestion:
        return m_useSuggestion;
    case Action::SendAnyway:
        return m_sendAnyway;
    }
    return nullptr;
}

void ResultBanner::setActions(QList<Action> actions)
{
    m_retry->setVisible(actions.contains(Action::Retry));
    m_settings->setVisible(actions.contains(Action::OpenSettings));
    m_edit->setVisible(actions.contains(Action::Edit));
    m_useSuggestion->setVisible(actions.contains(Action::UseSuggestion));
    m_sendAnyway->setVisible(actions.contains(Action::SendAnyway));
}

void ResultBanner::announce()
{
    // Screen readers hear the outcome without hunting for it.
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    QAccessibleEvent nameEvent(m_text, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameEvent);
}

} // namespace bizkithub::gui
