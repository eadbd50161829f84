// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuestReceipt.h"
#include "Ticket.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QBoxLayout;
class QMainWindow;

namespace bizkithub {
class Settings;
}

namespace bizkithub::gui {

class KioskChrome;
class KioskController;
class OnScreenKeyboard;

// The kiosk around the window's form: its header and thank-you page (KioskChrome), its sense of
// time (KioskController), the on-screen keyboard, the guest's language and the receipt. The main
// window keeps the tickets; this class holds only what a guest sees and touches, and forgets the
// guest at nextGuest().
class KioskShell final : public QObject
{
    Q_OBJECT

public:
    // window: the window the kiosk fills; keyboardRow: the layout at its bottom the on-screen
    // keyboard goes into.
    KioskShell(QMainWindow* window, QBoxLayout* keyboardRow, Settings& settings);
    ~KioskShell() override;

    [[nodiscard]] KioskChrome* chrome() const { return m_chrome; }
    [[nodiscard]] KioskController* controller() const { return m_controller; }
    // Nullptr until a kiosk wants one and its first frame is on the screen (keyboardReady()
    // says when), and when it cannot be loaded.
    [[nodiscard]] OnScreenKeyboard* keyboard() const { return m_keyboard; }
    // Guests type on the on-screen keys, now or as soon as they are ready: the form waits for a
    // field to be touched instead of putting the focus in its first one.
    [[nodiscard]] bool typesOnScreenKeys() const;
    [[nodiscard]] bool isActive() const { return m_active; }

    // Kiosk mode on or off: large touch targets or the office look, keyboard, timers.
    void setActive(bool active);
    // The admin's settings changed: names, greeting, languages, times.
    void applySettings(const QString& contactSentence);

    // Thanks the guest for the ticket just queued: the reference, how the reply will come, the
    // QR code, the receipt.
    void thank(const Ticket& sent, const QString& reference);
    // The next guest starts: the language of the settings again, the keys put away.
    void nextGuest();
    // The guest's own language, for this guest only.
    void chooseLanguage(const QString& code);
    [[nodiscard]] QString currentLanguage() const;
    // Something of a guest is on screen that is not in the form: a language chosen, the keys up.
    // A kiosk left like this is wiped after its idle time as a started form is.
    [[nodiscard]] bool hasGuestTraces() const;
    // Prints the receipt of the guest being thanked on kiosk/receiptPrinter, without a dialog.
    void printReceipt();
    // A seam for tests: where receipts are printed (a PDF file instead of a printer).
    void setPrinterFactory(GuestReceipt::PrinterFactory factory);
    // What staff must know that is not about tickets (the keyboard that could not be loaded, a
    // receipt printer that failed); empty when all is well.
    [[nodiscard]] QString staffProblem() const;
    // What failed, in Qt's words, for the sign's tooltip.
    [[nodiscard]] QString staffProblemDetails() const;

Q_SIGNALS:
    // Something staff should see in the header's sign changed.
    void staffProblemChanged();
    // The on-screen keyboard was made (or failed to load: see keyboard()).
    void keyboardReady();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createKeyboard();
    void applyStyle();
    void applyButtonRule(QAbstractButton* button) const;

    QMainWindow* m_window;
    QBoxLayout* m_keyboardRow;
    Settings& m_settings;
    KioskChrome* m_chrome;
    KioskController* m_controller;
    OnScreenKeyboard* m_keyboard = nullptr;
    bool m_keyboardPending = false;
    GuestReceipt::PrinterFactory m_printerFactory;
    GuestReceipt m_receipt; // of the guest being thanked
    Ticket m_thanked;       // what they sent, as the form showed it
    QString m_printError;   // why the last receipt failed, for staff; empty when it printed
    bool m_active = false;
    bool m_guestChoseLanguage = false;
};

} // namespace bizkithub::gui
