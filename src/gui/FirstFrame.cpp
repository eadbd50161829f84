// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstFrame.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace bizkithub::gui {

namespace {

class FirstFrameWatch final : public QObject
{
public:
    FirstFrameWatch(QWidget* window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            watched->removeEventFilter(this);
            // The paint being handled now is flushed to the screen before the loop turns.
            QTimer::singleShot(0, this, [this] {
                const std::function<void()> work = std::move(m_work);
                deleteLater();
                work();
            });
        }
        return false;
    }

private:
    std::function<void()> m_work;
    bool m_painted = false;
};

} // namespace

void afterFirstFrame(QWidget* window, std::function<void()> work)
{
    new FirstFrameWatch(window, std::move(work));
}

} // namespace bizkithub::gui
