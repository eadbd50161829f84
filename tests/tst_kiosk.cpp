// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk as a customer and an admin meet it: provisioned by a system-wide settings file, a
// real window, the fake BizKitHub over loopback and a clock the test moves by hand.
#include "AdminPin.h"
#include "AdminPinDialog.h"
#include "Consent.h"
#include "Desk.h"
#include "FakeBizKitHub.h"
#include "KeyboardInput.h"
#include "KioskChrome.h"
#include "KioskController.h"
#include "KioskShell.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutboxSender.h"
#include "OutboxWindow.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TicketForm.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using namespace std::chrono_literals;
using bizkithub::gui::AdminPinDialog;
using bizkithub::gui::KioskController;
using bizkithub::gui::MainWindow;
using bizkithub::test::FakeBizKitHub;
using Reply = FakeBizKitHub::Reply;

namespace {
const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
const QString rootKey = QStringLiteral("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE");
const QString adminPin = QStringLiteral("2468");
} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void provisionedKiosk_coversScreenWithoutChrome();
    void close_isRefused();
    void send_thanksWithReferenceAndUsesPresets();
    void consent_theGuestTicksTheNoticeByTouch();
    void flood_moreThanTheHourlyLimitIsSentToTheStaff();
    void guestScreen_greetsSaysTheContactRuleAndUsesNoStaffWords();
    void thankYou_returnsAfterItsTimeOrATap();
    void undelivered_sameThanksAndStaffIndicator();
    void idle_countsDownThenWipesFormAndStore();
    void idle_touchDuringCountdownKeepsTheForm();
    void idle_emptyFormIsNeverCountedDown();
    void admin_rightPinOnlyOpensTheMenu();
    void admin_wrongPinsSlowDown();
    void admin_noPinSetUp_saysHow();
    void admin_leaveKioskMode();
    void rootKey_isRefusedAndNothingSent();
    void tiles_theGuestTapsACategory();
    void keyboardWantedButMissing_theSignSaysWhyAndTypingWorks();
    void pin_framelessWithANumberPadAndRoomForTheWait();
    void leaveKioskMode_givesTheOfficeLookBack();
    void thankYou_saysHowTheReplyComesAndCountsDown();
    void thankYou_qrCodeDecodesToTheReferenceLink();
    void receipt_printsTheReferenceAndNotTheMessage();
    void languages_theGuestChoosesAndTheNextGuestStartsAgain();
    void tiles_tabGoesThroughThemInTheFormsOrder();

private:
    void provision(const QByteArray& extra = {}, const QString& key = validKey);
    void openWindow();
    void typeCustomerTicket();
    void advance(std::chrono::milliseconds by);
    [[nodiscard]] int storedRows();
    void unlock(const QString& pin);
    template <typename T>
    T* child(const char* name) const
    {
        return m_window->findChild<T*>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    QString m_pinHash;
    FakeBizKitHub* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    Settings* m_settings = nullptr;
    Outbox* m_outbox = nullptr;
    Desk* m_desk = nullptr;
    MainWindow* m_window = nullptr;
    std::chrono::steady_clock::time_point m_now{std::chrono::hours(1)};
};

void TestKiosk::initTestCase()
{
    // The fewest iterations the hash allows: the check stays real, the test quick.
    m_pinHash = AdminPin::hash(adminPin, AdminPin::minimumIterations);
}

void TestKiosk::init()
{
    m_server = new FakeBizKitHub;
    QVERIFY(m_server->start());
    m_server->setHandler([](const FakeBizKitHub::Request& r) {
        return FakeBizKitHub::strictContactForm(r, {validKey, rootKey});
    });
    m_network = new QNetworkAccessManager;
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_outbox = new Outbox(m_dir.filePath(name + QStringLiteral(".sqlite")));
    QVERIFY(m_outbox->open());
    provision();
}

void TestKiosk::provision(const QByteArray& extra, const QString& key)
{
    // A new file each time: QSettings caches what it read by file name.
    static int provisioned = 0;
    const QString name =
        QLatin1String(QTest::currentTestFunction()) + QString::number(++provisioned);
    const QString system = m_dir.filePath(name + QStringLiteral("-system.ini"));
    QFile file(system);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[api]\nbaseUrl=" + m_server->baseUrl().toUtf8() + "\nkey=" + key.toUtf8() +
               "\ntimeoutSeconds=5\n"
               "[kiosk]\nenabled=true\norganizationName=Hotel Horizont\n"
               "idleSeconds=90\nthankYouSeconds=10\nonScreenKeyboard=off\n" +
               (m_pinHash.isEmpty() ? QByteArray() : "adminPinHash=" + m_pinHash.toUtf8() + '\n') +
               "[form]\npreset\\notice=Kiosk {hostname}\npreset\\sendToEmail=desk@example.com\n" +
               extra);
    file.close();
    delete m_settings;
    m_settings =
        new Settings(Settings::Sources{m_dir.filePath(name + QStringLiteral("-user.ini")), system},
                     QProcessEnvironment());
}

