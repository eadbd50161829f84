// SPDX-License-Identifier: GPL-3.0-or-later
// bench-outbox-flush: how much the outbox costs on top of the network. Queues N tickets and
// flushes them through Outbox + OutboxSender to a fake server in another process, and in the
// same run posts the same bodies with a bare QNetworkAccessManager loop at the same
// concurrency. Prints both times and their ratio. Not a test: machines here are shared and
// noisy, so only the ratio within one run means much.
#include "ContactFormClient.h"
#include "Outbox.h"
#include "OutboxSender.h"
#include "Version.h"

#include <QCoreApplication>
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

// Posts every body with at most `concurrency` requests in flight, as plainly as Qt allows.
qint64 bareLoop(const QString& baseUrl, const QList<QByteArray>& bodies, int concurrency)
{
    QNetworkAccessManager network;
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

    QList<QByteArray> bodies;
    for (int i = 0; i < count; ++i) {
        bodies.append(ticketNumber(i).toJson());
    }
    const int concurrency = OutboxSender::defaultMaxConcurrent;

    const qint64 bareFirst = bareLoop(baseUrl, bodies, concurrency);

    QTemporaryDir dir;
    Outbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
    if (!outbox.open()) {
        out << outbox.errorString() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const Ticket t = ticketNumber(i);
        outbox.enqueue(QUuid::createUuid(), t, t);
    }
    const qint64 enqueueMs = timer.elapsed();

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
    timer.restart();
    sender.start();
    loop.exec();
    const qint64 flushMs = timer.elapsed();
    const int sent = outbox.count({TicketState::Sent});

    const qint64 bareSecond = bareLoop(baseUrl, bodies, concurrency);
    const double bare = (bareFirst + bareSecond) / 2.0;

    server.kill();
    server.waitForFinished();

    out << "tickets:                 " << count << " (concurrency " << concurrency << ")\n"
        << "bare QNAM loop:          " << bareFirst << " ms, again " << bareSecond << " ms\n"
        << "outbox enqueue:          " << enqueueMs << " ms ("
        << QString::number(double(enqueueMs) * 1000 / count, 'f', 0) << " us per ticket)\n"
        << "outbox flush:            " << flushMs << " ms (" << sent << " sent)\n"
        << "attempts not delivered:  ";
    if (undelivered.isEmpty()) {
        out << "none\n";
    } else {
        for (auto it = undelivered.cbegin(); it != undelivered.cend(); ++it) {
            out << it.value() << " " << it.key()
                << (std::next(it) == undelivered.cend() ? "\n" : ", ");
        }
    }
    out << "flush / bare:            " << QString::number(flushMs / bare, 'f', 2) << "\n"
        << "peak memory (VmHWM):     " << peakRssKiB() / 1024 << " MiB\n";
    return sent == count ? 0 : 1;
}
