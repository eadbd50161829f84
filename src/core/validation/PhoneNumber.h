// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidationIssue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bizkithub {

// A phone number checked by Google's libphonenumber against its country's numbering plan.
class PhoneNumber
{
public:
    struct Parsed
    {
        QString canonical; // what is sent: "+420 777123456"
        QString display;   // what is shown: "+420 777 123 456"
        QString region;    // the number's own region, e.g. "CZ"
        std::optional<Problem> problem;

        [[nodiscard]] bool isValid() const { return !problem.has_value(); }
    };

    // Numbers without a leading + or 00 are read as numbers of defaultRegion (ISO 3166 code).
    [[nodiscard]] static Parsed parse(const QString& input, const QString& defaultRegion);

    // The ISO 3166 codes libphonenumber knows, sorted.
    [[nodiscard]] static QStringList supportedRegions();
    [[nodiscard]] static bool isSupportedRegion(const QString& region);
    // An ISO 3166 country code, told without reading the numbering plans (which take
    // milliseconds and megabytes): fit to be the region numbers default to. The few territories
    // without a plan of their own (Antarctica, say) make every number need its country code.
    [[nodiscard]] static bool isRegionCode(const QString& region);
    // A mobile number of the region as people write it ("+49 1512 3456789" for DE), for a
    // placeholder; empty for an unknown region.
    [[nodiscard]] static QString exampleFor(const QString& region);
};

} // namespace bizkithub
