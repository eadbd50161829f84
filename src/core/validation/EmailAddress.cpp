// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailAddress.h"

#include "TextRules.h"

#include <QLibrary>
#include <QLoggingCategory>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <idn2.h>
#include <memory>
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

bool isLdh(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

bool isAsciiLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > maxLabelLength || label.startsWith(u'-') ||
        label.endsWith(u'-')) {
        return false;
    }
    return std::all_of(label.begin(), label.end(), isLdh);
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

// What a domain is refused for, and what the sentence about it names.
struct Refusal
{
    Problem problem;
    QString detail;
};

// What a word processor puts in place of a hyphen, or around a word. The fix is obvious enough
// to offer, but a domain is never changed silently.
bool isTypographicDash(char32_t c)
{
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

bool isTypographicQuote(char32_t c)
{
    return (c >= 0x2018 && c <= 0x201f) || c == 0x00b4 || c == U'`';
}

QString withTypographyFixed(const QString& domain)
{
    QString fixed;
    for (const char32_t c : domain.toUcs4()) {
        if (isTypographicDash(c)) {
            fixed += u'-';
        } else if (!isTypographicQuote(c)) {
            fixed += QString::fromUcs4(&c, 1);
        }
    }
    return fixed;
}

// A character as a sentence can show it: a combining mark on a dotted circle, as type
// specimens show marks, and what cannot be seen (a joiner, a soft hyphen) by its number.
QString shown(char32_t c)
{
    if (QChar::isMark(c)) {
        return u'\u25cc' + QString::fromUcs4(&c, 1);
    }
    if (!QChar::isPrint(c) || QChar::isSpace(c)) {
        return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    }
    return QString::fromUcs4(&c, 1);
}

// RFC 5895's mapping, the part IDNA2008 leaves to the application: what Caps Lock or an Asian
// input method produces (capitals, full-width letters, the ideographic full stop) is taken as
// meant. Anything else IDNA2008 does not allow is refused, never mapped away.
QString mappedForIdna(const QString& domain)
{
    QString widthMapped;
    for (const char32_t c : domain.toLower().toUcs4()) {
        const auto tag = QChar::decompositionTag(c);
        widthMapped += tag == QChar::Wide || tag == QChar::Narrow ? QChar::decomposition(c)
                                                                  : QString::fromUcs4(&c, 1);
    }
    return widthMapped.normalized(QString::NormalizationForm_C).replace(u'\u3002', u'.');
}

struct IdnaResult
{
    int code = IDN2_OK;
    QString ace; // the A-label, when code is IDN2_OK
};

Q_LOGGING_CATEGORY(lcEmail, "bizkithub.email")

// libidn2, loaded the first time a domain needs it (a label beyond ASCII, or an encoded one):
// most addresses never do, and the window opens without it. Loaded once, by whichever thread
// asks first; never unloaded.
struct Idn2
{
    decltype(&idn2_register_u8) registerU8 = nullptr;
    decltype(&idn2_free) free = nullptr;
};

const Idn2& idn2()
{
    static const Idn2 loaded = [] {
#ifdef Q_OS_WIN
        QLibrary library(QStringLiteral("libidn2-0"));
#else
        QLibrary library(QStringLiteral("idn2"), 0); // libidn2.so.0, libidn2.0.dylib
#endif
        Idn2 functions;
        if (library.load()) {
            functions.registerU8 =
                reinterpret_cast<decltype(&idn2_register_u8)>(library.resolve("idn2_register_u8"));
            functions.free = reinterpret_cast<decltype(&idn2_free)>(library.resolve("idn2_free"));
        }
        if (!functions.registerU8 || !functions.free) {
            functions = {};
            qCCritical(lcEmail,
                       "libidn2 did not load (%s): international domains are checked with Qt's "
                       "own IDNA rules (UTS #46) instead of IDNA2008's.",
                       qPrintable(library.errorString()));
        }
        return functions;
    }();
    return loaded;
}

// IDNA2008's rules for registering a label (RFC 5891 section 4): unlike the rules for looking
// one up, they include the CONTEXTO ones, and a domain typed for a reply should be one that can
// exist. Given an A-label, libidn2 decodes it, checks the U-label and encodes it again.
IdnaResult idnaRegister(const QString& label, bool isALabel)
{
    const Idn2& library = idn2();
    if (!library.registerU8) {
        // Without libidn2 (not installed), rather than refuse every international domain.
        const QString ace =
            QString::fromLatin1(QUrl::toAce(isALabel ? QUrl::fromAce(label.toLatin1()) : label));
        return ace.isEmpty() ? IdnaResult{IDN2_ENCODING_ERROR, {}} : IdnaResult{IDN2_OK, ace};
    }
    const QByteArray utf8 = label.toUtf8();
    const auto* in = reinterpret_cast<const uint8_t*>(utf8.constData());
    uint8_t* out = nullptr;
    const int code = isALabel ? library.registerU8(nullptr, in, &out, IDN2_NFC_INPUT)
                              : library.registerU8(in, nullptr, &out, IDN2_NFC_INPUT);
    const std::unique_ptr<uint8_t, void (*)(void*)> owned(out, library.free);
    if (code != IDN2_OK || !out) {
        return {code == IDN2_OK ? IDN2_ENCODING_ERROR : code, {}};
    }
    return {IDN2_OK, QString::fromLatin1(reinterpret_cast<const char*>(out))};
}

// libidn2 says what is wrong with a label but not where. A code point that fails alone, after
// a plain letter, is the one; failing that (a rule about two characters together), the one
// without which the label passes.
std::optional<char32_t> offendingCodePoint(const QString& label, int code)
{
    const QList<uint> codePoints = label.toUcs4();
    if (codePoints.isEmpty()) {
        return std::nullopt;
    }
    if (code == IDN2_LEADING_COMBINING) {
        return char32_t(codePoints.first());
    }
    for (const char32_t c : codePoints) {
        if (idnaRegister(u'a' + QString::fromUcs4(&c, 1), false).code == code) {
            return c;
        }
    }
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        QString without;
        for (qsizetype j = 0; j < codePoints.size(); ++j) {
            if (j != i) {
                const char32_t c = codePoints[j];
                without += QString::fromUcs4(&c, 1);
            }
        }
        if (!without.isEmpty() && idnaRegister(without, false).code == IDN2_OK) {
            return char32_t(codePoints[i]);
        }
    }
    return std::nullopt;
}

