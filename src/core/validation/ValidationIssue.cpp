// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationIssue.h"

#include <QCoreApplication>

namespace bizkithub {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bizkithub::ValidationIssue", text, disambiguation, n);
}

} // namespace

QString ValidationIssue::code() const
{
    switch (problem) {
    case Problem::Required:
        return QStringLiteral("required");
    case Problem::TooLong:
        return QStringLiteral("too-long");
    case Problem::EmailNoAt:
        return QStringLiteral("email-no-at");
    case Problem::EmailTooManyAt:
        return QStringLiteral("email-too-many-at");
    case Problem::EmailLocalPartEmpty:
        return QStringLiteral("email-local-empty");
    case Problem::EmailLocalPartDots:
        return QStringLiteral("email-local-dots");
    case Problem::EmailLocalPartQuoted:
        return QStringLiteral("email-local-quoted");
    case Problem::EmailLocalPartCharacters:
        return QStringLiteral("email-local-characters");
    case Problem::EmailLocalPartTooLong:
        return QStringLiteral("email-local-too-long");
    case Problem::EmailDomainEmpty:
        return QStringLiteral("email-domain-empty");
    case Problem::EmailDomainIpLiteral:
        return QStringLiteral("email-domain-ip-literal");
    case Problem::EmailDomainOneLabel:
        return QStringLiteral("email-domain-one-label");
    case Problem::EmailDomainLabel:
        return QStringLiteral("email-domain-label");
    case Problem::EmailDomainNumericTld:
        return QStringLiteral("email-domain-numeric-tld");
    case Problem::EmailTooLong:
        return QStringLiteral("email-too-long");
    case Problem::EmailSeveralAddresses:
        return QStringLiteral("email-several-addresses");
    case Problem::EmailDomainCharacter:
        return QStringLiteral("email-domain-character");
    case Problem::EmailDomainDash:
        return QStringLiteral("email-domain-dash");
    case Problem::EmailDomainCharacterContext:
        return QStringLiteral("email-domain-character-context");
    case Problem::EmailDomainDirection:
        return QStringLiteral("email-domain-direction");
    case Problem::EmailDomainEncodedLabel:
        return QStringLiteral("email-domain-encoded-label");
    case Problem::EmailDomainHyphens:
        return QStringLiteral("email-domain-hyphens");
    case Problem::EmailDomainReserved:
        return QStringLiteral("email-domain-reserved");
    case Problem::PhoneNotANumber:
        return QStringLiteral("phone-not-a-number");
    case Problem::PhoneCountryCode:
        return QStringLiteral("phone-country-code");
    case Problem::PhoneTooShort:
        return QStringLiteral("phone-too-short");
    case Problem::PhoneTooLong:
        return QStringLiteral("phone-too-long");
    case Problem::PhoneInvalid:
        return QStringLiteral("phone-invalid");
    case Problem::PhoneExtension:
        return QStringLiteral("phone-extension");
    case Problem::CategoryFormat:
        return QStringLiteral("category-format");
    case Problem::CategoryTooLong:
        return QStringLiteral("category-too-long");
    case Problem::EmailOrPhoneRequired:
        return QStringLiteral("email-or-phone-required");
    case Problem::Server:
        return QStringLiteral("server");
    }
    Q_UNREACHABLE();
    return QString();
}

