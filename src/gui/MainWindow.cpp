// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Consent.h"
#include "FirstFrame.h"
#include "KioskChrome.h"
#include "KioskController.h"
#include "KioskShell.h"
#include "OnScreenKeyboard.h"
#include "Outbox.h"
#include "OutboxSender.h"
#include "OutboxWindow.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "StatusBar.h"
#include "SuccessPage.h"
#include "TicketForm.h"
#include "TimeText.h"
#include "Translations.h"
#include "Version.h"
#include "validation/ApiKey.h"
#include "validation/CategorySlug.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QRegion>
#include <QScreen>
#include <QSessionManager>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace bizkithub::gui {

namespace {

// The sizes window managers and task bars ask for, read as PNG. Naming the format is not
// enough: unless told not to guess, Qt first asks every image-format plugin (Qt SVG among them)
// whether it reads the file.
QIcon windowIconImages()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64}) {
        QImageReader reader(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/com.bizkithub.Contact.png").arg(size),
            "PNG");
        reader.setAutoDetectImageFormat(false);
        icon.addPixmap(QPixmap::fromImage(reader.read()));
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(Settings& settings, DeliveryService& delivery, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_delivery(delivery)
    , m_outbox(delivery.outbox())
    , m_ticketId(QUuid::createUuid())
    , m_pages(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_holdBanner(new ResultBanner(this))
    , m_banner(new ResultBanner(this))
    , m_form(new TicketForm(this))
    , m_cancelButton(new QPushButton(this))
    , m_status(new StatusBar(settings, delivery, this))
{
    // The icon is not what the first frame shows: it follows it.
    afterFirstFrame(this, [this] { setWindowIcon(windowIconImages()); });
    m_holdBanner->setObjectName(QStringLiteral("holdBanner"));

    // The form page: banners above the form. The form scrolls its fields when the window is
    // small or the text large; its action bar with Send stays in view.
    auto* formPage = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formPage);
    // What the page is: a new ticket, or which one is being edited.
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // Editing a ticket from the outbox: the way back to a new one, beside the heading.
    m_stopEditing = new QPushButton(formPage);
    m_stopEditing->setObjectName(QStringLiteral("stopEditing"));
    m_stopEditing->setFlat(true);
    m_stopEditing->hide();
    connect(m_stopEditing, &QPushButton::clicked, this, &MainWindow::saveAsDraft);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_stopEditing);
    formLayout->addLayout(headingRow);
    formLayout->addWidget(m_holdBanner); // a standing state: above everything
    formLayout->addWidget(m_form, 1);
    m_form->setMessageArea(m_banner); // what just happened: beside Send, the fields stay put
    auto* cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancelButton);
    formLayout->addLayout(cancelRow);
    m_cancelButton->hide();
    // Esc takes back a ticket on its way; otherwise it closes the banner above the form.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), formPage);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isSending()) {
            cancelSending();
        } else {
            m_banner->hide();
        }
    });
    m_pages->addWidget(formPage);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // A kiosk's header above the pages, its on-screen keyboard below them.
    m_kioskShell = new KioskShell(this, centralLayout, m_settings);
    m_kioskChrome = m_kioskShell->chrome();
    m_kiosk = m_kioskShell->controller();
    createKioskParts();
    centralLayout->addWidget(m_kioskChrome->header());
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    setStatusBar(m_status);

    connect(m_form, &TicketForm::sendRequested, this, &MainWindow::send);
    connect(m_form, &TicketForm::saveDraftRequested, this, &MainWindow::saveAsDraft);
    connect(m_form, &TicketForm::edited, this, [this] {
        m_autosaveTimer.start();
        m_sendAsTyped = false; // a changed ticket is looked at again
        // A guest correcting the fields has the room the banner took: what is wrong stands at
        // the fields, and Send says it again.
        if (m_kioskMode && !m_fieldProblems.isEmpty() && m_banner->message() == m_fieldProblems) {
            m_banner->hide();
        }
        m_fieldProblems.clear();
    });
    connect(m_form, &TicketForm::fieldLeft, this, &MainWindow::saveDraftNow);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(autosaveDelay);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::saveDraftNow);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        // The desktop session ends: what is typed is kept for the next start.
        connect(app, &QGuiApplication::commitDataRequest, this,
                [this](QSessionManager&) { saveDraftNow(); });
    }

    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelSending);
    const auto onAction = [this](ResultBanner::Action action) {
        switch (action) {
        case ResultBanner::Action::Retry:
            m_outbox.releaseHold();
            m_delivery.sender().sendNow();
            break;
        case ResultBanner::Action::OpenSettings:
            openSettings();
            break;
        case ResultBanner::Action::Edit:
            // The marks the platform put on fields stay; focus goes to the first of them.
            m_form->focusFirstIssue();
            break;
        case ResultBanner::Action::UseSuggestion:
            m_form->applyEmailSuggestion();
            m_banner->hide();
            m_form->sendButton()->setFocus(Qt::OtherFocusReason);
            break;
        case ResultBanner::Action::SendAnyway:
            m_sendAsTyped = true;
            m_banner->hide();
            send();
            break;
        }
    };
    connect(m_banner, &ResultBanner::actionTriggered, this, onAction);
    connect(m_holdBanner, &ResultBanner::actionTriggered, this, onAction);

    connect(&m_delivery, &DeliveryService::attemptFinished, this, &MainWindow::onAttemptFinished);
    connect(&m_delivery, &DeliveryService::connectionChanged, this, &MainWindow::updateQueueStatus);
    connect(&m_delivery.sender(), &OutboxSender::storeFailure, this,
            [this](Outbox::Problem problem) {
                // Said when it is worth a person's attention: a damaged store or a full disk.
                if (problem == Outbox::Problem::Damaged || problem == Outbox::Problem::DiskFull) {
                    m_banner->showMessage([text = m_outbox.errorString()] { return text; });
                }
            });
    connect(&m_outbox, &Outbox::changed, this, &MainWindow::updateQueueStatus);
    // If the sender has not reported on our ticket by then, it is safe in the outbox anyway.
    m_sendWaitTimer.setSingleShot(true);
    connect(&m_sendWaitTimer, &QTimer::timeout, this, [this] {
        if (m_pendingSend) {
            m_pendingSend.reset();
            setBusy(false);
            showKept(tr("It will be sent automatically as soon as BizKitHub can be reached."));
        }
    });
    connect(&m_settings, &Settings::changed, this, &MainWindow::applySettings);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Language) {
            // Every widget hears of it and says its words again: no restart.
            applyLanguage(localeForLanguage(m_settings.language()));
        }
    });

    createActions();
    retranslate();
    applySettings();
    setKioskMode(m_settings.kioskEnabled());
    if (!m_kioskMode) {
        restoreDraft(); // a kiosk keeps no drafts: nobody's ticket greets the next customer
    }
    // Six queries, one of them over every ticket kept: once, not at each step above.
    m_built = true;
    updateQueueStatus();
}

