// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailAddress.h"

#include "TextRules.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <variant>
#include <vector>

namespace bizkithub {

namespace {

constexpr int maxLocalPartOctets = 64;
constexpr int maxAddressOctets = 254;
constexpr int maxLabelLength = 63;

// RFC 5322 atext outside letters and digits.
bool isAtextSymbol(char16_t c)
{
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(c));
}

bool isLocalPartCharacter(char32_t c)
{
    if (c < 0x80) {
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') ||
               isAtextSymbol(char16_t(c));
    }
    // Internationalised local parts (RFC 6531): letters, with the marks that compose them.
    // Whole code points are judged, so an emoji or a lone surrogate is refused.
    return QChar::isLetter(c) || QChar::isMark(c);
}

bool isAsciiLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > maxLabelLength || label.startsWith(u'-') ||
        label.endsWith(u'-')) {
        return false;
    }
    return std::all_of(label.begin(), label.end(), [](QChar ch) {
        const char16_t c = ch.unicode();
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

std::optional<Problem> checkLocalPart(const QString& local)
{
    if (local.isEmpty()) {
        return Problem::EmailLocalPartEmpty;
    }
    if (local.contains(u'"')) {
        return Problem::EmailLocalPartQuoted;
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral(".."))) {
        return Problem::EmailLocalPartDots;
    }
    for (const char32_t c : local.toUcs4()) {
        if (c != U'.' && !isLocalPartCharacter(c)) {
            return Problem::EmailLocalPartCharacters;
        }
    }
    if (local.toUtf8().size() > maxLocalPartOctets) {
        return Problem::EmailLocalPartTooLong;
    }
    return std::nullopt;
}

// Returns the ASCII form of the domain, or a problem.
std::variant<QString, Problem> normalizeDomain(const QString& domain)
{
    if (domain.isEmpty()) {
        return Problem::EmailDomainEmpty;
    }
    if (domain.startsWith(u'[') || domain.endsWith(u']')) {
        return Problem::EmailDomainIpLiteral;
    }
    // Characters IDNA would silently map away (spaces, slashes, "@") make the domain invalid.
    for (const QChar ch : domain) {
        if (ch.isSpace() || ch == u'/' || ch == u'\\' || ch == u'_' || ch == u',' || ch == u';' ||
            ch == u':' || ch == u'%' || ch == u'?' || ch == u'#') {
            return Problem::EmailDomainLabel;
        }
    }
    if (domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(QStringLiteral(".."))) {
        return Problem::EmailDomainLabel;
    }
    const QString ascii =
        QString::fromLatin1(QUrl::toAce(domain, QUrl::AceProcessingOption{})).toLower();
    if (ascii.isEmpty()) {
        return Problem::EmailDomainLabel;
    }
    const QStringList labels = ascii.split(u'.');
    if (labels.size() < 2) {
        return Problem::EmailDomainOneLabel;
    }
    for (const QString& label : labels) {
        if (!isAsciiLabel(label)) {
            return Problem::EmailDomainLabel;
        }
    }
    // An A-label ("xn--...") must be real punycode: it decodes to something else, and that
    // encodes back to the same label.
    if (ascii.contains(QStringLiteral("xn--"))) {
        const QString decoded = QUrl::fromAce(ascii.toLatin1(), QUrl::IgnoreIDNWhitelist);
        const QStringList decodedLabels = decoded.split(u'.');
        if (decodedLabels.size() != labels.size() ||
            QString::fromLatin1(QUrl::toAce(decoded, QUrl::IgnoreIDNWhitelist)) != ascii) {
            return Problem::EmailDomainLabel;
        }
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (labels[i].startsWith(QStringLiteral("xn--")) && decodedLabels[i] == labels[i]) {
                return Problem::EmailDomainLabel;
            }
        }
    }
    const QString& tld = labels.constLast();
    if (std::all_of(tld.begin(), tld.end(), [](QChar c) { return c.isDigit(); })) {
        return Problem::EmailDomainNumericTld;
    }
    return ascii;
}

