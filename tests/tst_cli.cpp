// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built bizkithub-contact-cli against the fake server and checks what a script sees:
// exit codes, stdout and stderr.
#include "Consent.h"
#include "FakeBizKitHub.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSslCertificate>
#include <QSslKey>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using bizkithub::test::FakeBizKitHub;
using Reply = FakeBizKitHub::Reply;

namespace {

const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dryRun_printsNormalisedBodyAndSendsNothing();
    void dryRun_readsMessageFromStdin();
    void invalidInput_namesEachFieldAndExits3();
    void usageErrors_exit2_data();
    void usageErrors_exit2();
    void missingKey_exits3WithoutSending();
    void messageFileNotUtf8_exits3();
    void connectionRefused_exits4();
    void untrustedCertificate_exits5();
    void outcomes_mapToExitCodes_data();
    void outcomes_mapToExitCodes();
    void json_printsOneObject();
    void configFile_suppliesSettings();
    void timeout_exits4();
    void output_neverContainsTheKey();
    void version_printsProjectVersion();
    void serverDown_keepsTicketThenFlushDeliversOnce();
    void noQueue_storesNothing();
    void flush_withRejectedKey_exits5();
    void serverEchoingTheKey_isRedactedInOutputAndStore();
    void damagedStore_isAnErrorEverywhereAndLeftAlone();
    void flushKilledMidRequest_nextFlushSendsItsTicketAtOnce();
    void blankBaseUrl_isAConfigurationError();
    void exportImport_deliversOnceOnAnotherMachine();
    void showRetryDiscard_findTicketByReference();
    void manyProcessesOpeningANewOutbox_allSucceed();
    void exportMove_leavesNothingToSendTwice();
    void systemPolicy_presetsLockedFieldsAndRequirements();
    void systemPolicy_importMarksTicketsThatBreakIt();
    void kiosk_rootKeyIsRefused();
    void adminSetPin_writesAVerifiableHash();
    void consentRequired_needsTheOptionWhichTheNoteRecords();

private:
    Run run(const QStringList& arguments, const QByteArray& stdinData = {},
            const QString& key = validKey);
    [[nodiscard]] QProcessEnvironment environmentFor(const QString& home, const QString& key) const;
    Run runIn(const QString& home, const QStringList& arguments, const QByteArray& stdinData = {},
              const QString& key = validKey);
    QJsonArray outboxList(const QString& home);
    // Every byte of the outbox files (database, WAL, shared memory) under home.
    static QByteArray storeBytes(const QString& home);
    static QString storePath(const QString& home);

    // Writes the admin's system-wide settings the CLI will read (through $XDG_CONFIG_DIRS).
    void provisionSystem(const QByteArray& ini);

    FakeBizKitHub* m_server = nullptr;
    QTemporaryDir m_dir;
    QString m_systemConfigDirs;
};

void TestCli::provisionSystem(const QByteArray& ini)
{
    m_systemConfigDirs = m_dir.filePath(QStringLiteral("xdg"));
    QDir().mkpath(m_systemConfigDirs + QStringLiteral("/BizKitHub"));
    QFile file(m_systemConfigDirs + QStringLiteral("/BizKitHub/Contact.conf"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(ini) == ini.size());
}

void TestCli::init()
{
    m_server = new FakeBizKitHub(this);
    QVERIFY(m_server->start());
    // Every test starts with an empty outbox and no admin settings.
    QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
    QDir(m_dir.filePath(QStringLiteral("xdg"))).removeRecursively();
    m_systemConfigDirs = m_dir.filePath(QStringLiteral("no-xdg"));
}

QJsonArray TestCli::outboxList(const QString& home)
{
    const Run r =
        runIn(home, {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).array();
}

void TestCli::cleanup()
{
    delete m_server;
}

Run TestCli::run(const QStringList& arguments, const QByteArray& stdinData, const QString& key)
{
    return runIn(m_dir.path(), arguments, stdinData, key);
}

QProcessEnvironment TestCli::environmentFor(const QString& home, const QString& key) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (key.isEmpty()) {
        env.remove(QStringLiteral("BIZKITHUB_API_KEY")); // not blank: blank is a setting too
    } else {
        env.insert(QStringLiteral("BIZKITHUB_API_KEY"), key);
    }
    env.insert(QStringLiteral("BIZKITHUB_BASE_URL"), m_server->baseUrl());
    env.insert(QStringLiteral("HOME"), home); // no user settings or outbox leak in
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_systemConfigDirs);
    return env;
}

