// SPDX-License-Identifier: GPL-3.0-or-later
// The whole path a person walks: type a ticket at the keyboard, send it, read what happened.
// The window talks to the fake BizKitHub over loopback.
#include "Consent.h"
#include "Desk.h"
#include "FakeBizKitHub.h"
#include "FieldBinding.h"
#include "KeyboardInput.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutboxSender.h"
#include "OutboxWindow.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "StatusBar.h"
#include "SuccessPage.h"
#include "TicketForm.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRawFont>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace bizkithub;
using bizkithub::gui::MainWindow;
using bizkithub::gui::ResultBanner;
using bizkithub::gui::StatusBar;
using bizkithub::gui::SuccessPage;
using bizkithub::test::FakeBizKitHub;
using Reply = FakeBizKitHub::Reply;

namespace {

// Whether an installed font has a glyph for every character of text: Qt falls back from the
// widget's font to any other, and where none has it the reader sees a blank box.
bool someFontDraws(const QString& text)
{
    const QStringList families = QFontDatabase::families();
    for (const QChar c : text) {
        const bool drawn = std::any_of(families.cbegin(), families.cend(), [c](const QString& f) {
            return QRawFont::fromFont(QFont(f)).supportsCharacter(c);
        });
        if (!drawn) {
            return false;
        }
    }
    return !text.isEmpty();
}
const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typedTicket_reachesServerInExactShape();
    void statusBar_saysWhenTicketsHaveWaitedTooLong();
    void serverDown_ticketIsKeptAndDeliveredWhenItReturns();
    void keptPage_turnsIntoDeliveredByItself();
    void invalidInput_showsAllProblemsAndSendsNothing();
    void missingKey_opensSettingsAndKeepsTicket();
    void settingsDialog_sectionsHelpAndFocusWhereNeeded();
    void consentRequired_staffConfirmBeforeSendAndTheNoteRecordsIt();
    void rejectedKey_holdsQueueAndOffersSettings();
    void heldQueue_sendShowsActionNeededUntilTheSettingsChange();
    void successPage_cutsTheMessageAtAWordBoundary();
    void fieldRejectedByServer_isShownAtTheField();
    void cancel_afterRequestLeft_keepsTicketAsUncertain();
    void newTicket_afterSuccess_startsEmptyWithNewKey();
    void ctrlReturnInMessageBox_sends();
    void close_keepsDraftAndNextStartRestoresIt();
    void uncleanEnd_nextStartSaysWhatWasRestored();
    void uncleanEndAfterCleanOne_nextStartSaysWhatWasRestored();
    void sessionEnd_keepsDraftQuietly();
    void typing_isAutosavedWithinASecond();
    void outboxEdit_bringsTheFormForwardAndStopEditingKeepsTheDraft();
    void saveAsDraft_parksTicketAndOpenTicketBringsItBack();
    void firstStart_fitsTheScreenWithSendAndStatusBarInView();
    void firstStart_fitsEveryLaptopScreen_data();
    void firstStart_fitsEveryLaptopScreen();
    void windowGeometry_isRememberedAcrossStarts();
    void windowIcon_comesAfterTheFirstFrameInEverySize();
    void emailTypo_tabReachesSuggestionAndEnterTakesIt();
    void emailTypo_sendAsksAndSendAnywayKeepsTheAddress();

private:
    void typeTicket();
    template <typename T>
    T* child(const char* name) const
    {
        return m_window->findChild<T*>(QLatin1String(name));
    }
    void writeConfig(const QString& key);
    void openWindow();

