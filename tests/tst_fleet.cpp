// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery with the window closed, and what an admin of many machines sees: the systemd user
// units as shipped (systemd-analyze checks them), the service's exact command line run against
// the fake BizKitHub, and the status in text, JSON and the Prometheus format read back by
// promtool and compared with `outbox list`.
#include "FakeBizKitHub.h"
#include "Outbox.h"
#include "OutboxStatus.h"
#include "Settings.h"
#include "SubmitResult.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

using namespace bizkithub;
using bizkithub::test::FakeBizKitHub;
using Reply = FakeBizKitHub::Reply;

namespace {

const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
const QString otherKey = QStringLiteral("PRODzzzzxpGEtrOZfuWhnoJohUYBXuOE");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void units_areAcceptedBySystemdAnalyze();
    void timer_runsAfterLoginAndEveryFewMinutesAtAMomentOfItsOwn();
    void service_deliversAQueuedTicketOnce();
    void service_withTheServerDown_keepsThreeThenDeliversThemWhenItIsBack();
    void service_withARefusedKey_sendsOneRequestAndSaysHeld();
    void status_agreesWithOutboxListInEveryState();
    void status_saysWhenTicketsWaitedTooLong();
    void metrics_areAcceptedByPromtoolAndNeverReadHalfWritten();
    void flush_writesTheAdminsMetricsFileEveryRun();

private:
    // The service's command line exactly as its unit says it.
    [[nodiscard]] QStringList serviceCommand() const;
    // Runs a program with this test's outbox and settings, against the fake BizKitHub (or, when
    // down, an address where nothing answers).
    Run run(const QStringList& command, const QString& key = validKey, bool serverDown = false);
    Run cli(const QStringList& arguments, const QString& key = validKey, bool serverDown = false);
    void queueWhileTheServerIsDown(int tickets);
    void provisionSystem(const QByteArray& ini);
    [[nodiscard]] QString dataHome() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    FakeBizKitHub* m_server = nullptr;
    QString m_systemDirs;
    quint16 m_closedPort = 0; // where nothing listens: BizKitHub is down
};

void TestFleet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The outbox's place is named after the application: this process's is the CLI's.
    QCoreApplication::setOrganizationName(Settings::organizationName);
    QCoreApplication::setApplicationName(Settings::applicationName);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_closedPort = probe.serverPort();
}

void TestFleet::init()
{
    m_server = new FakeBizKitHub(this);
    QVERIFY(m_server->start());
    m_server->setHandler([](const FakeBizKitHub::Request& r) {
        return FakeBizKitHub::strictContactForm(r, {validKey});
    });
    QDir(dataHome()).removeRecursively();
    m_systemDirs = m_dir.filePath(QStringLiteral("no-xdg"));
    // This process reads the same outbox as the programs it starts.
    qputenv("XDG_DATA_HOME", dataHome().toLocal8Bit());
}

void TestFleet::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestFleet::provisionSystem(const QByteArray& ini)
{
    m_systemDirs =
        m_dir.filePath(QStringLiteral("xdg-%1").arg(QLatin1String(QTest::currentTestFunction())));
    QDir().mkpath(m_systemDirs + QStringLiteral("/BizKitHub"));
    QFile file(m_systemDirs + QStringLiteral("/BizKitHub/Contact.conf"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(ini) == ini.size());
}

QStringList TestFleet::serviceCommand() const
{
    QFile unit(QStringLiteral(BIZKITHUB_UNITS_DIR "/bizkithub-contact-flush.service"));
    if (!unit.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(unit.readAll());
    const QRegularExpressionMatch line =
        QRegularExpression(QStringLiteral("^ExecStart=(.+)$"), QRegularExpression::MultilineOption)
            .match(text);
    return line.captured(1).split(u' ', Qt::SkipEmptyParts);
}

Run TestFleet::run(const QStringList& command, const QString& key, bool serverDown)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BIZKITHUB_API_KEY"), key);
    env.insert(QStringLiteral("BIZKITHUB_BASE_URL"),
               serverDown ? QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort)
                          : m_server->baseUrl());
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_systemDirs);
    process.setProcessEnvironment(env);
    process.start(command.first(), command.mid(1));
    Run result;
    // The fake BizKitHub answers in this process's event loop: it runs while the program does.
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning) {
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run TestFleet::cli(const QStringList& arguments, const QString& key, bool serverDown)
{
    return run(QStringList{QStringLiteral(BIZKITHUB_CLI_PATH)} + arguments, key, serverDown);
}

void TestFleet::queueWhileTheServerIsDown(int tickets)
{
    for (int i = 0; i < tickets; ++i) {
        const Run sent = cli({QStringLiteral("send"), QStringLiteral("--message"),
                              QStringLiteral("Ticket %1 of the afternoon").arg(i + 1),
                              QStringLiteral("--email"), QStringLiteral("eva@example.com")},
                             validKey, true);
        QCOMPARE(sent.code, 4); // kept in the outbox, to be sent later
    }
}

void TestFleet::units_areAcceptedBySystemdAnalyze()
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    QVERIFY2(!analyze.isEmpty(), "systemd-analyze (Debian: systemd) is needed");
    // A user manager of its own, and the man page the units name, where systemd looks.
    QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString man = m_dir.filePath(QStringLiteral("man"));
    QDir().mkpath(man + QStringLiteral("/man1"));
    QFile::copy(QStringLiteral(BIZKITHUB_MAN_DIR "/bizkithub-contact-cli.1"),
                man + QStringLiteral("/man1/bizkithub-contact-cli.1"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("MANPATH"), man);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QStringLiteral(BIZKITHUB_UNITS_DIR));
    process.start(analyze, {QStringLiteral("verify"), QStringLiteral("--user"),
                            QStringLiteral("bizkithub-contact-flush.service"),
                            QStringLiteral("bizkithub-contact-flush.timer")});
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitCode() == 0 && output.trimmed().isEmpty(), qPrintable(output));
}

