// SPDX-License-Identifier: GPL-3.0-or-later
// bench-fill-outbox: an outbox as a busy desk has it after a month, for the start-up benchmark:
// COUNT tickets (6,000 unless told: 200 a day) queued, sent and delivered one after another over
// the last 29 days (inside the 30 days a sent ticket's text is kept), each with its attempt.
//
//   bench-fill-outbox PATH [COUNT]
#include "Outbox.h"
#include "Ticket.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUuid>

#include <chrono>

using namespace bizkithub;
using namespace std::chrono_literals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc < 2) {
        err << "usage: bench-fill-outbox PATH [COUNT]\n";
        return 2;
    }
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 6000;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    QDateTime now = end.addDays(-29);
    const qint64 step = now.msecsTo(end) / std::max(1, count);
    Outbox outbox(QString::fromLocal8Bit(argv[1]), [&now] { return now; });
    if (!outbox.open()) {
        err << outbox.errorString() << "\n";
        return 1;
    }
    const QString owner = QStringLiteral("bench-fill-outbox");
    const QString fingerprint = QStringLiteral("bench");
    SubmitResult delivered;
    delivered.outcome = SubmitResult::Outcome::Sent;
    delivered.httpStatus = 201;
    for (int done = 0; done < count;) {
        // A hundred tickets to a transaction: a month made in a few seconds.
        Outbox::Batch batch(outbox);
        for (int i = 0; i < 100 && done < count; ++i, ++done) {
            Ticket t;
            t.setValue(TicketField::CustomerEmail, QStringLiteral("guest%1@example.com").arg(done));
            t.setValue(TicketField::Subject, QStringLiteral("Room %1").arg(100 + done % 300));
            t.setValue(TicketField::Message,
                       QStringLiteral("Ticket %1: the air conditioning in the room is loud at "
                                      "night and the remote control does not work.")
                           .arg(done));
            const QUuid id = QUuid::createUuid();
            if (!outbox.enqueue(id, t, t) ||
                outbox.claimDue(owner, 1, 60s, fingerprint).size() != 1 ||
                !outbox.recordResults(owner, {{id, delivered, {}}}, fingerprint)) {
                err << outbox.errorString() << "\n";
                return 1;
            }
            now = now.addMSecs(step);
        }
        if (!batch.commit()) {
            err << outbox.errorString() << "\n";
            return 1;
        }
    }
    return 0;
}
