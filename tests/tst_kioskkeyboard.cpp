// SPDX-License-Identifier: GPL-3.0-or-later
// A guest at a touch-only kiosk: the on-screen keyboard (Qt Virtual Keyboard, drawn in software)
// is tapped key by key, as a finger would, in a real window against the fake BizKitHub. The
// application object is made as main() makes it, after the keyboard was chosen as input method.
#include "Consent.h"
#include "Desk.h"
#include "FakeBizKitHub.h"
#include "KioskChrome.h"
#include "KioskController.h"
#include "KioskShell.h"
#include "MainWindow.h"
#include "OnScreenKeyboard.h"
#include "OutboxSender.h"
#include "Settings.h"
#include "TicketForm.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using namespace std::chrono_literals;
using bizkithub::gui::MainWindow;
using bizkithub::test::FakeBizKitHub;

namespace {
const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");

// Every item of the keyboard's scene, depth first.
void collect(QQuickItem* item, QList<QQuickItem*>& items)
{
    items.append(item);
    for (QQuickItem* child : item->childItems()) {
        collect(child, items);
    }
}

bool isShownOnScreen(QQuickItem* item)
{
    return item->isVisible() && item->width() > 0 && item->height() > 0 && item->opacity() > 0;
}
} // namespace

class TestKioskKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void germanGuest_tapsATicketOnTheKeysAlone();
    void keys_comeInsideTheWindowAndTheFieldStaysAboveThem();
    void keys_followTheGuestsLanguageAndTheField();
    void everyTarget_isAFingertipWide();
    void idleWipe_putsTheKeysAwayAndTheLanguageBack();
    void idleWipe_alsoWhenTheGuestOnlyChoseALanguage();
    void guestFields_askTheKeyboardToKeepNothing();

private:
    void openWindow();
    [[nodiscard]] QQuickWidget* keyboardView() const;
    // The keyboard's keys on screen now: Qt Virtual Keyboard's and the row over them.
    [[nodiscard]] QList<QQuickItem*> keys() const;
    [[nodiscard]] QQuickItem* key(const QString& text) const;
    [[nodiscard]] QQuickItem* keyOf(Qt::Key code) const;
    void tap(QQuickItem* key, const QString& what = {});
    void tapText(const QString& text);
    void tapWidget(QWidget* widget);
    template <typename T>
    T* child(const char* name) const
    {
        return m_window->findChild<T*>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    FakeBizKitHub* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    Settings* m_settings = nullptr;
    Outbox* m_outbox = nullptr;
    Desk* m_desk = nullptr;
    MainWindow* m_window = nullptr;
    std::chrono::steady_clock::time_point m_now{std::chrono::hours(1)};
};

void TestKioskKeyboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(gui::OnScreenKeyboard::isInputMethodReady(),
             "Qt Virtual Keyboard (qt6-virtualkeyboard-plugin) is needed");
}

void TestKioskKeyboard::init()
{
    m_server = new FakeBizKitHub;
    QVERIFY(m_server->start());
    m_server->setHandler([](const FakeBizKitHub::Request& r) {
        return FakeBizKitHub::strictContactForm(r, {validKey});
    });
    m_network = new QNetworkAccessManager;
    const QString name = QLatin1String(QTest::currentTestFunction());
    const QString system = m_dir.filePath(name + QStringLiteral("-system.ini"));
    QFile file(system);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    // As an admin provisions a hotel's lobby kiosk, system-wide.
    file.write("[api]\nbaseUrl=" + m_server->baseUrl().toUtf8() + "\nkey=" + validKey.toUtf8() +
               "\n[kiosk]\nenabled=true\norganizationName=Hotel Horizont\nonScreenKeyboard=on\n"
               "idleSeconds=90\nthankYouSeconds=10\n"
               "[form]\ndefaultRegion=CZ\nrequireContact=emailOrPhone\nconsentRequired=true\n"
               "consentText=I agree that Hotel Horizont keeps my request to answer it.\n"
               "consentText/de=Ich bin einverstanden, dass Hotel Horizont mein Anliegen "
               "speichert.\n"
               "categories=room=Room, wifi=Wi-Fi, other=Something else\n"
               "categories/de=room=Zimmer, wifi=WLAN, other=Etwas anderes\n");
    file.close();
    m_settings =
        new Settings(Settings::Sources{m_dir.filePath(name + QStringLiteral("-user.ini")), system},
                     QProcessEnvironment());
    m_outbox = new Outbox(m_dir.filePath(name + QStringLiteral(".sqlite")));
    QVERIFY(m_outbox->open());
}

