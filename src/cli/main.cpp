// SPDX-License-Identifier: GPL-3.0-or-later
// bizkithub-contact-cli: files support tickets into BizKitHub from scripts and terminals, with
// the same rules and settings as the desktop application.
#include "AdminCommand.h"
#include "CommandLine.h"
#include "Logging.h"
#include "OutboxCommand.h"
#include "SendCommand.h"
#include "Settings.h"
#include "StatusCommand.h"
#include "Translations.h"
#include "Version.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace bizkithub;

namespace {

QString usage()
{
    return cli::tr(
        "Usage: bizkithub-contact-cli <command> [options]\n"
        "\n"
        "Commands:\n"
        "  send       Send one support ticket (see: bizkithub-contact-cli send --help)\n"
        "  outbox     List, flush, export or import the outbox (see: ... outbox --help)\n"
        "  admin      Set up a kiosk: admin set-pin (see: ... admin --help)\n"
        "  status     How this computer's outbox stands, for an admin (see: ... status --help)\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help.\n"
        "  -v, --version  Show the version.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(Settings::organizationName);
    QCoreApplication::setApplicationName(Settings::applicationName);
    QCoreApplication::setApplicationVersion(applicationVersion());
    installTranslations(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"-v") {
        out << "bizkithub-contact-cli " << applicationVersion() << Qt::endl;
        return cli::Delivered;
    }
    if (command == u"--help" || command == u"-h") {
        out << usage();
        return cli::Delivered;
    }
    if (command == u"outbox") {
        QStringList outboxArguments = arguments;
        outboxArguments.removeAt(1);
        return cli::runOutbox(outboxArguments, out, err);
    }
    if (command == u"admin") {
        QStringList adminArguments = arguments;
        adminArguments.removeAt(1);
        return cli::runAdmin(adminArguments, out, err);
    }
    if (command == u"status") {
        QStringList statusArguments = arguments;
        statusArguments.removeAt(1);
        return cli::runStatus(statusArguments, out, err);
    }
    if (command == u"send") {
        QStringList sendArguments = arguments;
        sendArguments.removeAt(1);
        return cli::runSend(sendArguments, out, err);
    }
    if (command.isEmpty()) {
        err << usage();
    } else {
        err << cli::tr("Unknown command: %1").arg(command) << Qt::endl << usage();
    }
    return cli::UsageError;
}
