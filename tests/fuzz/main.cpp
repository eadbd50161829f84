// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz-fields: throws thousands of generated values at every ticket field, in process through
// the validator the form and the outbox use, and through the CLI's `send --dry-run`. Fails on a
// value judged in more than a second or an exit code outside 0-5 (a crash fails by itself).
// The values come from a seed, so a failure can be replayed: fuzz-fields --seed N.
#include "TicketValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

using namespace bizkithub;

namespace {

// Pieces people paste, and pieces that have broken parsers before.
const QStringList pieces{
    QStringLiteral("jan"),
    QStringLiteral("@"),
    QStringLiteral("."),
    QStringLiteral("+420"),
    QStringLiteral("777"),
    QStringLiteral(" "),
    QStringLiteral("-"),
    QStringLiteral("xn--"),
    QStringLiteral("example.cz"),
    QStringLiteral("<"),
    QStringLiteral(">"),
    QStringLiteral(","),
    QStringLiteral("\""),
    QStringLiteral("\\"),
    QStringLiteral("\n"),
    QStringLiteral("\r\n"),
    QStringLiteral("\t"),
    QStringLiteral("\u2013"),
    QStringLiteral("\u2019"),
    QStringLiteral("\u00A0"),
    QStringLiteral("\u202F"),
    QStringLiteral("\u200B"),
    QStringLiteral("\u200E"),
    QStringLiteral("\uFEFF"),
    QStringLiteral("\u0301"),
    QStringLiteral("ß"),
    QStringLiteral("ř"),
    QStringLiteral("\U0001F4A9"),
    QStringLiteral("ext. 12"),
    QStringLiteral("%00"),
    QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"),
    QStringLiteral("order-question"),
    QStringLiteral("[127.0.0.1]"),
    QStringLiteral("(0)"),
    QStringLiteral("00420"),
};

QString randomText(QRandomGenerator& random)
{
    QString text;
    switch (random.bounded(6)) {
    case 0: { // arbitrary code points, surrogates and private use included
        const int n = int(random.bounded(200));
        for (int i = 0; i < n; ++i) {
            text.append(QChar(char16_t(random.bounded(0x10000))));
        }
        break;
    }
    case 1: { // long runs of one character, as a stuck key or a paste does
        const QString unit = pieces.at(int(random.bounded(pieces.size())));
        const int n = int(random.bounded(1, 60000 / int(std::max<qsizetype>(unit.size(), 1))));
        text = unit.repeated(n);
        break;
    }
    case 2: { // digits, the phone parser's favourite
        const int n = int(random.bounded(1, 120));
        for (int i = 0; i < n; ++i) {
            text.append(QChar(u'0' + char16_t(random.bounded(10))));
            if (random.bounded(4) == 0) {
                text.append(pieces.at(int(random.bounded(pieces.size()))));
            }
        }
        break;
    }
    default: { // pieces glued together
        const int n = int(random.bounded(1, 40));
        for (int i = 0; i < n; ++i) {
            text.append(pieces.at(int(random.bounded(pieces.size()))));
        }
        break;
    }
    }
    return text;
}

QString optionFor(TicketField field)
{
    switch (field) {
    case TicketField::Message:
        return QStringLiteral("--message");
    case TicketField::Subject:
        return QStringLiteral("--subject");
    case TicketField::Notice:
        return QStringLiteral("--notice");
    case TicketField::SendToEmail:
        return QStringLiteral("--send-to-email");
    case TicketField::CategorySlug:
        return QStringLiteral("--category");
    case TicketField::CustomerEmail:
        return QStringLiteral("--email");
    case TicketField::CustomerPhone:
        return QStringLiteral("--phone");
    case TicketField::CustomerFirstName:
        return QStringLiteral("--first-name");
    case TicketField::CustomerLastName:
        return QStringLiteral("--last-name");
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fuzzes every ticket field."));
    parser.addHelpOption();
    const QCommandLineOption valuesOption(QStringLiteral("values"),
                                          QStringLiteral("Values per field, in process."),
                                          QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption cliOption(QStringLiteral("cli-values"),
                                       QStringLiteral("Values per field through the CLI."),
                                       QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("n"), QStringLiteral("20261202"));
    const QCommandLineOption cliPathOption(QStringLiteral("cli"),
                                           QStringLiteral("The bizkithub-contact-cli to run."),
                                           QStringLiteral("path"));
    parser.addOptions({valuesOption, cliOption, seedOption, cliPathOption});
    parser.process(app);

    QTextStream out(stdout);
    QRandomGenerator random(parser.value(seedOption).toUInt());
    const int values = parser.value(valuesOption).toInt();
    const TicketValidator validator(FormPolicy{});
    constexpr qint64 limitMs = 1000;
    bool failed = false;
    for (const TicketField field : allTicketFields) {
        qint64 slowestNs = 0;
        QString slowest;
        for (int i = 0; i < values; ++i) {
            const QString value = randomText(random);
            QElapsedTimer timer;
            timer.start();
            const auto result = validator.checkField(field, value);
            const qint64 ns = timer.nsecsElapsed();
            (void)result;
            if (ns > slowestNs) {
                slowestNs = ns;
                slowest = value.left(40);
            }
        }
        out << apiName(field) << ": " << values << " values, slowest "
            << QString::number(double(slowestNs) / 1e6, 'f', 3) << " ms" << Qt::endl;
        if (slowestNs / 1000000 > limitMs) {
            out << "  too slow for: " << slowest << Qt::endl;
            failed = true;
        }
    }

    const QString cli = parser.value(cliPathOption);
    const int cliValues = parser.value(cliOption).toInt();
    if (!cli.isEmpty()) {
        int runs = 0;
        for (const TicketField field : allTicketFields) {
            for (int i = 0; i < cliValues; ++i) {
                QString value = randomText(random);
                // A command line takes no NUL, and Linux refuses a single argument over 128 KiB.
                value.remove(QChar(u'\0'));
                value.truncate(30000);
                QStringList arguments{QStringLiteral("send"), QStringLiteral("--dry-run")};
                if (field != TicketField::Message) {
                    arguments << QStringLiteral("--message") << QStringLiteral("x");
                }
                arguments << optionFor(field) << value;
                QProcess process;
                process.start(cli, arguments);
                if (!process.waitForStarted(30000)) {
                    out << "could not start the CLI: " << process.errorString() << Qt::endl;
                    failed = true;
                    continue;
                }
                if (!process.waitForFinished(30000) ||
                    process.exitStatus() != QProcess::NormalExit || process.exitCode() < 0 ||
                    process.exitCode() > 5) {
                    out << "CLI failed for " << optionFor(field) << " " << value.left(40)
                        << ": exit " << process.exitCode() << Qt::endl;
                    failed = true;
                }
                ++runs;
            }
        }
        out << "CLI: " << runs << " runs of send --dry-run" << Qt::endl;
    }
    out << (failed ? "0 passed, 1 failed" : "1 passed, 0 failed") << Qt::endl;
    return failed ? 1 : 0;
}
