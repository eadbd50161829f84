// SPDX-License-Identifier: GPL-3.0-or-later
#include "Consent.h"
#include "Settings.h"
#include "validation/BaseUrl.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
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
    void consent_textInTheLanguageShownAndAStableHash();
    void configFile_isReadAndWritten();
    void environment_overridesFile();
    void blankEnvironmentVariable_isAnInvalidSettingNotTheDefault();
    void setValue_emitsChangedOnce();
    void userFile_isReadableByOwnerOnly();
    void defaultRegion_fallsBackToCzForUnknown();
    void categories_acceptListOrCommaString();
    void formPolicyAndClientConfig_followSettings();
    void keyNames_areUnique();
    void systemScope_winsAndLocks();
    void systemScope_nativeFileFollowsXdgConfigDirs();
    void systemScope_nativeFileProbe();
    void sessionOverride_isStrongestAndNotSaved();
    void formPolicy_readsFieldListsAndPresets();
    void formPolicy_kioskHidesInternalFields();
    void clientConfig_refusesRootKeyOnKiosk();
    void kioskLanguages_defaultToTheFourAndDropUnknownOnes();
    void kioskOnScreenKeyboard_onUnlessSwitchedOff_data();
    void kioskOnScreenKeyboard_onUnlessSwitchedOff();
    void kioskReferenceLink_fillsInTheReference();
    void kioskCategories_inTheGuestsLanguageAndHiddenWithoutAList();

private:
    [[nodiscard]] QString writeIni(const QString& name, const QByteArray& content) const;

    QTemporaryDir m_dir;
};

QString TestSettings::writeIni(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

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

void TestSettings::blankEnvironmentVariable_isAnInvalidSettingNotTheDefault()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("BIZKITHUB_BASE_URL"), QStringLiteral("  "));
    Settings settings(m_dir.filePath(QStringLiteral("blank.ini")), env);
    QVERIFY(settings.isOverriddenByEnvironment(Settings::Key::BaseUrl));
    QCOMPARE(settings.baseUrl(), QString());
    QVERIFY(BaseUrl::check(settings.clientConfig().baseUrl).has_value());
    // Not set at all: the default platform.
    Settings unset(m_dir.filePath(QStringLiteral("blank.ini")), QProcessEnvironment());
    QCOMPARE(unset.baseUrl(), Settings::defaultBaseUrl);
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
    Settings settings{QString(), QProcessEnvironment()};
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

