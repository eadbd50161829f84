// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactFormClient.h"
#include "TicketValidator.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace bizkithub {

// The application's settings, typed. One table names every key, its type and its default; the
// one QSettings behind it is owned here and nowhere else.
//
// Sources, strongest first: the environment (BIZKITHUB_API_KEY, BIZKITHUB_BASE_URL), then the
// file given with --config, or else the user's settings with the system's as fallback
// (organisation "BizKitHub", application "Contact").
class Settings final : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        BaseUrl,
        ApiKey,
        TimeoutSeconds,
        CaCertificates,
        DefaultRegion,
        Categories,
        MessageMaxLength,
        SendToEmail,
        AppendReference,
        RetentionDays,
    };
    Q_ENUM(Key)

    static inline const QString organizationName = QStringLiteral("BizKitHub");
    static inline const QString applicationName = QStringLiteral("Contact");
    static inline const QString defaultBaseUrl = QStringLiteral("https://api.bizkithub.com");

    // configFile: an INI file used instead of the user's settings (--config); empty for the
    // user's own. environment: a seam for tests.
    explicit Settings(
        const QString& configFile = {},
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        QObject* parent = nullptr);
    ~Settings() override;

    [[nodiscard]] static QString keyName(Key key); // "api/baseUrl"
    [[nodiscard]] static QVariant defaultValue(Key key);
    [[nodiscard]] static QList<Key> allKeys();

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    // True when an environment variable decides this key, so editing it here has no effect.
    [[nodiscard]] bool isOverriddenByEnvironment(Key key) const;
    [[nodiscard]] QString fileName() const;
    void sync();

    // Typed views used by the rest of the application.
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] QString apiKey() const;
    [[nodiscard]] int timeoutSeconds() const;
    [[nodiscard]] QString defaultRegion() const; // resolved: setting, system territory, CZ
    [[nodiscard]] QStringList categories() const;
    [[nodiscard]] QString sendToEmail() const;
    [[nodiscard]] bool appendReference() const;
    [[nodiscard]] int retentionDays() const;

    [[nodiscard]] FormPolicy formPolicy() const;
    [[nodiscard]] ContactFormClient::Config clientConfig() const;

Q_SIGNALS:
    void changed(bizkithub::Settings::Key key);

private:
    [[nodiscard]] QString environmentVariable(Key key) const;

    std::unique_ptr<QSettings> m_settings;
    QProcessEnvironment m_environment;
};

} // namespace bizkithub
