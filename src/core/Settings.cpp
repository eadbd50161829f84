// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "Translations.h"
#include "validation/PhoneNumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QUrl>

namespace bizkithub {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
    const char* environmentVariable; // nullptr when the environment cannot override it
};

const QList<KeyInfo>& keyTable()
{
    static const QList<KeyInfo> table{
        {Settings::Key::BaseUrl, "api/baseUrl", Settings::defaultBaseUrl, "BIZKITHUB_BASE_URL"},
        {Settings::Key::ApiKey, "api/key", QString(), "BIZKITHUB_API_KEY"},
        {Settings::Key::TimeoutSeconds, "api/timeoutSeconds", 30, nullptr},
        {Settings::Key::CaCertificates, "api/caCertificates", QString(), nullptr},
        {Settings::Key::DefaultRegion, "form/defaultRegion", QString(), nullptr},
        {Settings::Key::Categories, "form/categories", QStringList(), nullptr},
        {Settings::Key::MessageMaxLength, "form/messageMaxLength",
         FormPolicy::defaultMessageMaxLength, nullptr},
        {Settings::Key::SendToEmail, "form/sendToEmail", QString(), nullptr},
        {Settings::Key::AppendReference, "outbox/appendReference", true, nullptr},
        {Settings::Key::RetentionDays, "outbox/retentionDays", 30, nullptr},
        {Settings::Key::AlertAfterHours, "outbox/alertAfterHours", 4, nullptr},
        {Settings::Key::FleetMetricsFile, "fleet/metricsFile", QString(), nullptr},
        {Settings::Key::RequiredFields, "form/requiredFields", QStringList(), nullptr},
        {Settings::Key::RequireContact, "form/requireContact", QStringLiteral("none"), nullptr},
        {Settings::Key::ConsentText, "form/consentText", QString(), nullptr},
        {Settings::Key::ConsentRequired, "form/consentRequired", false, nullptr},
        {Settings::Key::HiddenFields, "form/hiddenFields", QStringList(), nullptr},
        {Settings::Key::ReadOnlyFields, "form/readOnlyFields", QStringList(), nullptr},
        {Settings::Key::KioskEnabled, "kiosk/enabled", false, nullptr},
        {Settings::Key::KioskOrganizationName, "kiosk/organizationName", QString(), nullptr},
        {Settings::Key::KioskLogoFile, "kiosk/logoFile", QString(), nullptr},
        {Settings::Key::KioskIdleSeconds, "kiosk/idleSeconds", 90, nullptr},
        {Settings::Key::KioskThankYouSeconds, "kiosk/thankYouSeconds", 20, nullptr},
        {Settings::Key::KioskMaxTicketsPerHour, "kiosk/maxTicketsPerHour", 20, nullptr},
        {Settings::Key::KioskGreeting, "kiosk/greeting", QString(), nullptr},
        {Settings::Key::KioskLanguages, "kiosk/languages",
         QStringList{QStringLiteral("en"), QStringLiteral("cs"), QStringLiteral("sk"),
                     QStringLiteral("de")},
         nullptr},
        {Settings::Key::KioskOnScreenKeyboard, "kiosk/onScreenKeyboard", QStringLiteral("on"),
         nullptr},
        {Settings::Key::KioskReferenceUrl, "kiosk/referenceUrl", QString(), nullptr},
        {Settings::Key::KioskReceiptPrinter, "kiosk/receiptPrinter", QString(), nullptr},
        {Settings::Key::KioskAdminPinHash, "kiosk/adminPinHash", QString(), nullptr},
        {Settings::Key::Language, "ui/language", QString(), nullptr},
        {Settings::Key::WindowGeometry, "ui/windowGeometry", QByteArray(), nullptr},
    };
    return table;
}

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& i : keyTable()) {
        if (i.key == key) {
            return i;
        }
    }
    Q_UNREACHABLE();
}

// An INI list may arrive as one comma-separated string when written by hand.
QStringList toStringList(const QVariant& value)
{
    QStringList list = value.typeId() == QMetaType::QString
                           ? value.toString().split(u',', Qt::SkipEmptyParts)
                           : value.toStringList();
    for (QString& item : list) {
        item = item.trimmed();
    }
    list.removeAll(QString());
    return list;
}

// A text value. An INI file read by hand-written rules splits an unquoted value at its commas
// ("Hotel Horizont, Spa"); it is one text all the same.
QString toText(const QVariant& value)
{
    return value.typeId() == QMetaType::QStringList
               ? value.toStringList().join(QStringLiteral(", "))
               : value.toString();
}