// An R-LDH label ("ab--cd"): RFC 5891 reserves hyphens in the third and fourth places for
// the "xn--" of encoded labels.
bool hasReservedHyphens(QStringView label)
{
    return label.size() >= 4 && label[2] == u'-' && label[3] == u'-';
}

// The A-label of one label of the domain, or why there is none.
std::variant<QString, Refusal> aLabel(const QString& label)
{
    const bool ascii =
        std::all_of(label.begin(), label.end(), [](QChar c) { return c.unicode() < 0x80; });
    const bool isALabel = label.startsWith(QStringLiteral("xn--"));
    if (ascii && !isALabel) {
        if (!isAsciiLabel(label)) {
            return Refusal{Problem::EmailDomainLabel, {}};
        }
        if (hasReservedHyphens(label)) {
            return Refusal{Problem::EmailDomainHyphens, label};
        }
        return label;
    }
    if (isALabel) {
        // The round trip of RFC 5891 section 5.3: what decodes must encode back the same.
        const IdnaResult result = idnaRegister(label, true);
        if (result.code != IDN2_OK || result.ace != label || !isAsciiLabel(result.ace)) {
            return Refusal{Problem::EmailDomainEncodedLabel, label};
        }
        return label;
    }
    // ASCII other than letters, digits and hyphens gets the sentence on what a domain is made
    // of, as in a label that is all ASCII.
    if (!std::all_of(label.begin(), label.end(),
                     [](QChar c) { return c.unicode() >= 0x80 || isLdh(c); })) {
        return Refusal{Problem::EmailDomainLabel, {}};
    }
    const IdnaResult result = idnaRegister(label, false);
    switch (result.code) {
    case IDN2_OK:
        if (!isAsciiLabel(result.ace)) {
            return Refusal{Problem::EmailDomainLabel, {}};
        }
        return result.ace;
    case IDN2_DISALLOWED:
    case IDN2_UNASSIGNED:
        if (const auto c = offendingCodePoint(label, result.code)) {
            return Refusal{Problem::EmailDomainCharacter, shown(*c)};
        }
        break;
    case IDN2_CONTEXTJ:
    case IDN2_CONTEXTJ_NO_RULE:
    case IDN2_CONTEXTO:
    case IDN2_CONTEXTO_NO_RULE:
    case IDN2_LEADING_COMBINING:
        if (const auto c = offendingCodePoint(label, result.code)) {
            return Refusal{Problem::EmailDomainCharacterContext, shown(*c)};
        }
        break;
    case IDN2_BIDI:
        return Refusal{Problem::EmailDomainDirection, label};
    case IDN2_2HYPHEN:
        return Refusal{Problem::EmailDomainHyphens, label};
    default:
        break;
    }
    return Refusal{Problem::EmailDomainLabel, {}};
}