Run TestCli::runIn(const QString& home, const QStringList& arguments, const QByteArray& stdinData,
                   const QString& key)
{
    QProcess process;
    process.setProcessEnvironment(environmentFor(home, key));
    process.start(QStringLiteral(BIZKITHUB_CLI_PATH), arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(stdinData);
    process.closeWriteChannel();
    // The fake server lives in this process: keep its event loop turning while the CLI runs.
    QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::dryRun_printsNormalisedBodyAndSendsNothing()
{
    const Run r = run(
        {QStringLiteral("send"), QStringLiteral("--dry-run"), QStringLiteral("--message"),
         QStringLiteral("  Dobrý den,\r\nprosím o fakturu. "), QStringLiteral("--email"),
         QStringLiteral("Eva Nová <Eva@Příklad.CZ>"), QStringLiteral("--phone"),
         QStringLiteral("0905 123 456"), QStringLiteral("--default-region"), QStringLiteral("sk"),
         QStringLiteral("--subject"), QStringLiteral("Faktura\n za  říjen"),
         QStringLiteral("--category"), QStringLiteral("billing")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.out,
        QByteArray(R"({"categorySlug":"billing","customerEmail":"Eva@xn--pklad-zsa96e.cz",)"
                   R"("customerPhone":"+421 905123456","message":"Dobrý den,\nprosím o fakturu.",)"
                   R"("subject":"Faktura za říjen"})"
                   "\n"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCli::dryRun_readsMessageFromStdin()
{
    const Run r = run({QStringLiteral("send"), QStringLiteral("--dry-run"),
                       QStringLiteral("--message-file"), QStringLiteral("-")},
                      "line one\r\nline two\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray(R"({"message":"line one\nline two"})"
                               "\n"));
}

void TestCli::invalidInput_namesEachFieldAndExits3()
{
    const Run r =
        run({QStringLiteral("send"), QStringLiteral("--email"), QStringLiteral("jan@gmail"),
             QStringLiteral("--phone"), QStringLiteral("+420 777 123 456 ext 5"),
             QStringLiteral("--category"), QStringLiteral("Sales Team")});
    QCOMPARE(r.exitCode, 3);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith("--email: "));
    QVERIFY(lines[1].startsWith("--phone: "));
    QVERIFY(lines[1].contains("extension"));
    QVERIFY(lines[2].startsWith("--category: "));
    QVERIFY(lines[3].startsWith("--message: "));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCli::usageErrors_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("send"), QStringLiteral("--colour")};
    QTest::newRow("message twice")
        << QStringList{QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("a"),
                       QStringLiteral("--message-file"), QStringLiteral("-")};
    QTest::newRow("bad region") << QStringList{
        QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("a"),
        QStringLiteral("--default-region"), QStringLiteral("Czechia")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("send"), QStringLiteral("--message"),
                                                QStringLiteral("a"), QStringLiteral("--timeout"),
                                                QStringLiteral("soon")};
    QTest::newRow("timeout too small")
        << QStringList{QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("a"),
                       QStringLiteral("--timeout"), QStringLiteral("0.0001")};
    QTest::newRow("unquoted words") << QStringList{
        QStringLiteral("send"),      QStringLiteral("--message"), QStringLiteral("hi"),
        QStringLiteral("--subject"), QStringLiteral("Hello"),     QStringLiteral("world"),
        QStringLiteral("--dry-run")};
}

void TestCli::usageErrors_exit2()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty()); // nothing half-done on stdout
}

void TestCli::messageFileNotUtf8_exits3()
{
    const QString path = m_dir.filePath(QStringLiteral("utf16.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromHex("fffe480069000a00")); // "Hi\n" in UTF-16 with a BOM
    file.close();
    const Run r = run({QStringLiteral("send"), QStringLiteral("--dry-run"),
                       QStringLiteral("--message-file"), path});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("UTF-8"));
}

void TestCli::connectionRefused_exits4()
{
    m_server->close(); // the address stays; nobody listens there any more
    const Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
                       QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"outcome").toString(),
             QStringLiteral("offline"));
}

