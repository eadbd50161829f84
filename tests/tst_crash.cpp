// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a process that is writing drafts, queueing and sending, with SIGKILL at random moments,
// many times over one store. Afterwards every ticket it reported saved or queued is there
// exactly once, the store is intact, and no ticket reached the server twice under different
// Idempotency-Keys.
#include "ContactFormClient.h"
#include "FakeBizKitHub.h"
#include "Outbox.h"
#include "OutboxSender.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using bizkithub::test::FakeBizKitHub;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMoments_losesNothingAndDuplicatesNothing();
};

void TestCrash::killedAtRandomMoments_losesNothingAndDuplicatesNothing()
{
    const int rounds = qEnvironmentVariableIntValue("CRASH_TEST_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("CRASH_TEST_ROUNDS")
                           : 40;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    FakeBizKitHub server;
    QVERIFY(server.start());

    QSet<QString> saved;
    QSet<QString> queued;
    QRandomGenerator random(20261124); // the same moments on every run
    for (int round = 0; round < rounds; ++round) {
        // Two workers share the store, as the app and the CLI do, and die at different moments.
        QProcess first;
        QProcess second;
        for (QProcess* worker : {&first, &second}) {
            worker->start(QStringLiteral(BIZKITHUB_CRASH_WORKER), {path, server.baseUrl()});
            QVERIFY(worker->waitForStarted());
        }
        for (QProcess* worker : {&first, &second}) {
            QTest::qWait(int(random.bounded(30, 300))); // the server answers meanwhile
            worker->kill(); // SIGKILL: no destructor, no flush, no goodbye
            QVERIFY(worker->waitForFinished());
            QCOMPARE(worker->exitStatus(), QProcess::CrashExit);
            for (const QByteArray& line : worker->readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 2) {
                    continue; // a line cut by the kill was not reported
                }
                (parts[0] == "saved" ? saved : queued).insert(QString::fromLatin1(parts[1]));
            }
        }
    }
    qInfo("%d rounds: %lld drafts and %lld queued tickets reported, %lld requests served", rounds,
          qlonglong(saved.size()), qlonglong(queued.size()), qlonglong(server.requests().size()));
    QVERIFY(queued.size() > rounds); // the worker did real work between kills

    // Recover as the next start of the app would, an hour later: claims left by the dead
    // workers have expired, so their tickets are sent again, as uncertain.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    Outbox outbox(path, [later] { return later; });
    QVERIFY(outbox.open());
    QString integrity;
    QVERIFY2(outbox.checkIntegrity(&integrity), qPrintable(integrity));

    QHash<QString, TicketState> stored;
    for (const OutboxEntry& e : outbox.entries()) {
        const QString id = e.id.toString(QUuid::WithoutBraces);
        QVERIFY2(!stored.contains(id), "a ticket is stored twice");
        stored.insert(id, e.state);
    }
    for (const QString& id : saved) {
        QVERIFY2(stored.value(id) == TicketState::Draft, qPrintable(id));
    }
    for (const QString& id : queued) {
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("lost: ") + id));
        QVERIFY(stored.value(id) != TicketState::Draft);
    }

    QNetworkAccessManager network;
    ContactFormClient client(&network);
    client.setConfig({server.baseUrl(),
                      QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"),
                      std::chrono::seconds(5),
                      {}});
    OutboxSender sender(outbox, client);
    sender.setClock([later] { return later; });
    sender.flushAll();
    QTRY_COMPARE_WITH_TIMEOUT(
        outbox.count({TicketState::Queued, TicketState::Uncertain, TicketState::Sending}), 0,
        60000);
    // Everything that was queued, reported or not (a kill can fall between the commit and the
    // line), is delivered; drafts stay drafts.
    const auto notDrafts = std::count_if(stored.cbegin(), stored.cend(),
                                         [](TicketState s) { return s != TicketState::Draft; });
    QCOMPARE(outbox.count({TicketState::Sent}), int(notDrafts));

    // Every delivery of a ticket carried that ticket's own key: a copy can be recognised.
    QHash<QString, QSet<QByteArray>> keysByTicket;
    for (const auto& request : server.requests()) {
        const QString message = request.json().value(u"message").toString();
        keysByTicket[message].insert(request.header("Idempotency-Key"));
    }
    for (const QString& id : queued) {
        const QSet<QByteArray> keys = keysByTicket.value(QStringLiteral("crash-test ") + id);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(*keys.begin(), id.toLatin1());
    }
    for (const QString& id : saved) {
        QVERIFY2(!keysByTicket.contains(QStringLiteral("crash-test ") + id), "a draft was sent");
    }
    qInfo("%lld requests for %lld tickets: %lld copies, each under its ticket's own key",
          qlonglong(server.requests().size()), qlonglong(keysByTicket.size()),
          qlonglong(server.requests().size() - keysByTicket.size()));
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
