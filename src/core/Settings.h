// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketValidator.h"
#include "Transport.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace bizkithub {

// The application's settings, typed. One table names every key, its type and its default; the
// QSettings behind it are owned here and nowhere else.
//
// Sources, strongest first:
//  1. what this run was started with (--kiosk), or what the admin chose after the PIN;
//  2. the environment (BIZKITHUB_API_KEY, BIZKITHUB_BASE_URL);
//  3. the system scope, the admin's file (on Linux BizKitHub/Contact.conf in each of
//     $XDG_CONFIG_DIRS; on Windows the machine's registry hive; on macOS /Library/Preferences).
//     A key set there is locked: it wins over the user's and cannot be changed here;
//  4. the user's own settings, or the file given with --config instead;
//  5. the default in the key table.
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
        AlertAfterHours,
        FleetMetricsFile,
        RequiredFields,
        RequireContact,
        ConsentText,
        ConsentRequired,
        HiddenFields,
        ReadOnlyFields,
        KioskEnabled,
        KioskOrganizationName,
        KioskLogoFile,
        KioskIdleSeconds,
        KioskThankYouSeconds,
        KioskMaxTicketsPerHour,
        KioskGreeting,
        KioskLanguages,
        KioskOnScreenKeyboard,
        KioskReferenceUrl,
        KioskReceiptPrinter,
        KioskAdminPinHash,
        Language,
        WindowGeometry,
    };
    Q_ENUM(Key)

    // The setting a person changes to fix an attempt that held the queue (the key, the
    // address, the certificates), if one does.
    [[nodiscard]] static std::optional<Key> keyToFix(const SubmitResult& result);

    // Where a value is written.
    enum class Scope
    {
        User,   // the user's settings, or the --config file
        System, // the admin's file or hive (needs the rights to write it)
    };

    // Where the settings are read from. Empty names mean the platform's own places; tests and
    // tools name INI files instead.
    struct Sources
    {
        QString userFile;   // --config, or empty for the user's settings
        QString systemFile; // empty for the system scope
    };

    static inline const QString organizationName = QStringLiteral("BizKitHub");
    static inline const QString applicationName = QStringLiteral("Contact");
    static inline const QString defaultBaseUrl = QStringLiteral("https://api.bizkithub.com");

    // configFile: an INI file used instead of the user's settings (--config); empty for the
    // user's own. environment: a seam for tests.
    explicit Settings(
        const QString& configFile = {},
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        QObject* parent = nullptr);
    Settings(const Sources& sources, const QProcessEnvironment& environment,
             QObject* parent = nullptr);
    ~Settings() override;

    [[nodiscard]] static QString keyName(Key key); // "api/baseUrl"
    [[nodiscard]] static QVariant defaultValue(Key key);
    [[nodiscard]] static QList<Key> allKeys();

    // The key of a field's preset, "form/preset/customerEmail".
    [[nodiscard]] static QString presetKeyName(TicketField field);

    [[nodiscard]] QVariant value(Key key) const;
    // Writes the value; returns false when the key is locked (for the user scope) or the value
    // is already there.
    bool setValue(Key key, const QVariant& value, Scope scope = Scope::User);
    void reset(Key key);
    // For this run only, stronger than every file: --kiosk, or the admin leaving kiosk mode.
    void setSessionOverride(Key key, const QVariant& value);
    // True when an environment variable decides this key, so editing it here has no effect.
    [[nodiscard]] bool isOverriddenByEnvironment(Key key) const;
    // True when the system scope sets this key: the admin decides it, not the user.
    [[nodiscard]] bool isLockedBySystem(Key key) const;
    // Locked by the system scope, the environment or this run: the settings dialog shows it
    // read-only.
    [[nodiscard]] bool isReadOnly(Key key) const;
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QString systemFileName() const;
    // Writes pending changes; false when the file of that scope could not be written.
    bool sync(Scope scope = Scope::User);

    // Typed views used by the rest of the application.
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] QString apiKey() const;
    [[nodiscard]] int timeoutSeconds() const;
    [[nodiscard]] QString defaultRegion() const; // resolved: setting, system territory, CZ
    [[nodiscard]] QStringList categories() const;
    [[nodiscard]] QString sendToEmail() const;
    [[nodiscard]] bool appendReference() const;
    [[nodiscard]] int retentionDays() const;
    // After how many hours a waiting ticket is worth an admin's attention.
    [[nodiscard]] int alertAfterHours() const;
    // Where every delivery run writes the machine's status for Prometheus; empty for nowhere.
    [[nodiscard]] QString metricsFile() const;
    // The names of the keys the system scope sets, and so locks ("api/key", ...).
    [[nodiscard]] QStringList lockedKeyNames() const;
    // "cs", "de", …; empty for the system's language.
    [[nodiscard]] QString language() const;
    // The desk window's size, position and maximised state (QWidget::saveGeometry()), per user.
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    [[nodiscard]] bool kioskEnabled() const;
    [[nodiscard]] QString kioskOrganizationName() const;
    [[nodiscard]] QString kioskLogoFile() const;
    [[nodiscard]] std::chrono::seconds kioskIdleTime() const;
    [[nodiscard]] std::chrono::seconds kioskThankYouTime() const;
    // How many tickets one kiosk takes in an hour before guests are sent to the staff; 0 for
    // no limit.
    [[nodiscard]] int kioskMaxTicketsPerHour() const;
    // The words over a kiosk's form (kiosk/greeting, kiosk/greeting/cs, ...); a translated
    // "How can we help?" when the admin set none.
    [[nodiscard]] QString kioskGreeting() const;
    // The languages a guest may choose ("en", "cs", ...), in the admin's order; only those the
    // application speaks.
    [[nodiscard]] QStringList kioskLanguages() const;
    // kiosk/onScreenKeyboard: on (the default) or off, for a kiosk with a real keyboard.
    [[nodiscard]] bool kioskOnScreenKeyboard() const;
    // Whether this run wants the on-screen keyboard: a kiosk that has not switched it off.
    [[nodiscard]] bool wantsOnScreenKeyboard() const;
    // What the thank-you screen's QR code holds for a reference: kiosk/referenceUrl with
    // {reference} filled in, or the reference itself when no address is set.
    [[nodiscard]] QString kioskReferenceLink(const QString& reference) const;
    // The printer a kiosk prints a guest's receipt on; empty for none.
    [[nodiscard]] QString kioskReceiptPrinter() const;
    [[nodiscard]] QString adminPinHash() const;

    // The admin's form policy. In kiosk mode the internal fields are hidden as well.
    [[nodiscard]] FormPolicy formPolicy() const;
    [[nodiscard]] ClientConfig clientConfig() const;

Q_SIGNALS:
    void changed(bizkithub::Settings::Key key);

private:
    [[nodiscard]] QString environmentVariable(Key key) const;
    [[nodiscard]] QVariant fileValue(const QString& name, const QVariant& fallback) const;
    [[nodiscard]] QSet<TicketField> fieldSet(Key key) const;
    [[nodiscard]] int positiveInt(Key key) const;
    // An on/off setting (true/false, on/off, yes/no, 1/0).
    [[nodiscard]] bool switchValue(Key key) const;
    // The value for the language shown (key/cs, key/de, ...), else the key's own.
    [[nodiscard]] QVariant inLanguageShown(Key key) const;

    std::unique_ptr<QSettings> m_settings; // the user's, or --config
    std::unique_ptr<QSettings> m_system;
    QProcessEnvironment m_environment;
    QHash<Key, QVariant> m_session;
    mutable QSet<Key> m_warned; // switches not understood, already reported
};

} // namespace bizkithub
