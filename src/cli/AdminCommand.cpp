// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCommand.h"

#include "AdminPin.h"
#include "CommandLine.h"
#include "SendCommand.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace bizkithub::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

// Keeps what is typed off the screen while it lives.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) &&
                   SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (m_active) {
#ifdef Q_OS_WIN
            SetConsoleMode(m_handle, m_mode);
#else
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

std::optional<QString> readLine(QTextStream& in)
{
    QString line;
    if (!in.readLineInto(&line)) {
        return std::nullopt;
    }
    return line;
}

// The PIN from the terminal (asked twice, not shown) or, for scripts, the first line of stdin.
std::optional<QString> readPin(QTextStream& err)
{
    QTextStream in(stdin);
    if (!stdinIsTerminal()) {
        return readLine(in);
    }
    const EchoOff echoOff;
    err << tr("New admin PIN: ") << Qt::flush;
    const auto first = readLine(in);
    err << Qt::endl << tr("The same PIN again: ") << Qt::flush;
    const auto second = readLine(in);
    err << Qt::endl;
    if (!first || !second) {
        return std::nullopt;
    }
    if (*first != *second) {
        err << tr("The two PINs differ. Nothing was changed.") << Qt::endl;
        return QString();
    }
    return first;
}

int setPin(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets the PIN that opens a kiosk's settings and outbox (kiosk/adminPinHash). The PIN "
           "is read from the terminal, or from the first line of standard input, and only a "
           "salted PBKDF2-SHA256 hash of it is kept. By default it goes into the system-wide "
           "settings, where it locks the key; that needs administrator rights."));
    parser.addHelpOption();
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        tr("Keep the PIN in this user's settings instead (or in --config)."));
    const QCommandLineOption printOption(
        QStringLiteral("print"),
        tr("Print the settings line instead of writing it, for configuration management."));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          tr("Use this INI file instead of the user's settings."),
                                          tr("file"));
    parser.addOptions({userOption, printOption, configOption});
    if (const auto done = parseArguments(parser, arguments, out, err)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return UsageError;
    }

    const auto pin = readPin(err);
    if (!pin) {
        err << tr("No PIN was given. Nothing was changed.") << Qt::endl;
        return InvalidInput;
    }
    if (pin->isEmpty()) {
        return InvalidInput; // the two entries differed, already said
    }
    if (const auto problem = AdminPin::check(*pin)) {
        err << AdminPin::problemMessage(*problem) << Qt::endl;
        return InvalidInput;
    }
    const QString hash = AdminPin::hash(*pin);
    const QString key = Settings::keyName(Settings::Key::KioskAdminPinHash);
    if (parser.isSet(printOption)) {
        // The INI form, as the settings file holds it.
        out << "[kiosk]\nadminPinHash=" << hash << Qt::endl;
        return Delivered;
    }

    const bool user = parser.isSet(userOption) || parser.isSet(configOption);
    const auto scope = user ? Settings::Scope::User : Settings::Scope::System;
    Settings settings(parser.value(configOption));
    if (user && settings.isLockedBySystem(Settings::Key::KioskAdminPinHash)) {
        err << tr("The admin PIN of this computer is set system-wide (%1); a user's PIN would "
                  "not be used. Leave out --user to change it there.")
                   .arg(settings.systemFileName())
            << Qt::endl;
        return InvalidInput;
    }
    settings.setValue(Settings::Key::KioskAdminPinHash, hash, scope);
    if (!settings.sync(scope)) {
        const QString file = user ? settings.fileName() : settings.systemFileName();
        err << tr("Cannot write %1. Run this as an administrator, use --user to keep the PIN in "
                  "this user's settings, or --print to get the line for your configuration "
                  "management.")
                   .arg(file)
            << Qt::endl;
        return OtherFailure;
    }
    out << tr("The admin PIN is set (%1 in %2).")
               .arg(key, user ? settings.fileName() : settings.systemFileName())
        << Qt::endl;
    return Delivered;
}

} // namespace

int runAdmin(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString action = arguments.value(1);
    if (action == u"set-pin") {
        QStringList rest = arguments;
        rest.removeAt(1);
        return setPin(rest, out, err);
    }
    const QString usage =
        tr("Usage: bizkithub-contact-cli admin set-pin [--user] [--print] "
           "[--config FILE]\n"
           "  set-pin    Set the PIN that opens a kiosk's settings and outbox.\n");
    if (action == u"--help" || action == u"-h") {
        out << usage;
        return Delivered;
    }
    if (!action.isEmpty()) {
        err << tr("Unknown admin command: %1").arg(action) << Qt::endl;
    }
    err << usage;
    return UsageError;
}

} // namespace bizkithub::cli