void TestCli::untrustedCertificate_exits5()
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey key;
    QString file;
    QVERIFY(bizkithub::test::makeSelfSignedCertificate(dir.path(), &certificate, &key, &file));
    delete m_server;
    m_server = new FakeBizKitHub(this);
    m_server->setTls(certificate, key);
    QVERIFY(m_server->start());
    const Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
                       QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"outcome").toString(),
             QStringLiteral("tls-failure"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCli::missingKey_exits3WithoutSending()
{
    const Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi")},
                      {}, QString());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("API key"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCli::outcomes_mapToExitCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("sent") << 200 << QByteArray(R"({"success":true})") << 0;
    QTest::newRow("success false") << 200 << QByteArray(R"({"success":false})") << 5;
    QTest::newRow("unreadable 200") << 200 << QByteArray("<html>") << 4;
    QTest::newRow("key rejected") << 401
                                  << QByteArray(
                                         R"({"error":{"code":"PUBLIC_API_KEY_DOES_NOT_EXIST"}})")
                                  << 5;
    QTest::newRow("422") << 422 << QByteArray(R"({"error":{"code":"INVALID"}})") << 5;
    QTest::newRow("404 wrong address") << 404 << QByteArray() << 5;
    QTest::newRow("redirect") << 302 << QByteArray() << 5;
    QTest::newRow("429") << 429 << QByteArray(R"({"error":{"code":"RATE_LIMIT_EXCEEDED"}})") << 4;
    QTest::newRow("500") << 500 << QByteArray() << 4;
    QTest::newRow("503") << 503 << QByteArray() << 4;
}

void TestCli::outcomes_mapToExitCodes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    Reply reply = Reply::json(status, body);
    if (status == 302) {
        reply.headers.append(
            qMakePair(QByteArray("Location"), QByteArray("https://elsewhere.example.com/")));
    }
    m_server->enqueue(reply);
    const Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi")});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(m_server->requests().size(), 1);
    if (exitCode != 0) {
        QVERIFY(!r.err.isEmpty());
    }
}

void TestCli::json_printsOneObject()
{
    m_server->enqueue(
        Reply::error(429, "RATE_LIMIT_EXCEEDED", "slow down", {{"Retry-After", "60"}}));
    const Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
                       QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"outcome").toString(), QStringLiteral("rate-limited"));
    QCOMPARE(o.value(u"httpStatus").toInt(), 429);
    QCOMPARE(o.value(u"errorCode").toString(), QStringLiteral("RATE_LIMIT_EXCEEDED"));
    QVERIFY(o.contains(u"retryAt"));
    QCOMPARE(o.value(u"delivered").toBool(), false);
}

