// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeText.h"

#include <QLocale>

namespace bizkithub::gui {

QString shortTime(const QDateTime& time)
{
    if (!time.isValid()) {
        return QString();
    }
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate()
               ? QLocale().toString(local.time(), QLocale::ShortFormat)
               : QLocale().toString(local, QLocale::ShortFormat);
}

QString shortDateTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace bizkithub::gui
