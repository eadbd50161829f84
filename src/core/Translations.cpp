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
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({prefix + u'*' + QStringLiteral(".qm")});
    for (const QString& file : files) {
        const QString code = file.mid(prefix.size()).chopped(3);
        if (!languages.contains(code)) {
            languages.append(code);
        }
    }
    return languages;
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
