// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox window as staff use it: the columns each list needs, reasons in plain words, a
// search that finds tickets no page has loaded yet, lists that say why they are empty, a list
// that has a ticket in hand as soon as it has the focus, and the selected ticket in full.
#include "Outbox.h"
#include "OutboxModel.h"
#include "OutboxWindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace bizkithub;
using namespace std::chrono_literals;
using bizkithub::gui::OutboxModel;
using bizkithub::gui::OutboxWindow;
using Page = OutboxWindow::Page;
using Outcome = SubmitResult::Outcome;

Q_DECLARE_METATYPE(bizkithub::SubmitResult::Outcome)

namespace {

const QString fingerprint = QStringLiteral("config-1");

Ticket person(const QString& first, const QString& email, const QString& subject)
{
    Ticket t;
    t.setValue(TicketField::CustomerFirstName, first);
    t.setValue(TicketField::CustomerLastName, QStringLiteral("Nováková"));
    t.setValue(TicketField::CustomerEmail, email);
    t.setValue(TicketField::CustomerPhone, QStringLiteral("+420777123456"));
    t.setValue(TicketField::CategorySlug, QStringLiteral("billing"));
    t.setValue(TicketField::Subject, subject);
    t.setValue(TicketField::Message, QStringLiteral("The invoice for March is missing."));
    return t;
}

QStringList headers(const QTableView* view)
{
    QStringList texts;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        texts << view->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    return texts;
}

QString cell(const OutboxModel* model, int row, OutboxModel::Column column,
             int role = Qt::DisplayRole)
{
    return model->index(row, model->columnOf(column)).data(role).toString();
}

} // namespace

class TestOutboxWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachList_hasTheColumnsThatFitIt();
    void columns_fitAThousandPixelWindowWithoutScrolling();
    void reason_isAPlainSentence_technicalTextInTheTooltip_data();
    void reason_isAPlainSentence_technicalTextInTheTooltip();
    void search_findsATicketBeyondTheFirstPage();
    void emptyList_andFruitlessSearch_sayWhatWouldAppear();
    void focusOnTheList_selectsARow_andEnablesItsActions();
    void sentTicket_opensReadOnlyInTheDetailPane();
    void keyboard_ctrlFSearches_escapeEmpties_tabReachesTheListShown();

private:
    // Queues a ticket and records one attempt with this result.
    QUuid attempted(const Ticket& ticket, const SubmitResult& result);

    QTemporaryDir m_dir;
    std::unique_ptr<Outbox> m_outbox;
};

void TestOutboxWindow::init()
{
    m_outbox = std::make_unique<Outbox>(m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) +
        QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_') + u".sqlite"));
    QVERIFY(m_outbox->open());
}

void TestOutboxWindow::cleanup()
{
    m_outbox.reset();
}

QUuid TestOutboxWindow::attempted(const Ticket& ticket, const SubmitResult& result)
{
    const QUuid id = QUuid::createUuid();
    if (!m_outbox->enqueue(id, ticket, ticket)) {
        return {};
    }
    const QList<OutboxEntry> claimed =
        m_outbox->claimDue(QStringLiteral("test"), 100, 60s, fingerprint);
    if (claimed.size() != 1 ||
        !m_outbox->recordResults(QStringLiteral("test"),
                                 {{id, result, QDateTime::currentDateTimeUtc().addSecs(600)}},
                                 fingerprint)) {
        return {};
    }
    return id;
}

void TestOutboxWindow::eachList_hasTheColumnsThatFitIt()
{
    OutboxWindow window(*m_outbox);
    QCOMPARE(headers(window.view(Page::Waiting)),
             QStringList({QStringLiteral("Reference"), QStringLiteral("State"),
                          QStringLiteral("Customer"), QStringLiteral("Subject"),
                          QStringLiteral("Created"), QStringLiteral("Attempts"),
                          QStringLiteral("Next attempt"), QStringLiteral("Reason")}));
    QCOMPARE(headers(window.view(Page::Drafts)),
             QStringList({QStringLiteral("Reference"), QStringLiteral("Customer"),
                          QStringLiteral("Subject"), QStringLiteral("Last change")}));
    QCOMPARE(headers(window.view(Page::Sent)),
             QStringList({QStringLiteral("Reference"), QStringLiteral("Customer"),
                          QStringLiteral("Subject"), QStringLiteral("Delivered")}));
}

