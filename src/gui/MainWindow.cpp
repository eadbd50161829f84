// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ContactFormClient.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SuccessPage.h"
#include "TicketForm.h"
#include "Version.h"
#include "validation/ApiKey.h"
#include "validation/CategorySlug.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace bizkithub::gui {

MainWindow::MainWindow(Settings& settings, QNetworkAccessManager* network, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_client(new ContactFormClient(network, this))
    , m_ticketId(QUuid::createUuid())
    , m_pages(new QStackedWidget(this))
    , m_banner(new ResultBanner(this))
    , m_form(new TicketForm(this))
    , m_successPage(new SuccessPage(this))
    , m_cancelButton(new QPushButton(tr("&Cancel sending"), this))
    , m_progress(new QProgressBar(this))
    , m_keyStatus(new QLabel(this))
{
    setWindowTitle(tr("BizKitHub Contact"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/bizkithub-contact.svg")));

    // The form page: the result banner above the form, the whole page scrolling when the window
    // is small or the text large, so nothing is ever clipped.
    auto* formPage = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(m_banner);
    formLayout->addWidget(m_form, 1);
    auto* cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancelButton);
    formLayout->addLayout(cancelRow);
    m_cancelButton->hide();
    m_cancelButton->setToolTip(tr("Stop waiting for BizKitHub (Esc)"));
    m_cancelButton->setShortcut(Qt::Key_Escape);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(formPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_successPage);
    setCentralWidget(m_pages);

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Sending"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_keyStatus);

    connect(m_form, &TicketForm::sendRequested, this, &MainWindow::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelSending);
    connect(m_successPage, &SuccessPage::newTicketRequested, this, &MainWindow::newTicket);
    connect(m_banner, &ResultBanner::actionTriggered, this, [this](ResultBanner::Action action) {
        switch (action) {
        case ResultBanner::Action::Retry:
            send();
            break;
        case ResultBanner::Action::OpenSettings:
            openSettings();
            break;
        case ResultBanner::Action::Edit:
            // The marks the platform put on fields stay; focus goes to the first of them.
            m_form->focusFirstIssue();
            break;
        }
    });
    connect(&m_settings, &Settings::changed, this, &MainWindow::applySettings);

    createActions();
    applySettings();
    resize(640, 820);
    m_form->focusFirstField();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_newAction = fileMenu->addAction(tr("&New ticket"), this, [this] {
        if (m_pages->currentWidget() == m_successPage || m_form->isEmpty() ||
            QMessageBox::question(this, tr("New ticket"),
                                  tr("Discard the ticket you are writing and start a new one?"),
                                  QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Cancel) == QMessageBox::Discard) {
            newTicket();
        }
    });
    m_newAction->setShortcut(QKeySequence::New);
    m_sendAction = fileMenu->addAction(tr("&Send"), this, &MainWindow::send);
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    fileMenu->addSeparator();
    QAction* settingsAction =
        fileMenu->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About BizKitHub Contact"), this, [this] {
        QMessageBox::about(this, tr("About BizKitHub Contact"),
                           tr("<h3>BizKitHub Contact %1</h3>"
                              "<p>Files support tickets into BizKitHub.</p>")
                               .arg(applicationVersion()));
    });
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::applySettings()
{
    m_validator = TicketValidator(m_settings.formPolicy());
    m_form->setValidator(m_validator);
    m_form->setCategories(CategorySlug::parseList(m_settings.categories()));
    m_form->setDefaultSendToEmail(m_settings.sendToEmail());
    m_client->setConfig(m_settings.clientConfig());
    updateStatus();
}

void MainWindow::updateStatus()
{
    const auto key = ApiKey::fromString(m_settings.apiKey());
    if (key) {
        m_keyStatus->setText(key->description());
        m_keyStatus->setToolTip(tr("Tickets go to %1").arg(m_settings.baseUrl()));
    } else {
        m_keyStatus->setText(tr("No API key: open Settings"));
        m_keyStatus->setToolTip(ApiKey::problemMessage(ApiKey::Problem::Missing));
    }
    m_keyStatus->setAccessibleName(m_keyStatus->text());
}

void MainWindow::send()
{
    if (isSending() || m_pages->currentWidget() == m_successPage) {
        return;
    }
    const TicketValidator::Result checked = m_validator.validate(m_form->typedTicket());
    if (!checked.isValid()) {
        m_banner->showMessage(
            tr("Please correct the marked fields and send again (problems found: %n).", nullptr,
               int(checked.issues.size())));
        m_form->showIssues(checked.issues);
        return;
    }
    if (const auto problem = ApiKey::check(m_settings.apiKey())) {
        m_banner->showMessage(ApiKey::problemMessage(*problem), ResultBanner::Action::OpenSettings);
        if (openSettings() && !ApiKey::check(m_settings.apiKey())) {
            m_banner->showMessage(tr("The API key is saved. Press Send to send the ticket."));
            m_form->sendButton()->setFocus(Qt::OtherFocusReason);
        }
        return;
    }

    m_banner->hide();
    m_sentTicket = checked.ticket;
    m_client->setConfig(m_settings.clientConfig());
    m_job = m_client->submit(checked.ticket, m_ticketId);
    connect(m_job, &SubmitJob::finished, this, &MainWindow::onFinished);
    setBusy(true);
}

void MainWindow::cancelSending()
{
    if (m_job) {
        m_job->cancel();
    }
}

void MainWindow::setBusy(bool busy)
{
    m_form->setBusy(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    m_sendAction->setEnabled(!busy);
    m_newAction->setEnabled(!busy);
    if (busy) {
        statusBar()->showMessage(tr("Sending the ticket to BizKitHub…"));
        m_cancelButton->setFocus(Qt::OtherFocusReason);
    } else {
        statusBar()->clearMessage();
    }
}

void MainWindow::onFinished(const SubmitResult& result)
{
    m_job = nullptr; // the job deletes itself later; it is done now
    setBusy(false);
    if (result.isSent()) {
        m_successPage->showTicket(m_sentTicket, m_ticketId, result);
        m_pages->setCurrentWidget(m_successPage);
        m_successPage->newTicketButton()->setFocus(Qt::OtherFocusReason);
        statusBar()->showMessage(tr("Ticket sent."), 10000);
    } else {
        m_banner->showResult(result);
        if (!result.fieldIssues.isEmpty()) {
            m_form->showIssues(result.fieldIssues);
        } else if (QPushButton* button = m_banner->actionButton(
                       result.outcome == SubmitResult::Outcome::Rejected
                           ? ResultBanner::Action::Edit
                       : result.isRetryable() ? ResultBanner::Action::Retry
                                              : ResultBanner::Action::OpenSettings)) {
            button->setFocus(Qt::OtherFocusReason);
        }
    }
    Q_EMIT resultShown(result);
}

void MainWindow::newTicket()
{
    m_ticketId = QUuid::createUuid();
    m_form->clear();
    m_banner->hide();
    m_pages->setCurrentIndex(0);
    m_form->focusFirstField();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Nothing typed is lost without the person saying so.
    QString question;
    if (isSending()) {
        question = tr("A ticket is being sent right now. If you quit, it may or may not reach "
                      "BizKitHub. Quit anyway?");
    } else if (m_pages->currentWidget() != m_successPage && !m_form->isEmpty()) {
        question = tr("Quit and discard the ticket you are writing?");
    }
    if (!question.isEmpty() && QMessageBox::question(this, tr("Quit BizKitHub Contact"), question,
                                                     QMessageBox::Discard | QMessageBox::Cancel,
                                                     QMessageBox::Cancel) != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    event->accept();
}

bool MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace bizkithub::gui
