// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstFrame.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>

namespace bizkithub::gui {

namespace {

constexpr std::chrono::seconds firstFrameAtLatest{2};

class FirstFrameWatch final : public QObject
{
public:
    FirstFrameWatch(QWidget* window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work))
    {
        window->installEventFilter(this);
        // A window that paints nothing (started minimised, on a desktop not shown) must not
        // hold back what waits for it for ever.
        QTimer::singleShot(firstFrameAtLatest, this, &FirstFrameWatch::run);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            watched->removeEventFilter(this);
            // The paint being handled now is flushed to the screen before the loop turns.
            QTimer::singleShot(0, this, &FirstFrameWatch::run);
        }
        return false;
    }

private:
    void run()
    {
        if (!m_work) {
            return;
        }
        const std::function<void()> work = std::move(m_work);
        m_work = nullptr;
        deleteLater();
        work();
    }

    std::function<void()> m_work;
    bool m_painted = false;
};

} // namespace

void afterFirstFrame(QWidget* window, std::function<void()> work)
{
    new FirstFrameWatch(window, std::move(work));
}

} // namespace bizkithub::gui
