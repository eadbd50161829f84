// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>
#include <string>

namespace bizkithub {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string toStd(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), std::size_t(utf8.size()));
}

QString fromStd(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool hasLetters(const QString& input)
{
    return std::any_of(input.begin(), input.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

PhoneNumber::Parsed PhoneNumber::parse(const QString& input, const QString& defaultRegion)
{
    Parsed result;
    // Web pages and French or Czech typography group digits with no-break, narrow or thin
    // spaces, and pasted numbers carry invisible direction marks: every Unicode space separates,
    // every format character goes.
    QString text;
    text.reserve(input.size());
    for (const QChar c : input) {
        if (c.isSpace()) {
            text.append(u' ');
        } else if (c.category() != QChar::Other_Format) {
            text.append(c);
        }
    }
    text = text.trimmed();
    if (text.isEmpty()) {
        result.problem = Problem::Required;
        return result;
    }

    i18n::phonenumbers::PhoneNumber number;
    const auto error = util().Parse(toStd(text), toStd(defaultRegion.toUpper()), &number);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.problem = Problem::PhoneCountryCode;
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.problem = Problem::PhoneTooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.problem = Problem::PhoneTooLong;
        return result;
    case PhoneNumberUtil::NOT_A_NUMBER:
    default:
        result.problem = Problem::PhoneNotANumber;
        return result;
    }

    if (number.has_extension()) {
        result.problem = Problem::PhoneExtension;
        return result;
    }
    // libphonenumber reads vanity letters ("1-800-FLOWERS") as digits; people at a reception desk
    // type letters by mistake far more often than on purpose, so letters are refused.
    if (hasLetters(text)) {
        result.problem = Problem::PhoneNotANumber;
        return result;
    }
    if (!util().IsValidNumber(number)) {
        switch (util().IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            result.problem = Problem::PhoneTooShort;
            break;
        case PhoneNumberUtil::TOO_LONG:
            result.problem = Problem::PhoneTooLong;
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            result.problem = Problem::PhoneCountryCode;
            break;
        default:
            result.problem = Problem::PhoneInvalid;
            break;
        }
        return result;
    }

    std::string national;
    util().GetNationalSignificantNumber(number, &national);
    result.canonical = u'+' + QString::number(number.country_code()) + u' ' + fromStd(national);
    std::string display;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &display);
    result.display = fromStd(display);
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    result.region = fromStd(region);
    return result;
}

QStringList PhoneNumber::supportedRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList list;
    list.reserve(qsizetype(regions.size()));
    for (const std::string& region : regions) {
        list.append(fromStd(region));
    }
    return list; // std::set iterates in order
}

bool PhoneNumber::isSupportedRegion(const QString& region)
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    return regions.count(toStd(region.toUpper())) > 0;
}

QString PhoneNumber::exampleFor(const QString& region)
{
    i18n::phonenumbers::PhoneNumber number;
    if (!util().GetExampleNumberForType(toStd(region.toUpper()), PhoneNumberUtil::MOBILE,
                                        &number)) {
        return {};
    }
    std::string display;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &display);
    return fromStd(display);
}

} // namespace bizkithub
