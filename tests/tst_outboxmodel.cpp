// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox table loads page by page: with 100,000 tickets it holds one page until the view
// scrolls, a search is answered by the store, and it follows changes made by another process.
#include "Outbox.h"
#include "OutboxModel.h"
#include "OutboxWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using bizkithub::gui::OutboxModel;
using bizkithub::gui::OutboxWindow;

class TestOutboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hundredThousandTickets_loadOnePageAtATime();
    void window_showsWaitingDraftsAndSent_andFollowsOtherProcesses();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestOutboxModel::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("big.sqlite"));
    // Each ticket a millisecond younger than the one before, so the order is known.
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    qint64 tick = 0;
    Outbox outbox(m_path, [&] { return start.addMSecs(tick++); });
    QVERIFY(outbox.open());
    Outbox::Batch batch(outbox); // one transaction for the whole fill
    for (int i = 0; i < 100000; ++i) {
        Ticket t;
        t.setValue(TicketField::Message, QStringLiteral("Ticket %1").arg(i));
        t.setValue(TicketField::Subject, QStringLiteral("Subject %1").arg(i));
        QVERIFY(outbox.enqueue(QUuid::createUuid(), t, t));
    }
    QVERIFY(batch.commit());
}

void TestOutboxModel::hundredThousandTickets_loadOnePageAtATime()
{
    Outbox outbox(m_path);
    QVERIFY(outbox.open());
    QElapsedTimer timer;
    timer.start();
    OutboxModel model(outbox, {TicketState::Queued},
                      {OutboxModel::Reference, OutboxModel::Subject});
    qInfo("model over 100,000 tickets ready in %lld ms", timer.elapsed());
    QCOMPARE(model.totalCount(), 100000);
    QCOMPARE(model.rowCount(), OutboxModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * OutboxModel::pageSize);
    const int subject = model.columnOf(OutboxModel::Subject);
    QCOMPARE(model.index(0, subject).data().toString(), QStringLiteral("Subject 0"));
    QCOMPARE(model.index(OutboxModel::pageSize, subject).data().toString(),
             QStringLiteral("Subject %1").arg(OutboxModel::pageSize));

    // The store answers a search: the last ticket is found though no page holds it.
    timer.restart();
    model.setSearch(QStringLiteral("Subject 99999"));
    qInfo("search over 100,000 tickets in %lld ms", timer.elapsed());
    QCOMPARE(model.matchCount(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), 100000);
    QVERIFY(!model.canFetchMore({}));
}

void TestOutboxModel::window_showsWaitingDraftsAndSent_andFollowsOtherProcesses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.sqlite"));
    Outbox outbox(path);
    QVERIFY(outbox.open());
    Ticket t;
    t.setValue(TicketField::Message, QStringLiteral("hello"));
    QVERIFY(outbox.saveDraft(QUuid::createUuid(), t));
    OutboxWindow window(outbox);
    window.show();
    QCOMPARE(window.model(OutboxWindow::Page::Drafts)->rowCount(), 1);
    QCOMPARE(window.model(OutboxWindow::Page::Waiting)->rowCount(), 0);

    Outbox otherProcess(path);
    QVERIFY(otherProcess.open());
    QVERIFY(otherProcess.enqueue(QUuid::createUuid(), t, t));
    outbox.pollExternalChanges(); // what the main window's timer does every two seconds
    QTRY_COMPARE(window.model(OutboxWindow::Page::Waiting)->rowCount(), 1);
    QVERIFY(!window.view(OutboxWindow::Page::Waiting)->accessibleName().isEmpty());
}

QTEST_MAIN(TestOutboxModel)
#include "tst_outboxmodel.moc"
