// SPDX-License-Identifier: GPL-3.0-or-later
// bench-outbox-flush: how much the outbox costs on top of the network. Queues N tickets and
// flushes them through Outbox + OutboxSender to a fake server in another process, and in the
// same run posts the same bodies with a bare QNetworkAccessManager loop at the same
// concurrency. The two take turns, a fifth of the tickets at a time, so that a machine busier
// for a moment slows both alike. Prints both times and their ratio. Not a test: machines here
// are shared and noisy, so only the ratio within one run means much.
#include "ContactFormClient.h"
#include "Outbox.h"
#include "OutboxSender.h"
#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <numeric>

using namespace bizkithub;

namespace {

const QString key = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");

Ticket ticketNumber(int n)
{
    Ticket t;
    t.setValue(TicketField::Message, QStringLiteral("Benchmark ticket %1: the printer on floor "
                                                    "two is jammed again.")
                                         .arg(n));
    t.setValue(TicketField::CustomerEmail, QStringLiteral("customer%1@example.com").arg(n));
    t.setValue(TicketField::CustomerPhone, QStringLiteral("+420 777123456"));
    t.setValue(TicketField::Subject, QStringLiteral("Printer"));
    return t;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// CPU time used so far by each thread of a process, from the kernel's scheduler statistics (the
// first number of /proc/PID/task/TID/schedstat: nanoseconds on a CPU). Threads of one name are
// added up; the process's first thread is "main", the one that runs the outbox and the sender.
using ThreadCpu = QMap<QString, qint64>;

ThreadCpu threadCpu(qint64 pid)
{
    ThreadCpu cpu;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    const QStringList tids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& tid : tids) {
        QFile comm(tasks + u'/' + tid + QStringLiteral("/comm"));
        QFile stat(tasks + u'/' + tid + QStringLiteral("/schedstat"));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly)) {
            continue; // ended meanwhile
        }
        QString name = QString::fromUtf8(comm.readAll().trimmed());
        if (tid.toLongLong() == pid) {
            name = QStringLiteral("main");
        } else if (name.startsWith(u"QNetworkAccess")) {
            name = QStringLiteral("Qt's HTTP thread"); // "QNetworkAccessManager thread", cut
        }
        cpu[name] += stat.readAll().split(' ').value(0).toLongLong();
    }
    return cpu;
}

ThreadCpu operator-(ThreadCpu after, const ThreadCpu& before)
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        it.value() -= before.value(it.key());
    }
    return after;
}

// Where the CPU time of one phase went: the app's threads and the server's, each and in all.
struct PhaseCpu
{
    ThreadCpu app;
    qint64 server = 0;

    PhaseCpu& operator+=(const PhaseCpu& other)
    {
        for (auto it = other.app.cbegin(); it != other.app.cend(); ++it) {
            app[it.key()] += it.value();
        }
        server += other.server;
        return *this;
    }
};

class CpuMeter
{
public:
    explicit CpuMeter(qint64 serverPid)
        : m_serverPid(serverPid)
        , m_app(threadCpu(QCoreApplication::applicationPid()))
        , m_server(total(threadCpu(serverPid)))
    {}

    // Call while the phase's threads still run: a thread that has ended is no longer listed.
    [[nodiscard]] PhaseCpu elapsed() const
    {
        return {threadCpu(QCoreApplication::applicationPid()) - m_app,
                total(threadCpu(m_serverPid)) - m_server};
    }

private:
    static qint64 total(const ThreadCpu& cpu)
    {
        return std::accumulate(cpu.cbegin(), cpu.cend(), qint64(0));
    }

    qint64 m_serverPid;
    ThreadCpu m_app;
    qint64 m_server;
};