void TestKiosk::openWindow()
{
    m_desk = new Desk(*m_settings, m_network, *m_outbox);
    m_window = m_desk->window();
    m_window->kiosk()->setClock([this] { return m_now; });
    m_window->sender()->setRandom([] { return 0.0; });
    m_window->present();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestKiosk::cleanup()
{
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    delete m_outbox;
    delete m_settings;
    m_settings = nullptr;
    delete m_network;
    delete m_server;
}

void TestKiosk::advance(std::chrono::milliseconds by)
{
    m_now += by;
    m_window->kiosk()->check();
}

int TestKiosk::storedRows()
{
    // Straight from the file, as anyone who found it would read it.
    int rows = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_outbox->path());
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT count(*) FROM tickets"), db);
            rows = q.next() ? q.value(0).toInt() : -1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return rows;
}

void TestKiosk::typeCustomerTicket()
{
    auto* first = child<QLineEdit>("firstNameEdit");
    QTRY_VERIFY(first->hasFocus());
    test::typeText(first, QStringLiteral("Věra"));
    auto* email = child<QLineEdit>("emailEdit");
    email->setFocus();
    test::typeText(email, QStringLiteral("vera@example.com"));
    auto* message = child<QPlainTextEdit>("messageEdit");
    message->setFocus();
    test::typeText(message, QStringLiteral("The shower in room 12 is cold."));
}

void TestKiosk::unlock(const QString& pin)
{
    QPointer<AdminPinDialog> dialog = m_window->kiosk()->pinDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->pinEdit()->isEnabled());
    dialog->pinEdit()->setText(pin);
    dialog->accept();
    // The right PIN closes the dialog, which then goes.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isChecking(), 30000);
}

void TestKiosk::provisionedKiosk_coversScreenWithoutChrome()
{
    openWindow();
    QVERIFY(m_window->isKioskMode());
    QVERIFY(m_window->isFullScreen());
    QVERIFY(m_window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    // A kiosk keeps no drafts: no Save draft, no word of it.
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("saveDraftButton"))->isVisible());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("shortcutHint"))->isVisible());
    QVERIFY(m_window->kioskHeader()->isVisible());
    QCOMPARE(child<QLabel>("kioskTitle")->text(), QStringLiteral("Hotel Horizont"));
    // The internal fields are not the customer's.
    QVERIFY(!child<QPlainTextEdit>("noticeEdit")->isVisible());
    QVERIFY(!child<QLineEdit>("sendToEmailEdit")->isVisible());
    QVERIFY(child<QPlainTextEdit>("messageEdit")->isVisible());
    // Large controls: bigger than the same form in an office window.
    const int kioskHeight = child<QLineEdit>("firstNameEdit")->height();
    m_window->leaveKioskMode();
    QTRY_VERIFY(child<QLineEdit>("firstNameEdit")->height() < kioskHeight);
    // On-screen keyboards get the right layout.
    QVERIFY(child<QLineEdit>("emailEdit")->inputMethodHints().testFlag(Qt::ImhEmailCharactersOnly));
    QVERIFY(
        child<QLineEdit>("phoneEdit")->inputMethodHints().testFlag(Qt::ImhDialableCharactersOnly));
    QVERIFY(
        child<QLineEdit>("firstNameEdit")->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
}

void TestKiosk::close_isRefused()
{
    openWindow();
    typeCustomerTicket();
    QVERIFY(!m_window->close()); // what Alt+F4 and the window manager ask
    QVERIFY(m_window->isVisible());
    // The staff's shortcuts went with the menus: a customer cannot quit, open the outbox or
    // the settings from the keyboard.
    for (const QKeySequence& keys :
         {QKeySequence(QKeySequence::Quit), QKeySequence(Qt::CTRL | Qt::Key_O),
          QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence(QKeySequence::New)}) {
        QTest::keySequence(m_window, keys);
    }
    QCoreApplication::processEvents();
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->findChild<gui::OutboxWindow*>());
    QVERIFY(!m_window->findChild<gui::SettingsDialog*>());
    QVERIFY(!m_window->form()->isEmpty()); // New ticket did not clear it either
    QCOMPARE(storedRows(), 0);             // and no draft was kept by trying
}