void TestKioskKeyboard::openWindow()
{
    m_desk = new Desk(*m_settings, m_network, *m_outbox);
    m_window = m_desk->window();
    m_window->kiosk()->setClock([this] { return m_now; });
    m_window->sender()->setRandom([] { return 0.0; });
    m_window->present();
    // The keys are made after the first frame: the window does not wait for Qt Quick.
    QVERIFY(!m_window->kioskShell()->keyboard());
    QVERIFY(m_window->kioskShell()->typesOnScreenKeys());
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_VERIFY(m_window->kioskShell()->keyboard());
    QVERIFY2(m_window->kioskShell()->keyboard()->isAvailable(),
             qPrintable(m_window->kioskShell()->keyboard()->unavailableDetails()));
}

void TestKioskKeyboard::cleanup()
{
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    delete m_outbox;
    delete m_settings;
    delete m_network;
    delete m_server;
    applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
}

QQuickWidget* TestKioskKeyboard::keyboardView() const
{
    return qobject_cast<QQuickWidget*>(m_window->kioskShell()->keyboard()->widget());
}

QList<QQuickItem*> TestKioskKeyboard::keys() const
{
    QList<QQuickItem*> all;
    collect(keyboardView()->rootObject(), all);
    QList<QQuickItem*> keys;
    for (QQuickItem* item : std::as_const(all)) {
        const bool virtualKey =
            item->property("key").isValid() && item->property("displayText").isValid();
        const bool extraKey = item->objectName() == u"extraKey";
        // A key is on screen when it and all its parents are.
        bool shown = isShownOnScreen(item);
        for (QQuickItem* parent = item->parentItem(); shown && parent;
             parent = parent->parentItem()) {
            shown = parent->isVisible() && parent->opacity() > 0;
        }
        if ((virtualKey || extraKey) && shown) {
            keys.append(item);
        }
    }
    return keys;
}

QQuickItem* TestKioskKeyboard::key(const QString& text) const
{
    for (QQuickItem* item : keys()) {
        if (item->property("text").toString().compare(text, Qt::CaseInsensitive) == 0 &&
            (item->objectName() == u"extraKey" || item->property("key").toInt() != 0)) {
            return item;
        }
    }
    return nullptr;
}

QQuickItem* TestKioskKeyboard::keyOf(Qt::Key code) const
{
    for (QQuickItem* item : keys()) {
        if (item->property("key").toInt() == code) {
            return item;
        }
    }
    return nullptr;
}

void TestKioskKeyboard::tap(QQuickItem* key, const QString& what)
{
    QVERIFY2(key, qPrintable(QStringLiteral("no key %1 among %2").arg(what, [this] {
                 QStringList texts;
                 for (QQuickItem* item : keys()) {
                     texts << item->property("text").toString() + u'/' +
                                  QString::number(item->property("key").toInt(), 16);
                 }
                 return texts.join(u' ');
             }())));
    const QPoint centre = key->mapToScene(QPointF(key->width() / 2, key->height() / 2)).toPoint();
    QQuickWidget* view = keyboardView();
    QTest::mousePress(view, Qt::LeftButton, {}, centre);
    QTest::qWait(20);
    QTest::mouseRelease(view, Qt::LeftButton, {}, centre);
    QTest::qWait(20);
}

void TestKioskKeyboard::tapText(const QString& text)
{
    for (const QChar c : text) {
        if (c == u' ') {
            tap(keyOf(Qt::Key_Space), QStringLiteral("Space"));
            continue;
        }
        QQuickItem* item = key(QString(c));
        QVERIFY2(item, qPrintable(QStringLiteral("no key for ") + c));
        // Capitals with the shift key, as a guest does; the keyboard capitalises the first
        // letter of a name or sentence by itself.
        if (c.isLetter() && c.isUpper() != item->property("uppercased").toBool()) {
            tap(keyOf(Qt::Key_Shift), QStringLiteral("Shift"));
            item = key(QString(c));
        }
        tap(item);
    }
}

void TestKioskKeyboard::tapWidget(QWidget* widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    QCoreApplication::processEvents();
}

