// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include "PhoneNumberPlans.h"
#include "Plugins.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace bizkithub {

namespace {

Q_LOGGING_CATEGORY(lcPhone, "bizkithub.phone")

// Loaded once, by whichever thread asks first; never unloaded (libphonenumber's metadata lives
// as long as the process).
const PhoneNumberPlans* plans()
{
    static const PhoneNumberPlans* const loaded = [] {
        QPluginLoader loader(pluginFile(QStringLiteral("bizkithub-phonenumbers")));
        auto* found = qobject_cast<PhoneNumberPlans*>(loader.instance());
        if (!found) {
            qCCritical(lcPhone,
                       "Phone numbers cannot be checked, the numbering plans did not load: %s",
                       qPrintable(loader.errorString()));
        }
        return found;
    }();
    return loaded;
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

    const PhoneNumberPlans* numberingPlans = plans();
    if (!numberingPlans) {
        // Not checked, rather than refused: the ticket goes as typed, and BizKitHub checks it.
        result.canonical = result.display = text;
        return result;
    }
    return numberingPlans->parse(text, defaultRegion);
}

QStringList PhoneNumber::supportedRegions()
{
    const PhoneNumberPlans* numberingPlans = plans();
    return numberingPlans ? numberingPlans->supportedRegions() : QStringList();
}

bool PhoneNumber::isSupportedRegion(const QString& region)
{
    return supportedRegions().contains(region.toUpper());
}

bool PhoneNumber::isRegionCode(const QString& region)
{
    return region.size() == 2 && QLocale::codeToTerritory(region) != QLocale::AnyTerritory;
}

QString PhoneNumber::exampleFor(const QString& region)
{
    const PhoneNumberPlans* numberingPlans = plans();
    return numberingPlans ? numberingPlans->exampleFor(region) : QString();
}

} // namespace bizkithub
