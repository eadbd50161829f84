// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace bizkithub {

// The languages the application speaks: English (the source) and those with a translation in
// translations/, as codes ("en", "cs", "de", "sk").
[[nodiscard]] QStringList availableLanguages();

// A language's name in that language, as a guest looks for it: "Čeština", "Deutsch".
[[nodiscard]] QString nativeLanguageName(const QString& code);

// The code of the language the application speaks now ("cs"; "en" for any language it has no
// translation for).
[[nodiscard]] QString currentLanguage();

// The locale a language setting stands for: empty means the system's.
[[nodiscard]] QLocale localeForLanguage(const QString& code);

// Makes the locale the application's: its translation (from :/i18n), Qt's own for standard
// dialogs, and the default QLocale, so numbers and dates follow it. Replaces what an earlier
// call installed; every widget then receives QEvent::LanguageChange and translates itself anew.
void applyLanguage(const QLocale& locale);

// At start: the language of the system (LANG, LC_ALL, the desktop's choice).
inline void installTranslations(QCoreApplication*, const QLocale& locale = QLocale::system())
{
    applyLanguage(locale);
}

} // namespace bizkithub
