// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The platform's rules for free text, applied before a ticket leaves so that what the person
// sees in the confirmation is what BizKitHub stores.
namespace bizkithub::text {

// Multi-line text (message, internal note): line endings become \n, control characters other
// than \n and \t are removed, outer whitespace (and invisible format characters such as a
// zero-width space) is trimmed. Inner spacing is kept. Text with nothing visible becomes empty.
[[nodiscard]] QString normalizeMultiLine(const QString& input);

// Single-line text (names, subject): control characters removed, every run of whitespace
// (including line breaks) collapsed to one space, outer whitespace trimmed.
[[nodiscard]] QString normalizeSingleLine(const QString& input);

// Length as a person counts it: Unicode code points, not UTF-16 units.
[[nodiscard]] int characterCount(QStringView text);

} // namespace bizkithub::text
