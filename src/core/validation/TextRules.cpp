// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextRules.h"

namespace bizkithub::text {

namespace {

// C0 (U+0000..U+001F), DEL and C1 (U+0080..U+009F).
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

QString removeControls(const QString& input, bool keepLineBreaksAndTabs)
{
    QString out;
    out.reserve(input.size());
    for (const QChar ch : input) {
        const char16_t c = ch.unicode();
        if (isControl(c) && !(keepLineBreaksAndTabs && (c == u'\n' || c == u'\t'))) {
            continue;
        }
        out.append(ch);
    }
    return out;
}

} // namespace

QString normalizeMultiLine(const QString& input)
{
    QString unified = input;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(u'\r', u'\n');
    return removeControls(unified, true).trimmed();
}

QString normalizeSingleLine(const QString& input)
{
    QString spaced = input;
    // Line breaks and tabs become spaces before controls go, so "a\nb" reads "a b", not "ab".
    for (QChar& ch : spaced) {
        if (ch == u'\n' || ch == u'\r' || ch == u'\t') {
            ch = u' ';
        }
    }
    return removeControls(spaced, false).simplified();
}

int characterCount(QStringView text)
{
    int count = 0;
    for (const QChar ch : text) {
        if (!ch.isLowSurrogate()) {
            ++count;
        }
    }
    return count;
}

} // namespace bizkithub::text