void TestSettings::systemScope_winsAndLocks()
{
    const QString system =
        writeIni(QStringLiteral("system.ini"), "[api]\nbaseUrl=https://admin.example.com\n"
                                               "[kiosk]\nenabled=true\nidleSeconds=45\n");
    const QString user =
        writeIni(QStringLiteral("user.ini"), "[api]\nbaseUrl=https://user.example.com\n"
                                             "timeoutSeconds=12\n[kiosk]\nenabled=false\n");
    Settings settings(Settings::Sources{user, system}, QProcessEnvironment());
    QCOMPARE(settings.baseUrl(), QStringLiteral("https://admin.example.com"));
    QVERIFY(settings.kioskEnabled());
    QCOMPARE(settings.kioskIdleTime(), std::chrono::seconds(45));
    QCOMPARE(settings.timeoutSeconds(), 12); // not set by the admin: the user's own
    QVERIFY(settings.isLockedBySystem(Settings::Key::BaseUrl));
    QVERIFY(settings.isReadOnly(Settings::Key::BaseUrl));
    QVERIFY(!settings.isLockedBySystem(Settings::Key::TimeoutSeconds));
    QVERIFY(!settings.isReadOnly(Settings::Key::TimeoutSeconds));

    // The user cannot change what the admin set, and the user's file keeps its own value.
    QSignalSpy spy(&settings, &Settings::changed);
    QVERIFY(!settings.setValue(Settings::Key::BaseUrl, QStringLiteral("https://x.example.com")));
    QCOMPARE(spy.size(), 0);
    QVERIFY(settings.setValue(Settings::Key::TimeoutSeconds, 20));
    QVERIFY(settings.sync());
    QSettings raw(user, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("api/baseUrl")).toString(),
             QStringLiteral("https://user.example.com"));
    QCOMPARE(raw.value(QStringLiteral("api/timeoutSeconds")).toInt(), 20);

    // The environment still beats the admin's file, as documented.
    QProcessEnvironment env;
    env.insert(QStringLiteral("BIZKITHUB_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
    Settings scripted(Settings::Sources{user, system}, env);
    QCOMPARE(scripted.baseUrl(), QStringLiteral("http://127.0.0.1:9"));

    // Writing the system scope is what the admin tools do.
    QVERIFY(settings.setValue(Settings::Key::KioskThankYouSeconds, 5, Settings::Scope::System));
    QVERIFY(settings.sync(Settings::Scope::System));
    QVERIFY(settings.isLockedBySystem(Settings::Key::KioskThankYouSeconds));
    QCOMPARE(QSettings(system, QSettings::IniFormat)
                 .value(QStringLiteral("kiosk/thankYouSeconds"))
                 .toInt(),
             5);
}

void TestSettings::systemScope_nativeFileFollowsXdgConfigDirs()
{
    // The real places, as an admin provisions them: BizKitHub/Contact.conf in a directory of
    // $XDG_CONFIG_DIRS. Qt reads that variable once per process, so a child process checks it.
#ifdef Q_OS_LINUX
    QTemporaryDir xdg;
    QVERIFY(QDir().mkpath(xdg.filePath(QStringLiteral("BizKitHub"))));
    QFile conf(xdg.filePath(QStringLiteral("BizKitHub/Contact.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[form]\nhiddenFields=notice\n");
    conf.close();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"),
               m_dir.filePath(QStringLiteral("missing")) + u':' + xdg.path());
    env.insert(QStringLiteral("BIZKITHUB_SETTINGS_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("systemScope_nativeFileProbe")});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    QVERIFY2(child.readAllStandardOutput().contains("PASS   : TestSettings::systemScope_"
                                                    "nativeFileProbe()"),
             "the child did not read the system scope");
#else
    QSKIP("the system scope outside Linux is the registry or /Library/Preferences");
#endif
}

void TestSettings::systemScope_nativeFileProbe()
{
    if (!qEnvironmentVariableIsSet("BIZKITHUB_SETTINGS_CHILD")) {
        QSKIP("run in a child process by systemScope_nativeFileFollowsXdgConfigDirs");
    }
    Settings settings(m_dir.filePath(QStringLiteral("probe-user.ini")), QProcessEnvironment());
    QVERIFY(settings.systemFileName().endsWith(QLatin1String("/BizKitHub/Contact.conf")));
    QVERIFY(settings.isLockedBySystem(Settings::Key::HiddenFields));
    QVERIFY(settings.formPolicy().isHidden(TicketField::Notice));
}

void TestSettings::sessionOverride_isStrongestAndNotSaved()
{
    const QString user = writeIni(QStringLiteral("session.ini"), "[kiosk]\nenabled=false\n");
    Settings settings(Settings::Sources{user, writeIni(QStringLiteral("empty-system.ini"), "")},
                      QProcessEnvironment());
    QVERIFY(!settings.kioskEnabled());
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setSessionOverride(Settings::Key::KioskEnabled, true);
    QCOMPARE(spy.size(), 1);
    QVERIFY(settings.kioskEnabled());
    QVERIFY(settings.isReadOnly(Settings::Key::KioskEnabled));
    settings.sync();
    QCOMPARE(QSettings(user, QSettings::IniFormat).value(QStringLiteral("kiosk/enabled")).toBool(),
             false);
}

void TestSettings::formPolicy_readsFieldListsAndPresets()
{
    const QString system =
        writeIni(QStringLiteral("policy-system.ini"),
                 "[form]\nrequiredFields=customerFirstName, subject\n"
                 "requireContact=emailOrPhone\nreadOnlyFields=categorySlug\n"
                 "hiddenFields=notice, nonsense\n"
                 "preset\\categorySlug=reception\npreset\\notice=Desk {hostname}, {date}\n");
    const QString user = writeIni(QStringLiteral("policy-user.ini"),
                                  "[form]\npreset\\categorySlug=user-choice\n"
                                  "preset\\subject=Hello\nsendToEmail=copy@example.com\n");
    Settings settings(Settings::Sources{user, system}, QProcessEnvironment());
    const FormPolicy policy = settings.formPolicy();
    QCOMPARE(policy.requiredFields, (QSet{TicketField::CustomerFirstName, TicketField::Subject}));
    QCOMPARE(policy.requireContact, FormPolicy::ContactRequirement::EmailOrPhone);
    QCOMPARE(policy.hiddenFields, QSet{TicketField::Notice}); // the unknown name is ignored
    QCOMPARE(policy.readOnlyFields, QSet{TicketField::CategorySlug});
    QCOMPARE(policy.presets.value(TicketField::CategorySlug), QStringLiteral("reception"));
    QCOMPARE(policy.presets.value(TicketField::Subject), QStringLiteral("Hello"));
    // The older key still gives the copy address.
    QCOMPARE(policy.presets.value(TicketField::SendToEmail), QStringLiteral("copy@example.com"));
    const QDateTime now(QDate(2026, 11, 25), QTime(9, 30));
    QCOMPARE(policy.presetValue(TicketField::Notice, now, QStringLiteral("desk-7")),
             QStringLiteral("Desk desk-7, 2026-11-25")); // a comma makes no list

    const QString unknown =
        writeIni(QStringLiteral("policy-bad.ini"), "[form]\nrequireContact=carrier-pigeon\n");
    Settings bad(Settings::Sources{unknown, writeIni(QStringLiteral("none.ini"), "")},
                 QProcessEnvironment());
    QCOMPARE(bad.formPolicy().requireContact, FormPolicy::ContactRequirement::None);
}

void TestSettings::formPolicy_kioskHidesInternalFields()
{
    Settings settings(Settings::Sources{writeIni(QStringLiteral("kiosk-user.ini"), ""),
                                        writeIni(QStringLiteral("kiosk-system.ini"), "")},
                      QProcessEnvironment());
    QVERIFY(!settings.formPolicy().isHidden(TicketField::Notice));
    settings.setSessionOverride(Settings::Key::KioskEnabled, true);
    const FormPolicy policy = settings.formPolicy();
    QVERIFY(policy.isHidden(TicketField::Notice));
    QVERIFY(policy.isHidden(TicketField::SendToEmail));
    QVERIFY(!policy.isHidden(TicketField::Message));
}

void TestSettings::clientConfig_refusesRootKeyOnKiosk()
{
    Settings settings(Settings::Sources{writeIni(QStringLiteral("root-user.ini"), ""),
                                        writeIni(QStringLiteral("root-system.ini"), "")},
                      QProcessEnvironment());
    QVERIFY(!settings.clientConfig().refuseRootKey);
    settings.setSessionOverride(Settings::Key::KioskEnabled, true);
    QVERIFY(settings.clientConfig().refuseRootKey);
}

void TestSettings::consent_textInTheLanguageShownAndAStableHash()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("consent.ini"));
    {
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[form]\nconsentRequired=true\nconsentText=We keep your details.\n"
                  "consentText/de=Wir speichern Ihre Angaben.\n");
    }
    Settings settings(file, QProcessEnvironment());
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    FormPolicy policy = settings.formPolicy();
    QVERIFY(policy.consentRequired);
    QCOMPARE(policy.consentText, QStringLiteral("Wir speichern Ihre Angaben."));
    QLocale::setDefault(
        QLocale(QLocale::Czech, QLocale::CzechRepublic)); // no Czech text: the general one
    policy = settings.formPolicy();
    QCOMPARE(policy.consentText, QStringLiteral("We keep your details."));
    QLocale::setDefault(before);

    // The hash names the text, whatever its spacing or Unicode form; another text, another hash.
    const QString text = QStringLiteral("Souhlasím se zpracováním údajů.");
    QCOMPARE(Consent::hashOf(text).size(), 8);
    QCOMPARE(Consent::hashOf(text),
             Consent::hashOf(u"  " + text.normalized(QString::NormalizationForm_D) + u" "));
    QVERIFY(Consent::hashOf(text) != Consent::hashOf(QStringLiteral("Nesouhlasím.")));
    // The line goes after what the note already says.
    Ticket ticket;
    ticket.setValue(TicketField::Notice, QStringLiteral("Room 12"));
    const Consent consent{QDateTime(QDate(2026, 12, 2), QTime(9, 42), Qt::UTC), text};
    QCOMPARE(consent.recordedIn(ticket).value(TicketField::Notice),
             QStringLiteral("Room 12\n\nConsent given 2026-12-02 09:42 UTC to the notice #") +
                 Consent::hashOf(text) + u'.');
}

