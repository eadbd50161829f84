// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingFile_usesDefaults();
    void configFile_isReadAndWritten();
    void environment_overridesFile();
    void setValue_emitsChangedOnce();
    void userFile_isReadableByOwnerOnly();
    void defaultRegion_fallsBackToCzForUnknown();
    void categories_acceptListOrCommaString();
    void formPolicyAndClientConfig_followSettings();
    void keyNames_areUnique();

private:
    QTemporaryDir m_dir;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettings::missingFile_usesDefaults()
{
    Settings settings(m_dir.filePath(QStringLiteral("missing.ini")), QProcessEnvironment());
    QCOMPARE(settings.baseUrl(), QStringLiteral("https://api.bizkithub.com"));
    QCOMPARE(settings.apiKey(), QString());
    QCOMPARE(settings.timeoutSeconds(), 30);
    QCOMPARE(settings.formPolicy().messageMaxLength, 10000);
}

void TestSettings::configFile_isReadAndWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("rw.ini"));
    {
        Settings settings(path, QProcessEnvironment());
        settings.setValue(Settings::Key::BaseUrl, QStringLiteral("https://test.example.com"));
        settings.setValue(Settings::Key::TimeoutSeconds, 12);
        settings.sync();
    }
    Settings again(path, QProcessEnvironment());
    QCOMPARE(again.baseUrl(), QStringLiteral("https://test.example.com"));
    QCOMPARE(again.timeoutSeconds(), 12);
    QSettings raw(path, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("api/baseUrl")).toString(),
             QStringLiteral("https://test.example.com"));
}

void TestSettings::environment_overridesFile()
{
    const QString path = m_dir.filePath(QStringLiteral("env.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("api/key"), QStringLiteral("PRODaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("BIZKITHUB_API_KEY"),
               QStringLiteral(" DEV_bbbbbbbbbbbbbbbbbbbbbbbbbbbb "));
    env.insert(QStringLiteral("BIZKITHUB_BASE_URL"), QStringLiteral("http://127.0.0.1:1"));
    Settings settings(path, env);
    QCOMPARE(settings.apiKey(), QStringLiteral("DEV_bbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
    QCOMPARE(settings.baseUrl(), QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(settings.isOverriddenByEnvironment(Settings::Key::ApiKey));
    QVERIFY(!settings.isOverriddenByEnvironment(Settings::Key::TimeoutSeconds));
}

void TestSettings::setValue_emitsChangedOnce()
{
    Settings settings(m_dir.filePath(QStringLiteral("signal.ini")), QProcessEnvironment());
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setValue(Settings::Key::SendToEmail, QStringLiteral("a@b.cz"));
    settings.setValue(Settings::Key::SendToEmail, QStringLiteral("a@b.cz"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<Settings::Key>(), Settings::Key::SendToEmail);
    settings.reset(Settings::Key::SendToEmail);
    QCOMPARE(spy.size(), 2);
}

void TestSettings::userFile_isReadableByOwnerOnly()
{
    Settings settings({}, QProcessEnvironment());
    QVERIFY(settings.fileName().contains(QLatin1String("BizKitHub")));
    settings.setValue(Settings::Key::ApiKey, QStringLiteral("PRODaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    settings.sync();
    const auto permissions = QFile::permissions(settings.fileName());
    QVERIFY(permissions.testFlag(QFile::ReadOwner));
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(permissions & others, QFileDevice::Permissions());
    QFile::remove(settings.fileName());
}

void TestSettings::defaultRegion_fallsBackToCzForUnknown()
{
    const QString path = m_dir.filePath(QStringLiteral("region.ini"));
    Settings settings(path, QProcessEnvironment());
    settings.setValue(Settings::Key::DefaultRegion, QStringLiteral("sk"));
    QCOMPARE(settings.defaultRegion(), QStringLiteral("SK"));
    settings.setValue(Settings::Key::DefaultRegion, QStringLiteral("XX"));
    // LC_ALL=C in the test environment: no territory, so the documented fallback applies.
    QCOMPARE(settings.defaultRegion(), QStringLiteral("CZ"));
}

void TestSettings::categories_acceptListOrCommaString()
{
    const QString path = m_dir.filePath(QStringLiteral("cat.ini"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[form]\ncategories=offer=Offer, complaint=Complaint\n");
    }
    Settings settings(path, QProcessEnvironment());
    QCOMPARE(settings.categories().size(), 2);
    settings.setValue(
        Settings::Key::Categories,
        QStringList{QStringLiteral("a=A"), QStringLiteral("b=B"), QStringLiteral("c")});
    QCOMPARE(settings.categories().size(), 3);
}

void TestSettings::formPolicyAndClientConfig_followSettings()
{
    Settings settings(m_dir.filePath(QStringLiteral("policy.ini")), QProcessEnvironment());
    settings.setValue(Settings::Key::MessageMaxLength, 500);
    settings.setValue(Settings::Key::TimeoutSeconds, 7);
    settings.setValue(Settings::Key::CaCertificates, QStringLiteral("/etc/ssl/extra.pem"));
    QCOMPARE(settings.formPolicy().messageMaxLength, 500);
    QCOMPARE(settings.clientConfig().timeout, std::chrono::milliseconds(7000));
    QCOMPARE(settings.clientConfig().caCertificatesFile, QStringLiteral("/etc/ssl/extra.pem"));
    settings.setValue(Settings::Key::TimeoutSeconds, QStringLiteral("nonsense"));
    QCOMPARE(settings.timeoutSeconds(), 30);
}

void TestSettings::keyNames_areUnique()
{
    QSet<QString> names;
    for (const Settings::Key key : Settings::allKeys()) {
        names.insert(Settings::keyName(key));
    }
    QCOMPARE(names.size(), Settings::allKeys().size());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
