// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

#include "CommandLine.h"
#include "Outbox.h"
#include "OutboxStatus.h"
#include "SendCommand.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace bizkithub::cli {

bool writeMetrics(const Outbox& outbox, const Settings& settings, const QString& file,
                  QTextStream& err)
{
    const QByteArray text = OutboxStatus::read(outbox, settings).toPrometheus();
    QSaveFile metrics(file);
    // node_exporter runs as a user of its own: the facts are for it to read, none is secret.
    if (!metrics.open(QIODevice::WriteOnly) ||
        !metrics.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ReadGroup | QFileDevice::ReadOther) ||
        metrics.write(text) != text.size() || !metrics.commit()) {
        err << tr("Cannot write %1: %2").arg(file, metrics.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

int runStatus(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("How this computer's outbox stands: tickets by state, the oldest waiting one, the "
           "hold, the last delivery and the last failure, the key's kind, what the system "
           "scope locks. Exit code 0: healthy; 4: tickets have waited longer than "
           "outbox/alertAfterHours; 5: sending is on hold."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption prometheusOption(
        QStringLiteral("prometheus"),
        tr("Also write the status in the Prometheus text format to this file (for "
           "node_exporter's textfile collector), replacing it whole."),
        tr("file"));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          tr("Read settings from this INI file."), tr("file"));
    parser.addOptions({jsonOption, prometheusOption, configOption});
    if (const auto done = parseArguments(parser, arguments, out, err)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("status takes no arguments.") << Qt::endl << parser.helpText();
        return UsageError;
    }
    const Settings settings(parser.value(configOption));
    Outbox outbox(Outbox::defaultPath());
    if (!outbox.open()) {
        err << outbox.errorString() << Qt::endl;
        return OtherFailure;
    }
    const OutboxStatus status = OutboxStatus::read(outbox, settings);
    if (outbox.isDamaged()) {
        err << outbox.errorString() << Qt::endl;
        return OtherFailure;
    }
    if (parser.isSet(prometheusOption) &&
        !writeMetrics(outbox, settings, parser.value(prometheusOption), err)) {
        return OtherFailure;
    }
    if (parser.isSet(jsonOption)) {
        out << QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented);
    } else {
        out << status.toText();
    }
    return int(status.health());
}

} // namespace bizkithub::cli
