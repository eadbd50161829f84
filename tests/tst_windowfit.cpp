// SPDX-License-Identifier: GPL-3.0-or-later
// The desk window on real X screens under a real window manager (Xvfb and openbox), where the
// frame the manager draws around the window counts and is known only once the window is shown.
// The offscreen platform of the other tests draws no frame, so it cannot show what this does: a
// window kept on a 1366 x 768 laptop must open whole, status bar and all, on a 1280 x 720 one.
#include "Desk.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "Settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

using namespace bizkithub;

namespace {

const QLatin1String keepArgument("--keep-geometry");
const QLatin1String openArgument("--open-window");
const QLatin1String folderVariable("BIZKITHUB_WINDOWFIT_DIR");

QRect globalRect(const QWidget* widget)
{
    return {widget->mapToGlobal(QPoint(0, 0)), widget->size()};
}

QString describe(const QRect& rect)
{
    return QStringLiteral("%1,%2 %3x%4")
        .arg(rect.x())
        .arg(rect.y())
        .arg(rect.width())
        .arg(rect.height());
}

// One side of the test, in a process of its own on the display it was started on: the desk as
// main() builds it, on the settings and outbox in the folder the test gave.
int runWindow(bool keep)
{
    QTextStream out(stdout);
    const QDir folder(qEnvironmentVariable(folderVariable.data()));
    Settings settings(folder.filePath(QStringLiteral("settings.ini")), QProcessEnvironment());
    settings.setValue(Settings::Key::BaseUrl, QStringLiteral("http://127.0.0.1:9"));
    settings.setValue(Settings::Key::ApiKey, QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"));
    Outbox outbox(folder.filePath(QStringLiteral("outbox.sqlite")));
    if (!outbox.open()) {
        out << "outbox: " << outbox.errorString() << Qt::endl;
        return 2;
    }
    QNetworkAccessManager network;
    Desk desk(settings, &network, outbox);
    gui::MainWindow* window = desk.window();
    window->present();
    if (!QTest::qWaitForWindowExposed(window, 10000)) {
        out << "the window was never shown" << Qt::endl;
        return 2;
    }
    // The window manager has put its frame around the window.
    if (!QTest::qWaitFor([window] { return window->frameGeometry() != window->geometry(); },
                         10000)) {
        out << "no frame around the window: is a window manager running?" << Qt::endl;
        return 2;
    }
    const QRect screen = window->screen()->availableGeometry();
    if (keep) {
        // Closed as a person closes it: where it was is kept for the next start.
        const QRect frame = window->frameGeometry();
        window->close();
        out << "kept " << describe(frame) << " on " << describe(screen) << Qt::endl;
        return settings.windowGeometry().isEmpty() ? 1 : 0;
    }
    const bool whole = QTest::qWaitFor(
        [&] {
            return screen.contains(window->frameGeometry()) &&
                   screen.contains(globalRect(window->statusBar())) &&
                   globalRect(window).contains(globalRect(window->statusBar()));
        },
        5000);
    out << "window " << describe(window->frameGeometry()) << ", status bar "
        << describe(globalRect(window->statusBar())) << " on " << describe(screen) << Qt::endl;
    return whole ? 0 : 1;
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptOnLargerScreen_opensWholeOnSmallerOne();
    void cleanup();

private:
    // A virtual X server of the given size with openbox managing its windows; its name (":N").
    QString startDisplay(const QSize& size);
    // The window of this program on display, with the folder's settings; its exit code.
    int runWindowOn(const QString& display, const QString& argument, QString* output);

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestWindowFit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char* program : {"Xvfb", "openbox"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(program)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is needed: run packaging/install-deps.sh")
                                .arg(QLatin1String(program))));
    }
}

void TestWindowFit::cleanup()
{
    // The window managers first, then their servers.
    for (auto it = m_processes.rbegin(); it != m_processes.rend(); ++it) {
        (*it)->terminate();
        if (!(*it)->waitForFinished(5000)) {
            (*it)->kill();
            (*it)->waitForFinished(5000);
        }
    }
    m_processes.clear();
}

namespace {

// A server or window manager of a test that is killed (a timeout) goes with it.
void endWithParent(QProcess& process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace

QString TestWindowFit::startDisplay(const QSize& size)
{
    auto& server = m_processes.emplace_back(std::make_unique<QProcess>());
    endWithParent(*server);
    // The server picks a free display and says which on its standard output.
    server->start(QStringLiteral("Xvfb"),
                  {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                   QStringLiteral("0"),
                   QStringLiteral("%1x%2x24").arg(size.width()).arg(size.height()),
                   QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!server->waitForStarted(10000) ||
        !QTest::qWaitFor([&server] { return server->canReadLine(); }, 10000)) {
        return {};
    }
    const QString display = QLatin1Char(':') + QString::fromLatin1(server->readLine().trimmed());

    // openbox runs the startup command once it manages the screen.
    const QString ready = m_dir.filePath(QStringLiteral("ready") + display.mid(1));
    auto& manager = m_processes.emplace_back(std::make_unique<QProcess>());
    endWithParent(*manager);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("HOME"), m_dir.path()); // openbox's own defaults, no one's rc.xml
    manager->setProcessEnvironment(env);
    manager->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    manager->start(QStringLiteral("openbox"),
                   {QStringLiteral("--startup"), QStringLiteral("touch ") + ready});
    if (!QTest::qWaitFor([&ready] { return QFile::exists(ready); }, 10000)) {
        return {};
    }
    return display;
}

int TestWindowFit::runWindowOn(const QString& display, const QString& argument, QString* output)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(folderVariable, m_dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.remove(QStringLiteral("QT_SCALE_FACTOR"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    endWithParent(child);
    child.start(QCoreApplication::applicationFilePath(), {argument});
    if (!child.waitForFinished(30000)) {
        child.kill();
        child.waitForFinished();
    }
    *output = QString::fromLocal8Bit(child.readAll()).trimmed();
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
}

void TestWindowFit::keptOnLargerScreen_opensWholeOnSmallerOne()
{
    const QString laptop = startDisplay(QSize(1366, 768));
    QVERIFY2(!laptop.isEmpty(), "Xvfb or openbox did not start");
    const QString smaller = startDisplay(QSize(1280, 720));
    QVERIFY2(!smaller.isEmpty(), "Xvfb or openbox did not start");

    // The first start on the laptop makes the window as large as that screen allows.
    QString output;
    QVERIFY2(runWindowOn(laptop, keepArgument, &output) == 0, qPrintable(output));
    qInfo("%s", qPrintable(output));
    // The next one, on the smaller screen: its title bar, Send and the status bar in view.
    QVERIFY2(runWindowOn(smaller, openArgument, &output) == 0, qPrintable(output));
    qInfo("%s", qPrintable(output));
}

int main(int argc, char* argv[])
{
    if (argc == 2 &&
        (QLatin1String(argv[1]) == keepArgument || QLatin1String(argv[1]) == openArgument)) {
        QApplication app(argc, argv);
        return runWindow(QLatin1String(argv[1]) == keepArgument);
    }
    QApplication app(argc, argv);
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
