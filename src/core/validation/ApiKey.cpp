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

QString redactSecrets(const QString& text)
{
    static const QRegularExpression keyLike(QStringLiteral("(PROD|DEV_|ROOT)[A-Za-z0-9]{28}"));
    static const QRegularExpression queryValue(QStringLiteral("(apiKey=)[^&\\s\"']*"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"']+"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(queryValue, QStringLiteral("\\1***"));
    out.replace(bearer, QStringLiteral("\\1***"));
    QString result;
    result.reserve(out.size());
    qsizetype last = 0;
    auto it = keyLike.globalMatch(out);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(out).mid(last, match.capturedStart() - last);
        result += maskOf(match.capturedView());
        last = match.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

} // namespace bizkithub