void TestOutboxWindow::columns_fitAThousandPixelWindowWithoutScrolling()
{
    const QString longSubject =
        QStringLiteral("The invoice for March lists the wrong address and the wrong VAT number");
    SubmitResult auth;
    auth.outcome = Outcome::AuthFailed;
    auth.httpStatus = 401;
    auth.serverMessage = QStringLiteral("PUBLIC_API_KEY_DOES_NOT_EXIST: the key is unknown");
    QVERIFY(!attempted(person(QStringLiteral("Maximilián-Alexandr"),
                              QStringLiteral("maximilian.alexandr@example.com"), longSubject),
                       auth)
                 .isNull());
    QVERIFY(m_outbox->saveDraft(
        QUuid::createUuid(),
        person(QStringLiteral("Jana"), QStringLiteral("jana@example.com"), longSubject)));
    OutboxWindow window(*m_outbox);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const Page page : {Page::Waiting, Page::Drafts}) {
        window.showPage(page);
        QTableView* view = window.view(page);
        QTRY_VERIFY(view->isVisible());
        QVERIFY2(view->horizontalHeader()->length() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(view->horizontalHeader()->length())
                                .arg(view->viewport()->width())));
        // The words take the room that is left, and each column shows something of itself.
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            QVERIFY(view->columnWidth(c) >= 40);
        }
    }
}

void TestOutboxWindow::reason_isAPlainSentence_technicalTextInTheTooltip_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("technical");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("auth failed") << Outcome::AuthFailed << 401
                                 << QStringLiteral("Public API key does not exist")
                                 << QStringLiteral("The API key was refused.");
    QTest::newRow("offline") << Outcome::Offline << 0
                             << QStringLiteral("Host example.com not found")
                             << QStringLiteral("BizKitHub could not be reached.");
    QTest::newRow("server error") << Outcome::ServerError << 503
                                  << QStringLiteral("Service Unavailable")
                                  << QStringLiteral("BizKitHub had a problem (HTTP 503).");
}

void TestOutboxWindow::reason_isAPlainSentence_technicalTextInTheTooltip()
{
    QFETCH(Outcome, outcome);
    QFETCH(int, status);
    QFETCH(QString, technical);
    QFETCH(QString, sentence);
    SubmitResult result;
    result.outcome = outcome;
    result.httpStatus = status;
    (outcome == Outcome::Offline ? result.networkError : result.serverMessage) = technical;
    QVERIFY(!attempted(person(QStringLiteral("Jana"), QStringLiteral("jana@example.com"),
                              QStringLiteral("Invoice")),
                       result)
                 .isNull());

    OutboxWindow window(*m_outbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const OutboxModel* model = window.model(Page::Waiting);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, OutboxModel::Reason), sentence);
    QVERIFY(cell(model, 0, OutboxModel::Reason, Qt::ToolTipRole).contains(technical));
    QVERIFY(cell(model, 0, OutboxModel::State) != QStringLiteral("held"));

    window.view(Page::Waiting)->selectRow(0);
    const QString details = window.detailPane()->toPlainText();
    QVERIFY2(details.contains(sentence), qPrintable(details));
    QVERIFY2(!details.contains(technical), qPrintable(details));
}

