// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhoneNumber.h"

#include <QString>
#include <QStringList>
#include <QtPlugin>

namespace bizkithub {

// The numbering plans behind PhoneNumber: Google's libphonenumber, in a plugin of its own
// (src/phonenumbers), loaded at the first phone check. libphonenumber, protobuf and ICU are
// then not loaded while the window opens, and its metadata (some megabytes) not read.
class PhoneNumberPlans
{
public:
    virtual ~PhoneNumberPlans() = default;
    // text is trimmed, not empty, its spaces plain spaces.
    [[nodiscard]] virtual PhoneNumber::Parsed parse(const QString& text,
                                                    const QString& defaultRegion) const = 0;
    [[nodiscard]] virtual QStringList supportedRegions() const = 0;
    [[nodiscard]] virtual QString exampleFor(const QString& region) const = 0;
};

} // namespace bizkithub

#define BizKitHubPhoneNumberPlans_iid "com.bizkithub.Contact.PhoneNumberPlans/1"
Q_DECLARE_INTERFACE(bizkithub::PhoneNumberPlans, BizKitHubPhoneNumberPlans_iid)
