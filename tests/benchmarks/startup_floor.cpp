// SPDX-License-Identifier: GPL-3.0-or-later
// bench-startup-floor: the least a Qt Widgets window with this app's fields costs to start: a
// QMainWindow with eight QLineEdits, a QPlainTextEdit and a button, and nothing else. The
// start-up benchmark compares the app with it. It is as large as the desk window on the same
// screen, so that both draw the same area.
#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
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
    window.show();
    return QApplication::exec();
}