void TestKiosk::send_thanksWithReferenceAndUsesPresets()
{
    openWindow();
    typeCustomerTicket();
    QTest::mouseClick(m_window->form()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->requests().size(), 1);
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    const auto entries = m_outbox->entries();
    QCOMPARE(entries.size(), 1);
    QVERIFY(m_window->thankYouText().contains(entries.first().reference));
    const QJsonObject body = m_server->requests().first().json();
    // The preset, then the reference the outbox adds.
    QVERIFY(body.value(u"notice").toString().startsWith(QStringLiteral("Kiosk ") +
                                                        TicketValidator::defaultHostname() +
                                                        QStringLiteral("\n\nClient reference: ")));
    QCOMPARE(body.value(u"sendToEmail").toString(), QStringLiteral("desk@example.com"));
    QCOMPARE(body.value(u"customerFirstName").toString(), QStringLiteral("Věra"));
    QCOMPARE(FakeBizKitHub::shapeProblems(m_server->requests().first()), QStringList());
    QTRY_COMPARE(m_outbox->entries().first().state, TicketState::Sent);
    // Nothing of the customer remains on the form behind the thank-you.
    QVERIFY(m_window->form()->isEmpty());
}

void TestKiosk::consent_theGuestTicksTheNoticeByTouch()
{
    provision("consentRequired=true\n"); // in the [form] section
    openWindow();
    typeCustomerTicket();
    // The guest's own words, not staff's: the default notice in the first person.
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("consentLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().startsWith(Consent::defaultKioskText()));
    QTest::mouseClick(m_window->form()->sendButton(), Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY(m_server->requests().isEmpty()); // not without the tick
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("consentError"))->isVisible());
    // A tap on the words ticks the box, as on a check box's own text.
    QTest::mouseClick(label, Qt::LeftButton);
    QVERIFY(m_window->form()->consentCheck()->isChecked());
    QTest::mouseClick(m_window->form()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->requests().size(), 1);
    const QString note = m_server->requests().first().json().value(u"notice").toString();
    QVERIFY2(note.contains(QStringLiteral("UTC to the notice #") +
                           Consent::hashOf(Consent::defaultKioskText())),
             qPrintable(note));
    // The next guest finds it unticked.
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    QVERIFY(!m_window->form()->consentCheck()->isChecked());
}

void TestKiosk::flood_moreThanTheHourlyLimitIsSentToTheStaff()
{
    provision("[kiosk]\nmaxTicketsPerHour=2\n");
    openWindow();
    for (int i = 0; i < 2; ++i) {
        typeCustomerTicket();
        m_window->send();
        QTRY_VERIFY(m_window->thankYouPage()->isVisible());
        advance(10s);
        QTRY_VERIFY(m_window->form()->isVisible());
    }
    QTRY_COMPARE(m_server->requests().size(), 2);
    // The third in the hour: the guest is sent to the staff, nothing is queued or sent.
    typeCustomerTicket();
    m_window->send();
    QVERIFY(!m_window->thankYouPage()->isVisible());
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->message().contains(QLatin1String("staff")));
    // A tap on the banner's buttons leaves the keys up, as on every other button: those it
    // shows now, and one it shows later.
    const auto noTapFocus = [this] {
        QStringList tapped;
        for (const QAbstractButton* button : m_window->banner()->findChildren<QAbstractButton*>()) {
            if (button->isVisible() && (button->focusPolicy() & Qt::ClickFocus)) {
                tapped << button->text();
            }
        }
        return tapped;
    };
    QCOMPARE(noTapFocus(), QStringList());
    m_window->banner()->showMessage(QStringLiteral("Try once more."),
                                    {gui::ResultBanner::Action::Retry});
    QVERIFY(m_window->banner()->actionButton(gui::ResultBanner::Action::Retry)->isVisible());
    QCOMPARE(noTapFocus(), QStringList());
    QCOMPARE(m_outbox->count({TicketState::Queued, TicketState::Sending, TicketState::Sent}), 2);
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 2);
    // Staff see why in the header.
    QVERIFY(m_window->kioskOutboxIndicator()->isVisible());
    QVERIFY(m_window->kioskOutboxIndicator()->text().contains(QLatin1String("refused")));
}

void TestKiosk::guestScreen_greetsSaysTheContactRuleAndUsesNoStaffWords()
{
    provision("requireContact=emailOrPhone\n");
    openWindow();
    auto* greeting = m_window->findChild<QLabel*>(QStringLiteral("kioskGreeting"));
    QVERIFY(greeting->isVisible());
    QCOMPARE(greeting->text(), QStringLiteral("How can we help?"));
    auto* hint = m_window->findChild<QLabel*>(QStringLiteral("kioskContactHint"));
    QVERIFY(hint->isVisible()); // said before the guest starts, not after Send
    QCOMPARE(hint->text(), QStringLiteral("Leave an e-mail or a phone number so we can reply."));
    // No staff words, no Alt-key letters, no counter of ten thousand characters.
    for (const QGroupBox* group : m_window->findChildren<QGroupBox*>()) {
        if (group->isVisible()) {
            QVERIFY2(group->title() != QLatin1String("Customer") &&
                         group->title() != QLatin1String("Ticket"),
                     qPrintable(group->title()));
        }
    }
    for (const QLabel* label : m_window->form()->findChildren<QLabel*>()) {
        QVERIFY2(!label->isVisible() ||
                     !label->text().contains(QRegularExpression(QStringLiteral("&[^&]"))),
                 qPrintable(label->text()));
    }
    QVERIFY(!m_window->form()->sendButton()->text().contains(u'&'));
    QVERIFY(!child<QLabel>("messageCounterLabel")->isVisible());

    // Leaving kiosk mode brings the office words back.
    m_window->leaveKioskMode();
    QVERIFY(!greeting->isVisible());
    QVERIFY(m_window->form()->sendButton()->text().contains(u'&'));
    QVERIFY(child<QLabel>("messageCounterLabel")->isVisible());
    QCOMPARE(m_window->findChild<QGroupBox*>(QStringLiteral("customerGroup"))->title(),
             QStringLiteral("Customer"));
}

