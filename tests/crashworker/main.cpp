// SPDX-License-Identifier: GPL-3.0-or-later
// outbox-crash-worker: writes drafts, queues tickets and sends them through the real Outbox and
// OutboxSender as fast as it can, printing a line only after each change was committed, until
// tst_crash kills it with SIGKILL at a random moment.
#include "ContactFormClient.h"
#include "Outbox.h"
#include "OutboxSender.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace bizkithub;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: outbox-crash-worker OUTBOX BASE_URL\n");
        return 2;
    }
    Outbox outbox(args.at(1));
    if (!outbox.open()) {
        std::fprintf(stderr, "cannot open outbox\n");
        return 1;
    }
    QNetworkAccessManager network;
    ContactFormClient client(&network);
    client.setConfig({args.at(2),
                      QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"),
                      std::chrono::seconds(5),
                      {}});
    OutboxSender sender(outbox, client);
    sender.setPollInterval(std::chrono::milliseconds(20));
    sender.start();

    const auto report = [](const char* what, const QUuid& id) {
        std::printf("%s %s\n", what, id.toByteArray(QUuid::WithoutBraces).constData());
        std::fflush(stdout); // the test must see the line if the process dies right after
    };
    QTimer work;
    work.setInterval(2);
    QObject::connect(&work, &QTimer::timeout, &app, [&] {
        const QUuid id = QUuid::createUuid();
        Ticket typed;
        typed.setValue(TicketField::Message,
                       QStringLiteral("crash-test ") + id.toString(QUuid::WithoutBraces));
        if (QRandomGenerator::global()->bounded(4) == 0) {
            if (outbox.saveDraft(id, typed)) {
                report("saved", id);
            }
        } else if (outbox.enqueue(id, typed, typed)) {
            report("queued", id);
            sender.wake();
        }
    });
    work.start();
    return QCoreApplication::exec();
}
