// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace bizkithub::gui {

// A time as staff read it, in the language's short format and the local time zone: today's
// without the date, other days' with it. Empty for an invalid time.
[[nodiscard]] QString shortTime(const QDateTime& time);
// The same, always with the date (detail panes, where the row stands alone).
[[nodiscard]] QString shortDateTime(const QDateTime& time);

} // namespace bizkithub::gui