void TestOutboxWindow::search_findsATicketBeyondTheFirstPage()
{
    QUuid last;
    {
        Outbox::Batch batch(*m_outbox);
        for (int i = 0; i < 450; ++i) {
            last = QUuid::createUuid();
            const bool needle = i == 449;
            const Ticket t = person(needle ? QStringLiteral("Zdeňka") : QStringLiteral("Petr"),
                                    needle ? QStringLiteral("needle@example.com")
                                           : QStringLiteral("petr%1@example.com").arg(i),
                                    QStringLiteral("Question %1").arg(i));
            QVERIFY(m_outbox->enqueue(last, t, t));
        }
        QVERIFY(batch.commit());
    }
    OutboxWindow window(*m_outbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    OutboxModel* model = window.model(Page::Waiting);
    QCOMPARE(model->rowCount(), OutboxModel::pageSize);

    QTest::keyClicks(window.searchBox(), QStringLiteral("NEEDLE@"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->matchCount(), 1);
    QCOMPARE(model->totalCount(), 450);
    QCOMPARE(model->index(0, 0).data(OutboxModel::IdRole).toUuid(), last);

    const QString reference = Outbox::referenceFor(last);
    window.searchBox()->setText(reference);
    QTRY_COMPARE(model->search(), reference);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, OutboxModel::Reference), reference);

    window.searchBox()->setText(QStringLiteral("Question 44"));
    QTRY_COMPARE(model->matchCount(), 11); // 44 and 440-449
    window.searchBox()->clear();
    QTRY_COMPARE(model->matchCount(), 450);
    QCOMPARE(model->rowCount(), OutboxModel::pageSize);
}

void TestOutboxWindow::emptyList_andFruitlessSearch_sayWhatWouldAppear()
{
    OutboxWindow window(*m_outbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.emptyLabel(Page::Waiting)->isVisible());
    QVERIFY(!window.view(Page::Waiting)->isVisible());
    QVERIFY(window.emptyLabel(Page::Waiting)
                ->text()
                .startsWith(QStringLiteral("No tickets are waiting.")));
    window.showPage(Page::Drafts);
    QVERIFY(window.emptyLabel(Page::Drafts)->isVisible());
    QCOMPARE(window.emptyLabel(Page::Drafts)->text(),
             QStringLiteral("No drafts. Tickets saved with Save as draft appear here."));
    window.showPage(Page::Sent);
    QVERIFY(
        window.emptyLabel(Page::Sent)->text().startsWith(QStringLiteral("No tickets sent yet.")));
    QCOMPARE(window.detailPane()->toPlainText(), QStringLiteral("Select a ticket to see it here."));

    QVERIFY(m_outbox->saveDraft(QUuid::createUuid(),
                                person(QStringLiteral("Jana"), QStringLiteral("jana@example.com"),
                                       QStringLiteral("Invoice"))));
    window.showPage(Page::Drafts);
    QTRY_VERIFY(window.view(Page::Drafts)->isVisible());
    QVERIFY(!window.emptyLabel(Page::Drafts)->isVisible());

    window.searchBox()->setText(QStringLiteral("zzz"));
    QTRY_VERIFY(window.emptyLabel(Page::Drafts)->isVisible());
    QCOMPARE(window.emptyLabel(Page::Drafts)->text(), QStringLiteral("No tickets match “zzz”."));
    QVERIFY(!window.view(Page::Drafts)->isVisible());
}