// Posts every body with at most `concurrency` requests in flight, as plainly as Qt allows.
qint64 bareLoop(QNetworkAccessManager& network, const QString& baseUrl,
                const QList<QByteArray>& bodies, int concurrency, qint64 serverPid, PhaseCpu& cpu)
{
    const CpuMeter meter(serverPid);
    QUrl url(baseUrl + QStringLiteral("/api/v1/support/contact-form"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apiKey"), key);
    url.setQuery(query);
    QElapsedTimer timer;
    timer.start();
    qsizetype next = 0;
    int inFlight = 0;
    int ok = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (inFlight < concurrency && next < bodies.size()) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
            request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
            request.setRawHeader("Idempotency-Key",
                                 QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            QNetworkReply* reply = network.post(request, bodies[next++]);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                ok += reply->error() == QNetworkReply::NoError ? 1 : 0;
                reply->deleteLater();
                --inFlight;
                if (next == bodies.size() && inFlight == 0) {
                    loop.quit();
                } else {
                    launch();
                }
            });
        }
    };
    launch();
    loop.exec();
    cpu = meter.elapsed();
    if (ok != bodies.size()) {
        QTextStream(stderr) << "bare loop: only " << ok << " of " << bodies.size() << " ok\n";
    }
    return timer.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const QString serverBinary = QStringLiteral(BIZKITHUB_FAKE_SERVER);
    QTextStream out(stdout);

    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        port = probe.serverPort();
    }
    QProcess server;
    server.start(serverBinary, {QStringLiteral("--port"), QString::number(port),
                                QStringLiteral("--key"), key, QStringLiteral("--quiet")});
    server.setReadChannel(QProcess::StandardError); // it says "listening on ..." there
    if (!server.waitForStarted() || !server.waitForReadyRead(5000)) {
        out << "cannot start " << serverBinary << Qt::endl;
        return 1;
    }
    const QString baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);

    constexpr int rounds = 5;
    const int concurrency = OutboxSender::defaultMaxConcurrent;
    QNetworkAccessManager bareNetwork;

    QTemporaryDir dir;
    Outbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
    if (!outbox.open()) {
        out << outbox.errorString() << Qt::endl;
        return 1;
    }
    QNetworkAccessManager network;
    ContactFormClient client(&network);
    client.setConfig({baseUrl, key, std::chrono::seconds(30), {}});
    OutboxSender sender(outbox, client);
    // An attempt that did not deliver makes the sender wait (its backoff, a second or more):
    // a run with one is slower for that reason, said below.
    QMap<QString, int> undelivered;
    QObject::connect(&sender, &OutboxSender::attemptFinished, &sender,
                     [&undelivered](const QUuid&, const SubmitResult& result) {
                         if (!result.isSent()) {
                             ++undelivered[result.outcomeName()];
                         }
                     });
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::drained, &loop, [&] {
        if (outbox.count({TicketState::Queued, TicketState::Sending, TicketState::Uncertain}) ==
            0) {
            loop.quit();
        }
    });

    // Round by round: the bare loop posts a share of the bodies, then the outbox queues the same
    // share and the sender delivers it; the outbox keeps what it sent, as a desk's does.
    QList<qint64> bareMs;
    QList<qint64> flushMs;
    qint64 enqueueMs = 0;
    PhaseCpu bareCpu;
    PhaseCpu flushCpu;
    for (int round = 0; round < rounds; ++round) {
        const int first = count * round / rounds;
        const int last = count * (round + 1) / rounds;
        QList<QByteArray> bodies;
        for (int i = first; i < last; ++i) {
            bodies.append(ticketNumber(i).toJson());
        }
        PhaseCpu cpu;
        bareMs.append(bareLoop(bareNetwork, baseUrl, bodies, concurrency, server.processId(), cpu));
        bareCpu += cpu;

        QElapsedTimer timer;
        timer.start();
        for (int i = first; i < last; ++i) {
            const Ticket t = ticketNumber(i);
            outbox.enqueue(QUuid::createUuid(), t, t);
        }
        enqueueMs += timer.elapsed();

        timer.restart();
        const CpuMeter meter(server.processId());
        if (round == 0) {
            sender.start();
        } else {
            sender.wake();
        }
        loop.exec();
        flushMs.append(timer.elapsed());
        flushCpu += meter.elapsed();
    }
    const int sent = outbox.count({TicketState::Sent});
    const qint64 bare = std::accumulate(bareMs.cbegin(), bareMs.cend(), qint64(0));
    const qint64 flush = std::accumulate(flushMs.cbegin(), flushMs.cend(), qint64(0));

    server.kill();
    server.waitForFinished();

    const auto list = [](const QList<qint64>& values) {
        QStringList parts;
        for (const qint64 v : values) {
            parts.append(QString::number(v));
        }
        return parts.join(QStringLiteral(", "));
    };
    out << "tickets:                 " << count << " (concurrency " << concurrency << "), in "
        << rounds << " rounds, bare loop and flush in turn\n"
        << "bare QNAM loop:          " << bare << " ms (" << list(bareMs) << ")\n"
        << "outbox enqueue:          " << enqueueMs << " ms ("
        << QString::number(double(enqueueMs) * 1000 / count, 'f', 0) << " us per ticket)\n"
        << "outbox flush:            " << flush << " ms (" << list(flushMs) << "; " << sent
        << " sent)\n"
        << "attempts not delivered:  ";
    if (undelivered.isEmpty()) {
        out << "none\n";
    } else {
        for (auto it = undelivered.cbegin(); it != undelivered.cend(); ++it) {
            out << it.value() << " " << it.key()
                << (std::next(it) == undelivered.cend() ? "\n" : ", ");
        }
    }
    out << "flush / bare:            " << QString::number(double(flush) / double(bare), 'f', 2)
        << "\n"
        << "peak memory (VmHWM):     " << peakRssKiB() / 1024 << " MiB\n";

    // CPU per ticket, bare against the flush, thread by thread: with two cores for three busy
    // threads, what one spends the others wait for.
    const auto perTicket = [count](qint64 ns) {
        return QString::number(double(ns) / 1000 / count, 'f', 0);
    };
    const auto row = [&](const QString& label, qint64 bareNs, qint64 flushNs) {
        out << label.leftJustified(25) << perTicket(bareNs).rightJustified(5) << " us  "
            << perTicket(flushNs).rightJustified(5) << " us\n";
    };
    out << "CPU per ticket:              bare    flush\n";
    QStringList threads = flushCpu.app.keys() + bareCpu.app.keys();
    threads.removeDuplicates();
    qint64 bareAll = 0;
    qint64 flushAll = 0;
    for (const QString& thread : std::as_const(threads)) {
        const qint64 b = bareCpu.app.value(thread);
        const qint64 f = flushCpu.app.value(thread);
        bareAll += b;
        flushAll += f;
        if (b + f >= qint64(count) * 1000) { // at least a microsecond per ticket
            row(QStringLiteral("  ") + thread, b, f);
        }
    }
    row(QStringLiteral("  server (all threads)"), bareCpu.server, flushCpu.server);
    row(QStringLiteral("  in all"), bareAll + bareCpu.server, flushAll + flushCpu.server);
    return sent == count ? 0 : 1;
}
