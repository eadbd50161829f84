// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace bizkithub {

namespace {

const QString prefix = QStringLiteral("bizkithub-contact_");

// Qt's own words that its shipped translations lack for some of our languages (Slovak has no
// standard buttons, Czech and Slovak miss the newer command-line help). Listed here so they
// are in our Linguist files; Qt's translation is asked first, ours fills the gaps.
[[maybe_unused]] constexpr const char* qtStrings[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
};

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed translators;
    return translators;
}

std::unique_ptr<QTranslator> load(const QLocale& locale, const QString& name, const QString& dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        return nullptr;
    }
    return translator;
}

} // namespace

QStringList availableLanguages()
{
    // What is built in does not change while the program runs: looked up once (without a
    // wildcard, which would compile a regular expression).
    static const QStringList languages = [] {
        QStringList codes{QStringLiteral("en")};
        const QStringList files = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files);
        for (const QString& file : files) {
            if (!file.startsWith(prefix) || !file.endsWith(QLatin1String(".qm"))) {
                continue;
            }
            const QString code = file.mid(prefix.size()).chopped(3);
            if (!codes.contains(code)) {
                codes.append(code);
            }
        }
        return codes;
    }();
    return languages;
}

QString currentLanguage()
{
    const QString code = QLocale().name().section(u'_', 0, 0);
    return availableLanguages().contains(code) ? code : QStringLiteral("en");
}

QString nativeLanguageName(const QString& code)
{
    const QLocale locale = localeForLanguage(code);
    // Not "American English": the language, not one of its countries.
    QString name = locale.language() == QLocale::English ? QStringLiteral("English")
                                                         : locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name.replace(0, 1, locale.toUpper(name.left(1)));
    }
    return name;
}

QLocale localeForLanguage(const QString& code)
{
    return code.trimmed().isEmpty() ? QLocale::system() : QLocale(code.trimmed());
}

void applyLanguage(const QLocale& locale)
{
    Installed& translators = installed();
    // Removing and installing each sends LanguageChange; widgets translate themselves on it.
    for (auto* old : {&translators.own, &translators.qt}) {
        if (*old) {
            QCoreApplication::removeTranslator(old->get());
            old->reset();
        }
    }
    QLocale::setDefault(locale);
    translators.own = load(locale, QStringLiteral("bizkithub-contact"), QStringLiteral(":/i18n"));
    if (!translators.own) {
        // A language we do not ship, or none at all (LANG=C): the text is English, and English
        // plurals ("15 seconds", not "15 second(s)") come from the English file.
        translators.own = load(QLocale(QLocale::English), QStringLiteral("bizkithub-contact"),
                               QStringLiteral(":/i18n"));
    }
    if (translators.own) {
        QCoreApplication::installTranslator(translators.own.get());
    }
    translators.qt =
        load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (translators.qt) {
        QCoreApplication::installTranslator(translators.qt.get());
    }
}

} // namespace bizkithub
