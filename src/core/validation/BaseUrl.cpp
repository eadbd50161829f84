// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaseUrl.h"

#include <QCoreApplication>

#include <algorithm>

namespace bizkithub {

namespace {

QUrl parsed(const QString& baseUrl)
{
    return QUrl(baseUrl.trimmed(), QUrl::StrictMode);
}

} // namespace

bool BaseUrl::isLoopbackHost(const QString& host)
{
    // QUrl writes an IP address in one canonical form ("127.1" and "0x7f.0.0.1" as 127.0.0.1,
    // "[0:0:0:0:0:0:0:1]" as ::1, an IPv4-mapped one as ::ffff:127.0.0.1), and a name in lower
    // case: the loopback ones are then known by their text.
    QUrl url;
    url.setHost(host);
    const QString canonical = url.host();
    if (canonical == u"localhost" || canonical == u"::1") {
        return true;
    }
    QStringView ipv4 = canonical;
    if (ipv4.startsWith(u"::ffff:")) {
        ipv4 = ipv4.mid(7);
    }
    const QList<QStringView> parts = ipv4.split(u'.');
    if (parts.size() != 4) {
        return false;
    }
    for (const QStringView part : parts) {
        const bool digits =
            !part.isEmpty() && part.size() <= 3 &&
            std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digits || part.toInt() > 255) {
            return false;
        }
    }
    return parts.first() == u"127"; // 127.0.0.0/8
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