    QTemporaryDir m_dir;
    FakeBizKitHub* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    Settings* m_settings = nullptr;
    Outbox* m_outbox = nullptr;
    Desk* m_desk = nullptr;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::writeConfig(const QString& key)
{
    m_settings->setValue(Settings::Key::BaseUrl, m_server->baseUrl());
    m_settings->setValue(Settings::Key::ApiKey, key);
    m_settings->setValue(Settings::Key::DefaultRegion, QStringLiteral("CZ"));
    m_settings->setValue(Settings::Key::TimeoutSeconds, 5);
}

void TestMainWindow::init()
{
    m_server = new FakeBizKitHub;
    QVERIFY(m_server->start());
    m_server->setHandler([](const FakeBizKitHub::Request& r) {
        return FakeBizKitHub::strictContactForm(r, {validKey});
    });
    m_network = new QNetworkAccessManager;
    m_settings = new Settings(
        m_dir.filePath(
            QStringLiteral("settings-%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
        QProcessEnvironment());
    writeConfig(validKey);
    m_outbox = new Outbox(m_dir.filePath(
        QStringLiteral("outbox-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_outbox->open());
    openWindow();
}

void TestMainWindow::openWindow()
{
    m_desk = new Desk(*m_settings, m_network, *m_outbox);
    m_window = m_desk->window();
    m_window->sender()->setRandom([] { return 0.0; }); // retries after 1 s
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    delete m_outbox;
    delete m_settings;
    delete m_network;
    delete m_server;
}

void TestMainWindow::statusBar_saysWhenTicketsHaveWaitedTooLong()
{
    QVERIFY(!m_window->status()->alertItem()->isVisible());
    // Two tickets queued five hours ago (the platform was down in the afternoon) still wait,
    // written by another process into the same store.
    {
        const QDateTime fiveHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600);
        Outbox other(m_outbox->path(), [fiveHoursAgo] { return fiveHoursAgo; });
        QVERIFY(other.open());
        Ticket ticket;
        ticket.setValue(TicketField::Message, QStringLiteral("Since the afternoon"));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(
                other.enqueue(QUuid::createUuid(), ticket, ticket, Outbox::NoteReference::Omit));
        }
    }
    m_server->setHandler([](const FakeBizKitHub::Request&) {
        return Reply{503, {}, {}, {}, false};
    });
    QLabel* alert = m_window->status()->alertItem();
    QTRY_VERIFY_WITH_TIMEOUT(alert->isVisible(), 10000); // the store is watched every 2 s
    // The words of the one status reading (as `status` says them), with the oldest one named.
    const QString oldest = m_outbox->entries(waitingTicketStates, 1).first().reference;
    QVERIFY2(alert->text().contains(QLatin1String("2 ticket")) &&
                 alert->text().contains(QLatin1String("more than 4 hours")) &&
                 alert->text().contains(oldest),
             qPrintable(alert->text()));
    QCOMPARE(alert->accessibleName(), m_window->status()->outboxStatus().alertSentence());
}

// Types like a person: starting in the first field, moving on with Tab.
void TestMainWindow::typeTicket()
{
    const auto type = [](const QString& text) {
        test::typeText(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    };
    QTRY_VERIFY(child<QLineEdit>("firstNameEdit")->hasFocus());
    type(QStringLiteral("Jan"));
    type(QStringLiteral("Barášek"));
    type(QStringLiteral("Jan@Barasek.COM"));
    type(QStringLiteral("777 123 456"));
    type(QStringLiteral("offer"));
    type(QStringLiteral("Request   from Jan"));
    type(QStringLiteral("Hello, how are you?  "));
    type(QStringLiteral("Internal notice"));
    type(QStringLiteral("jan@barasek.com"));
    QTRY_COMPARE(QApplication::focusWidget(), m_window->form()->sendButton());
}

void TestMainWindow::typedTicket_reachesServerInExactShape()
{
    typeTicket();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // press Send
    QTRY_VERIFY(m_window->successPage()->isVisible());

    QCOMPARE(m_server->requests().size(), 1);
    const auto& request = m_server->requests().first();
    QCOMPARE(FakeBizKitHub::shapeProblems(request), QStringList());
    const QByteArray reference = Outbox::referenceFor(m_window->currentTicketId()).toLatin1();
    QCOMPARE(request.body,
             QByteArray(R"({"categorySlug":"offer","customerEmail":"Jan@barasek.com",)"
                        R"("customerFirstName":"Jan","customerLastName":"Barášek",)"
                        R"("customerPhone":"+420 777123456","message":"Hello, how are you?",)"
                        R"("notice":"Internal notice\n\nClient reference: )" +
                        reference +
                        R"(","sendToEmail":"jan@barasek.com","subject":"Request from Jan"})"));
    // The sender commits results in groups, within OutboxSender::resultFlushDelay.
    QTRY_COMPARE(m_outbox->entry(m_window->currentTicketId())->state, TicketState::Sent);
    // The card: the reference large, the contact as the form showed it; the request id only
    // under Details.
    SuccessPage* page = m_window->successPage();
    QCOMPARE(page->kind(), SuccessPage::Kind::Delivered);
    QCOMPARE(page->reference(), QString::fromLatin1(reference));
    QVERIFY(page->summary().contains(QLatin1String("Request from Jan")));
    QVERIFY2(page->summary().contains(QLatin1String("Jan@Barasek.COM")),
             qPrintable(page->summary()));
    QVERIFY(!page->summary().contains(QLatin1String("req-ok-1")));
    QVERIFY(page->details().contains(QLatin1String("req-ok-1")));
    QVERIFY(!page->detailsButton()->isHidden());
    QVERIFY(!page->findChild<QLabel*>(QStringLiteral("successDetails"))->isVisible());
    page->detailsButton()->click();
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("successDetails"))->isVisible());
    page->copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(reference));
    // The status bar says the way to BizKitHub works.
    QCOMPARE(m_window->status()->connectionItem()->accessibleName(), QStringLiteral("Connected"));
}

void TestMainWindow::serverDown_ticketIsKeptAndDeliveredWhenItReturns()
{
    const quint16 port = m_server->serverPort();
    m_server->close();
    typeTicket();
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->successPage()->isVisible());
    QVERIFY(!m_window->isSending());
    // The network is up (as far as anyone knows): it is BizKitHub that cannot be reached.
    QVERIFY2(m_window->successPage()->summary().contains(
                 QLatin1String("BizKitHub cannot be reached just now")),
             qPrintable(m_window->successPage()->summary()));
    const QUuid id = m_window->currentTicketId();
    QTRY_COMPARE(m_outbox->entry(id)->state, TicketState::Queued);
    QTRY_VERIFY(m_window->queueStatus().contains(QLatin1String("1 waiting")));
    QCOMPARE(m_window->status()->connectionItem()->accessibleName(),
             QStringLiteral("BizKitHub unreachable"));

