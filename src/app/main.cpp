// SPDX-License-Identifier: GPL-3.0-or-later
// bizkithub-contact: the desktop application.
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

using namespace bizkithub;

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
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QApplication::translate("main", "Use this INI file instead of the user's settings."),
        QApplication::translate("main", "file"));
    parser.addOption(configOption);
    parser.process(app);

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    Settings settings(parser.value(configOption));
    Outbox outbox(Outbox::defaultPath());
    if (!outbox.open()) {
        // Without its store the app could lose tickets; better to say so and stop.
        QMessageBox::critical(nullptr, QApplication::translate("main", "BizKitHub Contact"),
                              outbox.errorString());
        return 1;
    }
    outbox.applyRetention(settings.retentionDays());
    gui::MainWindow window(settings, &network, outbox);
    window.show();
    return QApplication::exec();
}
