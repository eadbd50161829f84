// SPDX-License-Identifier: GPL-3.0-or-later
// The application in Czech, Slovak and German: chosen in the settings, applied without a restart,
// with no English left in the windows, and numbers in the language's own form.
#include "Desk.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutboxWindow.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TicketForm.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using bizkithub::gui::MainWindow;

namespace {

// Every text a person reads or hears in a window, each under a key that is the same for the
// same window built the same way.
QMap<QString, QString> textsOf(QWidget* root)
{
    QMap<QString, QString> texts;
    const auto add = [&texts](const QString& key, const QString& text) {
        if (!text.trimmed().isEmpty()) {
            texts.insert(key, text);
        }
    };
    add(QStringLiteral("title"), root->windowTitle());
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        QWidget* w = widgets[i];
        const QString key = QStringLiteral("%1 %2 %3")
                                .arg(i)
                                .arg(QLatin1String(w->metaObject()->className()), w->objectName());
        add(key + QStringLiteral(" name"), w->accessibleName());
        add(key + QStringLiteral(" tooltip"), w->toolTip());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            add(key + QStringLiteral(" text"), label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(key + QStringLiteral(" text"), button->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            add(key + QStringLiteral(" text"), group->title());
        } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
            add(key + QStringLiteral(" placeholder"), line->placeholderText());
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            add(key + QStringLiteral(" placeholder"), plain->placeholderText());
        } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int t = 0; t < tabs->count(); ++t) {
                add(key + QStringLiteral(" tab %1").arg(t), tabs->tabText(t));
            }
        }
    }
    const QList<QAction*> actions = root->findChildren<QAction*>();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        add(QStringLiteral("action %1").arg(i), actions[i]->text());
    }
    return texts;
}

// Texts that are the same in every language: names, examples, symbols.
bool isTheSameEverywhere(const QString& text)
{
    static const QStringList same{
        QStringLiteral("BizKitHub Contact"),
        QStringLiteral("name@example.com"),
        QStringLiteral("+420 777 123 456"),
        QStringLiteral("https://api.bizkithub.com"),
        QStringLiteral("E-mail"),
        QStringLiteral("&E-mail:"),
        QStringLiteral("E-&mail:"),
        QStringLiteral("OK"),
        QStringLiteral("…"),
        // A kiosk's language buttons name each language in itself.
        QStringLiteral("English"),
        QStringLiteral("Čeština"),
        QStringLiteral("Slovenčina"),
        QStringLiteral("Deutsch"),
        // The same words in German:
        QStringLiteral("optional"),
        QStringLiteral("Online"),
        QStringLiteral("&Details"),
        QStringLiteral("Ticket"),
    };
    int letters = 0;
    for (const QChar c : text) {
        letters += c.isLetter() ? 1 : 0;
    }
    return letters < 2 || same.contains(text) || text.startsWith(QLatin1String("http")) ||
           text.contains(QLatin1String("BizKitHub Contact"));
}

// What stayed English: the texts equal in both, but for those that are the same everywhere.
QStringList untranslated(const QMap<QString, QString>& english,
                         const QMap<QString, QString>& translated)
{
    QStringList left;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString other = translated.value(it.key());
        if (other == it.value() && !isTheSameEverywhere(other)) {
            left << it.key() + QStringLiteral(": ") + other;
        }
    }
    return left;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyLanguageIsOffered();
    void settingChangesTheLanguageWithoutRestart_data();
    void settingChangesTheLanguageWithoutRestart();
    void dialogsSpeakTheLanguage_data();
    void dialogsSpeakTheLanguage();
    void englishPluralsAreEnglish();

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
};

