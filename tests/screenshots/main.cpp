// SPDX-License-Identifier: GPL-3.0-or-later
// render-screenshots: draws the main window in its three everyday states (empty, with problems
// at the fields, after a delivered ticket) in one language into PNG files, talking to the fake
// BizKitHub over loopback. packaging/screenshots.sh runs it under a virtual X server.
#include "Desk.h"
#include "FakeBizKitHub.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "Settings.h"
#include "SuccessPage.h"
#include "TicketForm.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPlainTextEdit>
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

} // namespace

int main(int argc, char* argv[])
{
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
    parser.addOptions({languageOption, outOption, darkOption});
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
        settle();
        const QString file = out.filePath(QStringLiteral("main-%1-%2.png").arg(state, language));
        if (!window.grab().save(file)) {
            err << "cannot write " << file << '\n';
            return false;
        }
        return true;
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