void TestCli::configFile_suppliesSettings()
{
    const QString path = m_dir.filePath(QStringLiteral("kiosk.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[form]\nsendToEmail=Help@Shop.CZ\ndefaultRegion=DE\n");
    file.close();
    const Run r = run({QStringLiteral("send"), QStringLiteral("--config"), path,
                       QStringLiteral("--message"), QStringLiteral("Hi"), QStringLiteral("--phone"),
                       QStringLiteral("030 12345678"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"sendToEmail").toString(), QStringLiteral("Help@shop.cz"));
    QCOMPARE(o.value(u"customerPhone").toString(), QStringLiteral("+49 3012345678"));
}

void TestCli::timeout_exits4()
{
    m_server->enqueue(Reply::hang());
    const Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
                       QStringLiteral("--timeout"), QStringLiteral("0.5")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("uncertain"));
}

void TestCli::output_neverContainsTheKey()
{
    m_server->enqueue(Reply{404, {}, "nothing here for apiKey=" + validKey.toLatin1(), {}, false});
    const QString badKey = QStringLiteral("PRODthisKeyIsWellFormedButUnknown");
    Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
                 QStringLiteral("--json")});
    QVERIFY(!QByteArray(r.out + r.err).contains(validKey.mid(4).toLatin1()));
    // A careless server echoing the key back, in its message and in a redirect target.
    m_server->enqueue(Reply::error(401, "PUBLIC_API_KEY_DOES_NOT_EXIST",
                                   "unknown key " + badKey.left(32).toLatin1()));
    r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi")}, {},
            badKey.left(32));
    QCOMPARE(r.exitCode, 5);
    QVERIFY(!QByteArray(r.out + r.err).contains(badKey.mid(4, 28).toLatin1()));
    m_server->enqueue(
        Reply{307, {{"Location", "https://x.example.com/" + validKey.toLatin1()}}, {}, {}, false});
    r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(!QByteArray(r.out + r.err).contains(validKey.mid(4).toLatin1()));
}

void TestCli::version_printsProjectVersion()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("bizkithub-contact-cli " BIZKITHUB_VERSION));
}

void TestCli::serverDown_keepsTicketThenFlushDeliversOnce()
{
    const quint16 port = m_server->serverPort();
    m_server->close();
    const Run sent = run({QStringLiteral("send"), QStringLiteral("--message"),
                          QStringLiteral("Printer jammed"), QStringLiteral("--json")});
    QCOMPARE(sent.exitCode, 4);
    QVERIFY(sent.err.contains("Kept in the outbox"));
    const QJsonObject result = QJsonDocument::fromJson(sent.out).object();
    QVERIFY(result.value(u"queued").toBool());

    const QJsonArray list = outboxList(m_dir.path());
    QCOMPARE(list.size(), 1);
    const QJsonObject entry = list.first().toObject();
    QCOMPARE(entry.value(u"id").toString(), result.value(u"id").toString());
    QCOMPARE(entry.value(u"state").toString(), QStringLiteral("queued"));
    QCOMPARE(entry.value(u"attempts").toInt(), 1);
    QVERIFY(!entry.value(u"created").toString().isEmpty());
    QVERIFY(!entry.value(u"nextAttempt").toString().isEmpty());
    const QJsonObject ticket = entry.value(u"ticket").toObject();
    QCOMPARE(ticket.value(u"message").toString(), QStringLiteral("Printer jammed"));
    QVERIFY(ticket.value(u"notice").toString().contains(result.value(u"reference").toString()));

    QVERIFY(m_server->start(port));
    const Run flushed = run({QStringLiteral("outbox"), QStringLiteral("flush")});
    QCOMPARE(flushed.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(QString::fromLatin1(m_server->requests().first().header("Idempotency-Key")),
             result.value(u"id").toString());
    QCOMPARE(outboxList(m_dir.path()).first().toObject().value(u"state").toString(),
             QStringLiteral("sent"));
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("flush")}).exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1); // nothing sent twice
}

void TestCli::noQueue_storesNothing()
{
    m_server->close();
    const Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
                       QStringLiteral("--no-queue")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!r.err.contains("Kept in the outbox"));
    QCOMPARE(outboxList(m_dir.path()).size(), 0);
}

void TestCli::flush_withRejectedKey_exits5()
{
    m_server->close();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(
            run({QStringLiteral("send"), QStringLiteral("--message"), QString::number(i)}).exitCode,
            4);
    }
    QVERIFY(m_server->start()); // run() gives the CLI its new address
    m_server->setHandler([](const FakeBizKitHub::Request&) {
        return Reply::error(401, "PUBLIC_API_KEY_DOES_NOT_EXIST", "unknown");
    });
    const Run r = run({QStringLiteral("outbox"), QStringLiteral("flush")});
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(m_server->requests().size(), 1); // one request, then the queue holds
    QVERIFY(r.err.contains("API key"));
    // The held tickets wait too: they are counted, not left out of "still waiting".
    QVERIFY2(r.out.contains("Still waiting: 3."), r.out.constData());
}