void TestFleet::timer_runsAfterLoginAndEveryFewMinutesAtAMomentOfItsOwn()
{
    QFile timer(QStringLiteral(BIZKITHUB_UNITS_DIR "/bizkithub-contact-flush.timer"));
    QVERIFY(timer.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(timer.readAll());
    QVERIFY(text.contains(QLatin1String("\nOnStartupSec=3min\n")));
    QVERIFY(text.contains(QLatin1String("\nOnUnitInactiveSec=5min\n")));
    QVERIFY(text.contains(QLatin1String("\nRandomizedDelaySec=")));
    QVERIFY(text.contains(QLatin1String("\nWantedBy=timers.target\n")));
    QFile preset(QStringLiteral(BIZKITHUB_PRESET_FILE));
    QVERIFY(preset.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(preset.readAll())
                .contains(QLatin1String("\nenable bizkithub-contact-flush.timer\n")));
}

void TestFleet::service_deliversAQueuedTicketOnce()
{
    queueWhileTheServerIsDown(1);
    const int before = int(m_server->requests().size());
    const QStringList command = serviceCommand();
    QCOMPARE(command.mid(1), (QStringList{QStringLiteral("outbox"), QStringLiteral("flush"),
                                          QStringLiteral("--quiet")}));
    const Run first = run(command);
    QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
    QCOMPARE(m_server->requests().size(), before + 1);
    // One line for the journal: which ticket, what became of it, never the key.
    const QStringList lines = first.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the attempt, and what was delivered
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{4} sent HTTP 200: "))
                 .match(lines.first())
                 .hasMatch(),
             qPrintable(first.out));
    QVERIFY(!first.out.contains(validKey.mid(4)) && !first.err.contains(validKey.mid(4)));
    // The next run finds nothing to do, and says nothing.
    const Run second = run(command);
    QCOMPARE(second.code, 0);
    QCOMPARE(second.out, QString());
    QCOMPARE(m_server->requests().size(), before + 1);
}

void TestFleet::service_withTheServerDown_keepsThreeThenDeliversThemWhenItIsBack()
{
    queueWhileTheServerIsDown(3);
    const int before = int(m_server->requests().size());
    // The window is closed; the timer's run finds BizKitHub still down.
    const Run down = run(serviceCommand(), validKey, true);
    QCOMPARE(down.code, 4);
    // The first attempt finds the network away, and the run stops there: no point in trying
    // the others against a closed door.
    QVERIFY2(down.out.contains(QLatin1String(" offline: ")), qPrintable(down.out));
    QCOMPARE(m_server->requests().size(), before);
    QCOMPARE(cli({QStringLiteral("status")}).code, 0); // waiting, but not for long yet
    // BizKitHub is back: the next run delivers all three, each once.
    const int beforeBack = int(m_server->requests().size());
    const Run back = run(serviceCommand());
    QCOMPARE(back.code, 0);
    QCOMPARE(m_server->requests().size(), beforeBack + 3);
    QCOMPARE(back.out.count(QLatin1String(" sent HTTP 200")), 3);
    QSet<QString> messages;
    for (qsizetype i = beforeBack; i < m_server->requests().size(); ++i) {
        messages.insert(m_server->requests().at(i).json().value(u"message").toString());
    }
    QCOMPARE(messages.size(), 3);
    QCOMPARE(run(serviceCommand()).code, 0);
    QCOMPARE(m_server->requests().size(), beforeBack + 3);
}