MainWindow::~MainWindow()
{
    delete m_outboxWindow; // not a child at the desk

    // The delivery service outlives the window; the window must not hear of it half-destroyed.
    disconnect(&m_outbox, nullptr, this, nullptr);
    disconnect(&m_delivery, nullptr, this, nullptr);
    disconnect(&m_delivery.sender(), nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    QMenu* fileMenu = m_fileMenu;
    m_newAction = fileMenu->addAction(QString(), this, [this] {
        // The ticket being written is kept as a draft, so nothing needs confirming.
        if (m_pages->currentWidget() != m_successPage && !m_form->isEmpty()) {
            saveAsDraft();
        } else {
            newTicket();
        }
    });
    m_newAction->setShortcut(QKeySequence::New);
    m_saveDraftAction = fileMenu->addAction(QString(), this, &MainWindow::saveAsDraft);
    m_saveDraftAction->setShortcut(QKeySequence::Save);
    m_sendAction = fileMenu->addAction(QString(), this, &MainWindow::send);
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    fileMenu->addSeparator();
    QAction* outboxAction = m_outboxAction =
        fileMenu->addAction(QString(), this, &MainWindow::showOutbox);
    outboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction* settingsAction = m_settingsAction =
        fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    m_deleteAllAction = fileMenu->addAction(QString(), this, &MainWindow::deleteAllLocalData);
    fileMenu->addSeparator();
    QAction* quitAction = m_quitAction = fileMenu->addAction(QString(), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    QAction* aboutAction = m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About BizKitHub Contact"),
                           tr("<h3>BizKitHub Contact %1</h3>"
                              "<p>Files support tickets into BizKitHub.</p>")
                               .arg(applicationVersion()));
    });
    aboutAction->setMenuRole(QAction::AboutRole);
}

OutboxWindow* MainWindow::outboxWindow() const
{
    return m_outboxWindow;
}

bool MainWindow::kioskLimitReached() const
{
    const int max = m_settings.kioskMaxTicketsPerHour();
    return max > 0 &&
           m_outbox.countQueuedSince(QDateTime::currentDateTimeUtc().addSecs(-3600)) >= max;
}

QString MainWindow::heading() const
{
    return m_heading->text();
}