    // The person goes on with the next ticket; the server comes back; nobody touches anything.
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_server->start(port));
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(id)->state, TicketState::Sent, 10000);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Idempotency-Key"),
             id.toByteArray(QUuid::WithoutBraces));
}

void TestMainWindow::keptPage_turnsIntoDeliveredByItself()
{
    const quint16 port = m_server->serverPort();
    m_server->close();
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Printer jammed"));
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->successPage()->isVisible());
    QCOMPARE(m_window->successPage()->title(), QStringLiteral("Saved in the outbox"));
    const auto* sign = m_window->successPage()->findChild<QLabel*>(QStringLiteral("successSign"));
    QVERIFY(sign);
    QVERIFY2(someFontDraws(sign->text()), qPrintable(sign->text()));
    // Nobody touches anything; the server comes back; the same page says so.
    QVERIFY(m_server->start(port));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->successPage()->title().startsWith(QLatin1String("Delivered at")), 10000);
    QVERIFY(m_window->successPage()->isVisible());
    QVERIFY2(someFontDraws(sign->text()), qPrintable(sign->text()));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestMainWindow::invalidInput_showsAllProblemsAndSendsNothing()
{
    QTRY_VERIFY(child<QLineEdit>("firstNameEdit")->hasFocus());
    child<QLineEdit>("emailEdit")->setText(QStringLiteral("jan@"));
    child<QLineEdit>("phoneEdit")->setText(QStringLiteral("12"));
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(child<QLabel>("emailError")->isVisible());
    QVERIFY(child<QLabel>("phoneError")->isVisible());
    QVERIFY(child<QLabel>("messageError")->isVisible());
    QTRY_VERIFY(child<QLineEdit>("emailEdit")->hasFocus());
    QVERIFY(m_window->banner()->message().contains(QLatin1String("3")));
    QTest::qWait(100);
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(child<QLineEdit>("emailEdit")->text(), QStringLiteral("jan@"));
    // Esc closes the banner from where the person is typing; the marks at the fields stay.
    QVERIFY(m_window->banner()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(m_window->banner()->isHidden());
    QVERIFY(child<QLabel>("emailError")->isVisible());
}

void TestMainWindow::missingKey_opensSettingsAndKeepsTicket()
{
    m_settings->setValue(Settings::Key::ApiKey, QString());
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Please call me back."));
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        dialogSeen =
            QApplication::activeModalWidget()->objectName() == QLatin1String("SettingsDialog");
        qobject_cast<QDialog*>(QApplication::activeModalWidget())->reject();
    });
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialogSeen);
    QVERIFY(m_window->banner()->message().contains(QLatin1String("API key")));
    QCOMPARE(child<QPlainTextEdit>("messageEdit")->toPlainText(),
             QStringLiteral("Please call me back."));
    QVERIFY(m_server->requests().isEmpty());
}

