// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "validation/PhoneNumber.h"

#include <QFile>
#include <QLocale>
#include <QSettings>

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

} // namespace

Settings::Settings(const QString& configFile, const QProcessEnvironment& environment,
                   QObject* parent)
    : QObject(parent)
    , m_settings(configFile.isEmpty()
                     ? std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                   organizationName, applicationName)
                     : std::make_unique<QSettings>(configFile, QSettings::IniFormat))
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

bool Settings::isOverriddenByEnvironment(Key key) const
{
    return !environmentVariable(key).isEmpty();
}

QVariant Settings::value(Key key) const
{
    if (const QString env = environmentVariable(key); !env.isEmpty()) {
        return env;
    }
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (m_settings->value(keyName(key), defaultValue(key)) == value) {
        return;
    }
    m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(keyName(key))) {
        return;
    }
    m_settings->remove(keyName(key));
    Q_EMIT changed(key);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
    // The file holds the API key: readable by its owner alone.
    if (QFile::exists(fileName())) {
        QFile::setPermissions(fileName(), QFile::ReadOwner | QFile::WriteOwner);
    }
}

QString Settings::baseUrl() const
{
    return value(Key::BaseUrl).toString().trimmed();
}

QString Settings::apiKey() const
{
    return value(Key::ApiKey).toString().trimmed();
}

int Settings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = value(Key::TimeoutSeconds).toInt(&ok);
    const auto max = int(ContactFormClient::maxTimeout.count());
    return ok && seconds > 0 ? std::min(seconds, max) : defaultValue(Key::TimeoutSeconds).toInt();
}

QString Settings::defaultRegion() const
{
    const QString configured = value(Key::DefaultRegion).toString().trimmed().toUpper();
    if (!configured.isEmpty() && PhoneNumber::isSupportedRegion(configured)) {
        return configured;
    }
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    if (!system.isEmpty() && PhoneNumber::isSupportedRegion(system)) {
        return system.toUpper();
    }
    return QStringLiteral("CZ");
}

QStringList Settings::categories() const
{
    // An INI list may arrive as one comma-separated string when written by hand.
    const QVariant v = value(Key::Categories);
    return v.typeId() == QMetaType::QString ? v.toString().split(u',', Qt::SkipEmptyParts)
                                            : v.toStringList();
}

QString Settings::sendToEmail() const
{
    return value(Key::SendToEmail).toString().trimmed();
}

bool Settings::appendReference() const
{
    return value(Key::AppendReference).toBool();
}

int Settings::retentionDays() const
{
    bool ok = false;
    const int days = value(Key::RetentionDays).toInt(&ok);
    return ok && days >= 0 ? days : defaultValue(Key::RetentionDays).toInt();
}

FormPolicy Settings::formPolicy() const
{
    FormPolicy policy;
    bool ok = false;
    const int max = value(Key::MessageMaxLength).toInt(&ok);
    policy.messageMaxLength = ok && max > 0 ? max : FormPolicy::defaultMessageMaxLength;
    policy.defaultRegion = defaultRegion();
    return policy;
}

ContactFormClient::Config Settings::clientConfig() const
{
    ContactFormClient::Config config;
    config.baseUrl = baseUrl();
    config.apiKey = apiKey();
    config.timeout = std::chrono::seconds(timeoutSeconds());
    config.caCertificatesFile = value(Key::CaCertificates).toString().trimmed();
    return config;
}

} // namespace bizkithub