QByteArray TestCli::storeBytes(const QString& home)
{
    QByteArray bytes;
    QDirIterator it(home + QStringLiteral("/data"), {QStringLiteral("outbox.sqlite*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    return bytes;
}

QString TestCli::storePath(const QString& home)
{
    QDirIterator it(home + QStringLiteral("/data"), {QStringLiteral("outbox.sqlite")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

void TestCli::serverEchoingTheKey_isRedactedInOutputAndStore()
{
    // A server that puts the key into its error code, its request id and X-Request-Id.
    const QByteArray key = validKey.toLatin1();
    m_server->setHandler([key](const FakeBizKitHub::Request&) {
        return Reply::json(400,
                           R"({"error":{"code":")" + key + R"(","message":"bad )" + key +
                               R"(","requestId":")" + key + R"("}})",
                           {{"X-Request-Id", "id-" + key}});
    });
    const QByteArray secret = key.mid(4);
    const Run text =
        run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi")});
    QCOMPARE(text.exitCode, 5);
    QVERIFY2(!QByteArray(text.out + text.err).contains(secret), text.err.constData());
    const Run json = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
                          QStringLiteral("--json")});
    QVERIFY2(!QByteArray(json.out + json.err).contains(secret), json.out.constData());
    const QString reference =
        QJsonDocument::fromJson(json.out).object().value(u"reference").toString();
    QVERIFY(!reference.isEmpty());
    for (const QStringList& show :
         {QStringList{QStringLiteral("outbox"), QStringLiteral("show"), reference},
          QStringList{QStringLiteral("outbox"), QStringLiteral("show"), reference,
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("outbox"), QStringLiteral("list"),
                      QStringLiteral("--json")}}) {
        const Run r = run(show);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!QByteArray(r.out + r.err).contains(secret), r.out.constData());
    }
    const QByteArray stored = storeBytes(m_dir.path());
    QVERIFY(stored.contains("PROD"));
    QVERIFY(!stored.contains(secret));
}