void TestMainWindow::settingsDialog_sectionsHelpAndFocusWhereNeeded()
{
    // No key: the key is the field in focus.
    m_settings->setValue(Settings::Key::ApiKey, QString());
    {
        gui::SettingsDialog dialog(*m_settings, m_desk->delivery().transport(), m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"))->hasFocus());
        // Sections in the order they are read: connection, the form, this computer.
        const auto top = [&dialog](const char* name) {
            return dialog.findChild<QWidget*>(QLatin1String(name))->geometry().top();
        };
        QVERIFY(top("connectionSection") < top("baseUrlEdit"));
        QVERIFY(top("timeoutSpin") < top("formSection"));
        QVERIFY(top("formSection") < top("regionCombo"));
        QVERIFY(top("sendToEmailEdit") < top("computerSection"));
        QVERIFY(top("computerSection") < top("languageCombo"));
        // A line of help under the less obvious fields, also told to a screen reader.
        for (const char* name : {"sendToEmailHelp", "timeoutHelp", "caFileHelp"}) {
            auto* help = dialog.findChild<QLabel*>(QLatin1String(name));
            QVERIFY(help->isVisible());
            QVERIFY(help->text().size() > 20);
        }
        QCOMPARE(dialog.findChild<QWidget*>(QStringLiteral("timeoutSpin"))->accessibleDescription(),
                 dialog.findChild<QLabel*>(QStringLiteral("timeoutHelp"))->text());
        // Tab follows the sections: after the key and its button come the timeout.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("timeoutSpin"));
        // No file path in what the dialog says.
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(m_dir.path()), qPrintable(label->text()));
        }
    }
    // A key is set: focus on a named field on request.
    writeConfig(validKey);
    gui::SettingsDialog dialog(*m_settings, m_desk->delivery().transport(), m_window);
    dialog.focusSetting(Settings::Key::CaCertificates);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("caFileEdit"))->hasFocus());

    // A problem stands at its field, in the error colour, the field framed in it.
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
    url->setText(QStringLiteral("http://example.com"));
    QVERIFY(!dialog.save());
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("baseUrlNote"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->palette().color(QPalette::WindowText),
             gui::FieldBinding::errorColour(note->palette()));
    QVERIFY(url->styleSheet().contains(gui::FieldBinding::errorColour(url->palette()).name()));
    QVERIFY(url->hasFocus());
    url->setText(m_server->baseUrl());
    QVERIFY(dialog.save());
    QVERIFY(!note->isVisible());
    QVERIFY(url->styleSheet().isEmpty());

    // A CA file is read as the client will read it: a file without a certificate is refused
    // at its field, a PEM certificate is taken.
    auto* caFile = dialog.findChild<QLineEdit*>(QStringLiteral("caFileEdit"));
    auto* caNote = dialog.findChild<QLabel*>(QStringLiteral("caFileNote"));
    const QString notPem = m_dir.filePath(QStringLiteral("not-a-certificate.pem"));
    QFile text(notPem);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("just some words\n");
    text.close();
    caFile->setText(notPem);
    QVERIFY(!dialog.save());
    QVERIFY(caNote->isVisible());
    QVERIFY(caNote->text().contains(QLatin1String("certificate")));
    QSslCertificate certificate;
    QSslKey key;
    QString pem;
    QVERIFY(test::makeSelfSignedCertificate(m_dir.path(), &certificate, &key, &pem));
    caFile->setText(pem);
    QVERIFY(dialog.save());
    QVERIFY(!caNote->isVisible());
    QCOMPARE(m_settings->clientConfig().caCertificatesFile, pem);
}

void TestMainWindow::consentRequired_staffConfirmBeforeSendAndTheNoteRecordsIt()
{
    const QString notice = QStringLiteral("We keep your details for 30 days to handle this.");
    m_settings->setValue(Settings::Key::ConsentText, notice);
    m_settings->setValue(Settings::Key::ConsentRequired, true);
    auto* box = m_window->form()->consentCheck();
    QVERIFY(box->isVisible());
    QVERIFY(!box->isChecked()); // never ticked for anyone
    QVERIFY(box->accessibleName().contains(notice));
    QVERIFY(box->accessibleName().contains(QLatin1String("required")));

    // Send without the tick: the box says what is missing, nothing leaves.
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Hello"));
    m_window->send();
    auto* error = child<QLabel>("consentError");
    QVERIFY(error->isVisible());
    QTRY_VERIFY(box->hasFocus());
    QVERIFY(m_window->banner()->message().contains(QLatin1String("problems found: 1")));
    QTest::qWait(100);
    QVERIFY(m_server->requests().isEmpty());

    // Ticked by keyboard (Space), sent: the note records when and which text.
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QVERIFY(!error->isVisible());
    QSignalSpy shown(m_window, &MainWindow::resultShown);
    m_window->send();
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    const QString note = m_server->requests().first().json().value(u"notice").toString();
    QVERIFY2(note.startsWith(QStringLiteral("Consent given ")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("UTC to the notice #") + Consent::hashOf(notice)),
             qPrintable(note));
    // The next ticket starts unticked.
    m_window->newTicket();
    QVERIFY(!box->isChecked());
}

