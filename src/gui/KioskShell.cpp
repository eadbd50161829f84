// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskShell.h"

#include "FirstFrame.h"
#include "KioskChrome.h"
#include "KioskController.h"
#include "OnScreenKeyboard.h"
#include "Settings.h"
#include "StartupTrace.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QGuiApplication>
#include <QInputMethod>
#include <QMainWindow>
#include <QPagedPaintDevice>
#include <QPushButton>

namespace bizkithub::gui {

namespace {

// Everything a guest touches is at least 48 px each way at scale 1 (a fingertip), and grows
// with the font; the words are large enough to read standing.
QString kioskStyleSheet()
{
    const double size = std::max(14.0, QApplication::font().pointSizeF() * 1.5);
    return QStringLiteral(
               "QLineEdit, QComboBox, QPlainTextEdit, QPushButton, QLabel, QGroupBox, QCheckBox "
               "{ font-size: %1pt; }"
               "QLineEdit, QComboBox { min-height: 48px; padding: 0 0.3em; }"
               "QPushButton { min-height: 48px; min-width: 48px; padding: 0.2em 1.2em; }"
               "QCheckBox { min-height: 48px; min-width: 48px; }"
               "#consentCheck { max-width: 48px; }"
               "QScrollBar:vertical { width: 24px; }"
               "#thankYouDone { font-weight: bold; }"
               "QCheckBox::indicator { width: 40px; height: 40px; }"
               "#categoryTile { min-height: 64px; padding: 0.2em 0.6em; }"
               "#categoryTile:checked { background: palette(highlight);"
               " color: palette(highlighted-text); font-weight: bold; }"
               "#languageButton { min-height: 48px; padding: 0 0.8em; border: 1px solid "
               "palette(mid);"
               " border-radius: 6px; background: palette(button); }"
               "#languageButton:checked { background: palette(highlight);"
               " color: palette(highlighted-text); }"
               "#kioskOutboxIndicator { font-size: %4pt; }"
               "#pinKey { min-width: 64px; min-height: 64px; padding: 0; }"
               "#kioskTitle, #kioskGreeting { font-size: %2pt; font-weight: bold; }"
               "#thankYouTitle { font-size: %3pt; font-weight: bold; }"
               "#thankYouReference { font-size: %3pt; font-family: monospace; }"
               "#thankYouReply { font-size: %2pt; }")
        .arg(size)
        .arg(size * 1.4)
        .arg(size * 2.4)
        .arg(std::max(9.0, size * 0.6));
}

} // namespace

KioskShell::KioskShell(QMainWindow* window, QBoxLayout* keyboardRow, Settings& settings)
    : QObject(window)
    , m_window(window)
    , m_keyboardRow(keyboardRow)
    , m_settings(settings)
    , m_chrome(new KioskChrome(window))
    , m_controller(new KioskController(window))
    , m_printerFactory(&GuestReceipt::systemPrinter)
{
    // A long press on the header asks for the admin PIN.
    m_controller->setHeader(m_chrome->header());
    connect(m_controller, &KioskController::thankYouCountdown, m_chrome,
            &KioskChrome::setCountdown);
    connect(m_chrome, &KioskChrome::doneRequested, m_controller, &KioskController::finishThankYou);
    connect(m_chrome, &KioskChrome::languageChosen, this, &KioskShell::chooseLanguage);
    connect(m_chrome, &KioskChrome::printRequested, this, &KioskShell::printReceipt);
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this, [this] {
        m_chrome->setCompact(m_keyboard && m_keyboard->isAvailable() &&
                             QGuiApplication::inputMethod()->isVisible());
    });
}

KioskShell::~KioskShell() = default;

void KioskShell::setActive(bool active)
{
    m_active = active;
    m_controller->setActive(active);
    m_chrome->header()->setVisible(active);
    if (active && !m_keyboard && !m_keyboardPending && m_settings.wantsOnScreenKeyboard()) {
        // The keys show when a guest touches a field, never in the first frame: Qt Quick and
        // the keyboard's QML are made ready just after it, while the guest looks at the screen.
        if (m_window->isVisible()) {
            createKeyboard();
        } else {
            m_keyboardPending = true;
            afterFirstFrame(m_window, [this] { createKeyboard(); });
        }
    }
    if (m_keyboard) {
        m_keyboard->setActive(active && m_settings.kioskOnScreenKeyboard());
        m_keyboard->setLocale(QLocale());
    }
    for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
        applyButtonRule(button);
    }
    // Buttons made later (a banner's, with its first message) take the rule when they are first
    // polished, just before they show.
    if (active) {
        qApp->installEventFilter(this);
    } else {
        qApp->removeEventFilter(this);
    }
    applyStyle();
}

void KioskShell::applyButtonRule(QAbstractButton* button) const
{
    // A tap on a button must not take the focus from the field being typed into: the keys would
    // go down under the finger and the button move away before the tap ends. Tab still reaches
    // every button.
    if (m_active && button->focusPolicy() == Qt::StrongFocus) {
        button->setFocusPolicy(Qt::TabFocus);
        button->setProperty("kioskTabFocus", true);
    } else if (!m_active && button->property("kioskTabFocus").toBool()) {
        button->setFocusPolicy(Qt::StrongFocus);
        button->setProperty("kioskTabFocus", QVariant());
    }
}

bool KioskShell::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        if (auto* button = qobject_cast<QAbstractButton*>(watched);
            button && button->window() == m_window) {
            applyButtonRule(button);
        }
    }
    return QObject::eventFilter(watched, event);
}

bool KioskShell::typesOnScreenKeys() const
{
    return m_keyboardPending || (m_keyboard && m_keyboard->isAvailable());
}