QString ValidationIssue::message() const
{
    switch (problem) {
    case Problem::Required:
        return field == TicketField::Message ? tr("Write the message: it cannot be empty.")
                                             : tr("Fill in this field: it is required.");
    case Problem::TooLong:
        return tr("Shorten this to at most %n characters.", nullptr, limit);
    case Problem::EmailNoAt:
        return tr("Enter the whole e-mail address, with an @, like name@example.com.");
    case Problem::EmailTooManyAt:
        return tr("An e-mail address has exactly one @. Enter a single address.");
    case Problem::EmailLocalPartEmpty:
        return tr("Enter the part of the e-mail address before the @.");
    case Problem::EmailLocalPartDots:
        return tr("The part before the @ cannot start or end with a dot or have two dots in a "
                  "row. Check the address.");
    case Problem::EmailLocalPartQuoted:
        return tr("Quoted e-mail addresses are not accepted. Enter an address without quotes.");
    case Problem::EmailLocalPartCharacters:
        return tr("The part before the @ contains a character an e-mail address cannot have "
                  "(such as a space or a comma). Check the address.");
    case Problem::EmailLocalPartTooLong:
        return tr("The part before the @ is too long (at most 64 bytes). Check the address.");
    case Problem::EmailDomainEmpty:
        return tr("Enter the domain after the @, like example.com.");
    case Problem::EmailDomainIpLiteral:
        return tr("Addresses at an IP address are not accepted. Enter an address at a domain, "
                  "like name@example.com.");
    case Problem::EmailDomainOneLabel:
        return tr("The domain after the @ is incomplete: it needs a dot, like example.com.");
    case Problem::EmailDomainLabel:
        return tr("The domain after the @ is not valid: use letters, digits, dots and hyphens, "
                  "with no hyphen or dot at either end of a part.");
    case Problem::EmailDomainNumericTld:
        return tr("The domain after the @ cannot end in a number. Check the address.");
    case Problem::EmailTooLong:
        return tr("This e-mail address is too long (at most 254 bytes). Check the address.");
    case Problem::EmailSeveralAddresses:
        return tr("This looks like more than one e-mail address. Enter only one address.");
    case Problem::EmailDomainCharacter:
        return tr("The domain contains %1, which cannot be part of an address; remove it.")
            .arg(detail);
    case Problem::EmailDomainDash:
        return tr("The domain contains the dash %1, which cannot be part of an address; type a "
                  "plain hyphen (-) instead.")
            .arg(detail);
    case Problem::EmailDomainCharacterContext:
        return tr("The domain contains %1, which is allowed only together with certain other "
                  "letters. Check the address.")
            .arg(detail);
    case Problem::EmailDomainDirection:
        return tr("The part %1 of the domain does not follow the rules for right-to-left "
                  "writing in domains. Check the address.")
            .arg(detail);
    case Problem::EmailDomainEncodedLabel:
        return tr("The part %1 of the domain is not a valid encoded international name. Check "
                  "the address.")
            .arg(detail);
    case Problem::EmailDomainHyphens:
        return tr("The part %1 of the domain cannot have hyphens as its third and fourth "
                  "characters. Check the address.")
            .arg(detail);
    case Problem::EmailDomainReserved:
        return tr("Domains ending in %1 are reserved and never receive mail. Enter a real "
                  "address.")
            .arg(detail);
    case Problem::PhoneNotANumber:
        return tr("Enter a phone number using digits, optionally starting with + and the "
                  "country code.");
    case Problem::PhoneCountryCode:
        return tr("The country code is not known. Start with + and a valid country code, "
                  "like +420.");
    case Problem::PhoneTooShort:
        return tr("This phone number is too short. Check that no digit is missing.");
    case Problem::PhoneTooLong:
        return tr("This phone number is too long. Check for extra digits.");
    case Problem::PhoneInvalid:
        return tr("This is not a valid phone number for its country. Check the digits and the "
                  "country code.");
    case Problem::PhoneExtension:
        return tr("Enter the phone number without the extension, and write the extension in "
                  "the message.");
    case Problem::CategoryFormat:
        return tr("Use only lowercase letters a-z, digits and single hyphens between them, "
                  "like \"order-question\".");
    case Problem::CategoryTooLong:
        return tr("The category is too long: at most %n characters.", nullptr, limit);
    case Problem::EmailOrPhoneRequired:
        return tr("Enter an e-mail address or a phone number, so that we can reply.");
    case Problem::Server:
        return detail.isEmpty() ? tr("BizKitHub did not accept this field. Check it and send "
                                     "again.")
                                : tr("BizKitHub did not accept this field (%1). Check it and "
                                     "send again.")
                                      .arg(detail);
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace bizkithub