void TestMainWindow::rejectedKey_holdsQueueAndOffersSettings()
{
    m_settings->setValue(Settings::Key::ApiKey, QStringLiteral("PRODwellFormedButNotKnown1234567"));
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Hello"));
    QSignalSpy shown(m_window, &MainWindow::resultShown);
    m_window->send();
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().first().value<SubmitResult>().outcome,
             SubmitResult::Outcome::AuthFailed);
    const QUuid first = m_window->currentTicketId();
    // Its own page, not "Saved": the fix at hand, focused.
    SuccessPage* page = m_window->successPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->kind(), SuccessPage::Kind::ActionNeeded);
    QCOMPARE(page->title(), QStringLiteral("Action needed"));
    QVERIFY(!page->summary().contains(QLatin1String("wellFormed")));
    QTRY_VERIFY(page->settingsButton()->hasFocus());
    QTRY_COMPARE(m_outbox->entry(first)->state, TicketState::Held);
    QCOMPARE(m_window->status()->connectionItem()->accessibleName(), QStringLiteral("On hold"));

    // Open settings: the key is the field in focus. The right key is typed and saved; the held
    // ticket goes at once, and the same page turns into Delivered.
    bool keyFocused = false;
    QTimer::singleShot(0, this, [&keyFocused] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget* dialog = QApplication::activeModalWidget();
        auto* keyEdit = dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
        QTRY_VERIFY(keyEdit->hasFocus());
        keyFocused = true;
        QCOMPARE(keyEdit->selectedText(), keyEdit->text()); // typing replaces it
        QTest::keyClicks(keyEdit, validKey);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(page->settingsButton(), Qt::Key_Space);
    QVERIFY(keyFocused);
    QCOMPARE(m_settings->apiKey(), validKey);
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(first)->state, TicketState::Sent, 10000);
    QTRY_COMPARE(page->kind(), SuccessPage::Kind::Delivered);
    QVERIFY(page->title().startsWith(QLatin1String("Delivered at")));
    QTRY_VERIFY(m_window->holdBanner()->isHidden());

    // And Send works again for the next ticket.
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Second"));
    shown.clear();
    m_window->send();
    QVERIFY(shown.wait(10000));
    QVERIFY(shown.first().first().value<SubmitResult>().isSent());
    QTRY_COMPARE(m_outbox->count({TicketState::Sent}), 2);
}

void TestMainWindow::heldQueue_sendShowsActionNeededUntilTheSettingsChange()
{
    m_settings->setValue(Settings::Key::ApiKey, QStringLiteral("PRODwellFormedButNotKnown1234567"));
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("One"));
    QSignalSpy shown(m_window, &MainWindow::resultShown);
    m_window->send();
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    // While the same settings stand, the next ticket is not sent to be refused again.
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->holdBanner()->isHidden());
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Two"));
    m_window->send();
    QCOMPARE(m_window->successPage()->kind(), SuccessPage::Kind::ActionNeeded);
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 1);
    // New settings: both go.
    m_settings->setValue(Settings::Key::ApiKey, validKey);
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->count({TicketState::Sent}), 2, 10000);
    QTRY_COMPARE(m_window->successPage()->kind(), SuccessPage::Kind::Delivered);
}

void TestMainWindow::successPage_cutsTheMessageAtAWordBoundary()
{
    QCOMPARE(SuccessPage::excerpt(QStringLiteral("Short one.")), QStringLiteral("Short one."));
    const QString words = QStringLiteral("The printer in room twelve ").repeated(10);
    const QString cut = SuccessPage::excerpt(words, 40);
    QVERIFY(cut.endsWith(u'…'));
    QVERIFY(cut.size() <= 41);
    QVERIFY2(words.startsWith(cut.chopped(1) + u' '), qPrintable(cut));
    // One endless word is cut where it must be.
    QCOMPARE(SuccessPage::excerpt(QString(100, u'x'), 40), QString(40, u'x') + u'…');
}

void TestMainWindow::fieldRejectedByServer_isShownAtTheField()
{
    m_server->enqueue(Reply::json(
        422,
        R"({"error":{"code":"VALIDATION_FAILED","fields":{"customerEmail":"mailbox unknown"}}})"));
    child<QLineEdit>("emailEdit")->setText(QStringLiteral("nobody@example.com"));
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Hello"));
    QSignalSpy shown(m_window, &MainWindow::resultShown);
    m_window->send();
    QVERIFY(shown.wait(10000));
    QVERIFY(child<QLabel>("emailError")->isVisible());
    QVERIFY(child<QLabel>("emailError")->text().contains(QLatin1String("mailbox unknown")));
    QTRY_VERIFY(child<QLineEdit>("emailEdit")->hasFocus());
}

