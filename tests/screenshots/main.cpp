// SPDX-License-Identifier: GPL-3.0-or-later
// render-screenshots: draws the main window in its three everyday states (empty, with problems
// at the fields, after a delivered ticket) in one language into PNG files, talking to the fake
// BizKitHub over loopback; with --kiosk, a lobby kiosk with its on-screen keyboard up and its
// thank-you page. packaging/screenshots.sh runs it under a virtual X server.
#include "Desk.h"
#include "FakeBizKitHub.h"
#include "KioskChrome.h"
#include "KioskShell.h"
#include "MainWindow.h"
#include "OnScreenKeyboard.h"
#include "Outbox.h"
#include "Settings.h"
#include "SuccessPage.h"
#include "TicketForm.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bizkithub;
using bizkithub::test::FakeBizKitHub;

namespace {

const QString key = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");

bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return done();
}

void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

// The window as it is now, into out/<name>.png, once what was just asked of it is drawn.
bool saveWindow(QWidget& window, const QDir& out, const QString& name)
{
    settle();
    const QString file = out.filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(file)) {
        QTextStream(stderr) << "cannot write " << file << '\n';
        return false;
    }
    return true;
}

// A hotel's lobby kiosk, provisioned as an admin would, with the guest's screen in two states:
// typing an e-mail address on the on-screen keyboard, and thanked with a QR code.
int renderKiosk(const QString& language, const QDir& out)
{
    QTextStream err(stderr);
    FakeBizKitHub server;
    server.setHandler(
        [](const FakeBizKitHub::Request& r) { return FakeBizKitHub::strictContactForm(r, {key}); });
    QTemporaryDir dir;
    if (!server.start() || !dir.isValid()) {
        err << "cannot start the fake server\n";
        return 1;
    }
    const QString system = dir.filePath(QStringLiteral("system.ini"));
    QFile file(system);
    if (!file.open(QIODevice::WriteOnly)) {
        return 1;
    }
    file.write("[api]\nbaseUrl=" + server.baseUrl().toUtf8() + "\nkey=" + key.toUtf8() +
               "\n[kiosk]\nenabled=true\norganizationName=Hotel Horizont\n"
               "referenceUrl=https://help.example.com/t/{reference}\nreceiptPrinter=Lobby\n"
               "greeting/de=Willkommen! Wie können wir helfen?\n"
               "[form]\ndefaultRegion=CZ\nrequireContact=emailOrPhone\nconsentRequired=true\n"
               "consentText=I agree that Hotel Horizont keeps my request to answer it.\n"
               "consentText/de=Ich bin einverstanden, dass Hotel Horizont mein Anliegen "
               "speichert.\n"
               "categories=room=Room, wifi=Wi-Fi, breakfast=Breakfast, other=Something else\n"
               "categories/de=room=Zimmer, wifi=WLAN, breakfast=Frühstück, other=Etwas anderes\n");
    file.close();
    Settings settings(Settings::Sources{dir.filePath(QStringLiteral("user.ini")), system},
                      QProcessEnvironment());
    Outbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
    if (!outbox.open()) {
        return 1;
    }
    QNetworkAccessManager network;
    Desk desk(settings, &network, outbox);
    gui::MainWindow& window = *desk.window();
    window.present();
    settle();
    if (language != u"en") {
        window.kioskShell()->chooseLanguage(language); // as the guest's tap on its button
    }
    gui::TicketForm* form = window.form();
    qobject_cast<QLineEdit*>(form->editor(TicketField::CustomerFirstName))
        ->setText(QStringLiteral("Jana"));
    qobject_cast<QLineEdit*>(form->editor(TicketField::CustomerLastName))
        ->setText(QStringLiteral("Bär"));
    auto* email = qobject_cast<QLineEdit*>(form->editor(TicketField::CustomerEmail));
    email->setText(QStringLiteral("jana@beispiel"));
    email->setFocus(Qt::MouseFocusReason);
    QGuiApplication::inputMethod()->show();
    if (!waitFor([&] {
            return window.kioskShell()->keyboard() && window.kioskShell()->keyboard()->isShown();
        })) {
        err << "the on-screen keyboard did not come up\n";
        return 1;
    }
    settle();
    settle();
    const auto save = [&](const QString& state) {
        return saveWindow(window, out, QStringLiteral("kiosk-%1-%2").arg(state, language));
    };
    if (!save(QStringLiteral("keyboard"))) {
        return 1;
    }
    email->setText(QStringLiteral("jana@beispiel.de"));
    qobject_cast<QPlainTextEdit*>(form->editor(TicketField::Message))
        ->setPlainText(QStringLiteral("Kein WLAN im Zimmer 12."));
    if (auto* tile = window.findChild<QPushButton*>(QStringLiteral("categoryTile"))) {
        tile->click();
    }
    form->consentCheck()->setChecked(true);
    window.send();
    if (!waitFor([&] { return window.thankYouPage()->isVisible(); }) ||
        !save(QStringLiteral("thanks"))) {
        err << "no thank-you page\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // A kiosk's keyboard is an input method, chosen before the application object.
    const bool kiosk = std::any_of(argv + 1, argv + argc, [](const char* argument) {
        return qstrcmp(argument, "--kiosk") == 0;
    });
    if (kiosk) {
        gui::OnScreenKeyboard::prepareApplication();
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(Settings::organizationName);
    QApplication::setApplicationName(Settings::applicationName);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("en, cs, sk or de."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output directory."),
                                       QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QStringLiteral("Use a dark palette, as a dark desktop would."));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QStringLiteral("A kiosk with its on-screen keyboard, and its thanks."));
    parser.addOptions({languageOption, outOption, darkOption, kioskOption});
    parser.process(app);
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd0));
        QApplication::setPalette(dark);
    }
    const QString language = parser.value(languageOption);
    const QDir out(parser.value(outOption));
    QTextStream err(stderr);

    applyLanguage(QLocale(language == u"en" ? QStringLiteral("en_US") : language));
    if (kiosk) {
        applyLanguage(QLocale(QStringLiteral("en_US"))); // the guest chooses theirs
        return renderKiosk(language, out);
    }
    FakeBizKitHub server;
    server.setHandler(
        [](const FakeBizKitHub::Request& r) { return FakeBizKitHub::strictContactForm(r, {key}); });
    QTemporaryDir dir;
    if (!server.start() || !dir.isValid()) {
        err << "cannot start the fake server\n";
        return 1;
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")), QProcessEnvironment());
    settings.setValue(Settings::Key::BaseUrl, server.baseUrl());
    settings.setValue(Settings::Key::ApiKey, key);
    settings.setValue(Settings::Key::DefaultRegion, QStringLiteral("CZ"));
    settings.setValue(Settings::Key::Categories, QStringList{QStringLiteral("billing=Billing"),
                                                             QStringLiteral("delivery=Delivery")});
    Outbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
    if (!outbox.open()) {
        err << outbox.errorString() << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    Desk desk(settings, &network, outbox);
    gui::MainWindow& window = *desk.window();
    window.present(); // as a first start sizes it, on the 1366 x 768 screen of the script
    settle();

    const auto save = [&](const QString& state) {
        return saveWindow(window, out, QStringLiteral("main-%1-%2").arg(state, language));
    };
    gui::TicketForm* form = window.form();
    const auto set = [form](TicketField field, const QString& text) {
        if (auto* line = qobject_cast<QLineEdit*>(form->editor(field))) {
            line->setText(text);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(form->editor(field))) {
            plain->setPlainText(text);
        }
    };

    if (!save(QStringLiteral("empty"))) {
        return 1;
    }
    set(TicketField::CustomerFirstName, QStringLiteral("Jana"));
    set(TicketField::CustomerEmail, QStringLiteral("jana.novakova@"));
    set(TicketField::CustomerPhone, QStringLiteral("777 12"));
    window.send();
    if (!save(QStringLiteral("problems"))) {
        return 1;
    }
    set(TicketField::CustomerLastName, QStringLiteral("Nováková"));
    set(TicketField::CustomerEmail, QStringLiteral("jana.novakova@example.com"));
    set(TicketField::CustomerPhone, QStringLiteral("777 123 456"));
    set(TicketField::Subject, QStringLiteral("Invoice 2026-118"));
    set(TicketField::Message, QStringLiteral("The invoice lists two deliveries; we received one."));
    window.send();
    if (!waitFor([&] { return window.successPage()->isVisible(); }) ||
        !save(QStringLiteral("sent"))) {
        err << "the ticket was not delivered\n";
        return 1;
    }
    return 0;
}