void TestFleet::service_withARefusedKey_sendsOneRequestAndSaysHeld()
{
    queueWhileTheServerIsDown(3);
    const int before = int(m_server->requests().size());
    const Run held = run(serviceCommand(), otherKey); // a key BizKitHub does not know
    QCOMPARE(held.code, 5);
    QCOMPARE(m_server->requests().size(), before + 1); // one refusal holds the queue
    const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")}, otherKey);
    QCOMPARE(status.code, 5);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(json.value(u"hold").toObject().value(u"outcome").toString(),
             QStringLiteral("auth-failed"));
    // The refused one is held; the others wait behind the hold for new settings.
    QCOMPARE(json.value(u"tickets").toObject().value(u"held").toInt(), 1);
    QCOMPARE(json.value(u"waiting").toInt(), 3);
    QCOMPARE(json.value(u"key").toString(), QStringLiteral("PROD…"));
    QVERIFY(!status.out.contains(otherKey.mid(4)));
}

void TestFleet::status_agreesWithOutboxListInEveryState()
{
    // A store with a ticket in every state, made as the programs make them.
    {
        Outbox outbox(Outbox::defaultPath());
        QVERIFY(outbox.open());
        Ticket ticket;
        ticket.setValue(TicketField::Message, QStringLiteral("Hello"));
        QVERIFY(outbox.saveDraft(QUuid::createUuid(), ticket));
        for (int i = 0; i < 6; ++i) {
            QVERIFY(
                outbox.enqueue(QUuid::createUuid(), ticket, ticket, Outbox::NoteReference::Omit));
        }
        const QList<OutboxEntry> claimed =
            outbox.claimDue(QStringLiteral("test"), 5, std::chrono::minutes(5), QString());
        QCOMPARE(claimed.size(), 5);
        const auto result = [](SubmitResult::Outcome outcome, int status) {
            SubmitResult r;
            r.outcome = outcome;
            r.httpStatus = status;
            return r;
        };
        // sent, uncertain, needs-edit, held; one stays sending, one queued.
        QVERIFY(outbox.recordResults(
            QStringLiteral("test"),
            {{claimed.at(0).id, result(SubmitResult::Outcome::Sent, 200), {}},
             {claimed.at(1).id, result(SubmitResult::Outcome::Uncertain, 0),
              QDateTime::currentDateTimeUtc().addSecs(600)},
             {claimed.at(2).id, result(SubmitResult::Outcome::Rejected, 422), {}},
             {claimed.at(3).id, result(SubmitResult::Outcome::AuthFailed, 401), {}}},
            QString()));
        const Run list =
            cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QHash<QString, int> listed;
        QString oldestWaiting; // the list is in age order; tickets made in one millisecond tie
        for (const QJsonValue& entry : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QString state = entry.toObject().value(u"state").toString();
            listed[state] += 1;
            if (oldestWaiting.isEmpty() &&
                std::any_of(waitingTicketStates.begin(), waitingTicketStates.end(),
                            [&](TicketState s) { return stateName(s) == state; })) {
                oldestWaiting = entry.toObject().value(u"reference").toString();
            }
        }
        for (const TicketState state : allTicketStates) {
            QVERIFY2(listed.value(stateName(state)) > 0, qPrintable(stateName(state)));
        }

        const QString metricsFile = m_dir.filePath(QStringLiteral("every-state.prom"));
        const Run status = cli({QStringLiteral("status"), QStringLiteral("--json"),
                                QStringLiteral("--prometheus"), metricsFile});
        QCOMPARE(status.code, 5); // the refused key holds the queue
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QFile file(metricsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString metrics = QString::fromUtf8(file.readAll());
        int waiting = 0;
        for (const TicketState state : allTicketStates) {
            const QString name = stateName(state);
            QCOMPARE(json.value(u"tickets").toObject().value(name).toInt(), listed.value(name));
            QVERIFY2(metrics.contains(QStringLiteral("bizkithub_contact_tickets{state=\"%1\"} %2\n")
                                          .arg(name)
                                          .arg(listed.value(name))),
                     qPrintable(metrics));
            if (state != TicketState::Draft && state != TicketState::NeedsEdit &&
                state != TicketState::Sent) {
                waiting += listed.value(name);
            }
        }
        QCOMPARE(json.value(u"waiting").toInt(), waiting);
        QVERIFY(metrics.contains(
            QStringLiteral("bizkithub_contact_waiting_tickets %1\n").arg(waiting)));
        QVERIFY(
            metrics.contains(QLatin1String("bizkithub_contact_held{outcome=\"auth-failed\"} 1\n")));
        QVERIFY(metrics.contains(QLatin1String("bizkithub_contact_health 5\n")));
        QCOMPARE(json.value(u"lastFailure").toObject().value(u"outcome").toString(),
                 QStringLiteral("auth-failed"));
        QVERIFY(json.value(u"lastDelivery").isString());
        QVERIFY(!oldestWaiting.isEmpty());
        QCOMPARE(json.value(u"oldestWaiting").toObject().value(u"reference").toString(),
                 oldestWaiting);
        // The text for people says the same.
        const Run text = cli({QStringLiteral("status")});
        QCOMPARE(text.code, 5);
        QVERIFY2(text.out.contains(QStringLiteral("Needs correcting %1")
                                       .arg(listed.value(stateName(TicketState::NeedsEdit)))),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("Sending is on hold since")));
        outbox.releaseClaim(claimed.at(4).id, QStringLiteral("test"));
    }
}