void TestKioskKeyboard::germanGuest_tapsATicketOnTheKeysAlone()
{
    openWindow();
    gui::KioskChrome* chrome = m_window->kioskShell()->chrome();
    // Nothing comes up before the guest touches a field.
    QVERIFY(!m_window->kioskShell()->keyboard()->isShown());
    tapWidget(chrome->languageButton(QStringLiteral("de")));
    QCOMPARE(m_window->form()->sendButton()->text(), QStringLiteral("Senden"));

    tapWidget(child<QLineEdit>("firstNameEdit"));
    QTRY_VERIFY(m_window->kioskShell()->keyboard()->isShown());
    QTRY_VERIFY(key(QStringLiteral("ä"))); // the German layout
    tapText(QStringLiteral("Jana"));
    tap(keyOf(Qt::Key_Return), QStringLiteral("Enter")); // goes on to the next field
    QTRY_VERIFY(child<QLineEdit>("lastNameEdit")->hasFocus());
    tapText(QStringLiteral("Bär"));
    tap(keyOf(Qt::Key_Return), QStringLiteral("Enter"));
    QTRY_VERIFY(child<QLineEdit>("emailEdit")->hasFocus());
    QTRY_VERIFY(key(QStringLiteral("@"))); // the e-mail keys over the letters
    tapText(QStringLiteral("jana"));
    tap(key(QStringLiteral("@")), QStringLiteral("@"));
    tapText(QStringLiteral("beispiel"));
    tap(key(QStringLiteral(".de")), QStringLiteral(".de"));
    tap(keyOf(Qt::Key_Return), QStringLiteral("Enter"));
    QTRY_VERIFY(child<QLineEdit>("phoneEdit")->hasFocus());
    QTRY_VERIFY(key(QStringLiteral("+"))); // the dial pad, and a plus for the country code
    tap(key(QStringLiteral("+")), QStringLiteral("+"));
    tapText(QStringLiteral("420777123456"));
    // A category is a tile; the keys stay up while it is tapped.
    const QList<QPushButton*> tiles =
        m_window->findChildren<QPushButton*>(QStringLiteral("categoryTile"));
    QCOMPARE(tiles.size(), 3);
    QCOMPARE(tiles.at(1)->text(), QStringLiteral("WLAN"));
    tapWidget(tiles.at(1));
    QVERIFY(tiles.at(1)->isChecked());
    tapWidget(child<QPlainTextEdit>("messageEdit"));
    QTRY_VERIFY(m_window->kioskShell()->keyboard()->isShown());
    QTRY_VERIFY(keyOf(Qt::Key_Space));
    tapText(QStringLiteral("Kein WLAN im Zimmer"));
    tapWidget(m_window->form()->consentCheck());
    QVERIFY(m_window->form()->consentCheck()->isChecked());
    tapWidget(m_window->form()->sendButton());

    QTRY_COMPARE(m_server->requests().size(), 1);
    const QJsonObject body = m_server->requests().first().json();
    QCOMPARE(body.value(u"customerFirstName").toString(), QStringLiteral("Jana"));
    QCOMPARE(body.value(u"customerLastName").toString(), QStringLiteral("Bär"));
    QCOMPARE(body.value(u"customerEmail").toString(), QStringLiteral("jana@beispiel.de"));
    QCOMPARE(body.value(u"customerPhone").toString(), QStringLiteral("+420 777123456"));
    QCOMPARE(body.value(u"categorySlug").toString(), QStringLiteral("wifi"));
    QCOMPARE(body.value(u"message").toString(), QStringLiteral("Kein WLAN im Zimmer"));
    // The consent to the German notice the guest read.
    const QString notice = body.value(u"notice").toString();
    QVERIFY2(notice.startsWith(QStringLiteral("Consent given ")), qPrintable(notice));
    QVERIFY(notice.contains(
        Consent::hashOf(QStringLiteral("Ich bin einverstanden, dass Hotel Horizont mein Anliegen "
                                       "speichert."))));
    QCOMPARE(FakeBizKitHub::shapeProblems(m_server->requests().first()), QStringList());
    // The thank-you page: the keys are gone.
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    QTRY_VERIFY(!m_window->kioskShell()->keyboard()->isShown());
}

void TestKioskKeyboard::keys_comeInsideTheWindowAndTheFieldStaysAboveThem()
{
    openWindow();
    QWidget* keys = m_window->kioskShell()->keyboard()->widget();
    // A part of the kiosk window, never a window the full-screen kiosk could cover.
    QCOMPARE(keys->window(), m_window);
    QVERIFY(!keys->isWindow());
    auto* message = child<QPlainTextEdit>("messageEdit");
    tapWidget(message);
    QTRY_VERIFY(m_window->kioskShell()->keyboard()->isShown());
    QTRY_VERIFY(keyOf(Qt::Key_Space));
    // The field being typed into, and Send, stand above the keys.
    const QRect keysOnScreen(keys->mapToGlobal(QPoint(0, 0)), keys->size());
    const QRect fieldTop(message->mapToGlobal(QPoint(0, 0)), QSize(message->width(), 40));
    QTRY_VERIFY2(fieldTop.bottom() < keysOnScreen.top(), "the field is under the keys");
    QPushButton* send = m_window->form()->sendButton();
    const QRect sendOnScreen(send->mapToGlobal(QPoint(0, 0)), send->size());
    QVERIFY(sendOnScreen.bottom() < keysOnScreen.top());
    QVERIFY(keysOnScreen.bottom() <= m_window->geometry().bottom() + 1);
    // The keys take no more than a good third of the screen.
    QVERIFY2(keys->height() <= m_window->height() * 2 / 5,
             qPrintable(QString::number(keys->height())));
}