void TestKiosk::thankYou_returnsAfterItsTimeOrATap()
{
    openWindow();
    typeCustomerTicket();
    const QUuid first = m_window->currentTicketId();
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    advance(9s);
    QVERIFY(m_window->thankYouPage()->isVisible());
    advance(1s);
    QVERIFY(!m_window->thankYouPage()->isVisible());
    QVERIFY(m_window->form()->isVisible());
    QVERIFY(m_window->form()->isEmpty());
    QVERIFY(m_window->currentTicketId() != first); // a new ticket, a new key

    // The next customer sends from the keyboard (the menus are gone, Ctrl+Return is not) and
    // taps instead of waiting.
    typeCustomerTicket();
    QTest::keyClick(child<QPlainTextEdit>("messageEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    QTest::mouseClick(m_window->thankYouPage(), Qt::LeftButton);
    QVERIFY(m_window->form()->isVisible());
    QTRY_COMPARE(m_server->requests().size(), 2);
}

void TestKiosk::undelivered_sameThanksAndStaffIndicator()
{
    m_server->setHandler([](const FakeBizKitHub::Request&) {
        return Reply{503, {}, {}, {}, false};
    });
    openWindow();
    QVERIFY(!m_window->kioskOutboxIndicator()->isVisible());
    typeCustomerTicket();
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(m_window->thankYouText().contains(m_outbox->entries().first().reference));
    QTRY_VERIFY(m_window->kioskOutboxIndicator()->isVisible());
    QVERIFY(m_window->kioskOutboxIndicator()->text().contains(u'1'));
    QTRY_COMPARE(m_outbox->entries().first().state, TicketState::Queued); // once answered
}

void TestKiosk::idle_countsDownThenWipesFormAndStore()
{
    openWindow();
    typeCustomerTicket();
    auto* message = child<QPlainTextEdit>("messageEdit");
    QGuiApplication::clipboard()->setText(QStringLiteral("room 12"));
    advance(89s);
    QVERIFY(!m_window->kiosk()->isCountingDown());
    advance(1s);
    QVERIFY(m_window->kiosk()->isCountingDown());
    QVERIFY(m_window->kiosk()->overlay()->isVisible());
    QVERIFY(m_window->kiosk()->overlay()->findChild<QLabel*>() != nullptr);
    // Its look comes with it: white words on the dimmed window.
    QCOMPARE(
        m_window->kiosk()->overlay()->findChild<QLabel*>()->palette().color(QPalette::WindowText),
        QColor(Qt::white));
    advance(14s);
    QVERIFY(m_window->kiosk()->overlay()->isVisible());
    QVERIFY(!m_window->form()->isEmpty());
    advance(1s);
    QVERIFY(!m_window->kiosk()->overlay()->isVisible());
    // Nothing the customer typed stays: not on screen, not in the undo history, not on the
    // clipboard, not in the store.
    QVERIFY(m_window->form()->isEmpty());
    QCOMPARE(message->toPlainText(), QString());
    QVERIFY(!message->document()->isUndoAvailable());
    QVERIFY(!child<QLineEdit>("firstNameEdit")->isUndoAvailable());
    QCOMPARE(QGuiApplication::clipboard()->text(), QString());
    QCOMPARE(storedRows(), 0);
    QCOMPARE(m_outbox->currentDraft(), std::nullopt);
    QCOMPARE(m_server->requests().size(), 0);
    // The next customer meets a clean form, not "write the message" from the last one's focus.
    QVERIFY(child<QLabel>("messageError")->isHidden());
    QVERIFY(m_window->form()->editor(TicketField::Message)->accessibleDescription().isEmpty());
}

void TestKiosk::idle_touchDuringCountdownKeepsTheForm()
{
    openWindow();
    typeCustomerTicket();
    advance(90s);
    QVERIFY(m_window->kiosk()->isCountingDown());
    QTest::mouseClick(m_window->kiosk()->overlay(), Qt::LeftButton);
    QVERIFY(!m_window->kiosk()->isCountingDown());
    QVERIFY(!m_window->kiosk()->overlay()->isVisible());
    advance(30s); // the idle time starts again from the touch
    QVERIFY(!m_window->form()->isEmpty());
    QVERIFY(!m_window->kiosk()->isCountingDown());
    QCOMPARE(child<QLineEdit>("firstNameEdit")->text(), QStringLiteral("Věra"));
}

void TestKiosk::idle_emptyFormIsNeverCountedDown()
{
    openWindow();
    advance(10min);
    QVERIFY(!m_window->kiosk()->isCountingDown());
    QVERIFY(!m_window->kiosk()->overlay()->isVisible());
}

void TestKiosk::admin_rightPinOnlyOpensTheMenu()
{
    openWindow();
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(m_window->kiosk()->pinDialog());
    unlock(QStringLiteral("1357"));
    QVERIFY(!m_window->adminMenu());
    QVERIFY(m_window->kiosk()->pinDialog()->isVisible());
    QVERIFY(m_window->kiosk()->pinDialog()->message().contains(QLatin1String("Wrong")));
    unlock(adminPin);
    QTRY_VERIFY(m_window->adminMenu());
    // Settings open from the menu, and the kiosk does not count down meanwhile.
    QTest::mouseClick(
        m_window->adminMenu()->findChild<QPushButton*>(QStringLiteral("adminSettings")),
        Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<gui::SettingsDialog*>());
    auto* dialog = m_window->findChild<gui::SettingsDialog*>();
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("started"));
    advance(10min);
    QVERIFY(!m_window->kiosk()->isCountingDown());
    // What the admin's file sets is shown read-only, and says so; the rest can be edited.
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
    QVERIFY(url->isReadOnly());
    QCOMPARE(url->text(), m_server->baseUrl());
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("baseUrlNote"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Set by your administrator."));
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"))->isReadOnly());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("caFileEdit"))->isReadOnly());
    QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("timeoutNote"))->isVisible() ||
            dialog->findChild<QAbstractSpinBox*>(QStringLiteral("timeoutSpin"))->isReadOnly());
    // Saving keeps the admin's value whatever the user's file had.
    QVERIFY(dialog->save());
    QCOMPARE(m_settings->baseUrl(), m_server->baseUrl());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<gui::SettingsDialog*>());
    advance(1s);
    advance(90s); // counting again once the admin is done
    QVERIFY(m_window->kiosk()->isCountingDown());
}