void TestSettings::kioskLanguages_defaultToTheFourAndDropUnknownOnes()
{
    Settings none(writeIni(QStringLiteral("languages-none.ini"), ""), QProcessEnvironment());
    QCOMPARE(none.kioskLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("cs"),
                                                 QStringLiteral("sk"), QStringLiteral("de")}));
    // The admin's order; a language the app does not speak is left out with a warning.
    Settings some(
        writeIni(QStringLiteral("languages-some.ini"), "[kiosk]\nlanguages=DE, cs, xx, de\n"),
        QProcessEnvironment());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("kiosk/languages.*xx")));
    QCOMPARE(some.kioskLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("cs")}));
}

void TestSettings::kioskOnScreenKeyboard_onUnlessSwitchedOff_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("kiosk");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("default in a kiosk") << QByteArray() << true << true;
    QTest::newRow("default at a desk") << QByteArray() << false << false;
    QTest::newRow("on") << QByteArray("onScreenKeyboard=on") << true << true;
    QTest::newRow("off") << QByteArray("onScreenKeyboard=off") << true << false;
    QTest::newRow("false") << QByteArray("onScreenKeyboard=false") << true << false;
    QTest::newRow("Off") << QByteArray("onScreenKeyboard=Off") << true << false;
}

void TestSettings::kioskOnScreenKeyboard_onUnlessSwitchedOff()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, kiosk);
    QFETCH(bool, wanted);
    Settings settings(writeIni(QLatin1String(QTest::currentDataTag()) + QStringLiteral(".ini"),
                               "[kiosk]\n" + line + '\n'),
                      QProcessEnvironment());
    settings.setSessionOverride(Settings::Key::KioskEnabled, kiosk);
    QCOMPARE(settings.wantsOnScreenKeyboard(), wanted);
}

