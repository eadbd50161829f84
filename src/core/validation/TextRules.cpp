// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextRules.h"

#include <algorithm>

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

// Whitespace, and characters that show nothing (zero-width space, byte order mark, direction
// marks): at the edges they are trimmed, and text made only of them (or of marks with nothing to
// combine with) counts as empty.
bool isInvisible(QChar ch)
{
    return ch.isSpace() || ch.category() == QChar::Other_Format;
}

QString trimInvisible(const QString& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isInvisible(text.at(begin))) {
        ++begin;
    }
    while (end > begin && isInvisible(text.at(end - 1))) {
        --end;
    }
    const QString trimmed = text.mid(begin, end - begin);
    const bool nothingVisible = std::all_of(
        trimmed.begin(), trimmed.end(), [](QChar ch) { return isInvisible(ch) || ch.isMark(); });
    return nothingVisible ? QString() : trimmed;
}

} // namespace

QString normalizeMultiLine(const QString& input)
{
    QString unified = input;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(u'\r', u'\n');
    return trimInvisible(removeControls(unified, true));
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
    return trimInvisible(removeControls(spaced, false).simplified());
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
