// SPDX-License-Identifier: GPL-3.0-or-later
// The numbering plans plugin: Google's libphonenumber behind PhoneNumber, loaded at the first
// phone check so that neither it nor its metadata is loaded while the window opens.
#include "validation/PhoneNumberPlans.h"

#include <QObject>

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

class LibPhoneNumberPlans final : public QObject, public PhoneNumberPlans
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BizKitHubPhoneNumberPlans_iid)
    Q_INTERFACES(bizkithub::PhoneNumberPlans)

public:
    PhoneNumber::Parsed parse(const QString& text, const QString& defaultRegion) const override
    {
        PhoneNumber::Parsed result;
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
        // libphonenumber reads vanity letters ("1-800-FLOWERS") as digits; people at a reception
        // desk type letters by mistake far more often than on purpose, so letters are refused.
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

    QStringList supportedRegions() const override
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

    QString exampleFor(const QString& region) const override
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
};

} // namespace

} // namespace bizkithub

#include "LibPhoneNumberPlans.moc"