void KioskShell::createKeyboard()
{
    m_keyboardPending = false;
    if (m_keyboard) {
        return;
    }
    m_keyboard = new OnScreenKeyboard(m_window);
    if (QWidget* keys = m_keyboard->widget()) {
        m_keyboardRow->addWidget(keys);
    }
    m_keyboard->setActive(m_active && m_settings.kioskOnScreenKeyboard());
    m_keyboard->setLocale(QLocale());
    startupTrace::mark("on-screen keyboard made");
    Q_EMIT staffProblemChanged();
    Q_EMIT keyboardReady();
}

void KioskShell::applyStyle()
{
    // Large, touch-friendly controls: everything in the window and its dialogs grows; leaving
    // the kiosk gives every widget its own look back. A change of window flags makes every widget
    // take its style again, which under a style sheet costs a new look-up of every rule for each
    // (about 10 ms on the way to the kiosk's first frame): the flag changes while there is none.
    if (m_active) {
        m_window->setWindowFlag(Qt::FramelessWindowHint, true);
        m_window->setStyleSheet(kioskStyleSheet());
    } else {
        m_window->setStyleSheet(QString());
        m_window->setWindowFlag(Qt::FramelessWindowHint, false);
    }
}

void KioskShell::applySettings(const QString& contactSentence)
{
    m_controller->setAdminPinHash(m_settings.adminPinHash());
    KioskController::Timings timings = m_controller->timings();
    timings.idle = m_settings.kioskIdleTime();
    timings.thankYou = m_settings.kioskThankYouTime();
    m_controller->setTimings(timings);
    m_chrome->setOrganization(m_settings.kioskOrganizationName(), m_settings.kioskLogoFile());
    m_chrome->setGreeting(m_settings.kioskGreeting(), contactSentence);
    m_chrome->setLanguages(m_settings.kioskLanguages(), currentLanguage());
    if (m_keyboard) {
        m_keyboard->setLocale(QLocale());
    }
    // A guest who changes the language on the thank-you page reads all of it in the new one,
    // and the receipt says it so too.
    if (!m_receipt.reference.isEmpty()) {
        m_receipt.reply = GuestReceipt::replySentence(m_thanked);
        m_chrome->setReply(m_receipt.reply);
    }
}

bool KioskShell::hasGuestTraces() const
{
    return m_guestChoseLanguage || (m_keyboard && m_keyboard->isShown());
}

QString KioskShell::currentLanguage() const
{
    return bizkithub::currentLanguage();
}

void KioskShell::chooseLanguage(const QString& code)
{
    if (code == currentLanguage()) {
        return;
    }
    m_guestChoseLanguage = true;
    // Every widget hears of it and says its words again, the keys follow (applySettings()).
    applyLanguage(localeForLanguage(code));
}

void KioskShell::thank(const Ticket& sent, const QString& reference)
{
    m_thanked = sent;
    m_receipt = GuestReceipt{m_settings.kioskOrganizationName(), QDateTime::currentDateTime(),
                             reference, GuestReceipt::replySentence(sent)};
    m_chrome->showThankYou({reference, m_receipt.reply, m_settings.kioskReferenceLink(reference),
                            !m_settings.kioskReceiptPrinter().isEmpty()});
    if (m_keyboard) {
        m_keyboard->dismiss();
    }
    m_controller->startThankYou();
}

void KioskShell::nextGuest()
{
    if (m_keyboard) {
        m_keyboard->dismiss();
    }
    m_receipt = {};
    m_thanked = {};
    m_chrome->endThankYou();
    if (m_guestChoseLanguage) {
        m_guestChoseLanguage = false;
        applyLanguage(localeForLanguage(m_settings.language()));
    }
}

void KioskShell::printReceipt()
{
    if (m_receipt.reference.isEmpty() || m_settings.kioskReceiptPrinter().isEmpty()) {
        return;
    }
    QString error;
    const std::unique_ptr<QPagedPaintDevice> printer =
        m_printerFactory(m_settings.kioskReceiptPrinter(), &error);
    const bool printed = printer && m_receipt.print(*printer, &error);
    // One slip a ticket; the guest gets the time to take it.
    m_chrome->printButton()->setEnabled(false);
    m_chrome->setPrinted(printed);
    m_controller->startThankYou();
    if (!printed) {
        qWarning("The receipt could not be printed on %s: %s",
                 qPrintable(m_settings.kioskReceiptPrinter()), qPrintable(error));
    }
    const QString problem = printed ? QString() : error;
    if (printed == m_printError.isEmpty() && problem == m_printError) {
        return;
    }
    m_printError = printed ? QString() : (error.isEmpty() ? QStringLiteral("?") : error);
    Q_EMIT staffProblemChanged();
}

void KioskShell::setPrinterFactory(GuestReceipt::PrinterFactory factory)
{
    m_printerFactory = std::move(factory);
}

QString KioskShell::staffProblem() const
{
    QStringList problems;
    if (m_active && m_keyboard && !m_keyboard->isAvailable()) {
        problems.append(m_keyboard->unavailableReason());
    }
    if (!m_printError.isEmpty()) {
        problems.append(tr("Receipt printer %1: the last receipt could not be printed.")
                            .arg(m_settings.kioskReceiptPrinter()));
    }
    return problems.join(QStringLiteral(" · "));
}

QString KioskShell::staffProblemDetails() const
{
    QStringList details;
    if (m_active && m_keyboard) {
        details.append(m_keyboard->unavailableDetails());
    }
    details.append(m_printError);
    details.removeAll(QString());
    return details.join(u'\n');
}

} // namespace bizkithub::gui