void TestOutboxWindow::focusOnTheList_selectsARow_andEnablesItsActions()
{
    SubmitResult offline;
    offline.outcome = Outcome::Offline;
    QVERIFY(!attempted(person(QStringLiteral("Jana"), QStringLiteral("jana@example.com"),
                              QStringLiteral("Invoice")),
                       offline)
                 .isNull());
    OutboxWindow window(*m_outbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView* view = window.view(Page::Waiting);
    QVERIFY(!view->selectionModel()->hasSelection());
    QVERIFY(!window.sendNowButton()->isEnabled());

    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QVERIFY(window.sendNowButton()->isEnabled());
    QVERIFY(window.editButton()->isEnabled());
    QVERIFY(window.discardButton()->isEnabled());
    QVERIFY(window.copyButton()->isEnabled());
    QVERIFY(window.detailPane()->toPlainText().contains(QStringLiteral("jana@example.com")));

    // One row: the arrows have nowhere to go, and the row stays selected.
    for (const Qt::Key key : {Qt::Key_Down, Qt::Key_Up, Qt::Key_Down, Qt::Key_PageDown}) {
        QTest::keyClick(view, key);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QVERIFY(window.sendNowButton()->isEnabled());
    }
}

void TestOutboxWindow::sentTicket_opensReadOnlyInTheDetailPane()
{
    SubmitResult sent;
    sent.outcome = Outcome::Sent;
    sent.httpStatus = 201;
    QVERIFY(!attempted(person(QStringLiteral("Jana"), QStringLiteral("jana@example.com"),
                              QStringLiteral("Invoice for March")),
                       sent)
                 .isNull());
    OutboxWindow window(*m_outbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(Page::Sent);
    QTableView* view = window.view(Page::Sent);
    QCOMPARE(view->model()->rowCount(), 1);
    view->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(view->selectionModel()->selectedRows().size(), 1);

    QTextBrowser* details = window.detailPane();
    QVERIFY(details->isReadOnly());
    const QString text = details->toPlainText();
    for (const QString& expected :
         {QStringLiteral("Jana"), QStringLiteral("Nováková"), QStringLiteral("jana@example.com"),
          QStringLiteral("+420777123456"), QStringLiteral("Invoice for March"),
          QStringLiteral("billing"), QStringLiteral("The invoice for March is missing."),
          QStringLiteral("Delivered.")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" in " + text));
    }
    QVERIFY(!window.editButton()->isEnabled());
    QVERIFY(!window.sendNowButton()->isEnabled());
    QVERIFY(window.copyButton()->isEnabled());

    // Opening it (Enter) takes the reader to it instead of the form.
    QSignalSpy edits(&window, &OutboxWindow::editRequested);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(edits.size(), 0);
    QTRY_VERIFY(details->hasFocus());
}

void TestOutboxWindow::keyboard_ctrlFSearches_escapeEmpties_tabReachesTheListShown()
{
    const Ticket jana = person(QStringLiteral("Jana"), QStringLiteral("jana@example.com"),
                               QStringLiteral("Invoice"));
    SubmitResult sent;
    sent.outcome = Outcome::Sent;
    QVERIFY(!attempted(jana, sent).isNull());
    QVERIFY(m_outbox->saveDraft(QUuid::createUuid(), jana));
    QVERIFY(m_outbox->enqueue(QUuid::createUuid(), jana, jana));
    OutboxWindow window(*m_outbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.searchBox()->placeholderText().isEmpty());
    QVERIFY(window.searchBox()->isClearButtonEnabled());
    QVERIFY(!window.searchBox()->accessibleName().isEmpty());
    QVERIFY(!window.detailPane()->accessibleName().isEmpty());
    window.view(Page::Waiting)->setFocus();
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(window.searchBox()->hasFocus());
    QTest::keyClicks(window.searchBox(), QStringLiteral("abc"));
    QTest::keyClick(window.searchBox(), Qt::Key_Escape);
    QVERIFY(window.searchBox()->text().isEmpty());
    QVERIFY(window.isVisible());
    // Tab goes on to the lists, then to the list shown, whichever it is.
    QTest::keyClick(window.searchBox(), Qt::Key_Tab);
    QTRY_VERIFY(!window.searchBox()->hasFocus());
    QWidget* tabBar = window.focusWidget();
    QVERIFY(tabBar->inherits("QTabBar"));
    for (const Page page : {Page::Sent, Page::Drafts, Page::Waiting}) {
        window.showPage(page);
        tabBar->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tabBar, Qt::Key_Tab);
        QCOMPARE(window.focusWidget(), window.view(page));
        QCOMPARE(window.view(page)->selectionModel()->selectedRows().size(), 1);
    }
}

QTEST_MAIN(TestOutboxWindow)
#include "tst_outboxwindow.moc"
