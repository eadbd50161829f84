// SPDX-License-Identifier: GPL-3.0-or-later
// bizkithub-contact: the desktop application.
#include "DeliveryService.h"
#include "FirstFrame.h"
#include "FontWarmUp.h"
#include "Logging.h"
#include "MainWindow.h"
#include "NetworkTransport.h"
#include "OnScreenKeyboard.h"
#include "Outbox.h"
#include "Plugins.h"
#include "PngStyle.h"
#include "Settings.h"
#include "StartupTrace.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPluginLoader>
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

// The command line; built twice: once before the application object, to learn what must be known
// by then, and once after, with its texts translated, for --help.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("main", "Show the version.")};
    QCommandLineOption config{
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Use this INI file instead of the user's settings."),
        QCoreApplication::translate("main", "file")};
    QCommandLineOption kiosk{
        QStringLiteral("kiosk"),
        QCoreApplication::translate("main",
                                    "Start in kiosk mode, as with the setting kiosk/enabled.")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "File support tickets into BizKitHub."));
        parser.addHelpOption();
        // The program's own name, as the CLI prints it (Qt's would print "Contact").
        parser.addOptions({version, config, kiosk});
    }
};

// The network (Qt Network, with Kerberos and libproxy): on Linux a plugin, loaded when the app
// first sends or asks about the network, not while its window opens; linked in elsewhere.
std::unique_ptr<Transport> loadNetwork()
{
#ifdef BIZKITHUB_NETWORK_PLUGIN
    QPluginLoader loader(pluginFile(QStringLiteral("bizkithub-network")));
    // Every symbol at once: a plugin that does not fit this program fails here, not in a send.
    loader.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    // Only the plugin of this very version: an upgrade installed while this program runs waits
    // for the program to be started again.
    // (Its metadata is read without loading it.)
    const QString id = loader.metaData().value(QStringLiteral("IID")).toString();
    if (!id.isEmpty() && id != QLatin1String(BizKitHubNetworkTransportFactory_iid)) {
        qCritical("The network part is of another version (%s): restart the program.",
                  qPrintable(id));
        return nullptr;
    }
    auto* factory = qobject_cast<NetworkTransportFactory*>(loader.instance());
    if (!factory) {
        qCritical("The network part did not load: %s", qPrintable(loader.errorString()));
        return nullptr;
    }
    return factory->create();
#else
    return createNetworkTransport();
#endif
}

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    startupTrace::mark("main()");
    installRedactingMessageHandler();
    QCoreApplication::setOrganizationName(Settings::organizationName);
    QCoreApplication::setApplicationName(Settings::applicationName);
    // What the settings say must be known before the application object: a kiosk's on-screen
    // keyboard is an input method, chosen when Qt starts.
    CommandLine early;
    (void)early.parser.parse(argumentsOf(argc, argv)); // mistakes are reported below
    Settings settings(early.parser.value(early.config));
    if (early.parser.isSet(early.kiosk)) {
        settings.setSessionOverride(Settings::Key::KioskEnabled, true);
    }
    if (settings.wantsOnScreenKeyboard()) {
        gui::OnScreenKeyboard::prepareApplication();
    }

    startupTrace::mark("settings read");
    FontWarmUp fonts; // while Qt connects to the display
    QApplication app(argc, argv);
    startupTrace::mark("QApplication");
    fonts.applicationStarted();
    gui::PngStyle::install(); // no image-format plugins before the first frame
    installTranslations(&app);
    if (!settings.language().isEmpty()) {
        applyLanguage(localeForLanguage(settings.language()));
    }
    QApplication::setApplicationDisplayName(QApplication::translate("main", "BizKitHub Contact"));
    QApplication::setApplicationVersion(applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("com.bizkithub.Contact"));

    startupTrace::mark("translations");
    CommandLine line;
    line.parser.process(app);
    if (line.parser.isSet(line.version)) {
        QTextStream(stdout) << "bizkithub-contact " << applicationVersion() << Qt::endl;
        return 0;
    }

    Outbox outbox(Outbox::defaultPath());
    // Without its store the app could lose tickets; better to say so and stop.
    const auto refuse = [&outbox] {
        QMessageBox::critical(nullptr, QApplication::translate("main", "BizKitHub Contact"),
                              outbox.errorString());
    };
    // The file is read whole for damage once the window is up, or before the first thing is
    // written to it, whichever comes first: a month of retained tickets takes about 10 ms to
    // read. (A store an earlier version wrote is read before its upgrade.)
    const bool opened = outbox.open(Outbox::DamageCheck::Later);
    startupTrace::mark("outbox open");
    // Before the first widget; and the environment changes again only once fontconfig has read it.
    fonts.wait();
    startupTrace::mark("fonts ready");
    gui::OnScreenKeyboard::applicationStarted();
    if (!opened) {
        refuse();
        return 1;
    }
    // One owner of the client and the sender for this process; the window only shows what it
    // does.
    DeliveryService delivery(settings, &loadNetwork, outbox);
    gui::MainWindow window(settings, delivery);
    startupTrace::mark("window built");
#ifdef Q_OS_UNIX
    closeOnTerminate(&window);
#endif
    window.present();
    startupTrace::mark("window shown");
    // Sending, retention and the network's state wait until the window is on the screen.
    gui::afterFirstFrame(&window, [&delivery, &outbox, &window, refuse] {
        startupTrace::mark("first frame");
        if (!outbox.checkForDamage()) {
            // The window goes and the message stays, whether the window was seen or not
            // (started minimised, it paints nothing).
            window.hide();
            refuse();
            // exit(), not quit(): a kiosk window refuses to close. A damaged store takes no
            // draft: nothing is written to it.
            QApplication::exit(1);
            return;
        }
        startupTrace::mark("outbox checked");
        delivery.startInBackground();
        startupTrace::mark("delivery started");
    });
    return QApplication::exec();
}
