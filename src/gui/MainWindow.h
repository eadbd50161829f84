// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeliveryService.h"
#include "Settings.h"
#include "SubmitResult.h"
#include "TicketValidator.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <optional>

class QAction;

class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace bizkithub {
class Outbox;
class OutboxSender;
} // namespace bizkithub

namespace bizkithub::gui {

class KioskChrome;
class KioskController;
class KioskShell;
class OutboxWindow;
class ResultBanner;
class StatusBar;
class SuccessPage;
class TicketForm;

// The application window: the ticket form, what happened to the last send, the outbox, and the
// way to the settings. The form being written is a draft in the outbox, saved as the person
// types; Send queues it and the delivery service (built by main(), shared with nobody else in
// this process) delivers it. The window wires these together; it keeps no ticket state of its
// own beyond which ticket the form shows.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings& settings, DeliveryService& delivery, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] TicketForm* form() const { return m_form; }
    [[nodiscard]] ResultBanner* banner() const { return m_banner; }
    [[nodiscard]] ResultBanner* holdBanner() const { return m_holdBanner; }
    // The page a sent or kept ticket shows; made the first time it is asked for.
    [[nodiscard]] SuccessPage* successPage();
    [[nodiscard]] OutboxSender* sender() const { return &m_delivery.sender(); }
    [[nodiscard]] StatusBar* status() const { return m_status; }
    [[nodiscard]] QUuid currentTicketId() const { return m_ticketId; }
    [[nodiscard]] QString heading() const;
    [[nodiscard]] OutboxWindow* outboxWindow() const;
    [[nodiscard]] bool isSending() const { return m_pendingSend.has_value(); }
    [[nodiscard]] QString queueStatus() const;

    // Kiosk mode: full screen, no decorations or menus, the form alone for customers; see
    // KioskController.
    [[nodiscard]] bool isKioskMode() const { return m_kioskMode; }
    [[nodiscard]] KioskController* kiosk() const { return m_kiosk; }
    [[nodiscard]] KioskShell* kioskShell() const { return m_kioskShell; }
    [[nodiscard]] QWidget* kioskHeader() const;
    [[nodiscard]] QLabel* kioskOutboxIndicator() const;
    [[nodiscard]] QWidget* thankYouPage() const;
    [[nodiscard]] QString thankYouText() const;
    [[nodiscard]] QDialog* adminMenu() const { return m_adminMenu; }
    // Shows the window as its mode wants it: full screen in kiosk mode.
    void present();

    // How long after the last keystroke the draft is saved.
    static constexpr std::chrono::milliseconds autosaveDelay{1000};

public Q_SLOTS:
    void send();
    void cancelSending();
    void newTicket();
    void saveAsDraft();
    // Saves the form as a draft now (autosave does this a second after typing stops). False
    // when the store refused it: the form keeps what is typed, and a banner says why.
    bool saveDraftNow();
    void openTicket(const QUuid& id);
    void showOutbox();
    // Opens the settings; returns true when they were saved.
    bool openSettings();
    // Kiosk mode is left for this run only; the admin's setting decides the next start.
    void leaveKioskMode();
    // The session ends (SIGTERM, SIGHUP, logout): what is typed is kept as a draft, without
    // asking anybody, and the next start brings it back quietly.
    void shutDown();

Q_SIGNALS:
    void resultShown(const bizkithub::SubmitResult& result);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void applySettings();
    void restoreDraft();
    // The first start: as large as the screen it opens on comfortably allows, centred.
    void fitToScreen();
    // Moves and shrinks the shown window into its screen's available area, frame and all.
    void keepOnScreen();
    // A normal end: the window's place and the draft are kept, and the draft will come back
    // without a word. False when the draft could not be saved.
    bool keepForNextStart();
    void updateHeading();
    // What the page of a kept ticket says about when it goes.
    [[nodiscard]] QString waitingSentence() const;
    // The page for a ticket that left the form: delivered, or kept (waiting, or held).
    void showOutcomePage(const SubmitResult& result);
    void setBusy(bool busy);
    void onAttemptFinished(const QUuid& id, const SubmitResult& result);
    void showKept(const QString& whatNext);
    void showActionNeeded(const QString& whatHappened);
    // The setting that lifts the hold on the queue, when there is one.
    [[nodiscard]] std::optional<Settings::Key> settingToFix() const;
    void updateQueueStatus();
    void deleteAllLocalData();
    void createKioskParts();
    void setKioskMode(bool kiosk);
    void showThankYou();
    // kiosk/maxTicketsPerHour tickets were queued in the last hour.
    [[nodiscard]] bool kioskLimitReached() const;
    void wipeForNextCustomer();
    void showAdminMenu();
    void refreshPresets();

    Settings& m_settings;
    DeliveryService& m_delivery;
    Outbox& m_outbox;
    TicketValidator m_validator;
    QUuid m_ticketId;
    Ticket m_sentTicket;
    std::optional<QUuid> m_pendingSend;
    QTimer m_autosaveTimer;
    QTimer m_sendWaitTimer;
    QPointer<OutboxWindow> m_outboxWindow;

    QStackedWidget* m_pages;
    QLabel* m_heading;
    ResultBanner* m_holdBanner;
    ResultBanner* m_banner;
    TicketForm* m_form;
    SuccessPage* m_successPage = nullptr;
    QPushButton* m_cancelButton;
    QPushButton* m_stopEditing = nullptr;
    StatusBar* m_status;
    QAction* m_sendAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_saveDraftAction = nullptr;
    QAction* m_outboxAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_deleteAllAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    KioskShell* m_kioskShell = nullptr;
    KioskController* m_kiosk = nullptr;
    bool m_kioskMode = false;
    bool m_built = false; // the constructor is done: the queue's status is read once, at its end
    bool m_draftUnsaved = false; // the store refused the last autosave; the banner says so
    bool m_sendAsTyped = false;  // "Send anyway": the e-mail suggestion was seen and declined
    QString m_fieldProblems;     // the banner's words when it says to correct the marked fields
    std::optional<SubmitResult> m_holdResult; // the attempt that held the queue in this run
    std::optional<QUuid> m_keptShown;         // the kept ticket whose page is on screen
    QString m_editingReference; // the outbox ticket open for editing; empty for a new one
    KioskChrome* m_kioskChrome = nullptr;
    QPointer<QDialog> m_adminMenu;
};

} // namespace bizkithub::gui