void TestKioskKeyboard::keys_followTheGuestsLanguageAndTheField()
{
    openWindow();
    tapWidget(m_window->kioskShell()->chrome()->languageButton(QStringLiteral("cs")));
    tapWidget(child<QLineEdit>("firstNameEdit"));
    QTRY_VERIFY(m_window->kioskShell()->keyboard()->isShown());
    // Czech keys: the Czech layout (QWERTZ, its accents on a long press).
    QQuickItem* root = keyboardView()->rootObject();
    QTRY_COMPARE(root->property("locale").toString(), QStringLiteral("cs_CZ"));
    QTRY_VERIFY(key(QStringLiteral("z")));
    QVERIFY(key(QStringLiteral("z"))->x() < key(QStringLiteral("u"))->x());
    QVERIFY(!key(QStringLiteral("ä")));
    tapWidget(m_window->kioskShell()->chrome()->languageButton(QStringLiteral("de")));
    QTRY_VERIFY(key(QStringLiteral("ä"))); // German ones
    tapWidget(m_window->kioskShell()->chrome()->languageButton(QStringLiteral("sk")));
    QTRY_COMPARE(root->property("locale").toString(), QStringLiteral("sk_SK"));
    QTRY_VERIFY(!key(QStringLiteral("ä")));
    tapWidget(m_window->kioskShell()->chrome()->languageButton(QStringLiteral("en")));
    QTRY_VERIFY(key(QStringLiteral("y")));
    QVERIFY(key(QStringLiteral("y"))->x() < key(QStringLiteral("u"))->x()); // QWERTY
    // The phone field asks for digits.
    tapWidget(child<QLineEdit>("phoneEdit"));
    QTRY_VERIFY(key(QStringLiteral("+")));
    QVERIFY(key(QStringLiteral("5")));
    QVERIFY(!key(QStringLiteral("q")));
}

void TestKioskKeyboard::everyTarget_isAFingertipWide()
{
    openWindow();
    QCOMPARE(m_window->devicePixelRatio(), 1.0); // the sizes below are those at scale 1
    const auto check = [](QWidget* root, const QString& where) {
        QStringList small;
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            const bool interactive =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QComboBox*>(widget);
            if (interactive && widget->isVisible() && widget->isEnabled() &&
                !qobject_cast<QLineEdit*>(widget->parentWidget()) &&
                !qobject_cast<QComboBox*>(widget->parentWidget()) &&
                (widget->width() < 48 || widget->height() < 48)) {
                small << QStringLiteral("%1 %2 \"%3\" %4x%5")
                             .arg(where, widget->objectName(),
                                  qobject_cast<QAbstractButton*>(widget)
                                      ? qobject_cast<QAbstractButton*>(widget)->text()
                                      : QString())
                             .arg(widget->width())
                             .arg(widget->height());
            }
        }
        return small;
    };
    QStringList small = check(m_window, QStringLiteral("form"));
    // The keys, with the e-mail row over them.
    tapWidget(child<QLineEdit>("emailEdit"));
    QTRY_VERIFY(key(QStringLiteral("@")));
    for (QQuickItem* item : keys()) {
        // A filler between keys is no target.
        const bool filler =
            QLatin1String(item->metaObject()->className()).startsWith(QLatin1String("FillerKey"));
        if (!filler && (item->width() < 48 || item->height() < 48)) {
            small << QStringLiteral("key \"%1\" %2x%3")
                         .arg(item->property("text").toString() + u' ' +
                              QLatin1String(item->metaObject()->className()))
                         .arg(item->width())
                         .arg(item->height());
        }
    }
    // The problems at the fields and the banner.
    tapWidget(m_window->form()->sendButton());
    small << check(m_window, QStringLiteral("with problems"));
    // The thank-you page.
    tapWidget(child<QLineEdit>("emailEdit"));
    child<QLineEdit>("emailEdit")->setText(QStringLiteral("eva@example.com"));
    child<QPlainTextEdit>("messageEdit")->setPlainText(QStringLiteral("Hello"));
    tapWidget(m_window->form()->consentCheck());
    tapWidget(m_window->form()->sendButton());
    QTRY_VERIFY(m_window->thankYouPage()->isVisible());
    small << check(m_window, QStringLiteral("thank-you"));
    // The PIN dialog and its pad.
    m_window->kiosk()->requestAdmin();
    QTRY_VERIFY(m_window->kiosk()->pinDialog() && m_window->kiosk()->pinDialog()->isVisible());
    small << check(m_window->kiosk()->pinDialog(), QStringLiteral("PIN"));
    QVERIFY2(small.isEmpty(), qPrintable(small.join(u'\n')));
}

