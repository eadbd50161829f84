// SPDX-License-Identifier: GPL-3.0-or-later
// What waits for the window's first frame: it runs after the first paint, not before; it runs
// anyway when the window paints nothing; it never runs for a window already gone.
#include "FirstFrame.h"

#include <QTest>
#include <QWidget>

#include <memory>

using namespace bizkithub::gui;

class TestFirstFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAfterTheFirstPaint();
    void runsAnywayWhenNothingIsPainted();
    void neverRunsForAWindowAlreadyGone();
};

void TestFirstFrame::runsAfterTheFirstPaint()
{
    QWidget window;
    window.resize(200, 100);
    bool painted = false;
    int runs = 0;
    afterFirstFrame(&window, [&] {
        QVERIFY(painted);
        ++runs;
    });
    struct PaintSpy : QObject
    {
        bool* painted;
        explicit PaintSpy(bool* p)
            : painted(p)
        {}
        bool eventFilter(QObject*, QEvent* event) override
        {
            *painted = *painted || event->type() == QEvent::Paint;
            return false;
        }
    } spy(&painted);
    window.installEventFilter(&spy);
    window.show();
    QCOMPARE(runs, 0); // nothing before the event loop paints
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(runs, 1);
    window.update();
    QTest::qWait(50);
    QCOMPARE(runs, 1); // once
}

void TestFirstFrame::runsAnywayWhenNothingIsPainted()
{
    QWidget window; // never shown
    int runs = 0;
    afterFirstFrame(&window, [&] { ++runs; });
    QTest::qWait(100);
    QCOMPARE(runs, 0);
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 5000);
}

void TestFirstFrame::neverRunsForAWindowAlreadyGone()
{
    auto window = std::make_unique<QWidget>();
    int runs = 0;
    afterFirstFrame(window.get(), [&] { ++runs; });
    window.reset();
    QTest::qWait(2500);
    QCOMPARE(runs, 0);
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