// A switch as people write one in an INI file or the registry: true/false, on/off, yes/no, 1/0
// (QVariant's own reading takes "off" and "no" for true). Anything else is the key's default.
std::optional<bool> toSwitch(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool();
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"on" || text == u"yes" || text == u"1") {
        return true;
    }
    if (text == u"false" || text == u"off" || text == u"no" || text == u"0") {
        return false;
    }
    return std::nullopt;
}

std::unique_ptr<QSettings> openScope(const QString& file, QSettings::Scope scope)
{
    if (!file.isEmpty()) {
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    }
    auto settings = std::make_unique<QSettings>(
        QSettings::NativeFormat, scope, Settings::organizationName, Settings::applicationName);
    // The user's settings answer for themselves: the system's values are not their fallback but
    // the admin's decision, applied above them. The system scope keeps its fallbacks, so every
    // directory of $XDG_CONFIG_DIRS is read, the first one winning.
    settings->setFallbacksEnabled(scope == QSettings::SystemScope);
    return settings;
}

} // namespace

Settings::Settings(const QString& configFile, const QProcessEnvironment& environment,
                   QObject* parent)
    : Settings(Sources{configFile, {}}, environment, parent)
{}

Settings::Settings(const Sources& sources, const QProcessEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_settings(openScope(sources.userFile, QSettings::UserScope))
    , m_system(openScope(sources.systemFile, QSettings::SystemScope))
    , m_environment(environment)
{}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const KeyInfo& i : keyTable()) {
        keys.append(i.key);
    }
    return keys;
}

QString Settings::environmentVariable(Key key) const
{
    const char* name = info(key).environmentVariable;
    if (!name) {
        return {};
    }
    return m_environment.value(QString::fromLatin1(name)).trimmed();
}

QString Settings::presetKeyName(TicketField field)
{
    return QStringLiteral("form/preset/") + apiName(field);
}

// A variable that is set overrides, even when it is blank: an empty BIZKITHUB_BASE_URL is a
// mistake to report (no valid address), not a quiet way to mean the production platform.
bool Settings::isOverriddenByEnvironment(Key key) const
{
    const char* name = info(key).environmentVariable;
    return name && m_environment.contains(QString::fromLatin1(name));
}

bool Settings::isLockedBySystem(Key key) const
{
    return m_system->contains(keyName(key));
}

bool Settings::isReadOnly(Key key) const
{
    return m_session.contains(key) || isOverriddenByEnvironment(key) || isLockedBySystem(key);
}

QVariant Settings::fileValue(const QString& name, const QVariant& fallback) const
{
    if (m_system->contains(name)) {
        return m_system->value(name);
    }
    return m_settings->value(name, fallback);
}

QVariant Settings::value(Key key) const
{
    if (const auto session = m_session.constFind(key); session != m_session.cend()) {
        return *session;
    }
    if (isOverriddenByEnvironment(key)) {
        return environmentVariable(key);
    }
    return fileValue(keyName(key), defaultValue(key));
}

bool Settings::setValue(Key key, const QVariant& value, Scope scope)
{
    QSettings& target = scope == Scope::System ? *m_system : *m_settings;
    if (scope == Scope::User && isLockedBySystem(key)) {
        return false;
    }
    if (target.value(keyName(key), defaultValue(key)) == value) {
        return false;
    }
    target.setValue(keyName(key), value);
    Q_EMIT changed(key);
    return true;
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(keyName(key))) {
        return;
    }
    m_settings->remove(keyName(key));
    Q_EMIT changed(key);
}

void Settings::setSessionOverride(Key key, const QVariant& value)
{
    if (m_session.value(key) == value && m_session.contains(key)) {
        return;
    }
    m_session.insert(key, value);
    Q_EMIT changed(key);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::systemFileName() const
{
    return m_system->fileName();
}

bool Settings::sync(Scope scope)
{
    QSettings& target = scope == Scope::System ? *m_system : *m_settings;
    target.sync();
    if (scope == Scope::User && QFile::exists(fileName())) {
        // The file holds the API key: readable by its owner alone.
        QFile::setPermissions(fileName(), QFile::ReadOwner | QFile::WriteOwner);
    }
    return target.status() == QSettings::NoError;
}

QString Settings::baseUrl() const
{
    return toText(value(Key::BaseUrl)).trimmed();
}

QString Settings::apiKey() const
{
    return toText(value(Key::ApiKey)).trimmed();
}

int Settings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = value(Key::TimeoutSeconds).toInt(&ok);
    const auto max = int(ClientConfig::maxTimeout.count());
    return ok && seconds > 0 ? std::min(seconds, max) : defaultValue(Key::TimeoutSeconds).toInt();
}