int editDistance(QStringView a, QStringView b)
{
    // Damerau-Levenshtein (optimal string alignment): a swapped pair counts as one typo.
    const auto n = a.size();
    const auto m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (qsizetype i = 0; i <= n; ++i) {
        d[i][0] = int(i);
    }
    for (qsizetype j = 0; j <= m; ++j) {
        d[0][j] = int(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

} // namespace

EmailAddress::Parsed EmailAddress::parse(const QString& input)
{
    Parsed result;
    QString text = input.normalized(QString::NormalizationForm_C).trimmed();

    // A pasted "Display Name <address>" (as mail programs copy it) is reduced to the address.
    if (text.endsWith(u'>')) {
        const auto open = text.lastIndexOf(u'<');
        if (open >= 0) {
            QString name = text.left(open).trimmed();
            if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
                name = name.mid(1, name.size() - 2).trimmed();
            }
            result.displayName = text::normalizeSingleLine(name);
            text = text.mid(open + 1, text.size() - open - 2).trimmed();
        }
    }

    const auto atCount = text.count(u'@');
    if (atCount == 0) {
        result.problem = Problem::EmailNoAt;
        return result;
    }
    const auto at = text.lastIndexOf(u'@');
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    if (local.startsWith(u'"') && local.endsWith(u'"') && local.size() >= 2) {
        result.problem = Problem::EmailLocalPartQuoted;
        return result;
    }
    if (atCount > 1) {
        result.problem = Problem::EmailTooManyAt;
        return result;
    }
    if (const auto problem = checkLocalPart(local)) {
        result.problem = problem;
        return result;
    }
    const auto normalizedDomain = normalizeDomain(domain);
    if (const auto* problem = std::get_if<Problem>(&normalizedDomain)) {
        result.problem = *problem;
        return result;
    }
    const QString address = local + u'@' + std::get<QString>(normalizedDomain);
    if (address.toUtf8().size() > maxAddressOctets) {
        result.problem = Problem::EmailTooLong;
        return result;
    }
    result.address = address;
    return result;
}

QString EmailAddress::suggestion(const QString& normalizedAddress)
{
    static const QStringList commonDomains{
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"),
        QStringLiteral("seznam.cz"),      QStringLiteral("email.cz"),
        QStringLiteral("centrum.cz"),     QStringLiteral("atlas.cz"),
        QStringLiteral("post.cz"),        QStringLiteral("volny.cz"),
        QStringLiteral("tiscali.cz"),     QStringLiteral("azet.sk"),
        QStringLiteral("zoznam.sk"),      QStringLiteral("centrum.sk"),
        QStringLiteral("outlook.com"),    QStringLiteral("hotmail.com"),
        QStringLiteral("live.com"),       QStringLiteral("yahoo.com"),
        QStringLiteral("icloud.com"),     QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("gmx.de"),
        QStringLiteral("gmx.net"),        QStringLiteral("web.de"),
        QStringLiteral("t-online.de"),
    };
    const auto at = normalizedAddress.lastIndexOf(u'@');
    if (at < 0) {
        return {};
    }
    const QString domain = normalizedAddress.mid(at + 1);
    if (commonDomains.contains(domain)) {
        return {};
    }
    QString best;
    int bestDistance = 3;
    for (const QString& candidate : commonDomains) {
        // Short domains tolerate one typo only, or "web.de" would be offered for "wsb.cz".
        const int allowed = candidate.size() < 8 ? 1 : 2;
        const int distance = editDistance(domain, candidate);
        if (distance <= allowed && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best.isEmpty() ? QString() : normalizedAddress.left(at + 1) + best;
}

EmailAddress::NameParts EmailAddress::splitDisplayName(const QString& displayName)
{
    const QString name = text::normalizeSingleLine(displayName);
    if (name.isEmpty()) {
        return {};
    }
    const auto comma = name.indexOf(u',');
    if (comma >= 0) {
        return {name.mid(comma + 1).trimmed(), name.left(comma).trimmed()};
    }
    const auto space = name.lastIndexOf(u' ');
    if (space < 0) {
        return {name, {}};
    }
    return {name.left(space), name.mid(space + 1)};
}

} // namespace bizkithub
