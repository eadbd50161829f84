// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader and a keyboard find: every interactive element of the main window, the
// settings dialog and the outbox has a name, and every input a visible label tied to it.
#include "Desk.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutboxWindow.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TicketForm.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using bizkithub::gui::MainWindow;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::Table:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

// Walks the accessibility tree below an interface and names every interactive element a
// screen reader would meet without a name.
void collectUnnamed(QAccessibleInterface* iface, QStringList& unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40) {
        return;
    }
    const QAccessible::State state = iface->state();
    if (state.invisible) {
        return;
    }
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject* object = iface->object();
        unnamed << QStringLiteral("%1 (%2, role %3)")
                       .arg(object ? object->objectName() : QStringLiteral("?"),
                            object ? QLatin1String(object->metaObject()->className())
                                   : QLatin1String("?"))
                       .arg(int(role));
    }
    if (role == QAccessible::Table) {
        return; // the cells are data, named by their headers
    }
    for (int i = 0; i < iface->childCount(); ++i) {
        collectUnnamed(iface->child(i), unnamed, depth + 1);
    }
}

QStringList unnamedIn(QWidget* window)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), unnamed);
    return unnamed;
}

// Inputs a person types into, each of which needs a visible label whose buddy it is.
QStringList inputsWithoutLabel(QWidget* window)
{
    QStringList missing;
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    for (QWidget* input : window->findChildren<QWidget*>()) {
        const bool typed =
            qobject_cast<QLineEdit*>(input) || qobject_cast<QPlainTextEdit*>(input) ||
            qobject_cast<QComboBox*>(input) || qobject_cast<QAbstractSpinBox*>(input);
        // The line edit inside a combo or spin box belongs to it.
        const bool part = qobject_cast<QComboBox*>(input->parentWidget()) ||
                          qobject_cast<QAbstractSpinBox*>(input->parentWidget());
        if (!typed || part || !input->isVisibleTo(window)) {
            continue;
        }
        const bool labelled = std::any_of(labels.begin(), labels.end(), [input, window](QLabel* l) {
            return l->buddy() == input && l->isVisibleTo(window) && !l->text().isEmpty();
        });
        if (!labelled) {
            missing << input->objectName();
        }
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow_everyElementNamedEveryInputLabelled();
    void mainWindow_withProblemsAndBanner();
    void settingsDialog_everyElementNamedEveryInputLabelled();
    void outbox_everyElementNamed();
    void keyboard_everyMenuActionHasAShortcutOrMnemonic();

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager* m_network = nullptr;
    Settings* m_settings = nullptr;
    Outbox* m_outbox = nullptr;
    Desk* m_desk = nullptr;
    MainWindow* m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QAccessible::setActive(true);
    m_network = new QNetworkAccessManager(this);
    m_settings =
        new Settings(m_dir.filePath(QStringLiteral("settings.ini")), QProcessEnvironment());
    m_outbox = new Outbox(m_dir.filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(m_outbox->open());
    // One ticket in each tab, so the outbox has rows to walk.
    Ticket ticket;
    ticket.setValue(TicketField::Message, QStringLiteral("Hello"));
    QVERIFY(m_outbox->saveDraft(QUuid::createUuid(), ticket));
    QVERIFY(m_outbox->enqueue(QUuid::createUuid(), ticket, ticket));
    m_desk = new Desk(*m_settings, m_network, *m_outbox);
    m_window = m_desk->window();
    // What the window makes when it is first needed is walked too.
    (void)m_window->successPage();
    m_window->holdBanner()->prepare();
    m_window->banner()->prepare();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanupTestCase()
{
    delete m_desk;
    m_desk = nullptr;
    m_window = nullptr;
    delete m_outbox;
    delete m_settings;
}

void TestAccessibility::mainWindow_everyElementNamedEveryInputLabelled()
{
    const QStringList unnamed = unnamedIn(m_window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QCOMPARE(inputsWithoutLabel(m_window), QStringList());
}

void TestAccessibility::mainWindow_withProblemsAndBanner()
{
    // Send with nothing typed: every problem shown, the banner up with its buttons.
    m_window->send();
    QVERIFY(m_window->banner()->isVisible());
    QCOMPARE(unnamedIn(m_window), QStringList());
    // A field's problem is its accessible description, so it is read with the field.
    auto* message = m_window->form()->editor(TicketField::Message);
    QVERIFY(!message->accessibleDescription().isEmpty());
    QCOMPARE(QAccessible::queryAccessibleInterface(message)->text(QAccessible::Description),
             message->accessibleDescription());
}

void TestAccessibility::settingsDialog_everyElementNamedEveryInputLabelled()
{
    gui::SettingsDialog dialog(*m_settings, m_desk->delivery().transport(), m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(unnamedIn(&dialog), QStringList());
    QCOMPARE(inputsWithoutLabel(&dialog), QStringList());
}

void TestAccessibility::outbox_everyElementNamed()
{
    gui::OutboxWindow outbox(*m_outbox, m_window);
    outbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outbox));
    for (const auto page : {gui::OutboxWindow::Page::Waiting, gui::OutboxWindow::Page::Drafts,
                            gui::OutboxWindow::Page::Sent}) {
        outbox.showPage(page);
        QCOMPARE(unnamedIn(&outbox), QStringList());
    }
}

void TestAccessibility::keyboard_everyMenuActionHasAShortcutOrMnemonic()
{
    // Every action is reachable from the keyboard: by its shortcut, or through its menu by the
    // underlined letter.
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->isSeparator() || action->text().isEmpty() || !action->isVisible()) {
            continue;
        }
        QVERIFY2(!action->shortcut().isEmpty() || action->text().contains(u'&'),
                 qPrintable(action->text()));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
