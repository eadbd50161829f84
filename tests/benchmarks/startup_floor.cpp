// SPDX-License-Identifier: GPL-3.0-or-later
// bench-startup-floor: the least a Qt Widgets window with this app's fields costs to start: a
// QMainWindow with eight QLineEdits, a QPlainTextEdit and a button, and nothing else. The
// start-up benchmark compares the app with it. It is as large as the desk window on the same
// screen, so that both draw the same area.
//
// Built a second time as bench-startup-floor-keyboard (BIZKITHUB_FLOOR_KEYBOARD): the same window
// with Qt Virtual Keyboard as its input method and its keys (Qt's own InputPanel, in a
// QQuickWidget at the window's bottom) made just after the first frame, as the kiosk makes its
// keys: the least any window with that keyboard costs, so that the kiosk can be compared with
// what its keyboard alone brings as well.
//
// With BIZKITHUB_STARTUP_TRACE set, it writes the app's trace steps that it has ("start-up: <ms>
// <step>" on standard error, milliseconds since exec when the variable holds that moment in
// nanoseconds since the epoch), so that both are traced alike.
#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#ifdef BIZKITHUB_FLOOR_KEYBOARD
#include <QQuickWidget>
#include <QQuickWindow>
#endif

#include <chrono>
#include <cstdio>
#include <functional>

namespace {

qint64 execNs = -1; // not traced

void mark(const char* step)
{
    if (execNs < 0) {
        return;
    }
    const qint64 nowNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    std::fprintf(stderr, "start-up: %7.1f ms  %s\n", double(nowNs - execNs) / 1e6, step);
}

// Runs once, in the event loop turn after the window's first paint (as the app's afterFirstFrame).
class FirstFrame final : public QObject
{
public:
    explicit FirstFrame(QWidget* window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, m_work);
        }
        return false;
    }

private:
    std::function<void()> m_work;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("BIZKITHUB_STARTUP_TRACE")) {
        execNs = qEnvironmentVariable("BIZKITHUB_STARTUP_TRACE").toLongLong();
    }
    mark("main()");
#ifdef BIZKITHUB_FLOOR_KEYBOARD
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
#endif
    QApplication app(argc, argv);
    mark("QApplication");
    QMainWindow window;
    auto* central = new QWidget(&window);
    auto* form = new QFormLayout(central);
    for (const char* label :
         {"Name", "Email", "Phone", "Company", "Order", "Category", "Subject", "Reference"}) {
        form->addRow(QString::fromLatin1(label), new QLineEdit(central));
    }
    form->addRow(QStringLiteral("Message"), new QPlainTextEdit(central));
    form->addRow(new QPushButton(QStringLiteral("Send"), central));
    window.setCentralWidget(central);
    const QRect available = window.screen()->availableGeometry();
    const int fontHeight = window.fontMetrics().height();
    window.resize(
        QSize(72 * fontHeight, 60 * fontHeight).boundedTo(available.size() - QSize(16, 48)));
    mark("window built");
#ifndef BIZKITHUB_FLOOR_KEYBOARD
    if (execNs >= 0) // the bare floor watches for nothing unless traced
#endif
        new FirstFrame(&window, [central, form] {
            mark("first frame");
#ifdef BIZKITHUB_FLOOR_KEYBOARD
            // The keys, drawn in software as the kiosk draws them, at no height until a field is
            // typed into.
            QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
            auto* keys = new QQuickWidget(central);
            keys->setResizeMode(QQuickWidget::SizeRootObjectToView);
            keys->setFocusPolicy(Qt::NoFocus);
            keys->setSource(QUrl(QStringLiteral("qrc:/bench/FloorKeyboard.qml")));
            keys->setFixedHeight(0);
            form->addRow(keys);
            mark("on-screen keyboard made");
#else
        Q_UNUSED(central)
        Q_UNUSED(form)
#endif
        });
    window.show();
    mark("window shown");
    return QApplication::exec();
}