QString Settings::defaultRegion() const
{
    const QString configured = toText(value(Key::DefaultRegion)).trimmed().toUpper();
    if (PhoneNumber::isRegionCode(configured)) {
        return configured;
    }
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    if (PhoneNumber::isRegionCode(system)) {
        return system.toUpper();
    }
    return QStringLiteral("CZ");
}

QStringList Settings::categories() const
{
    // A kiosk's guests read the labels in their language: form/categories/de, else the list.
    return toStringList(inLanguageShown(Key::Categories));
}

QVariant Settings::inLanguageShown(Key key) const
{
    const QString language = currentLanguage();
    return fileValue(keyName(key) + u'/' + language, value(key));
}

QString Settings::sendToEmail() const
{
    return toText(value(Key::SendToEmail)).trimmed();
}

bool Settings::appendReference() const
{
    return switchValue(Key::AppendReference);
}

QString Settings::language() const
{
    return toText(value(Key::Language)).trimmed();
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    (void)setValue(Key::WindowGeometry, geometry);
}

int Settings::positiveInt(Key key) const
{
    bool ok = false;
    const int number = value(key).toInt(&ok);
    return ok && number > 0 ? number : defaultValue(key).toInt();
}

bool Settings::kioskEnabled() const
{
    return switchValue(Key::KioskEnabled);
}

QString Settings::kioskOrganizationName() const
{
    return toText(value(Key::KioskOrganizationName)).trimmed();
}

QString Settings::kioskLogoFile() const
{
    return toText(value(Key::KioskLogoFile)).trimmed();
}

std::chrono::seconds Settings::kioskIdleTime() const
{
    return std::chrono::seconds(positiveInt(Key::KioskIdleSeconds));
}

QString Settings::kioskGreeting() const
{
    const QString greeting = toText(inLanguageShown(Key::KioskGreeting)).trimmed();
    return greeting.isEmpty()
               ? QCoreApplication::translate("bizkithub::Settings", "How can we help?")
               : greeting;
}

int Settings::kioskMaxTicketsPerHour() const
{
    bool ok = false;
    const int max = value(Key::KioskMaxTicketsPerHour).toInt(&ok);
    return ok && max >= 0 ? max : defaultValue(Key::KioskMaxTicketsPerHour).toInt();
}

std::chrono::seconds Settings::kioskThankYouTime() const
{
    return std::chrono::seconds(positiveInt(Key::KioskThankYouSeconds));
}

QStringList Settings::kioskLanguages() const
{
    const QStringList known = availableLanguages();
    QStringList languages;
    for (const QString& entry : toStringList(value(Key::KioskLanguages))) {
        const QString code = entry.toLower();
        if (!known.contains(code)) {
            qWarning("kiosk/languages: \"%s\" is not one of %s.", qPrintable(entry),
                     qPrintable(known.join(QStringLiteral(", "))));
        } else if (!languages.contains(code)) {
            languages.append(code);
        }
    }
    return languages;
}

bool Settings::kioskOnScreenKeyboard() const
{
    return switchValue(Key::KioskOnScreenKeyboard);
}

bool Settings::switchValue(Key key) const
{
    const QVariant setting = value(key);
    if (const auto on = toSwitch(setting)) {
        return *on;
    }
    // Said once a run, not at every look.
    if (!m_warned.contains(key)) {
        m_warned.insert(key);
        qWarning("%s: \"%s\" is not on or off; the default is used.", qPrintable(keyName(key)),
                 qPrintable(toText(setting)));
    }
    return *toSwitch(defaultValue(key));
}

bool Settings::wantsOnScreenKeyboard() const
{
    return kioskEnabled() && kioskOnScreenKeyboard();
}

QString Settings::kioskReferenceLink(const QString& reference) const
{
    const QString url = toText(value(Key::KioskReferenceUrl)).trimmed();
    if (url.isEmpty()) {
        return reference;
    }
    // A reference is letters, digits and a hyphen; encoded all the same, so no address breaks.
    return QString(url).replace(QStringLiteral("{reference}"),
                                QString::fromLatin1(QUrl::toPercentEncoding(reference)));
}