void TestMainWindow::cancel_afterRequestLeft_keepsTicketAsUncertain()
{
    m_server->enqueue(Reply::hang());
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Hello"));
    m_window->send();
    QVERIFY(m_window->isSending());
    QVERIFY(child<QPlainTextEdit>("messageEdit")->isReadOnly());
    QTRY_COMPARE(m_server->requests().size(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // Cancel sending
    QTRY_VERIFY(!m_window->isSending());
    // It may have arrived: it is neither lost nor silently dropped, but sent again later.
    QVERIFY(m_window->successPage()->isVisible());
    QTRY_COMPARE(m_outbox->entry(m_window->currentTicketId())->state, TicketState::Uncertain);
}

void TestMainWindow::newTicket_afterSuccess_startsEmptyWithNewKey()
{
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("First"));
    m_window->send();
    QTRY_VERIFY(m_window->successPage()->isVisible());
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_window->form()->isVisible());
    QVERIFY(m_window->form()->isEmpty());
    QTRY_VERIFY(child<QLineEdit>("firstNameEdit")->hasFocus());
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Second"));
    m_window->send();
    QTRY_COMPARE(m_server->requests().size(), 2);
    QVERIFY(m_server->requests()[0].header("Idempotency-Key") !=
            m_server->requests()[1].header("Idempotency-Key"));
}

void TestMainWindow::ctrlReturnInMessageBox_sends()
{
    auto* message = child<QPlainTextEdit>("messageEdit");
    message->setFocus();
    QTRY_VERIFY(message->hasFocus());
    QTest::keyClicks(message, QStringLiteral("Sent from the keyboard"));
    QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->successPage()->isVisible());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().json().value(u"message").toString(),
             QStringLiteral("Sent from the keyboard")); // no line break typed into it
}

void TestMainWindow::close_keepsDraftAndNextStartRestoresIt()
{
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Do not lose me"));
    QVERIFY(m_window->close()); // nothing to ask: it is kept
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    openWindow();
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), QStringLiteral("Do not lose me"));
    // A normal quit: the draft is simply there again, without a word.
    QVERIFY(m_window->banner()->isHidden());
}

void TestMainWindow::uncleanEnd_nextStartSaysWhatWasRestored()
{
    auto* message = child<QPlainTextEdit>("messageEdit");
    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("Half a thought"));
    const QUuid id = m_window->currentTicketId();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->entry(id).has_value(), 1500); // autosaved
    // The process dies here: no close, no shutDown(). The window object goes without a word.
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    openWindow();
    QCOMPARE(child<QPlainTextEdit>("messageEdit")->toPlainText(), QStringLiteral("Half a thought"));
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->message().startsWith(QLatin1String("Restored the ticket")));
}

void TestMainWindow::uncleanEndAfterCleanOne_nextStartSaysWhatWasRestored()
{
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Kept at the last quit"));
    QVERIFY(m_window->close()); // a normal end: the store says so
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    openWindow();
    QVERIFY(m_window->banner()->isHidden());
    // This run's typing is autosaved, then the process dies without a word.
    auto* message = child<QPlainTextEdit>("messageEdit");
    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("Typed after the restart"));
    const QUuid id = m_window->currentTicketId();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->entry(id).has_value() &&
                                 m_outbox->entry(id)->typed.value(TicketField::Message) ==
                                     QStringLiteral("Typed after the restart"),
                             1500);
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    openWindow();
    QCOMPARE(child<QPlainTextEdit>("messageEdit")->toPlainText(),
             QStringLiteral("Typed after the restart"));
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->message().startsWith(QLatin1String("Restored the ticket")));
}

void TestMainWindow::sessionEnd_keepsDraftQuietly()
{
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Logged out"));
    m_window->shutDown(); // SIGTERM, SIGHUP: nobody is asked anything
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    openWindow();
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), QStringLiteral("Logged out"));
    QVERIFY(m_window->banner()->isHidden());
}

void TestMainWindow::typing_isAutosavedWithinASecond()
{
    auto* message = child<QPlainTextEdit>("messageEdit");
    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("Half a thought"));
    const QUuid id = m_window->currentTicketId();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->entry(id).has_value(), 1500);
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Draft);
    QCOMPARE(m_outbox->entry(id)->typed.value(TicketField::Message),
             QStringLiteral("Half a thought"));
    QCOMPARE(m_outbox->currentDraft(), std::optional(id));
}

