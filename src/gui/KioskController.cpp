// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskController.h"

#include "AdminPinDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

namespace bizkithub::gui {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

// A passing mouse is presence, but only a tap or a key leaves the thank-you screen; not one on
// its buttons, nor the Tab that goes to them.
bool endsThankYou(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseMove:
    case QEvent::Wheel:
        return false;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        return key != Qt::Key_Tab && key != Qt::Key_Backtab &&
               !qobject_cast<QAbstractButton*>(watched);
    }
    default:
        return !qobject_cast<QAbstractButton*>(watched);
    }
}

} // namespace

void KioskController::styleOverlay()
{
    // Set when the overlay first shows: a style sheet costs a window's first frame about 2 ms,
    // and a desk never shows it.
    if (!m_overlay->styleSheet().isEmpty()) {
        return;
    }
    const double size = std::max(14.0, QApplication::font().pointSizeF() * 1.5);
    m_overlay->setStyleSheet(QStringLiteral("#idleOverlay { background: rgba(0, 0, 0, 200); } "
                                            "#idleOverlay QLabel { color: white; }"
                                            "#idleQuestion { font-size: %1pt; font-weight: bold; }"
                                            "#idleCount { font-size: %2pt; }")
                                 .arg(size * 2)
                                 .arg(size * 1.2));
}

KioskController::KioskController(QWidget* window, Clock clock)
    : QObject(window)
    , m_window(window)
    , m_clock(std::move(clock))
    , m_throttle([this] { return m_clock(); })
    , m_overlay(new QWidget(window))
    , m_overlayCount(new QLabel(m_overlay))
{
    // The overlay: the whole window dimmed, one question in large type.
    m_overlay->setObjectName(QStringLiteral("idleOverlay"));
    m_overlay->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(m_overlay);
    layout->addStretch(1);
    auto* question = m_overlayQuestion = new QLabel(m_overlay);
    question->setObjectName(QStringLiteral("idleQuestion"));
    question->setAlignment(Qt::AlignCenter);
    question->setWordWrap(true);
    layout->addWidget(question);
    m_overlayCount->setObjectName(QStringLiteral("idleCount"));
    m_overlayCount->setAlignment(Qt::AlignCenter);
    m_overlayCount->setWordWrap(true);
    layout->addWidget(m_overlayCount);
    layout->addStretch(1);
    m_overlay->hide();
    m_overlay->installEventFilter(this); // to hear of a new language
    retranslate();

    m_ticker.setInterval(std::chrono::milliseconds(200));
    connect(&m_ticker, &QTimer::timeout, this, &KioskController::check);
    m_longPress.setSingleShot(true);
    connect(&m_longPress, &QTimer::timeout, this, &KioskController::requestAdmin);

    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), window);
    shortcut->setContext(Qt::ApplicationShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_active) {
            requestAdmin();
        }
    });
    m_lastActivity = m_clock();
}

KioskController::~KioskController()
{
    if (m_active) {
        qApp->removeEventFilter(this);
    }
}

void KioskController::retranslate()
{
    m_overlayQuestion->setText(tr("Still there? Touch to continue"));
    m_overlay->setAccessibleName(m_overlayQuestion->text());
    m_overlayCount->clear(); // said again at the next look at the clock
}

void KioskController::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastActivity = m_clock();
}

void KioskController::setTimings(const Timings& timings)
{
    m_timings = timings;
    m_longPress.setInterval(timings.longPress);
}

void KioskController::setFormStartedCheck(std::function<bool()> started)
{
    m_formStarted = std::move(started);
}

void KioskController::setHeader(QWidget* header)
{
    if (m_header) {
        m_header->removeEventFilter(this);
    }
    m_header = header;
    if (header) {
        header->installEventFilter(this);
    }
}

void KioskController::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    if (active) {
        // Every input anywhere in the application counts, dialogs included.
        qApp->installEventFilter(this);
        m_lastActivity = m_clock();
        m_ticker.start();
    } else {
        qApp->removeEventFilter(this);
        m_ticker.stop();
        cancelCountdown();
        m_thankYouSince.reset();
    }
}

