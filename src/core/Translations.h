// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace bizkithub {

// Loads the application's translation for the locale (from :/i18n) and Qt's own for standard
// dialogs, trying each of the locale's UI languages in turn. English needs none.
void installTranslations(QCoreApplication* app, const QLocale& locale = QLocale());

} // namespace bizkithub