void TestCli::damagedStore_isAnErrorEverywhereAndLeftAlone()
{
    m_server->close();
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(run({QStringLiteral("send"), QStringLiteral("--message"),
                      QStringLiteral("Ticket %1 ").arg(i) + QString(2000, u'x')})
                     .exitCode,
                 4);
    }
    const QString path = storePath(m_dir.path());
    QVERIFY(!path.isEmpty());
    // Three pages overwritten, the header intact.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 6 * 4096);
    for (qint64 page : {2, 3, 4}) {
        QVERIFY(file.seek(page * 4096));
        QCOMPARE(file.write(QByteArray(4096, '\xA5')), 4096);
    }
    file.close();
    const QByteArray before = storeBytes(m_dir.path());

    for (const QStringList& arguments :
         {QStringList{QStringLiteral("outbox"), QStringLiteral("list")},
          QStringList{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")},
          QStringList{QStringLiteral("outbox"), QStringLiteral("flush")},
          QStringList{QStringLiteral("send"), QStringLiteral("--message"),
                      QStringLiteral("New")}}) {
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 1,
                 qPrintable(arguments.join(u' ') + u' ' + QString::number(r.exitCode)));
        QVERIFY2(r.err.contains(QFileInfo(path).fileName().toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QVERIFY2(!r.out.contains("[]") && !r.out.contains("Delivered: 0"), r.out.constData());
    }
    QCOMPARE(storeBytes(m_dir.path()), before); // never rewritten or recreated
}

void TestCli::flushKilledMidRequest_nextFlushSendsItsTicketAtOnce()
{
    m_server->close();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(
            run({QStringLiteral("send"), QStringLiteral("--message"), QString::number(i)}).exitCode,
            4);
    }
    QVERIFY(m_server->start());
    m_server->setHandler([](const FakeBizKitHub::Request&) { return Reply::hang(); });
    QProcess flush;
    flush.setProcessEnvironment(environmentFor(m_dir.path(), validKey));
    flush.start(QStringLiteral(BIZKITHUB_CLI_PATH),
                {QStringLiteral("outbox"), QStringLiteral("flush")});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 20000);
    flush.kill(); // SIGKILL while its ticket is claimed and on the wire
    QVERIFY(flush.waitForFinished(10000));
    QCOMPARE(flush.exitStatus(), QProcess::CrashExit);

    // The claim would have lasted minutes; its owner is gone, so the next flush takes it at once
    // (as uncertain: the request had left), with the others.
    m_server->setHandler([](const FakeBizKitHub::Request&) { return Reply::success(); });
    const Run r = run({QStringLiteral("outbox"), QStringLiteral("flush")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Delivered: 3. Still waiting: 0."), r.out.constData());
    QCOMPARE(m_server->requests().size(), 4); // the killed attempt, then each ticket once
    QSet<QByteArray> keys;
    for (qsizetype i = 1; i < m_server->requests().size(); ++i) {
        keys.insert(m_server->requests().at(i).header("Idempotency-Key"));
    }
    QCOMPARE(keys.size(), 3);
    QVERIFY(keys.contains(m_server->requests().first().header("Idempotency-Key")));
}

void TestCli::blankBaseUrl_isAConfigurationError()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess process;
    env.insert(QStringLiteral("BIZKITHUB_API_KEY"), validKey);
    env.insert(QStringLiteral("BIZKITHUB_BASE_URL"), QString());
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BIZKITHUB_CLI_PATH),
                  {QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardError().contains("BIZKITHUB_BASE_URL"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::exportImport_deliversOnceOnAnotherMachine()
{
    m_server->close();
    QCOMPARE(run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Travels")})
                 .exitCode,
             4);
    const QString file = m_dir.filePath(QStringLiteral("carry.json"));
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("export"), file}).exitCode, 0);

    QTemporaryDir otherMachine;
    const QStringList import{QStringLiteral("outbox"), QStringLiteral("import"), file};
    QCOMPARE(runIn(otherMachine.path(), import).exitCode, 0);
    QCOMPARE(runIn(otherMachine.path(), import).exitCode, 0); // twice adds nothing
    QCOMPARE(outboxList(otherMachine.path()).size(), 1);

    QVERIFY(m_server->start());
    QCOMPARE(
        runIn(otherMachine.path(), {QStringLiteral("outbox"), QStringLiteral("flush")}).exitCode,
        0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().json().value(u"message").toString(),
             QStringLiteral("Travels"));
}

void TestCli::showRetryDiscard_findTicketByReference()
{
    m_server->close();
    const Run sent = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("x"),
                          QStringLiteral("--json")});
    const QString reference =
        QJsonDocument::fromJson(sent.out).object().value(u"reference").toString();
    const Run shown = run({QStringLiteral("outbox"), QStringLiteral("show"), reference});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("queued"));
    QVERIFY(shown.out.contains("offline"));
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("retry"), reference}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("discard"), reference}).exitCode, 0);
    QCOMPARE(outboxList(m_dir.path()).size(), 0);
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("show"), reference}).exitCode, 3);
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("fly")}).exitCode, 2);
}