QString Settings::kioskReceiptPrinter() const
{
    return toText(value(Key::KioskReceiptPrinter)).trimmed();
}

QString Settings::adminPinHash() const
{
    return toText(value(Key::KioskAdminPinHash)).trimmed();
}

QSet<TicketField> Settings::fieldSet(Key key) const
{
    QSet<TicketField> fields;
    for (const QString& name : toStringList(value(key))) {
        if (const auto field = fieldFromApiName(name)) {
            fields.insert(*field);
        } else {
            qWarning("%s: \"%s\" is not a field name; the nine names are those of the API, "
                     "e.g. customerEmail.",
                     qPrintable(keyName(key)), qPrintable(name));
        }
    }
    return fields;
}

int Settings::retentionDays() const
{
    bool ok = false;
    const int days = value(Key::RetentionDays).toInt(&ok);
    return ok && days >= 0 ? days : defaultValue(Key::RetentionDays).toInt();
}

int Settings::alertAfterHours() const
{
    return positiveInt(Key::AlertAfterHours);
}

QString Settings::metricsFile() const
{
    return toText(value(Key::FleetMetricsFile)).trimmed();
}

QStringList Settings::lockedKeyNames() const
{
    QStringList names;
    for (const Key key : allKeys()) {
        if (isLockedBySystem(key)) {
            names.append(keyName(key));
        }
    }
    return names;
}

FormPolicy Settings::formPolicy() const
{
    FormPolicy policy;
    policy.messageMaxLength = positiveInt(Key::MessageMaxLength);
    policy.defaultRegion = defaultRegion();
    policy.requiredFields = fieldSet(Key::RequiredFields);
    policy.hiddenFields = fieldSet(Key::HiddenFields);
    policy.readOnlyFields = fieldSet(Key::ReadOnlyFields);
    const QString contact = toText(value(Key::RequireContact));
    if (const auto requirement = FormPolicy::contactRequirementFromString(contact)) {
        policy.requireContact = *requirement;
    } else {
        qWarning("form/requireContact: \"%s\" is not one of none, email, phone, emailOrPhone.",
                 qPrintable(contact));
    }
    for (const TicketField field : allTicketFields) {
        policy.presets.setValue(field, toText(fileValue(presetKeyName(field), {})));
    }
    // The older key for the copy address still works when no preset names one.
    if (policy.presets.value(TicketField::SendToEmail).isEmpty()) {
        policy.presets.setValue(TicketField::SendToEmail, sendToEmail());
    }
    // The notice in the language shown (form/consentText/cs, ...), else the general one.
    policy.consentText = toText(inLanguageShown(Key::ConsentText)).trimmed();
    policy.consentRequired = switchValue(Key::ConsentRequired);
    if (kioskEnabled()) {
        policy.hideInternalFields();
        // A guest chooses from the admin's categories or not at all: nobody outside knows the
        // slugs.
        if (categories().isEmpty()) {
            policy.hiddenFields.insert(TicketField::CategorySlug);
        }
    }
    return policy;
}

ClientConfig Settings::clientConfig() const
{
    ClientConfig config;
    config.baseUrl = baseUrl();
    config.apiKey = apiKey();
    config.timeout = std::chrono::seconds(timeoutSeconds());
    config.caCertificatesFile = toText(value(Key::CaCertificates)).trimmed();
    config.refuseRootKey = kioskEnabled();
    return config;
}

std::optional<Settings::Key> Settings::keyToFix(const SubmitResult& result)
{
    using Issue = SubmitResult::ConfigIssue;
    switch (result.configIssue) {
    case Issue::MissingKey:
    case Issue::InvalidKey:
    case Issue::RootKeyOnKiosk:
        return Key::ApiKey;
    case Issue::InvalidUrl:
    case Issue::InsecureUrl:
    case Issue::Redirect:
    case Issue::NotFound:
        return Key::BaseUrl;
    case Issue::CaCertificates:
        return Key::CaCertificates;
    case Issue::ProxyAuthentication:
        return std::nullopt; // the system's proxy settings, not ours
    case Issue::None:
        break;
    }
    switch (result.outcome) {
    case SubmitResult::Outcome::AuthFailed:
        return Key::ApiKey;
    case SubmitResult::Outcome::TlsFailure:
        return Key::CaCertificates;
    case SubmitResult::Outcome::ConfigError:
        return Key::BaseUrl;
    default:
        return std::nullopt;
    }
}

} // namespace bizkithub
