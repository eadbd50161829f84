// SPDX-License-Identifier: GPL-3.0-or-later
// bench-typing: how long one keystroke takes in the message of a ticket that is already long.
// Fills the desk window's message with N characters (10,000 unless told), then types 300 more,
// one key at a time, and times each from the key event to the moment everything it set off
// has run: validation, the counter, the autosave timer, the layout and the repaint of the
// window. Prints the median, the 99th percentile and the longest. Not a test: a frame is 16 ms,
// and on a shared machine only the order of magnitude means much.
#include "Desk.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "Settings.h"
#include "TicketForm.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace bizkithub;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // runs without a display; DISPLAY works too
    }
    QApplication app(argc, argv);
    const int length = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int keys = 300;

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")), QProcessEnvironment());
    settings.setValue(Settings::Key::ApiKey, QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"));
    settings.setValue(Settings::Key::BaseUrl, QStringLiteral("http://127.0.0.1:9"));
    settings.setValue(Settings::Key::MessageMaxLength, length + 2 * keys);
    QNetworkAccessManager network;
    Outbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
    if (!outbox.open()) {
        QTextStream(stderr) << outbox.errorString() << Qt::endl;
        return 1;
    }
    Desk desk(settings, &network, outbox);
    gui::MainWindow* window = desk.window();
    window->present();
    if (!QTest::qWaitForWindowExposed(window)) {
        return 1;
    }
    auto* message = window->form()->findChild<QPlainTextEdit*>(QStringLiteral("messageEdit"));
    if (!message) {
        return 1;
    }
    QString text;
    text.reserve(length);
    while (text.size() < length) {
        text += QStringLiteral("The printer on the second floor jams on every other page. ");
    }
    text.truncate(length);
    message->setPlainText(text);
    message->setFocus();
    message->moveCursor(QTextCursor::End);
    QCoreApplication::processEvents();

    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < keys; ++i) {
        timer.start();
        QTest::keyClick(message, char('a' + i % 26));
        window->repaint(); // the frame the keystroke shows in
        QCoreApplication::processEvents();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const int chars = message->toPlainText().size();
    QTextStream(stdout) << "message:          " << chars << " characters ("
                        << (chars == length + keys ? "every key arrived" : "KEYS LOST") << ")\n"
                        << "keystroke median: " << QString::number(ms[keys / 2], 'f', 2) << " ms\n"
                        << "99th percentile:  " << QString::number(ms[keys * 99 / 100], 'f', 2)
                        << " ms\n"
                        << "longest:          " << QString::number(ms.last(), 'f', 2) << " ms\n";
    return chars == length + keys ? 0 : 1;
}