void KioskController::pauseWhileOpen(QObject* object)
{
    ++m_pauseHolders;
    setPaused(true);
    connect(object, &QObject::destroyed, this, [this] {
        if (--m_pauseHolders == 0) {
            setPaused(false);
        }
    });
}

void KioskController::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        cancelCountdown();
    }
    m_lastActivity = m_clock();
}

void KioskController::startThankYou()
{
    cancelCountdown();
    m_thankYouSince = m_clock();
    m_thankYouSecondsLeft = -1;
    check(); // the count at once
}

void KioskController::finishThankYou()
{
    if (m_thankYouSince) {
        m_thankYouSince.reset();
        m_lastActivity = m_clock();
        Q_EMIT thankYouFinished();
    }
}

void KioskController::noteActivity(bool endsThankYou)
{
    m_lastActivity = m_clock();
    if (m_countdownSince) {
        cancelCountdown();
    }
    if (m_thankYouSince && endsThankYou) {
        m_thankYouSince.reset();
        Q_EMIT thankYouFinished();
    }
}

void KioskController::cancelCountdown()
{
    m_countdownSince.reset();
    m_overlay->hide();
}

void KioskController::layoutOverlay()
{
    if (m_window) {
        m_overlay->setGeometry(m_window->rect());
    }
}

void KioskController::check()
{
    if (!m_active || m_paused) {
        return;
    }
    const auto now = m_clock();
    if (m_thankYouSince) {
        const auto left = m_timings.thankYou - (now - *m_thankYouSince);
        if (left <= std::chrono::steady_clock::duration::zero()) {
            m_thankYouSince.reset();
            m_lastActivity = now;
            Q_EMIT thankYouFinished();
            return;
        }
        const int seconds = int(std::chrono::ceil<std::chrono::seconds>(left).count());
        if (seconds != m_thankYouSecondsLeft) {
            m_thankYouSecondsLeft = seconds;
            Q_EMIT thankYouCountdown(seconds);
        }
        return;
    }
    if (m_countdownSince) {
        const auto left = m_timings.countdown - (now - *m_countdownSince);
        if (left <= std::chrono::steady_clock::duration::zero()) {
            cancelCountdown();
            m_lastActivity = now;
            Q_EMIT wipeRequested();
            return;
        }
        const int seconds = int(std::chrono::ceil<std::chrono::seconds>(left).count());
        const QString text =
            tr("The form will be cleared in %n second(s) to protect your data.", nullptr, seconds);
        if (m_overlayCount->text() != text) {
            m_overlayCount->setText(text);
        }
        return;
    }
    const bool started = m_formStarted && m_formStarted();
    if (started && now - m_lastActivity >= m_timings.idle) {
        m_countdownSince = now;
        m_overlayCount->clear();
        styleOverlay();
        layoutOverlay();
        m_overlay->show();
        m_overlay->raise();
        check(); // the count at once
        QAccessibleEvent alert(m_overlay, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void KioskController::requestAdmin()
{
    if (m_pinDialog) {
        m_pinDialog->raise();
        m_pinDialog->activateWindow();
        return;
    }
    m_pinDialog = new AdminPinDialog(m_pinHash, m_throttle, m_window);
    m_pinDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pinDialog, &AdminPinDialog::unlocked, this, &KioskController::adminUnlocked);
    m_pinDialog->open();
}

bool KioskController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_header) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin) {
            m_longPress.start(m_timings.longPress);
        } else if (event->type() == QEvent::MouseButtonRelease ||
                   event->type() == QEvent::TouchEnd || event->type() == QEvent::TouchCancel ||
                   event->type() == QEvent::Leave) {
            m_longPress.stop();
        }
    }
    if (watched == m_overlay && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    if (watched == m_window && event->type() == QEvent::Resize) {
        layoutOverlay();
    }
    if (m_active && isInput(event->type()) && watched->isWidgetType()) {
        noteActivity(endsThankYou(watched, event));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bizkithub::gui
