// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"
#include "TicketValidator.h"

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class QAction;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace bizkithub {
class ContactFormClient;
class Settings;
class SubmitJob;
} // namespace bizkithub

namespace bizkithub::gui {

class ResultBanner;
class SuccessPage;
class TicketForm;

// The application window: the ticket form, what happened to the last send, and the way to the
// settings. It checks the ticket with the core's validator, hands it to the ContactFormClient and
// shows the SubmitResult; it keeps no state of its own beyond the ticket being written.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings& settings, QNetworkAccessManager* network, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] TicketForm* form() const { return m_form; }
    [[nodiscard]] ResultBanner* banner() const { return m_banner; }
    [[nodiscard]] SuccessPage* successPage() const { return m_successPage; }
    [[nodiscard]] bool isSending() const { return !m_job.isNull(); }

public Q_SLOTS:
    void send();
    void cancelSending();
    void newTicket();
    // Opens the settings; returns true when they were saved.
    bool openSettings();

Q_SIGNALS:
    void resultShown(const bizkithub::SubmitResult& result);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void applySettings();
    void setBusy(bool busy);
    void onFinished(const SubmitResult& result);
    void updateStatus();

    Settings& m_settings;
    ContactFormClient* m_client;
    TicketValidator m_validator;
    QUuid m_ticketId;
    Ticket m_sentTicket;
    QPointer<SubmitJob> m_job;

    QStackedWidget* m_pages;
    ResultBanner* m_banner;
    TicketForm* m_form;
    SuccessPage* m_successPage;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_keyStatus;
    QAction* m_sendAction = nullptr;
    QAction* m_newAction = nullptr;
};

} // namespace bizkithub::gui