void TestKiosk::admin_wrongPinsSlowDown()
{
    openWindow();
    // A three-second press on the header asks for the PIN as well.
    QTest::mousePress(m_window->kioskHeader(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->kiosk()->pinDialog(), 6000);
    QTest::mouseRelease(m_window->kioskHeader(), Qt::LeftButton);
    for (int i = 0; i < 3; ++i) {
        unlock(QStringLiteral("0000"));
    }
    AdminPinDialog* dialog = m_window->kiosk()->pinDialog();
    QTRY_VERIFY(!dialog->pinEdit()->isEnabled());
    QVERIFY(dialog->message().contains(u'5'));
    // Even the right PIN is not checked while the wait runs.
    dialog->pinEdit()->setText(adminPin);
    dialog->accept();
    QVERIFY(!dialog->isChecking());
    QVERIFY(!m_window->adminMenu());
    m_now += 5s;
    unlock(QStringLiteral("0000"));
    QCOMPARE(m_window->kiosk()->throttle().remainingDelay(), 10000ms); // doubled
    m_now += 10s;
    unlock(adminPin);
    QTRY_VERIFY(m_window->adminMenu());
    QCOMPARE(m_window->kiosk()->throttle().failures(), 0);
}

void TestKiosk::admin_noPinSetUp_saysHow()
{
    m_pinHash.clear();
    provision();
    m_pinHash = AdminPin::hash(adminPin, AdminPin::minimumIterations);
    openWindow();
    m_window->kiosk()->requestAdmin();
    AdminPinDialog* dialog = m_window->kiosk()->pinDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->message().contains(QLatin1String("admin set-pin")));
    QVERIFY(!dialog->pinEdit()->isEnabled());
}