void TestSettings::kioskReferenceLink_fillsInTheReference()
{
    Settings none(writeIni(QStringLiteral("link-none.ini"), ""), QProcessEnvironment());
    QCOMPARE(none.kioskReferenceLink(QStringLiteral("K7Q2-9XMD")), QStringLiteral("K7Q2-9XMD"));
    Settings url(
        writeIni(QStringLiteral("link-url.ini"),
                 "[kiosk]\nreferenceUrl=https://help.example.com/t/{reference}?from=kiosk\n"),
        QProcessEnvironment());
    QCOMPARE(url.kioskReferenceLink(QStringLiteral("K7Q2-9XMD")),
             QStringLiteral("https://help.example.com/t/K7Q2-9XMD?from=kiosk"));
}

void TestSettings::kioskCategories_inTheGuestsLanguageAndHiddenWithoutAList()
{
    Settings settings(writeIni(QStringLiteral("categories-languages.ini"),
                               "[form]\ncategories=room=Room, wifi=Wi-Fi\n"
                               "categories/de=room=Zimmer, wifi=WLAN\n"),
                      QProcessEnvironment());
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(settings.categories(),
             (QStringList{QStringLiteral("room=Zimmer"), QStringLiteral("wifi=WLAN")}));
    QLocale::setDefault(QLocale(QLocale::Czech, QLocale::CzechRepublic));
    QCOMPARE(settings.categories(),
             (QStringList{QStringLiteral("room=Room"), QStringLiteral("wifi=Wi-Fi")}));

    // A guest chooses from the admin's list or not at all; staff may type a slug.
    Settings none(writeIni(QStringLiteral("categories-none.ini"), ""), QProcessEnvironment());
    QVERIFY(!none.formPolicy().isHidden(TicketField::CategorySlug));
    none.setSessionOverride(Settings::Key::KioskEnabled, true);
    QVERIFY(none.formPolicy().isHidden(TicketField::CategorySlug));
    settings.setSessionOverride(Settings::Key::KioskEnabled, true);
    QVERIFY(!settings.formPolicy().isHidden(TicketField::CategorySlug));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