void TestFleet::status_saysWhenTicketsWaitedTooLong()
{
    // A ticket begun five hours ago still waits: past the default alert of four hours.
    {
        const QDateTime fiveHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600);
        Outbox outbox(Outbox::defaultPath(), [fiveHoursAgo] { return fiveHoursAgo; });
        QVERIFY(outbox.open());
        Ticket ticket;
        ticket.setValue(TicketField::Message, QStringLiteral("Since the afternoon"));
        QVERIFY(outbox.enqueue(QUuid::createUuid(), ticket, ticket, Outbox::NoteReference::Omit));
    }
    const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.code, 4);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(json.value(u"waitingPastAlert").toInt(), 1);
    QVERIFY(json.value(u"oldestWaiting").toObject().value(u"ageSeconds").toInt() >= 5 * 3600 - 60);
    const Run text = cli({QStringLiteral("status")});
    QVERIFY2(text.out.contains(QLatin1String("1 ticket has waited more than 4 hours: ")),
             qPrintable(text.out));
    // An admin who allows six hours sees it healthy.
    provisionSystem("[outbox]\nalertAfterHours=6\n");
    QCOMPARE(cli({QStringLiteral("status")}).code, 0);
}

void TestFleet::metrics_areAcceptedByPromtoolAndNeverReadHalfWritten()
{
    queueWhileTheServerIsDown(2);
    const QString file = m_dir.filePath(QStringLiteral("textfile/bizkithub-contact.prom"));
    QDir().mkpath(QFileInfo(file).path());
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--prometheus"), file}).code, 0);
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY2(!promtool.isEmpty(), "promtool (Debian: prometheus) is needed");
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.setStandardInputFile(file);
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, qPrintable(QString::fromUtf8(check.readAll())));

    // A reader, as node_exporter, reads the file again and again while it is written again and
    // again: every read is a whole file.
    std::atomic<bool> writing{true};
    std::atomic<int> reads{0};
    QFuture<QString> reader = QtConcurrent::run([&] {
        while (writing) {
            QFile metrics(file);
            if (!metrics.open(QIODevice::ReadOnly)) {
                return QStringLiteral("could not open it");
            }
            const QByteArray text = metrics.readAll();
            if (!text.startsWith("# HELP") || !text.endsWith("} 1\n") ||
                !text.contains("bizkithub_contact_info{")) {
                return QString::fromUtf8(text);
            }
            ++reads;
        }
        return QString();
    });
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--prometheus"), file}).code, 0);
    }
    writing = false;
    reader.waitForFinished();
    QCOMPARE(reader.result(), QString());
    QVERIFY(reads > 20);
    // Nothing beside it but the file: no temporary left for the collector to pick up.
    QCOMPARE(QDir(QFileInfo(file).path()).entryList(QDir::Files),
             QStringList{QStringLiteral("bizkithub-contact.prom")});
}

void TestFleet::flush_writesTheAdminsMetricsFileEveryRun()
{
    const QString file = m_dir.filePath(QStringLiteral("fleet.prom"));
    provisionSystem("[fleet]\nmetricsFile=" + file.toUtf8() + "\n");
    queueWhileTheServerIsDown(1);
    QVERIFY(!QFile::exists(file)); // a send from a script leaves it; the timer's run writes it
    QCOMPARE(run(serviceCommand()).code, 0);
    QFile metrics(file);
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(metrics.readAll());
    QVERIFY2(text.contains(QLatin1String("bizkithub_contact_tickets{state=\"sent\"} 1\n")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("bizkithub_contact_waiting_tickets 0\n")));
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