void TestKiosk::admin_leaveKioskMode()
{
    openWindow();
    m_window->kiosk()->requestAdmin();
    unlock(adminPin);
    QTRY_VERIFY(m_window->adminMenu());
    QTest::mouseClick(m_window->adminMenu()->findChild<QPushButton*>(QStringLiteral("adminLeave")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->isKioskMode());
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(!m_window->isFullScreen());
    QVERIFY(child<QPlainTextEdit>("noticeEdit")->isVisible()); // internal fields are back
    // Only for this run: the admin's file still says kiosk.
    QVERIFY(!m_settings->kioskEnabled());
    Settings fresh(Settings::Sources{m_settings->fileName(), m_settings->systemFileName()},
                   QProcessEnvironment());
    QVERIFY(fresh.kioskEnabled());
}

void TestKiosk::rootKey_isRefusedAndNothingSent()
{
    provision({}, rootKey);
    openWindow();
    typeCustomerTicket();
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible()); // the customer is not troubled
    QTRY_VERIFY(m_outbox->hold().has_value());
    QVERIFY(m_outbox->hold()->message.contains(QLatin1String("ROOT")));
    QVERIFY(m_window->kioskOutboxIndicator()->toolTip().contains(QLatin1String("ROOT")));
    QVERIFY(!m_window->kioskOutboxIndicator()->toolTip().contains(rootKey.mid(4)));
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_outbox->entries().first().state, TicketState::Held);
    // The admin sees why in the settings too.
    gui::SettingsDialog dialog(*m_settings, m_desk->delivery().transport(), m_window);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("apiKeyNote"))
                ->text()
                .contains(QLatin1String("ROOT")));
}

void TestKiosk::tiles_theGuestTapsACategory()
{
    provision("categories=room=Room, wifi=Wi-Fi, other=Something else\n");
    openWindow();
    auto* combo = child<QComboBox>("categoryCombo");
    QVERIFY(!combo->isVisible()); // a list a finger misses
    const QList<QPushButton*> tiles =
        m_window->findChildren<QPushButton*>(QStringLiteral("categoryTile"));
    QCOMPARE(tiles.size(), 3);
    QPushButton* wifi = tiles.at(1);
    QVERIFY(wifi->isVisible());
    QCOMPARE(wifi->text(), QStringLiteral("Wi-Fi"));
    typeCustomerTicket();
    QTest::mouseClick(wifi, Qt::LeftButton);
    QVERIFY(wifi->isChecked());
    QVERIFY(m_window->findChild<QPlainTextEdit*>(QStringLiteral("messageEdit"))->hasFocus());
    QTest::mouseClick(m_window->form()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().json().value(u"categorySlug").toString(),
             QStringLiteral("wifi"));
    // The next guest starts with none chosen.
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    m_window->kiosk()->finishThankYou();
    QVERIFY(!wifi->isChecked());
}

void TestKiosk::tiles_tabGoesThroughThemInTheFormsOrder()
{
    provision("categories=room=Room, wifi=Wi-Fi\n");
    openWindow();
    auto* phone = child<QLineEdit>("phoneEdit");
    phone->setFocus();
    QTRY_VERIFY(phone->hasFocus());
    const auto focusName = [] {
        QWidget* focus = QApplication::focusWidget();
        auto* button = qobject_cast<QPushButton*>(focus);
        return button ? button->text() : focus->objectName();
    };
    // One stop for the tiles, where the list would be; the arrows go from tile to tile, as in
    // any group of choices.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("Room"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(focusName(), QStringLiteral("Wi-Fi"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(qobject_cast<QPushButton*>(QApplication::focusWidget())->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("subjectEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("messageEdit"));
}

void TestKiosk::keyboardWantedButMissing_theSignSaysWhyAndTypingWorks()
{
    // The on-screen keyboard is an input method chosen when Qt starts; this test's application
    // started without it, as a kiosk whose keyboard cannot be had.
    provision("[kiosk]\nonScreenKeyboard=on\n");
    openWindow();
    QLabel* sign = m_window->kioskOutboxIndicator();
    QTRY_VERIFY(sign->isVisible()); // the keyboard is tried after the first frame
    QVERIFY2(sign->text().contains(QLatin1String("No on-screen keyboard")),
             qPrintable(sign->text()));
    // A guest with a real keyboard is served all the same.
    typeCustomerTicket();
    QTest::mouseClick(m_window->form()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(m_server->requests().size(), 1);
}

void TestKiosk::pin_framelessWithANumberPadAndRoomForTheWait()
{
    openWindow();
    m_window->kiosk()->requestAdmin();
    QPointer<AdminPinDialog> dialog = m_window->kiosk()->pinDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // No window frame to drag or close over the full-screen kiosk; its title is inside.
    QVERIFY(dialog->windowFlags().testFlag(Qt::FramelessWindowHint));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("pinTitle"))->text(),
             QStringLiteral("Administration"));
    // The pad types the PIN; the field keeps the focus.
    const auto key = [&dialog](const QString& text) {
        for (QPushButton* button : dialog->findChildren<QPushButton*>(QStringLiteral("pinKey"))) {
            if (button->text() == text) {
                return button;
            }
        }
        return static_cast<QPushButton*>(nullptr);
    };
    for (const QString& digit :
         {QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("9")}) {
        QTest::mouseClick(key(digit), Qt::LeftButton);
    }
    QTest::mouseClick(key(QStringLiteral("⌫")), Qt::LeftButton);
    QTest::mouseClick(key(QStringLiteral("8")), Qt::LeftButton);
    QCOMPARE(dialog->pinEdit()->text(), adminPin);
    QCOMPARE(dialog->focusWidget(), dialog->pinEdit());
    // Three wrong PINs: the wait is said, and the dialog grows around it: its buttons stay in.
    for (int i = 0; i < 3; ++i) {
        unlock(QStringLiteral("0000"));
    }
    QTRY_VERIFY(!dialog->pinEdit()->isEnabled());
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("pinMessage"));
    QTRY_VERIFY(message->isVisible());
    QCoreApplication::processEvents();
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        const QRect inDialog(button->mapTo(dialog, QPoint(0, 0)), button->size());
        QVERIFY2(dialog->rect().contains(inDialog), qPrintable(button->text()));
    }
    const QRect messageRect(message->mapTo(dialog, QPoint(0, 0)), message->size());
    QVERIFY(dialog->rect().contains(messageRect));
    QVERIFY(message->height() >= message->heightForWidth(message->width()));
    QVERIFY(!key(QStringLiteral("1"))->isEnabled()); // the pad waits too
}

