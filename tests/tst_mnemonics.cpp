// SPDX-License-Identifier: GPL-3.0-or-later
// Alt+letter is how keyboard users reach a field or a button. In every window and dialog, in
// every language the application ships, no two different commands may share a letter: the
// window's own labels, buttons, group boxes, tabs and menu titles in one set, and each menu's
// items in a set of their own. Hidden widgets count too, as banners and pages appear together.
#include "Desk.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutboxWindow.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;

namespace {

// The letter after a lone '&', lowercased; nothing for "&&" or no '&'.
std::optional<QChar> mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return std::nullopt;
}

// letter -> the texts that use it (one text once, whatever the number of widgets showing it)
using Uses = QMap<QChar, QStringList>;

void add(Uses& uses, const QString& text)
{
    if (const auto letter = mnemonicOf(text)) {
        QStringList& texts = uses[*letter];
        if (!texts.contains(text)) {
            texts.append(text);
        }
    }
}

QStringList collisions(const Uses& uses, const QString& where)
{
    QStringList found;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value().size() > 1) {
            found.append(QStringLiteral("%1: Alt+%2 for %3")
                             .arg(where, it.key(), it.value().join(QStringLiteral(" | "))));
        }
    }
    return found;
}

QStringList menuCollisions(const QMenu* menu, const QString& where)
{
    Uses uses;
    QStringList found;
    for (QAction* action : menu->actions()) {
        add(uses, action->text());
        if (action->menu()) {
            found += menuCollisions(action->menu(), where + u" > " + action->text());
        }
    }
    return found + collisions(uses, where + u" > " + menu->title());
}

QStringList windowCollisions(QWidget* window)
{
    Uses uses;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy()) {
            add(uses, label->text());
        }
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        add(uses, button->text());
    }
    for (const QGroupBox* group : window->findChildren<QGroupBox*>()) {
        add(uses, group->title());
    }
    for (const QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(uses, tabs->tabText(i));
        }
    }
    QStringList found;
    const QString where = QString::fromLatin1(window->metaObject()->className());
    for (const QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* action : bar->actions()) {
            add(uses, action->text());
            if (action->menu()) {
                found += menuCollisions(action->menu(), where);
            }
        }
    }
    // MNEMONICS_DUMP=1 lists every letter in use: the map to pick a free one from.
    if (qEnvironmentVariableIsSet("MNEMONICS_DUMP")) {
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            qInfo().noquote() << where << it.key() << it.value().join(QStringLiteral(" | "));
        }
    }
    return found + collisions(uses, where);
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWindow_hasNoSharedAltLetter_data();
    void everyWindow_hasNoSharedAltLetter();
    void mnemonicOf_readsTheLetterAfterALoneAmpersand();
};

void TestMnemonics::everyWindow_hasNoSharedAltLetter_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("cs") << QLocale(QLocale::Czech, QLocale::CzechRepublic);
    QTest::newRow("sk") << QLocale(QLocale::Slovak, QLocale::Slovakia);
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
}

void TestMnemonics::everyWindow_hasNoSharedAltLetter()
{
    QFETCH(QLocale, locale);
    applyLanguage(locale);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")), QProcessEnvironment());
    Outbox outbox(dir.filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(outbox.open());
    QNetworkAccessManager network;
    Desk desk(settings, &network, outbox);
    gui::MainWindow& window = *desk.window();
    // What the window makes when it is first needed counts too.
    (void)window.successPage();
    window.holdBanner()->prepare();
    window.banner()->prepare();
    const DeferredTransport transport(nullptr); // the dialog is only read here
    gui::SettingsDialog settingsDialog(settings, transport);
    gui::OutboxWindow outboxWindow(outbox);
    QStringList found;
    for (QWidget* w : std::initializer_list<QWidget*>{&window, &settingsDialog, &outboxWindow}) {
        found += windowCollisions(w);
    }
    applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestMnemonics::mnemonicOf_readsTheLetterAfterALoneAmpersand()
{
    QCOMPARE(mnemonicOf(QStringLiteral("&Send")), std::optional<QChar>(u's'));
    QCOMPARE(mnemonicOf(QStringLiteral("Send &to e-mail:")), std::optional<QChar>(u't'));
    QCOMPARE(mnemonicOf(QStringLiteral("Tom && Jerry")), std::nullopt);
    QCOMPARE(mnemonicOf(QStringLiteral("Tom && &Jerry")), std::optional<QChar>(u'j'));
    QCOMPARE(mnemonicOf(QStringLiteral("Plain")), std::nullopt);
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