// Returns the ASCII form of the domain, or why it is refused.
std::variant<QString, Refusal> normalizeDomain(const QString& domain)
{
    if (domain.isEmpty()) {
        return Refusal{Problem::EmailDomainEmpty, {}};
    }
    if (domain.startsWith(u'[') || domain.endsWith(u']')) {
        return Refusal{Problem::EmailDomainIpLiteral, {}};
    }
    // Spaces and the punctuation of URLs and address lists get the sentence on what a domain
    // is made of.
    for (const QChar ch : domain) {
        if (ch.isSpace() || ch == u'/' || ch == u'\\' || ch == u'_' || ch == u',' || ch == u';' ||
            ch == u':' || ch == u'%' || ch == u'?' || ch == u'#') {
            return Refusal{Problem::EmailDomainLabel, {}};
        }
    }
    for (const char32_t c : domain.toUcs4()) {
        if (isTypographicDash(c)) {
            return Refusal{Problem::EmailDomainDash, shown(c)};
        }
        if (isTypographicQuote(c)) {
            return Refusal{Problem::EmailDomainCharacter, shown(c)};
        }
    }
    const QString mapped = mappedForIdna(domain);
    if (mapped.startsWith(u'.') || mapped.endsWith(u'.') || mapped.contains(QStringLiteral(".."))) {
        return Refusal{Problem::EmailDomainLabel, {}};
    }
    const QStringList labels = mapped.split(u'.');
    if (labels.size() < 2) {
        return Refusal{Problem::EmailDomainOneLabel, {}};
    }
    QStringList aLabels;
    for (const QString& label : labels) {
        auto checked = aLabel(label);
        if (auto* refusal = std::get_if<Refusal>(&checked)) {
            return std::move(*refusal);
        }
        aLabels.append(std::get<QString>(std::move(checked)));
    }
    const QString& tld = aLabels.constLast();
    if (std::all_of(tld.begin(), tld.end(), [](QChar c) { return c.isDigit(); })) {
        return Refusal{Problem::EmailDomainNumericTld, {}};
    }
    // RFC 2606 and RFC 6761: these never reach a mailbox. (example.com and the like are real
    // domains, if unused, and are left alone.)
    static const QStringList reservedTlds{QStringLiteral("invalid"), QStringLiteral("test"),
                                          QStringLiteral("example"), QStringLiteral("localhost")};
    if (reservedTlds.contains(tld)) {
        return Refusal{Problem::EmailDomainReserved, u'.' + tld};
    }
    return aLabels.join(u'.');
}

// A whole line of recipients pasted from a mail program ("Jan <jan@x.cz>, Eva <eva@x.cz>"):
// keeping one of the addresses would send the reply to whoever came last. Commas and semicolons
// inside quotes belong to a name; spaces separate bare addresses only, since
// "jan@x.cz <jan@x.cz>" is one address named by itself.
bool holdsSeveralAddresses(const QString& text)
{
    const bool named = text.contains(u'<');
    int withAt = 0;
    bool partHasAt = false;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == u'"') {
            quoted = !quoted;
        } else if (!quoted && (ch == u',' || ch == u';' || (!named && ch.isSpace()))) {
            withAt += partHasAt ? 1 : 0;
            partHasAt = false;
        } else if (ch == u'@') {
            partHasAt = true;
        }
    }
    withAt += partHasAt ? 1 : 0;
    return withAt > 1;
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

    if (holdsSeveralAddresses(text)) {
        result.problem = Problem::EmailSeveralAddresses;
        return result;
    }

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
    if (const auto* refusal = std::get_if<Refusal>(&normalizedDomain)) {
        result.problem = refusal->problem;
        result.detail = refusal->detail;
        // The fixed domain has no typographic character left, so this recursion ends.
        const QString fixed = withTypographyFixed(domain);
        if (fixed != domain) {
            if (const Parsed retry = parse(local + u'@' + fixed); retry.isValid()) {
                const QString typo = suggestion(retry.address);
                result.suggestion = typo.isEmpty() ? local + u'@' + fixed : typo;
            }
        }
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