void TestKiosk::leaveKioskMode_givesTheOfficeLookBack()
{
    provision("categories=room=Room, wifi=Wi-Fi\n");
    openWindow();
    auto* tile = m_window->findChild<QPushButton*>(QStringLiteral("categoryTile"));
    QVERIFY(tile->isVisible());
    QCOMPARE(m_window->form()->sendButton()->focusPolicy(), Qt::TabFocus);
    m_window->leaveKioskMode();
    QTRY_VERIFY(!m_window->isKioskMode());
    QVERIFY(m_window->styleSheet().isEmpty());
    QVERIFY(!m_window->windowFlags().testFlag(Qt::FramelessWindowHint)); // the title bar is back
    tile = m_window->findChild<QPushButton*>(QStringLiteral("categoryTile"));
    QVERIFY(!tile->isVisible());
    QVERIFY(child<QComboBox>("categoryCombo")->isVisible());
    QCOMPARE(child<QComboBox>("categoryCombo")->lineEdit()->placeholderText(),
             QStringLiteral("optional, e.g. order-question"));
    QVERIFY(!m_window->kioskHeader()->isVisible());
    QCOMPARE(m_window->form()->sendButton()->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(m_window->findChild<QGroupBox*>(QStringLiteral("customerGroup"))->title(),
             QStringLiteral("Customer"));
    // Placeholders and fields are the office's size again.
    auto* email = child<QLineEdit>("emailEdit");
    QCOMPARE(email->font().pointSizeF(), QApplication::font().pointSizeF());
}

void TestKiosk::thankYou_saysHowTheReplyComesAndCountsDown()
{
    openWindow();
    typeCustomerTicket();
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    QVERIFY2(m_window->thankYouText().contains(QLatin1String("We will reply to vera@example.com.")),
             qPrintable(m_window->thankYouText()));
    auto* countdown = child<QLabel>("thankYouCountdown");
    QCOMPARE(countdown->text(),
             QCoreApplication::translate("bizkithub::gui::KioskChrome",
                                         "Back to the start in %n second(s).", nullptr, 10));
    advance(8s);
    QCOMPARE(countdown->text(),
             QCoreApplication::translate("bizkithub::gui::KioskChrome",
                                         "Back to the start in %n second(s).", nullptr, 2));
    // Done ends it at once; nothing of the guest's greeting is hidden for the next one.
    QTest::mouseClick(child<QPushButton>("thankYouDone"), Qt::LeftButton);
    QVERIFY(m_window->form()->isVisible());
    QVERIFY(child<QLabel>("kioskGreeting")->isVisible());

    // A guest who left only a phone number is called back.
    auto* phone = child<QLineEdit>("phoneEdit");
    phone->setFocus();
    test::typeText(phone, QStringLiteral("777 123 456"));
    auto* message = child<QPlainTextEdit>("messageEdit");
    message->setFocus();
    test::typeText(message, QStringLiteral("Towels, please."));
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    QVERIFY2(
        m_window->thankYouText().contains(QLatin1String("We will call you on +420 777 123 456.")),
        qPrintable(m_window->thankYouText()));
    // No printer is set up: no button for one.
    QVERIFY(!child<QPushButton>("printReceiptButton")->isVisible());
    // Done: nothing of this guest stays on the page, for the eye or a screen reader.
    QTest::mouseClick(child<QPushButton>("thankYouDone"), Qt::LeftButton);
    QVERIFY(m_window->form()->isVisible());
    QVERIFY(!m_window->thankYouText().contains(QLatin1String("777")));
    QVERIFY(child<QLabel>("thankYouReference")->text().isEmpty());
    QVERIFY(child<QLabel>("thankYouReference")->accessibleName().isEmpty());
    QVERIFY(child<QLabel>("thankYouQrCode")->pixmap().isNull());
}

void TestKiosk::thankYou_qrCodeDecodesToTheReferenceLink()
{
    provision("[kiosk]\nreferenceUrl=https://help.example.com/t/{reference}\n");
    openWindow();
    typeCustomerTicket();
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    const QString reference = m_outbox->entries().first().reference;
    auto* code = child<QLabel>("thankYouQrCode");
    QVERIFY(code->isVisible());
    // As a phone's camera sees it: the picture on the screen, read by a real decoder.
    const QString png = m_dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(code->grab().save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY2(zbar.waitForFinished(), "zbarimg (Debian: zbar-tools) is needed");
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(),
             QStringLiteral("https://help.example.com/t/") + reference);
}

void TestKiosk::receipt_printsTheReferenceAndNotTheMessage()
{
    provision("[kiosk]\nreceiptPrinter=Front desk\n");
    openWindow();
    const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
    QString askedFor;
    m_window->kioskShell()->setPrinterFactory([&](const QString& name, QString*) {
        askedFor = name;
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        return printer;
    });
    typeCustomerTicket();
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    auto* print = child<QPushButton>("printReceiptButton");
    QVERIFY(print->isVisible());
    QTest::mouseClick(print, Qt::LeftButton);
    QVERIFY(m_window->thankYouPage()->isVisible()); // a tap on its buttons does not leave it
    QCOMPARE(askedFor, QStringLiteral("Front desk"));
    QVERIFY(!print->isEnabled()); // one slip a ticket
    QVERIFY(child<QLabel>("printResult")->text().contains(QLatin1String("being printed")));
    // Read back as a person reads the slip.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(), "pdftotext (Debian: poppler-utils) is needed");
    const QString slip = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(slip.contains(m_outbox->entries().first().reference), qPrintable(slip));
    QVERIFY(slip.contains(QLatin1String("Hotel Horizont")));
    QVERIFY(slip.contains(QLatin1String("We will reply to vera@example.com.")));
    QVERIFY(!slip.contains(QLatin1String("shower")));
    QVERIFY(!slip.contains(QLatin1String("Věra")));

    // A printer that is not there: the guest is told to note the reference, staff see why.
    m_window->kioskShell()->setPrinterFactory([](const QString&, QString* error) {
        *error = QStringLiteral("There is no printer called Front desk on this computer.");
        return std::unique_ptr<QPrinter>();
    });
    QTest::mouseClick(child<QPushButton>("thankYouDone"), Qt::LeftButton);
    typeCustomerTicket();
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("receipt could not be")));
    QTest::mouseClick(print, Qt::LeftButton);
    QVERIFY(child<QLabel>("printResult")->text().contains(QLatin1String("note your reference")));
    QVERIFY(m_window->kioskOutboxIndicator()->text().contains(QLatin1String("Receipt printer")));
    QVERIFY(m_window->kioskOutboxIndicator()->toolTip().contains(QLatin1String("no printer")));
}