void TestMainWindow::outboxEdit_bringsTheFormForwardAndStopEditingKeepsTheDraft()
{
    // A ticket waits in the outbox (BizKitHub is down).
    m_server->close();
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Toner"));
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Printer toner is low"));
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->successPage()->isVisible());
    const QUuid id = m_window->currentTicketId();
    const QString reference = Outbox::referenceFor(id);
    QTRY_COMPARE(m_outbox->entry(id)->state, TicketState::Queued);

    // Open the outbox, pick the ticket, Edit: the main window comes forward with the ticket.
    QTest::keyClick(m_window, Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY(m_window->outboxWindow() && m_window->outboxWindow()->isVisible());
    gui::OutboxWindow* outbox = m_window->outboxWindow();
    QVERIFY(outbox->parentWidget() == nullptr); // a window of its own, not kept above the form
    QTableView* waiting = outbox->view(gui::OutboxWindow::Page::Waiting);
    QTRY_COMPARE(waiting->model()->rowCount(), 1);
    waiting->setFocus();
    QTRY_VERIFY(waiting->selectionModel()->hasSelection());
    QVERIFY(outbox->editButton()->isEnabled());
    outbox->editButton()->click();
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_window->heading(), QStringLiteral("Editing %1").arg(reference));
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), QStringLiteral("Toner"));
    auto* stop = child<QPushButton>("stopEditing");
    QVERIFY(stop->isVisible());
    QVERIFY(outbox->isVisible()); // still there, behind

    // Stop editing: the changes stay as a draft, and the form is a new ticket again.
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Toner, urgent"));
    stop->click();
    QCOMPARE(m_window->heading(), QStringLiteral("New ticket"));
    QVERIFY(!stop->isVisible());
    QVERIFY(child<QLineEdit>("subjectEdit")->text().isEmpty());
    QCOMPARE(m_outbox->entry(id)->state, TicketState::Draft);
    QCOMPARE(m_outbox->entry(id)->typed.value(TicketField::Subject),
             QStringLiteral("Toner, urgent"));

    // Closing the main window closes the outbox too: nothing keeps the program alive.
    m_window->close();
    QTRY_VERIFY(!m_window->outboxWindow());
}

void TestMainWindow::saveAsDraft_parksTicketAndOpenTicketBringsItBack()
{
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Parked"));
    const QUuid parked = m_window->currentTicketId();
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_window->form()->isEmpty());
    QVERIFY(m_window->currentTicketId() != parked);
    QCOMPARE(m_outbox->entry(parked)->state, TicketState::Draft);
    QVERIFY(m_window->banner()->message().contains(Outbox::referenceFor(parked)));
    auto* heading = child<QLabel>("pageHeading");
    QCOMPARE(heading->text(), QStringLiteral("New ticket"));

    m_window->openTicket(parked);
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), QStringLiteral("Parked"));
    QCOMPARE(m_window->currentTicketId(), parked);
    // The page says which ticket is being edited, until a new one is started.
    QCOMPARE(heading->text(), QStringLiteral("Editing ") + Outbox::referenceFor(parked));
    m_window->newTicket();
    QCOMPARE(heading->text(), QStringLiteral("New ticket"));

    // The same with the button beside Send, which says its shortcut.
    auto* saveDraft = child<QPushButton>("saveDraftButton");
    QVERIFY(saveDraft->isVisible());
    QVERIFY(child<QLabel>("shortcutHint")->text().contains(QLatin1String("Ctrl+S")));
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Parked too"));
    const QUuid second = m_window->currentTicketId();
    saveDraft->click();
    QVERIFY(m_window->form()->isEmpty());
    QCOMPARE(m_outbox->entry(second)->state, TicketState::Draft);
}

void TestMainWindow::firstStart_fitsTheScreenWithSendAndStatusBarInView()
{
    // The offscreen screen (800 x 600) is smaller than any laptop's; what fits there fits there.
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    m_desk = new Desk(*m_settings, m_network, *m_outbox);
    m_window = m_desk->window();
    m_window->present();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QRect screen = m_window->screen()->availableGeometry();
    // Run by firstStart_fitsEveryLaptopScreen on a screen of a given size and scale.
    if (const QByteArray expected = qgetenv("BIZKITHUB_EXPECT_SCREEN"); !expected.isEmpty()) {
        QCOMPARE(QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height()),
                 QString::fromLatin1(expected));
    }
    QVERIFY2(screen.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("window %1,%2 %3x%4 on a screen of %5x%6")
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())
                            .arg(screen.width())
                            .arg(screen.height())));
    const auto globalRect = [](const QWidget* w) {
        return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
    };
    QPushButton* send = m_window->form()->sendButton();
    QVERIFY(send->isVisible());
    QVERIFY(screen.contains(globalRect(send)));
    QVERIFY(globalRect(m_window).contains(globalRect(send)));
    QVERIFY(m_window->statusBar()->isVisible());
    QVERIFY(screen.contains(globalRect(m_window->statusBar())));
    // The fields scroll; Send does not scroll with them.
    auto* scroll = m_window->findChild<QScrollArea*>(QStringLiteral("fieldsScroll"));
    QVERIFY(scroll);
    QVERIFY(!scroll->isAncestorOf(send));
}