void TestLanguage::initTestCase()
{
    applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLanguage::cleanup()
{
    applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLanguage::everyLanguageIsOffered()
{
    const QStringList languages = availableLanguages();
    for (const char* code : {"en", "cs", "sk", "de"}) {
        QVERIFY2(languages.contains(QLatin1String(code)), code);
    }
}

void TestLanguage::settingChangesTheLanguageWithoutRestart_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Czech") << "cs";
    QTest::newRow("Slovak") << "sk";
    QTest::newRow("German") << "de";
}

void TestLanguage::settingChangesTheLanguageWithoutRestart()
{
    QFETCH(QString, language);
    Settings settings(m_dir.filePath(language + QStringLiteral(".ini")), QProcessEnvironment());
    Outbox outbox(m_dir.filePath(language + QStringLiteral(".sqlite")));
    QVERIFY(outbox.open());
    Desk desk(settings, &m_network, outbox);
    MainWindow& window = *desk.window();
    // What the window makes when it is first needed must change its words as well.
    (void)window.successPage();
    window.holdBanner()->prepare();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.send(); // problems under the fields and the banner: their words must change too
    const QMap<QString, QString> english = textsOf(&window);

    settings.setValue(Settings::Key::Language, language);
    QCOMPARE(QLocale().name().left(2), language);
    QCoreApplication::processEvents(); // LanguageChange is posted to each window
    const QMap<QString, QString> translated = textsOf(&window);
    const QStringList left = untranslated(english, translated);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    // Numbers follow the language: 10 000 in Czech and Slovak, 10.000 in German.
    const QString counter =
        window.form()->findChild<QLabel*>(QStringLiteral("messageCounterLabel"))->text();
    QVERIFY2(counter.contains(QLocale().toString(10000)), qPrintable(counter));
    QVERIFY(!counter.contains(QLatin1String("10,000")));

    // And back to the system's (English in the test environment), still without a restart.
    settings.setValue(Settings::Key::Language, QString());
    applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); // the test's "system"
    QCoreApplication::processEvents();
    const QMap<QString, QString> again = textsOf(&window);
    QStringList differ;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (again.value(it.key()) != it.value()) {
            differ << it.key() + QStringLiteral(": ") + it.value() + QStringLiteral(" / ") +
                          again.value(it.key());
        }
    }
    QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u'\n')));
}

void TestLanguage::dialogsSpeakTheLanguage_data()
{
    settingChangesTheLanguageWithoutRestart_data();
}

void TestLanguage::dialogsSpeakTheLanguage()
{
    QFETCH(QString, language);
    Settings settings(m_dir.filePath(QStringLiteral("d") + language + QStringLiteral(".ini")),
                      QProcessEnvironment());
    Outbox outbox(m_dir.filePath(QStringLiteral("d") + language + QStringLiteral(".sqlite")));
    QVERIFY(outbox.open());
    Ticket ticket;
    ticket.setValue(TicketField::Message, QStringLiteral("Hello"));
    QVERIFY(outbox.enqueue(QUuid::createUuid(), ticket, ticket));

    const DeferredTransport transport(nullptr); // the dialog is only read here
    const auto build = [&] {
        auto dialog = std::make_unique<gui::SettingsDialog>(settings, transport);
        auto outboxWindow = std::make_unique<gui::OutboxWindow>(outbox);
        QMap<QString, QString> texts = textsOf(dialog.get());
        const QMap<QString, QString> outboxTexts = textsOf(outboxWindow.get());
        for (auto it = outboxTexts.cbegin(); it != outboxTexts.cend(); ++it) {
            texts.insert(QStringLiteral("outbox ") + it.key(), it.value());
        }
        return texts;
    };
    const QMap<QString, QString> english = build();
    applyLanguage(QLocale(language));
    const QStringList left = untranslated(english, build());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
}

void TestLanguage::englishPluralsAreEnglish()
{
    const auto countdown = [](int n) {
        return QCoreApplication::translate(
            "bizkithub::gui::KioskController",
            "The form will be cleared in %n second(s) to protect your data.", nullptr, n);
    };
    QCOMPARE(countdown(1),
             QStringLiteral("The form will be cleared in 1 second to protect your data."));
    QCOMPARE(countdown(5),
             QStringLiteral("The form will be cleared in 5 seconds to protect your data."));
    applyLanguage(QLocale(QStringLiteral("cs")));
    QVERIFY(countdown(1).contains(QLatin1String("1 sekund")));
    QVERIFY(countdown(3).contains(QLatin1String("3 sekundy")));
    QVERIFY(countdown(5).contains(QLatin1String("5 sekund")));
    // A language the application does not ship, or none (LANG=C): English, plurals included.
    for (const QLocale& other : {QLocale(QLocale::Japanese), QLocale::c()}) {
        applyLanguage(other);
        QCOMPARE(countdown(15),
                 QStringLiteral("The form will be cleared in 15 seconds to protect your data."));
    }
    applyLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
