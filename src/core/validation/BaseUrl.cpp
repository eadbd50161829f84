// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaseUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace bizkithub {

namespace {

QUrl parsed(const QString& baseUrl)
{
    return QUrl(baseUrl.trimmed(), QUrl::StrictMode);
}

} // namespace

bool BaseUrl::isLoopbackHost(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<BaseUrl::Problem> BaseUrl::check(const QString& baseUrl)
{
    const QUrl url = parsed(baseUrl);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty()) {
        return Problem::Invalid;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https") {
        return std::nullopt;
    }
    if (scheme == u"http") {
        return isLoopbackHost(url.host()) ? std::nullopt : std::optional(Problem::NotHttps);
    }
    return Problem::Invalid;
}

QUrl BaseUrl::contactFormUrl(const QString& baseUrl)
{
    if (check(baseUrl)) {
        return {};
    }
    QUrl url = parsed(baseUrl);
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + QLatin1String(contactFormPath));
    return url;
}

QString BaseUrl::problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::Invalid:
        return QCoreApplication::translate(
            "bizkithub::BaseUrl",
            "Enter the server address as a web address, like https://api.bizkithub.com.");
    case Problem::NotHttps:
        return QCoreApplication::translate(
            "bizkithub::BaseUrl",
            "The server address must start with https:// (plain http:// is refused, except on "
            "this computer itself).");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace bizkithub