void TestMainWindow::firstStart_fitsEveryLaptopScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("scale");
    for (const QSize size : {QSize(1366, 768), QSize(1280, 720), QSize(1920, 1080)}) {
        for (const QString& scale : {QStringLiteral("1"), QStringLiteral("1.25")}) {
            QTest::addRow("%dx%d at %s", size.width(), size.height(), qPrintable(scale))
                << size << scale;
        }
    }
}

void TestMainWindow::firstStart_fitsEveryLaptopScreen()
{
    // The same first start, on an offscreen screen of each size, in a process of its own (the
    // screen and the scale are fixed when the application starts).
    QFETCH(QSize, screen);
    QFETCH(QString, scale);
    const QString config = m_dir.filePath(
        QStringLiteral("screen-%1x%2.json").arg(screen.width()).arg(screen.height()));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, )"
                              R"("height": %2, "logicalDpi": 96, "logicalBaseDpi": 96}]})")
                   .arg(screen.width())
                   .arg(screen.height())
                   .toUtf8());
    file.close();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), scale);
    const double factor = scale.toDouble();
    env.insert(QStringLiteral("BIZKITHUB_EXPECT_SCREEN"),
               QStringLiteral("%1x%2")
                   .arg(qRound(screen.width() / factor))
                   .arg(qRound(screen.height() / factor)));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("firstStart_fitsTheScreenWithSendAndStatusBarInView")});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("PASS   : TestMainWindow::firstStart_fitsTheScreen")),
             qPrintable(output));
}

void TestMainWindow::windowGeometry_isRememberedAcrossStarts()
{
    m_window->resize(610, 470);
    m_window->move(30, 40);
    QVERIFY(m_window->close());
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    m_desk = new Desk(*m_settings, m_network, *m_outbox);
    m_window = m_desk->window();
    m_window->present();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->size(), QSize(610, 470));
    QCOMPARE(m_window->pos(), QPoint(30, 40));
}

void TestMainWindow::windowIcon_comesAfterTheFirstFrameInEverySize()
{
    m_window->present();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Read from the resources as PNG once the window is on the screen: the task bar's sizes.
    QTRY_VERIFY(!m_window->windowIcon().isNull());
    const QList<QSize> sizes = m_window->windowIcon().availableSizes();
    for (const int size : {16, 32, 48, 64}) {
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    }
}

void TestMainWindow::emailTypo_tabReachesSuggestionAndEnterTakesIt()
{
    // In Czech, by keyboard alone.
    applyLanguage(QLocale(QLocale::Czech, QLocale::CzechRepublic));
    QTRY_VERIFY(child<QLineEdit>("firstNameEdit")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(child<QLineEdit>("emailEdit")->hasFocus());
    test::typeText(QApplication::focusWidget(), QStringLiteral("jan@gmial.com"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QPushButton* suggestion = m_window->form()->emailSuggestionButton();
    QTRY_COMPARE(QApplication::focusWidget(), suggestion); // Tab lands on it, not past it
    QCOMPARE(suggestion->text(), QStringLiteral("Použít jan@gmail.com"));
    QTest::keyClick(suggestion, Qt::Key_Return);
    QCOMPARE(child<QLineEdit>("emailEdit")->text(), QStringLiteral("jan@gmail.com"));
    QTRY_VERIFY(child<QLineEdit>("phoneEdit")->hasFocus());
    QVERIFY(suggestion->isHidden());
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // category, subject, message
    }
    QTRY_VERIFY(child<QPlainTextEdit>("messageEdit")->hasFocus());
    test::typeText(QApplication::focusWidget(), QStringLiteral("Dobrý den"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().json().value(u"customerEmail").toString(),
             QStringLiteral("jan@gmail.com"));
    applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::emailTypo_sendAsksAndSendAnywayKeepsTheAddress()
{
    auto* email = child<QLineEdit>("emailEdit");
    email->setFocus();
    test::typeText(email, QStringLiteral("jiri@gmial.com"));
    auto* message = child<QPlainTextEdit>("messageEdit");
    message->setFocus(); // leaving the field brings up the suggestion, which is ignored
    test::typeText(message, QStringLiteral("Hello"));
    QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
    // Never sent silently, never changed silently: the person is asked.
    QTRY_VERIFY(!m_window->banner()->isHidden());
    QVERIFY(m_window->banner()->message().contains(QLatin1String("jiri@gmail.com")));
    QPushButton* anyway = m_window->banner()->actionButton(ResultBanner::Action::SendAnyway);
    QVERIFY(anyway->isVisible());
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 0);
    QTest::mouseClick(anyway, Qt::LeftButton);
    QTRY_COMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().json().value(u"customerEmail").toString(),
             QStringLiteral("jiri@gmial.com"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
