// SPDX-License-Identifier: GPL-3.0-or-later
// The whole path a person walks: type a ticket at the keyboard, send it, read what happened.
// The window talks to the fake BizKitHub over loopback.
#include "FakeBizKitHub.h"
#include "KeyboardInput.h"
#include "MainWindow.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "SuccessPage.h"
#include "TicketForm.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bizkithub;
using bizkithub::gui::MainWindow;
using bizkithub::gui::ResultBanner;
using bizkithub::test::FakeBizKitHub;
using Reply = FakeBizKitHub::Reply;

namespace {
const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void typedTicket_reachesServerInExactShape();
    void serverDown_keepsEverythingTypedAndRetriesWithSameKey();
    void invalidInput_showsAllProblemsAndSendsNothing();
    void missingKey_opensSettingsAndKeepsTicket();
    void rejectedKey_offersSettings();
    void fieldRejectedByServer_isShownAtTheField();
    void cancel_whileWaiting_unlocksTheForm();
    void newTicket_afterSuccess_startsEmptyWithNewKey();
    void ctrlReturnInMessageBox_sends();
    void close_withTypedTicket_asksFirst();

private:
    void typeTicket();
    template <typename T>
    T* child(const char* name) const
    {
        return m_window->findChild<T*>(QLatin1String(name));
    }
    void writeConfig(const QString& key);

    QTemporaryDir m_dir;
    FakeBizKitHub* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    Settings* m_settings = nullptr;
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
    m_window = new MainWindow(*m_settings, m_network);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_settings;
    delete m_network;
    delete m_server;
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
    QCOMPARE(request.body,
             QByteArray(R"({"categorySlug":"offer","customerEmail":"Jan@barasek.com",)"
                        R"("customerFirstName":"Jan","customerLastName":"Barášek",)"
                        R"("customerPhone":"+420 777123456","message":"Hello, how are you?",)"
                        R"("notice":"Internal notice","sendToEmail":"jan@barasek.com",)"
                        R"("subject":"Request from Jan"})"));
    QVERIFY(m_window->successPage()->summary().contains(QLatin1String("Request from Jan")));
    QVERIFY(m_window->successPage()->summary().contains(QLatin1String("req-ok-1")));
}

void TestMainWindow::serverDown_keepsEverythingTypedAndRetriesWithSameKey()
{
    m_server->enqueue(Reply::error(503, "MAINTENANCE", "Back soon"));
    typeTicket();
    const Ticket typed = m_window->form()->typedTicket();
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->banner()->isVisible());
    QVERIFY(!m_window->isSending());
    QVERIFY(m_window->banner()->message().contains(QLatin1String("try again")));
    QCOMPARE(m_window->form()->typedTicket(), typed); // nothing typed is lost
    QPushButton* retry = m_window->banner()->actionButton(ResultBanner::Action::Retry);
    QVERIFY(retry->isVisible());

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(m_window->successPage()->isVisible());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests()[0].header("Idempotency-Key"),
             m_server->requests()[1].header("Idempotency-Key"));
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

void TestMainWindow::rejectedKey_offersSettings()
{
    m_settings->setValue(Settings::Key::ApiKey, QStringLiteral("PRODwellFormedButNotKnown1234567"));
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Hello"));
    QSignalSpy shown(m_window, &MainWindow::resultShown);
    m_window->send();
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().first().value<SubmitResult>().outcome,
             SubmitResult::Outcome::AuthFailed);
    QVERIFY(m_window->banner()->actionButton(ResultBanner::Action::OpenSettings)->isVisible());
    QVERIFY(!m_window->banner()->message().contains(QLatin1String("wellFormed")));
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

void TestMainWindow::cancel_whileWaiting_unlocksTheForm()
{
    m_server->enqueue(Reply::hang());
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Hello"));
    m_window->send();
    QVERIFY(m_window->isSending());
    QVERIFY(child<QPlainTextEdit>("messageEdit")->isReadOnly());
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_window->cancelSending();
    QTRY_VERIFY(!m_window->isSending());
    QVERIFY(!child<QPlainTextEdit>("messageEdit")->isReadOnly());
    QVERIFY(m_window->banner()->isVisible());
    QCOMPARE(child<QPlainTextEdit>("messageEdit")->toPlainText(), QStringLiteral("Hello"));
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

void TestMainWindow::close_withTypedTicket_asksFirst()
{
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Do not lose me"));
    QString question;
    QTimer::singleShot(0, this, [&question] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!m_window->close());
    QVERIFY(question.contains(QLatin1String("discard")));
    QVERIFY(m_window->isVisible());
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), QStringLiteral("Do not lose me"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
