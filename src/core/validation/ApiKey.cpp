// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKey.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bizkithub {

namespace {

const QRegularExpression& keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$"));
    return re;
}

QString maskOf(QStringView key)
{
    return key.left(4).toString() + u'…';
}

} // namespace

std::optional<ApiKey::Problem> ApiKey::check(const QString& input)
{
    const QString key = input.trimmed();
    if (key.isEmpty()) {
        return Problem::Missing;
    }
    if (!keyPattern().match(key).hasMatch()) {
        return Problem::Format;
    }
    return std::nullopt;
}

std::optional<ApiKey> ApiKey::fromString(const QString& input)
{
    if (check(input)) {
        return std::nullopt;
    }
    ApiKey key;
    key.m_value = input.trimmed();
    if (key.m_value.startsWith(QStringLiteral("DEV_"))) {
        key.m_kind = Kind::Development;
    } else if (key.m_value.startsWith(QStringLiteral("ROOT"))) {
        key.m_kind = Kind::System;
    } else {
        key.m_kind = Kind::Production;
    }
    return key;
}

QString ApiKey::masked() const
{
    return maskOf(m_value);
}

QString ApiKey::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Production:
        return QCoreApplication::translate("bizkithub::ApiKey", "Production key");
    case Kind::Development:
        return QCoreApplication::translate("bizkithub::ApiKey", "Development key");
    case Kind::System:
        return QCoreApplication::translate("bizkithub::ApiKey", "System key");
    }
    Q_UNREACHABLE();
    return QString();
}

QString ApiKey::description() const
{
    return kindName(m_kind) + u' ' + masked();
}

QString ApiKey::problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::Missing:
        return QCoreApplication::translate(
            "bizkithub::ApiKey",
            "An API key is needed to send tickets. Enter it in Settings (ask your BizKitHub "
            "administrator for one).");
    case Problem::Format:
        return QCoreApplication::translate(
            "bizkithub::ApiKey",
            "This API key is not in the right format: it has 32 letters and digits and starts "
            "with PROD, DEV_ or ROOT. Copy it again from BizKitHub.");
    }
    Q_UNREACHABLE();
    return QString();
}

QString ApiKey::kioskRefusalMessage()
{
    return QCoreApplication::translate("bizkithub::ApiKey",
                                       "This is a ROOT platform key, which has no limits and must "
                                       "not be used on a kiosk. Enter a PROD key for this kiosk.");
}

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

// Whether a key-shaped token (one of the prefixes and 28 letters or digits) starts at i.
bool keyStartsAt(QStringView text, qsizetype i)
{
    if (i + 32 > text.size()) {
        return false;
    }
    const QStringView prefix = text.mid(i, 4);
    if (prefix != u"PROD" && prefix != u"DEV_" && prefix != u"ROOT") {
        return false;
    }
    for (qsizetype k = i + 4; k < i + 32; ++k) {
        if (!isAsciiAlnum(text[k])) {
            return false;
        }
    }
    return true;
}

// The length of a marker ("apiKey=", "Bearer" and its spaces) at i, or 0.
qsizetype markerAt(QStringView text, qsizetype i)
{
    const QStringView rest = text.mid(i);
    if (rest.startsWith(u"apikey=", Qt::CaseInsensitive)) {
        return 7;
    }
    if (rest.startsWith(u"bearer", Qt::CaseInsensitive) && rest.size() > 6 && rest[6].isSpace()) {
        qsizetype n = 6;
        while (n < rest.size() && rest[n].isSpace()) {
            ++n;
        }
        return n;
    }
    return 0;
}

bool endsSecret(QChar c, bool queryValue)
{
    return c.isSpace() || c == u'"' || c == u'\'' || (queryValue && c == u'&');
}

} // namespace

QString redactSecrets(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const QStringView in(text);
    qsizetype i = 0;
    while (i < in.size()) {
        if (const qsizetype marker = markerAt(in, i); marker > 0) {
            const bool query = in[i + marker - 1] == u'=';
            out += in.mid(i, marker);
            i += marker;
            const qsizetype start = i;
            while (i < in.size() && !endsSecret(in[i], query)) {
                ++i;
            }
            if (i > start || query) {
                out += QStringLiteral("***");
            }
            continue;
        }
        if (keyStartsAt(in, i)) {
            out += maskOf(in.mid(i, 32));
            i += 32;
            continue;
        }
        out += in[i];
        ++i;
    }
    return out;
}

} // namespace bizkithub
