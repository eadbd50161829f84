// SPDX-License-Identifier: GPL-3.0-or-later
// bizkithub-contact: the desktop application.
#include "DeliveryService.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "Settings.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace bizkithub;

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    (void)!::write(signalPipe[1], &byte, 1); // the only thing safe to do in a signal handler
}

// SIGTERM and SIGHUP (a logout, a shutdown, a service manager) close the window the ordinary
// way, so the draft being written is saved first.
void closeOnTerminate(gui::MainWindow* window)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, window);
    QObject::connect(notifier, &QSocketNotifier::activated, window, [window, notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        (void)!::read(signalPipe[0], &byte, 1);
        window->shutDown(); // nobody is there to answer a question now
        // exit(), not quit(): quit() asks the windows again, and a kiosk window says no.
        QApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char* argv[])
{
    installRedactingMessageHandler();
    QApplication app(argc, argv);
    installTranslations(&app);
    QApplication::setOrganizationName(Settings::organizationName);
    QApplication::setApplicationName(Settings::applicationName);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "BizKitHub Contact"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("com.bizkithub.Contact"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "File support tickets into BizKitHub."));
    parser.addHelpOption();
    // The program's own name, as the CLI prints it (Qt's would print "Contact").
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Show the version."));
    parser.addOption(versionOption);
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QApplication::translate("main", "Use this INI file instead of the user's settings."),
        QApplication::translate("main", "file"));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QApplication::translate("main", "Start in kiosk mode, as with the setting kiosk/enabled."));
    parser.addOptions({configOption, kioskOption});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "bizkithub-contact " << applicationVersion() << Qt::endl;
        return 0;
    }

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    Settings settings(parser.value(configOption));
    if (!settings.language().isEmpty()) {
        applyLanguage(localeForLanguage(settings.language()));
    }
    if (parser.isSet(kioskOption)) {
        settings.setSessionOverride(Settings::Key::KioskEnabled, true);
    }
    Outbox outbox(Outbox::defaultPath());
    if (!outbox.open()) {
        // Without its store the app could lose tickets; better to say so and stop.
        QMessageBox::critical(nullptr, QApplication::translate("main", "BizKitHub Contact"),
                              outbox.errorString());
        return 1;
    }
    outbox.applyRetention(settings.retentionDays());
    // One owner of the client and the sender for this process; the window only shows what it
    // does.
    DeliveryService delivery(settings, &network, outbox);
    delivery.startInBackground();
    gui::MainWindow window(settings, delivery);
#ifdef Q_OS_UNIX
    closeOnTerminate(&window);
#endif
    window.present();
    return QApplication::exec();
}