void MainWindow::updateHeading()
{
    m_heading->setText(m_editingReference.isEmpty() ? tr("New ticket")
                                                    : tr("Editing %1").arg(m_editingReference));
    m_stopEditing->setText(tr("Stop editing"));
    m_stopEditing->setToolTip(
        tr("Keep the changes as a draft in Outbox and drafts, and start a new ticket"));
    m_stopEditing->setVisible(!m_editingReference.isEmpty() && !m_kioskMode);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("BizKitHub Contact"));
    updateHeading();
    m_cancelButton->setText(tr("&Cancel sending"));
    m_cancelButton->setToolTip(tr("Stop sending and go on editing (Esc)"));
    if (m_kioskChrome) {
        m_kioskChrome->setGreeting(m_settings.kioskGreeting(),
                                   m_validator.policy().contactSentence());
    }
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New ticket"));
    m_newAction->setToolTip(tr("Start a new ticket; the one you are writing stays in Drafts"));
    m_saveDraftAction->setText(tr("Save as &draft"));
    m_sendAction->setText(tr("&Send"));
    m_outboxAction->setText(tr("&Outbox and drafts…"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_deleteAllAction->setText(tr("Delete all &local data…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About BizKitHub Contact"));
    updateQueueStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // What the admin wrote per language (the consent notice, the greeting) follows too.
        applySettings();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::applySettings()
{
    m_validator = TicketValidator(m_settings.formPolicy());
    m_form->setValidator(m_validator);
    m_form->setCategories(CategorySlug::parseList(m_settings.categories()));
    refreshPresets();
    m_kioskShell->applySettings(m_validator.policy().contactSentence());
}

void MainWindow::restoreDraft()
{
    const auto id = m_outbox.currentDraft();
    const auto entry = id ? m_outbox.entry(*id) : std::nullopt;
    if (!entry) {
        m_form->focusFirstField();
        return;
    }
    m_ticketId = entry->id;
    m_form->setTypedTicket(entry->typed);
    // After a normal quit the draft is simply there again; after a crash, a kill or a power cut
    // the person is told what was brought back and from when.
    if (!m_outbox.wasFormLeftCleanly()) {
        m_banner->showMessage(
            [updated = entry->updated] {
                return tr("Restored the ticket you were writing at %1.").arg(shortTime(updated));
            },
            {}, ResultBanner::Severity::Information);
    }
    m_form->focusFirstField();
}

QString MainWindow::queueStatus() const
{
    return m_status->queueItem()->text();
}

void MainWindow::updateQueueStatus()
{
    if (!m_built) {
        return;
    }
    m_status->refresh(); // first: the kiosk's sign repeats it
    const OutboxStatus& status = m_status->outboxStatus();
    const int waiting = status.waiting;
    const auto& hold = status.hold;
    const QString holdText =
        hold ? tr("Sending is on hold: %1 Tickets wait in the outbox until this is fixed.")
                   .arg(hold->message)
             : QString();
    if (hold && !m_kioskMode) {
        m_holdBanner->showMessage(
            holdText, {ResultBanner::Action::OpenSettings, ResultBanner::Action::Retry});
    } else {
        m_holdBanner->hide();
    }
    // In a kiosk the customer is not troubled with it; staff see a small sign in the header.
    QString explanation = hold ? holdText : queueStatus();
    if (const QString details = m_kioskShell->staffProblemDetails(); !details.isEmpty()) {
        explanation += u'\n' + details;
    }
    QStringList problems{status.alertSentence(), m_kioskShell->staffProblem()};
    problems.removeAll(QString());
    m_kioskChrome->setWaiting(
        waiting, bool(hold), explanation,
        m_kioskMode && kioskLimitReached() ? m_settings.kioskMaxTicketsPerHour() : 0,
        problems.join(QStringLiteral(" · ")));
}

void MainWindow::refreshPresets()
{
    m_form->setPresets(m_validator.policy().initialTicket(QDateTime::currentDateTime(),
                                                          TicketValidator::defaultHostname()));
}

bool MainWindow::saveDraftNow()
{
    m_autosaveTimer.stop();
    // A kiosk keeps no drafts: what a customer typed and abandoned must not outlive the form.
    if (m_kioskMode || isSending() || m_pages->currentWidget() != m_pages->widget(0)) {
        return true;
    }
    if (m_form->isEmpty()) {
        // Nothing worth keeping; an earlier draft of this ticket that was emptied goes too.
        const auto entry = m_outbox.entry(m_ticketId);
        if (entry && entry->state == TicketState::Draft) {
            (void)m_outbox.discard(m_ticketId);
        }
        return true;
    }
    if (m_outbox.saveDraft(m_ticketId, m_form->typedTicket()) &&
        m_outbox.setCurrentDraft(m_ticketId)) {
        if (m_draftUnsaved) {
            m_draftUnsaved = false;
            m_banner->hide();
        }
        return true;
    }
    if (m_outbox.problem() == Outbox::Problem::None) {
        return true; // not a draft any more (queued meanwhile): nothing of it can be lost
    }
    if (!m_draftUnsaved) {
        // Said once, not at every autosave; the next save that works takes it away.
        m_draftUnsaved = true;
        m_banner->showMessage([reason = m_outbox.problemReason()] {
            return tr("The draft could not be saved: %1. What you typed is still in the form; "
                      "keep this window open until it can be saved or sent.")
                .arg(reason);
        });
    }
    return false;
}

void MainWindow::saveAsDraft()
{
    if (isSending() || m_pages->currentWidget() == m_successPage || m_form->isEmpty()) {
        return;
    }
    if (!saveDraftNow()) {
        return; // the form keeps the ticket; the banner says why
    }
    m_outbox.setCurrentDraft(std::nullopt);
    const QString reference = Outbox::referenceFor(m_ticketId);
    newTicket();
    m_banner->showMessage(
        [reference] {
            return tr("Saved as draft %1. Open it again from Outbox and drafts (%2).")
                .arg(reference,
                     QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));
        },
        {}, ResultBanner::Severity::Information);
}

void MainWindow::send()
{
    if (isSending() || m_pages->currentWidget() != m_pages->widget(0)) {
        return;
    }
    const TicketValidator::Result checked = m_validator.validate(m_form->typedTicket());
    const Ticket& typed = checked.typed;
    const bool consentMissing = m_validator.policy().consentRequired && !m_form->consentGiven();
    if (!checked.isValid() || consentMissing) {
        m_banner->showMessage([count = int(checked.issues.size()) + (consentMissing ? 1 : 0)] {
            return tr("Please correct the marked fields and send again (problems found: %n).",
                      nullptr, count);
        });
        m_form->showIssues(checked.issues);
        m_form->showConsentMissing(consentMissing);
        m_fieldProblems = m_banner->message();
        if (!checked.isValid()) {
            m_form->focusFirstIssue(); // the fields come first, the box last
        }
        return;
    }
    // A likely typo in the address is never changed silently, and never blocks: the person
    // decides, once per ticket as it stands.
    if (const QString suggestion = m_form->emailSuggestion();
        !suggestion.isEmpty() && !m_sendAsTyped) {
        m_banner->showMessage(
            [typed = typed.value(TicketField::CustomerEmail), suggestion] {
                return tr("%1 looks like a typo: did you mean %2? Use the suggested address, or "
                          "send the address as it is.")
                    .arg(typed, suggestion);
            },
            {ResultBanner::Action::UseSuggestion, ResultBanner::Action::SendAnyway});
        m_banner->actionButton(ResultBanner::Action::UseSuggestion)->setFocus(Qt::OtherFocusReason);
        return;
    }
    // A kiosk customer cannot fix the settings: there the ticket waits in the outbox, and the
    // staff see it.
    if (const auto problem = ApiKey::check(m_settings.apiKey()); problem && !m_kioskMode) {
        m_banner->showMessage([problem] { return ApiKey::problemMessage(*problem); },
                              {ResultBanner::Action::OpenSettings});
        if (openSettings() && !ApiKey::check(m_settings.apiKey())) {
            m_banner->showMessage(
                [] { return tr("The API key is saved. Press Send to send the ticket."); });
            m_form->sendButton()->setFocus(Qt::OtherFocusReason);
        }
        return;
    }

    // A kiosk takes so many tickets an hour (kiosk/maxTicketsPerHour): a prankster cannot flood
    // the platform. The guest is sent to the staff; nothing is queued.
    if (m_kioskMode && kioskLimitReached()) {
        m_banner->showMessage([] {
            return tr("This kiosk cannot take more requests just now. Please ask our staff for "
                      "help.");
        });
        updateQueueStatus();
        return;
    }

    // Stored first, in one transaction: from here on the ticket cannot be lost.
    m_autosaveTimer.stop();
    const auto mode =
        m_settings.appendReference() ? Outbox::NoteReference::Append : Outbox::NoteReference::Omit;
    // The customer's agreement goes with the ticket, in its internal note: when, and to what.
    const Ticket payload =
        m_form->consentGiven()
            ? Consent{QDateTime::currentDateTimeUtc(), m_form->consentText()}.recordedIn(
                  checked.ticket)
            : checked.ticket;
    if (!m_outbox.enqueue(m_ticketId, typed, payload, mode)) {
        m_banner->showMessage([reason = m_outbox.problemReason()] {
            return tr("The ticket could not be saved: %1. It is still in the form; it was not "
                      "sent.")
                .arg(reason);
        });
        return;
    }
    (void)m_outbox.setCurrentDraft(std::nullopt);
    // What was stored, reference line included; the store may fail to read it back even so.
    const auto stored = m_outbox.entry(m_ticketId);
    m_sentTicket = stored ? stored->payload : payload;
    // The page shows the contact details as the form showed them.
    for (TicketField field : {TicketField::CustomerEmail, TicketField::CustomerPhone}) {
        m_sentTicket.setValue(field, m_form->typedTicket().value(field).trimmed());
    }
    m_banner->hide();
    if (m_kioskMode) {
        // The customer is thanked at once, whether the ticket is delivered now or later.
        m_delivery.sender().sendNow();
        showThankYou();
        return;
    }
    if (m_delivery.isHeld()) {
        // The platform refused these very settings: sending again would only be refused again.
        showActionNeeded(m_outbox.hold()->message);
        return;
    }
    m_pendingSend = m_ticketId;
    setBusy(true);
    m_sendWaitTimer.start(m_delivery.transport().config().timeout + std::chrono::seconds(5));
    m_delivery.sender().sendNow();
}

void MainWindow::cancelSending()
{
    if (!m_pendingSend) {
        return;
    }
    if (m_delivery.sender().isSending(*m_pendingSend)) {
        m_delivery.sender().cancel(
            *m_pendingSend); // the result comes back as Cancelled or Uncertain
        return;
    }
    // Not on its way yet: it simply becomes a draft again.
    if (m_outbox.returnToDraft(*m_pendingSend)) {
        m_pendingSend.reset();
        m_sendWaitTimer.stop();
        setBusy(false);
        m_outbox.setCurrentDraft(m_ticketId);
        SubmitResult cancelled;
        cancelled.outcome = SubmitResult::Outcome::Cancelled;
        m_banner->showResult(cancelled);
    }
}

void MainWindow::setBusy(bool busy)
{
    m_form->setBusy(busy);
    m_cancelButton->setVisible(busy);
    m_status->setBusy(busy);
    m_sendAction->setEnabled(!busy);
    m_newAction->setEnabled(!busy);
    m_saveDraftAction->setEnabled(!busy);
    if (busy) {
        m_cancelButton->setFocus(Qt::OtherFocusReason);
    }
}

QString MainWindow::waitingSentence() const
{
    // Said as it is: the network is down, or the network is up and BizKitHub is not answering.
    return m_delivery.connection() == DeliveryService::Connection::Offline
               ? tr("It could not be delivered just now. It will be sent automatically when "
                    "the connection returns; you can go on with the next ticket.")
               : tr("BizKitHub cannot be reached just now. The ticket is kept and will be sent "
                    "by itself as soon as BizKitHub answers; you can go on with the next "
                    "ticket.");
}

void MainWindow::showOutcomePage(const SubmitResult& result)
{
    switch (result.fate()) {
    case SubmitResult::Fate::Delivered:
        m_keptShown.reset();
        successPage()->showTicket(m_sentTicket, m_ticketId, result);
        m_pages->setCurrentWidget(m_successPage);
        m_successPage->newTicketButton()->setFocus(Qt::OtherFocusReason);
        statusBar()->showMessage(tr("Ticket delivered."), 10000);
        break;
    case SubmitResult::Fate::HoldQueue:
        m_holdResult = result;
        showActionNeeded(result.userMessage());
        break;
    case SubmitResult::Fate::RetryLater:
    case SubmitResult::Fate::SendAgain:
        showKept(waitingSentence());
        break;
    case SubmitResult::Fate::NeedsEdit:
    case SubmitResult::Fate::BackToDraft:
        break; // back to the form, not a page of their own
    }
}

void MainWindow::showActionNeeded(const QString& whatHappened)
{
    // A person must change something: a page of its own, with the way to the fix.
    m_keptShown = m_ticketId;
    successPage()->showActionNeeded(
        m_sentTicket, m_ticketId,
        whatHappened + u' ' +
            tr("The ticket is kept in the outbox and goes, with the others waiting, as soon as "
               "the settings are corrected."));
    m_pages->setCurrentWidget(m_successPage);
    m_successPage->settingsButton()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showKept(const QString& whatNext)
{
    m_keptShown = m_ticketId;
    successPage()->showKept(m_sentTicket, m_ticketId, whatNext);
    m_pages->setCurrentWidget(m_successPage);
    m_successPage->newTicketButton()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onAttemptFinished(const QUuid& id, const SubmitResult& result)
{
    updateQueueStatus();
    if (m_keptShown && id == *m_keptShown && !m_pendingSend &&
        m_pages->currentWidget() == m_successPage) {
        // The page of a kept ticket follows it: delivered, or held for the settings. While it
        // only waits on, the page already says so.
        if (result.isSent() || result.holdsQueue()) {
            showOutcomePage(result);
        }
        return;
    }
    if (!m_pendingSend || id != *m_pendingSend) {
        return; // a ticket sent in the background
    }
    m_pendingSend.reset();
    m_sendWaitTimer.stop();
    setBusy(false);
    switch (result.fate()) {
    case SubmitResult::Fate::NeedsEdit:
    case SubmitResult::Fate::BackToDraft:
        // Back to the person: the form still shows the ticket, which is a draft again.
        m_outbox.setCurrentDraft(m_ticketId);
        m_banner->showResult(result);
        if (!result.fieldIssues.isEmpty()) {
            m_form->showIssues(result.fieldIssues);
        } else if (result.fate() == SubmitResult::Fate::NeedsEdit) {
            m_banner->actionButton(ResultBanner::Action::Edit)->setFocus(Qt::OtherFocusReason);
        }
        break;
    default:
        showOutcomePage(result);
        break;
    }
    Q_EMIT resultShown(result);
}

void MainWindow::newTicket()
{
    m_ticketId = QUuid::createUuid();
    m_fieldProblems.clear();
    m_sendAsTyped = false;
    m_keptShown.reset();
    m_editingReference.clear();
    updateHeading();
    m_outbox.setCurrentDraft(std::nullopt);
    refreshPresets(); // {date} is today's
    m_form->clear();
    m_banner->hide();
    m_pages->setCurrentIndex(0);
    if (m_kioskMode) {
        // Nothing of the last guest: their language goes, the keys go until a field is touched.
        m_kioskShell->nextGuest();
        if (m_kioskShell->typesOnScreenKeys()) {
            m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_form->focusFirstField();
}

void MainWindow::openTicket(const QUuid& id)
{
    if (isSending()) {
        return;
    }
    auto entry = m_outbox.entry(id);
    if (!entry) {
        return;
    }
    if (!saveDraftNow()) {
        return; // the ticket being written would be lost: it stays in the form
    }
    if (entry->state != TicketState::Draft && !m_outbox.returnToDraft(id)) {
        m_banner->showMessage(
            tr("Ticket %1 is being sent right now and cannot be edited.").arg(entry->reference));
        return;
    }
    m_ticketId = id;
    m_editingReference = entry->reference;
    updateHeading();
    m_form->setTypedTicket(entry->typed);
    m_outbox.setCurrentDraft(id);
    m_pages->setCurrentIndex(0);
    if (!entry->rejectedFields.isEmpty()) {
        // The platform's own words stand at the fields it named.
        m_banner->showMessage(
            [] {
                return tr("BizKitHub did not accept some fields of this ticket. They are marked "
                          "below: correct them and send again.");
            },
            {ResultBanner::Action::Edit});
        m_form->showIssues(entry->rejectedFields);
    } else {
        m_banner->hide();
        m_form->focusFirstField();
    }
    // In front of the outbox it was opened from, which stays open behind it.
    if (isMinimized()) {
        showNormal();
    }
    raise();
    activateWindow();
}

void MainWindow::showOutbox()
{
    if (!m_outboxWindow) {
        // A window of its own at the desk, so the ticket opened from it comes in front of it; in
        // a kiosk it must stay above the full-screen window.
        m_outboxWindow = new OutboxWindow(m_outbox, m_kioskMode ? this : nullptr);
        m_outboxWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_outboxWindow->setAttribute(Qt::WA_QuitOnClose, false);
        connect(m_outboxWindow, &OutboxWindow::editRequested, this, &MainWindow::openTicket);
        connect(m_outboxWindow, &OutboxWindow::sendRequested, &m_delivery.sender(),
                &OutboxSender::sendNow);
    }
    m_outboxWindow->show();
    m_outboxWindow->raise();
    m_outboxWindow->activateWindow();
}

void MainWindow::deleteAllLocalData()
{
    const int unsent =
        m_outbox.count({TicketState::Draft, TicketState::Queued, TicketState::Uncertain,
                        TicketState::NeedsEdit, TicketState::Held});
    const QString question =
        unsent > 0 ? tr("Delete all tickets, drafts and history kept on this computer? %n "
                        "ticket(s) have not been delivered and will be lost.",
                        nullptr, unsent)
                   : tr("Delete all tickets, drafts and history kept on this computer?");
    if (QMessageBox::warning(this, tr("Delete all local data"), question,
                             QMessageBox::Discard | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    if (isSending()) {
        cancelSending();
    }
    m_outbox.deleteAll();
    newTicket();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_kioskMode) {
        // Alt+F4 or the window manager: a kiosk stays; the admin leaves it with the PIN. (A
        // SIGTERM or the session's end still quit the application.)
        event->ignore();
        return;
    }
    // Nothing to ask: what is typed is kept as a draft and reopened at the next start, and a
    // ticket being sent is in the outbox already. Only when the draft cannot be kept does
    // closing lose something, and then the person decides.
    if (!keepForNextStart()) {
        const auto answer = QMessageBox::warning(
            this, tr("Close without the ticket?"),
            tr("The ticket you are writing could not be saved: %1. If you close now, it is "
               "lost.")
                .arg(m_outbox.problemReason()),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    if (m_outboxWindow) {
        m_outboxWindow->close();
    }
    event->accept();
}

std::optional<Settings::Key> MainWindow::settingToFix() const
{
    const auto hold = m_outbox.hold();
    if (!hold) {
        return std::nullopt;
    }
    if (m_holdResult && m_holdResult->outcomeName() == hold->outcome) {
        return Settings::keyToFix(*m_holdResult);
    }
    // A hold from an earlier run: its outcome is all that is known.
    SubmitResult held;
    held.outcome =
        SubmitResult::outcomeFromName(hold->outcome).value_or(SubmitResult::Outcome::AuthFailed);
    return Settings::keyToFix(held);
}

bool MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_delivery.transport(), this);
    // The field to change first: the one the platform refused, if a hold says so.
    if (const auto key = settingToFix()) {
        dialog.focusSetting(*key);
    }
    return dialog.exec() == QDialog::Accepted;
}

SuccessPage* MainWindow::successPage()
{
    // Made when a ticket first goes: no first frame waits for it.
    if (!m_successPage) {
        m_successPage = new SuccessPage(m_pages);
        m_pages->addWidget(m_successPage);
        connect(m_successPage, &SuccessPage::newTicketRequested, this, &MainWindow::newTicket);
        connect(m_successPage, &SuccessPage::settingsRequested, this, &MainWindow::openSettings);
    }
    return m_successPage;
}

void MainWindow::createKioskParts()
{
    // The guest's thank-you page joins the pages when the window first becomes a kiosk.
    m_kioskChrome->thankYouPage()->hide();
    connect(m_kioskShell, &KioskShell::staffProblemChanged, this, &MainWindow::updateQueueStatus);
    connect(m_kioskShell, &KioskShell::keyboardReady, this, [this] {
        // No keys after all: a guest with a real keyboard starts typing in the first field.
        QWidget* focus = QApplication::focusWidget();
        if (m_kioskMode && !m_kioskShell->typesOnScreenKeys() &&
            m_pages->currentWidget() != m_successPage && !(focus && m_form->isAncestorOf(focus))) {
            m_form->focusFirstField();
        }
    });

    m_kiosk->setFormStartedCheck([this] {
        return m_pages->currentIndex() == 0 &&
               (!m_form->isEmpty() || m_kioskShell->hasGuestTraces());
    });
    connect(m_kiosk, &KioskController::thankYouFinished, this, &MainWindow::newTicket);
    connect(m_kiosk, &KioskController::wipeRequested, this, &MainWindow::wipeForNextCustomer);
    connect(m_kiosk, &KioskController::adminUnlocked, this, &MainWindow::showAdminMenu);
}

void MainWindow::setKioskMode(bool kiosk)
{
    if (m_outboxWindow && kiosk != m_kioskMode) {
        delete m_outboxWindow; // opened again with the parent the new mode wants
    }
    m_kioskMode = kiosk;
    if (kiosk && m_pages->indexOf(m_kioskChrome->thankYouPage()) < 0) {
        m_pages->addWidget(m_kioskChrome->thankYouPage());
    }
    m_kioskShell->setActive(kiosk);
    m_heading->setVisible(!kiosk); // the kiosk greets guests in its own header
    m_form->setForGuests(kiosk);
    updateHeading();
    menuBar()->setVisible(!kiosk);
    statusBar()->setVisible(!kiosk);
    // Without the menu bar its shortcuts would go too; Send's stays, the others are staff's.
    if (kiosk) {
        addAction(m_sendAction);
    } else {
        removeAction(m_sendAction);
    }
    updateQueueStatus();
}

void MainWindow::present()
{
    if (m_kioskMode) {
        // The whole screen, also in a session without a window manager to honour full screen
        // (a kiosk started straight from xinit or a display manager's autologin).
        setGeometry(screen()->geometry());
        showFullScreen();
        // With an on-screen keyboard, its keys come up when the guest touches a field.
        if (m_kioskShell->typesOnScreenKeys()) {
            m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    // Where the person left it, on a screen that still exists (restoreGeometry() moves it onto
    // one); the first time, as large as the screen it opens on comfortably allows.
    setWindowState(windowState() & ~Qt::WindowFullScreen); // after the kiosk
    if (!restoreGeometry(m_settings.windowGeometry())) {
        fitToScreen();
    }
    show();
    // Kept on a larger screen (a laptop's 768 lines), the window may not fit a smaller one (720)
    // with the window manager's frame, which is known only now: it is fitted once more, its
    // status bar in view.
    afterFirstFrame(this, [this] { keepOnScreen(); });
}

void MainWindow::keepOnScreen()
{
    if (isMaximized() || isFullScreen() || m_kioskMode) {
        return;
    }
    // Placed across two screens on purpose, it stays there.
    const QRect frame = frameGeometry();
    QRegion screens;
    for (const QScreen* sibling : screen()->virtualSiblings()) {
        screens += sibling->availableGeometry();
    }
    if (QRegion(frame).subtracted(screens).isEmpty()) {
        return;
    }
    const QRect available = screen()->availableGeometry();
    const QSize margins = frame.size() - size();
    const QSize fitted = size().boundedTo(available.size() - margins);
    resize(fitted);
    // Its top left corner as near as it was, the title bar never above the screen.
    const QSize outer = fitted + margins;
    move(std::max(available.left(), std::min(frame.left(), available.right() + 1 - outer.width())),
         std::max(available.top(), std::min(frame.top(), available.bottom() + 1 - outer.height())));
}

void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    // Room for the window manager's title bar and borders, which are not known before the
    // window is shown.
    const QSize frame(16, 48);
    const int fontHeight = fontMetrics().height();
    // Wide enough for the customer and the ticket side by side, like a mail client's compose
    // window.
    const QSize wanted(std::max(sizeHint().width(), 72 * fontHeight), 60 * fontHeight);
    const QSize size = wanted.boundedTo(available.size() - frame);
    resize(size);
    move(available.left() + (available.width() - size.width()) / 2,
         available.top() + (available.height() - size.height() - frame.height()) / 2);
}

QString MainWindow::thankYouText() const
{
    return m_kioskChrome->thankYouText();
}

QWidget* MainWindow::kioskHeader() const
{
    return m_kioskChrome->header();
}

QLabel* MainWindow::kioskOutboxIndicator() const
{
    return m_kioskChrome->outboxIndicator();
}

QWidget* MainWindow::thankYouPage() const
{
    return m_kioskChrome->thankYouPage();
}

void MainWindow::showThankYou()
{
    m_form->wipe();
    m_pages->setCurrentWidget(m_kioskChrome->thankYouPage());
    m_kioskChrome->thankYouPage()->setFocus(Qt::OtherFocusReason);
    m_kioskShell->thank(m_sentTicket, Outbox::referenceFor(m_ticketId));
}

void MainWindow::wipeForNextCustomer()
{
    m_autosaveTimer.stop();
    // Nothing of the abandoned ticket may stay: not on screen, not in the store.
    if (const auto entry = m_outbox.entry(m_ticketId);
        entry && entry->state == TicketState::Draft) {
        m_outbox.discard(m_ticketId);
    }
    m_outbox.setCurrentDraft(std::nullopt);
    m_form->wipe();
    newTicket();
}

void MainWindow::showAdminMenu()
{
    if (m_adminMenu) {
        m_adminMenu->raise();
        return;
    }
    auto* menu = new QDialog(this);
    m_adminMenu = menu;
    m_kiosk->pauseWhileOpen(menu);
    menu->setObjectName(QStringLiteral("kioskAdminMenu"));
    menu->setWindowTitle(tr("Administration"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(menu);
    const auto addButton = [menu, layout](const QString& text, const QString& name) {
        auto* button = new QPushButton(text, menu);
        button->setObjectName(name);
        layout->addWidget(button);
        return button;
    };
    QPushButton* settings = addButton(tr("&Settings…"), QStringLiteral("adminSettings"));
    QPushButton* outbox = addButton(tr("&Outbox and drafts…"), QStringLiteral("adminOutbox"));
    QPushButton* leave = addButton(tr("&Leave kiosk mode"), QStringLiteral("adminLeave"));
    QPushButton* back = addButton(tr("&Back to the kiosk"), QStringLiteral("adminBack"));
    back->setDefault(true);
    connect(settings, &QPushButton::clicked, menu, [this, menu] {
        auto* dialog = new SettingsDialog(m_settings, m_delivery.transport(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_kiosk->pauseWhileOpen(dialog);
        menu->close();
        dialog->open();
    });
    connect(outbox, &QPushButton::clicked, menu, [this, menu] {
        showOutbox();
        m_kiosk->pauseWhileOpen(m_outboxWindow);
        menu->close();
    });
    connect(leave, &QPushButton::clicked, menu, [this, menu] {
        menu->close();
        leaveKioskMode();
    });
    connect(back, &QPushButton::clicked, menu, &QDialog::close);
    menu->open();
}

void MainWindow::leaveKioskMode()
{
    m_settings.setSessionOverride(Settings::Key::KioskEnabled, false);
    setKioskMode(false);
    present();
}

void MainWindow::shutDown()
{
    (void)keepForNextStart();
}

bool MainWindow::keepForNextStart()
{
    if (!m_kioskMode) {
        m_settings.setWindowGeometry(saveGeometry());
    }
    if (!saveDraftNow()) {
        return false;
    }
    (void)m_outbox.setFormLeftCleanly(true);
    return true;
}

} // namespace bizkithub::gui