void TestCli::manyProcessesOpeningANewOutbox_allSucceed()
{
    QTemporaryDir fresh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), fresh.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), fresh.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), fresh.filePath(QStringLiteral("config")));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 12; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(BIZKITHUB_CLI_PATH),
                       {QStringLiteral("outbox"), QStringLiteral("list")});
        processes.push_back(std::move(process));
    }
    for (const auto& process : processes) {
        QVERIFY(process->waitForFinished(30000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
}

void TestCli::exportMove_leavesNothingToSendTwice()
{
    m_server->close();
    QCOMPARE(run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Moves")})
                 .exitCode,
             4);
    const QString file = m_dir.filePath(QStringLiteral("moved.json"));
    QCOMPARE(
        run({QStringLiteral("outbox"), QStringLiteral("export"), file, QStringLiteral("--move")})
            .exitCode,
        0);
    QCOMPARE(outboxList(m_dir.path()).size(), 0); // this machine will not send it too
    QTemporaryDir otherMachine;
    QCOMPARE(runIn(otherMachine.path(), {QStringLiteral("outbox"), QStringLiteral("import"), file})
                 .exitCode,
             0);
    QCOMPARE(outboxList(otherMachine.path()).size(), 1);
}

void TestCli::consentRequired_needsTheOptionWhichTheNoteRecords()
{
    const QString notice = QStringLiteral("We keep your details for 30 days to handle this.");
    provisionSystem("[form]\nconsentRequired=true\nconsentText=" + notice.toUtf8() + "\n");
    // Without --consent nothing goes: exit 3, a sentence naming the option.
    Run r = run({QStringLiteral("send"), QStringLiteral("--dry-run"), QStringLiteral("--message"),
                 QStringLiteral("Hi")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--consent"), r.err.constData());
    r = run({QStringLiteral("send"), QStringLiteral("--json"), QStringLiteral("--message"),
             QStringLiteral("Hi")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(u"problems")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"field")
                 .toString(),
             QStringLiteral("consent"));
    QVERIFY(m_server->requests().isEmpty());
    // With it, the note says when and to which text.
    r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi"),
             QStringLiteral("--consent")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    const QString note = m_server->requests().first().json().value(u"notice").toString();
    QVERIFY2(note.startsWith(QStringLiteral("Consent given ")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral(" UTC to the notice #") +
                           bizkithub::Consent::hashOf(notice) + u'.'),
             qPrintable(note));
}

void TestCli::systemPolicy_presetsLockedFieldsAndRequirements()
{
    provisionSystem("[form]\n"
                    "readOnlyFields=categorySlug\n"
                    "hiddenFields=notice\n"
                    "requiredFields=customerFirstName\n"
                    "requireContact=emailOrPhone\n"
                    "preset\\categorySlug=reception\n"
                    "preset\\notice=Filed at {hostname} on {date}\n"
                    "preset\\subject=Visit\n");
    // A field the admin locked cannot be given...
    Run r = run({QStringLiteral("send"), QStringLiteral("--dry-run"), QStringLiteral("--message"),
                 QStringLiteral("Hi"), QStringLiteral("--category"), QStringLiteral("billing"),
                 QStringLiteral("--notice"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--notice") && r.err.contains("--category") &&
                 r.err.contains("administrator"),
             r.err.constData());
    // ...required fields and the contact requirement are checked, each named...
    r = run({QStringLiteral("send"), QStringLiteral("--dry-run"), QStringLiteral("--message"),
             QStringLiteral("Hi")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--first-name") && r.err.contains("--email") &&
                 r.err.contains("phone number"),
             r.err.constData());
    // ...and the presets fill the rest, the placeholders filled in.
    r = run({QStringLiteral("send"), QStringLiteral("--dry-run"), QStringLiteral("--message"),
             QStringLiteral("Hi"), QStringLiteral("--first-name"), QStringLiteral("Eva"),
             QStringLiteral("--phone"), QStringLiteral("+420 777 123 456")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject body = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(body.value(u"categorySlug").toString(), QStringLiteral("reception"));
    QCOMPARE(body.value(u"subject").toString(), QStringLiteral("Visit"));
    QCOMPARE(body.value(u"notice").toString(),
             QStringLiteral("Filed at %1 on %2")
                 .arg(QSysInfo::machineHostName(), QDate::currentDate().toString(Qt::ISODate)));
    // A preset of an unlocked field gives way to what is typed.
    r = run({QStringLiteral("send"), QStringLiteral("--dry-run"), QStringLiteral("--message"),
             QStringLiteral("Hi"), QStringLiteral("--first-name"), QStringLiteral("Eva"),
             QStringLiteral("--email"), QStringLiteral("eva@example.com"),
             QStringLiteral("--subject"), QStringLiteral("Parking")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"subject").toString(),
             QStringLiteral("Parking"));
    QCOMPARE(m_server->requests().size(), 0); // dry runs only
}

void TestCli::systemPolicy_importMarksTicketsThatBreakIt()
{
    // A ticket queued on a machine without rules...
    const QString other = m_dir.filePath(QStringLiteral("other-desk"));
    m_server->enqueue(Reply{503, {}, {}, {}, false});
    Run r = runIn(other, {QStringLiteral("send"), QStringLiteral("--message"),
                          QStringLiteral("Printer broken")});
    QCOMPARE(r.exitCode, 4);
    const QString file = m_dir.filePath(QStringLiteral("moved.json"));
    r = runIn(other, {QStringLiteral("outbox"), QStringLiteral("export"), file});
    QCOMPARE(r.exitCode, 0);
    // ...imported where the admin asks for a way to reply, waits for an edit instead of going.
    provisionSystem("[form]\nrequireContact=email\n");
    r = run({QStringLiteral("outbox"), QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("1 of them"), r.out.constData());
    const QJsonArray list = outboxList(m_dir.path());
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"state").toString(), QStringLiteral("needs-edit"));
    r = run({QStringLiteral("outbox"), QStringLiteral("flush")});
    QCOMPARE(m_server->requests().size(), 1); // only the first, failed attempt elsewhere
}

void TestCli::kiosk_rootKeyIsRefused()
{
    provisionSystem("[kiosk]\nenabled=true\n");
    const QString rootKey = QStringLiteral("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE");
    const Run r = run({QStringLiteral("send"), QStringLiteral("--message"), QStringLiteral("Hi")},
                      {}, rootKey);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("ROOT"), r.err.constData());
    QVERIFY(!r.err.contains(rootKey.mid(4).toLatin1()));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::adminSetPin_writesAVerifiableHash()
{
    // --print: nothing written, the line to provision.
    Run r = run({QStringLiteral("admin"), QStringLiteral("set-pin"), QStringLiteral("--print")},
                "4711\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("[kiosk]\nadminPinHash=pbkdf2-sha256$600000$"), r.out.constData());
    QVERIFY(!r.out.contains("4711"));
    // Too short: refused with the rule.
    r = run({QStringLiteral("admin"), QStringLiteral("set-pin"), QStringLiteral("--print")},
            "12\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("at least 4"));
    // No PIN at all.
    r = run({QStringLiteral("admin"), QStringLiteral("set-pin"), QStringLiteral("--print")});
    QCOMPARE(r.exitCode, 3);
    // System-wide by default: into the first directory of $XDG_CONFIG_DIRS.
    provisionSystem("[kiosk]\nenabled=true\n");
    r = run({QStringLiteral("admin"), QStringLiteral("set-pin")}, "4711\n");
    QCOMPARE(r.exitCode, 0);
    QSettings system(m_systemConfigDirs + QStringLiteral("/BizKitHub/Contact.conf"),
                     QSettings::IniFormat);
    QVERIFY(system.value(QStringLiteral("kiosk/enabled")).toBool()); // the rest is kept
    const QString hash = system.value(QStringLiteral("kiosk/adminPinHash")).toString();
    QVERIFY(hash.startsWith(QLatin1String("pbkdf2-sha256$")));
    // A user's PIN would not count where the admin set one.
    const QString config = m_dir.filePath(QStringLiteral("pin-user.ini"));
    r = run(
        {QStringLiteral("admin"), QStringLiteral("set-pin"), QStringLiteral("--config"), config},
        "1234\n");
    QCOMPARE(r.exitCode, 3);
    // Without the admin's PIN, --user (or --config) keeps it in the user's settings.
    provisionSystem("");
    r = run(
        {QStringLiteral("admin"), QStringLiteral("set-pin"), QStringLiteral("--config"), config},
        "1234\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QSettings(config, QSettings::IniFormat)
                .value(QStringLiteral("kiosk/adminPinHash"))
                .toString()
                .startsWith(QLatin1String("pbkdf2-sha256$")));
    // A place that cannot be written is reported, not ignored.
    m_systemConfigDirs = QStringLiteral("/proc/bizkithub-nowhere");
    r = run({QStringLiteral("admin"), QStringLiteral("set-pin")}, "4711\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--print"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