void TestKioskKeyboard::idleWipe_putsTheKeysAwayAndTheLanguageBack()
{
    openWindow();
    tapWidget(m_window->kioskShell()->chrome()->languageButton(QStringLiteral("de")));
    tapWidget(child<QLineEdit>("firstNameEdit"));
    QTRY_VERIFY(m_window->kioskShell()->keyboard()->isShown());
    QTRY_VERIFY(key(QStringLiteral("ä")));
    tapText(QStringLiteral("Max"));
    // Nobody touches it for the idle time, and the countdown runs out.
    m_now += 91s;
    m_window->kiosk()->check();
    QVERIFY(m_window->kiosk()->isCountingDown());
    m_now += 16s;
    m_window->kiosk()->check();
    QTRY_VERIFY(m_window->form()->isEmpty());
    QTRY_VERIFY(!m_window->kioskShell()->keyboard()->isShown());
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(m_window->form()->sendButton()->text(), QStringLiteral("Send"));
    QVERIFY(m_window->kioskShell()->chrome()->languageButton(QStringLiteral("en"))->isChecked());
    // The next guest's first tap brings English keys.
    tapWidget(child<QLineEdit>("firstNameEdit"));
    QTRY_VERIFY(m_window->kioskShell()->keyboard()->isShown());
    QTRY_VERIFY(key(QStringLiteral("q")));
    QVERIFY(!key(QStringLiteral("ä")));
}

void TestKioskKeyboard::idleWipe_alsoWhenTheGuestOnlyChoseALanguage()
{
    openWindow();
    // A guest taps German, brings the keys up and walks away without typing.
    tapWidget(m_window->kioskShell()->chrome()->languageButton(QStringLiteral("de")));
    tapWidget(child<QLineEdit>("firstNameEdit"));
    QTRY_VERIFY(m_window->kioskShell()->keyboard()->isShown());
    QVERIFY(m_window->form()->isEmpty());
    m_now += 91s;
    m_window->kiosk()->check();
    QVERIFY(m_window->kiosk()->isCountingDown());
    m_now += 16s;
    m_window->kiosk()->check();
    QTRY_VERIFY(!m_window->kioskShell()->keyboard()->isShown());
    QTRY_COMPARE(m_window->form()->sendButton()->text(), QStringLiteral("Send"));
    // And a kiosk nobody touched is left alone.
    m_now += 300s;
    m_window->kiosk()->check();
    QVERIFY(!m_window->kiosk()->isCountingDown());
}

void TestKioskKeyboard::guestFields_askTheKeyboardToKeepNothing()
{
    openWindow();
    for (const TicketField field : allTicketFields) {
        QWidget* editor = m_window->form()->editor(field);
        QVERIFY2(editor->inputMethodHints().testFlag(Qt::ImhSensitiveData),
                 qPrintable(editor->objectName()));
    }
    QVERIFY(
        child<QPlainTextEdit>("messageEdit")->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
    // At a desk the hints are the form's own again.
    m_window->leaveKioskMode();
    QVERIFY(!child<QPlainTextEdit>("messageEdit")
                 ->inputMethodHints()
                 .testFlag(Qt::ImhNoPredictiveText));
    QVERIFY(!child<QLineEdit>("emailEdit")->inputMethodHints().testFlag(Qt::ImhSensitiveData));
    QVERIFY(child<QLineEdit>("emailEdit")->inputMethodHints().testFlag(Qt::ImhEmailCharactersOnly));
}

int main(int argc, char* argv[])
{
    // As main() does for a kiosk that wants the keyboard: before the application object.
    gui::OnScreenKeyboard::prepareApplication();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BizKitHub-test"));
    applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    TestKioskKeyboard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskkeyboard.moc"
