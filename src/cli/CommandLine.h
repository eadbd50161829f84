// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace bizkithub::cli {

// Translated text in the CLI's one translation context.
inline QString tr(const char* text)
{
    return QCoreApplication::translate("bizkithub::cli", text);
}

// Parses a subcommand's arguments. Returns the exit code when the command is already done
// (usage error: 2, --help: 0), or nothing when it should go on.
inline std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments,
                                         QTextStream& out, QTextStream& err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

} // namespace bizkithub::cli