void TestKiosk::languages_theGuestChoosesAndTheNextGuestStartsAgain()
{
    provision("[kiosk]\nlanguages=en, de\ngreeting/de=Willkommen im Hotel Horizont\n");
    openWindow();
    gui::KioskChrome* chrome = m_window->kioskShell()->chrome();
    QVERIFY(!chrome->languageButton(QStringLiteral("cs"))); // the admin's choice of languages
    QPushButton* german = chrome->languageButton(QStringLiteral("de"));
    QVERIFY(german->isVisible());
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    QVERIFY(chrome->languageButton(QStringLiteral("en"))->isChecked());
    QTest::mouseClick(german, Qt::LeftButton);
    QCoreApplication::processEvents();
    // The whole kiosk speaks it at once, the admin's words in it included.
    QVERIFY(german->isChecked());
    QCOMPARE(m_window->form()->sendButton()->text(), QStringLiteral("Senden"));
    QCOMPARE(child<QLabel>("kioskGreeting")->text(),
             QStringLiteral("Willkommen im Hotel Horizont"));
    typeCustomerTicket();
    m_window->send();
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    QCOMPARE(child<QLabel>("thankYouTitle")->text(), QStringLiteral("Vielen Dank!"));
    advance(10s);
    // The next guest starts in the kiosk's own language.
    QTRY_VERIFY(m_window->form()->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(m_window->form()->sendButton()->text(), QStringLiteral("Send"));
    QVERIFY(chrome->languageButton(QStringLiteral("en"))->isChecked());

    // An idle wipe forgets the language as well.
    QTest::mouseClick(german, Qt::LeftButton);
    QCoreApplication::processEvents();
    typeCustomerTicket();
    advance(91s);
    advance(16s);
    QTRY_VERIFY(m_window->form()->isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(m_window->form()->sendButton()->text(), QStringLiteral("Send"));
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
