// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox on a real, small file system that fills up: a tmpfs mounted for the test (as root,
// or as root of a user namespace made with unshare). Nothing may be reported saved, kept or
// queued unless it is on disk, and nothing typed may be lost because a save "succeeded".
#include "Desk.h"
#include "FakeBizKitHub.h"
#include "KeyboardInput.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "ResultBanner.h"
#include "Settings.h"
#include "TicketForm.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

using namespace bizkithub;
using bizkithub::test::FakeBizKitHub;

namespace {

const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");

Ticket ticketWith(const QString& message)
{
    Ticket t;
    t.setValue(TicketField::Message, message);
    return t;
}

// Fills the file system with one file until it is full; the file is removed to free the space.
bool fillUp(const QString& path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    return true;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void enqueueUntilFull_everyTicketReportedQueuedIsThere();
    void diskFillsBetweenTwoWrites_draftStaysAndTicketIsRefused();
    void cliOnAFullDisk_keptMeansKept();
    void windowOnAFullDisk_keepsWhatIsTypedAndSaysWhy();

private:
    // A store's files copied off the full disk, opened there: what a later start would find.
    QSet<QUuid> storedIds(const QString& storeDir);

    QTemporaryDir m_base;
    QString m_mount;
    bool m_mounted = false;
};

void TestFullDisk::initTestCase()
{
    QVERIFY(m_base.isValid());
    m_mount = m_base.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(m_mount));
}

void TestFullDisk::cleanupTestCase()
{
    if (m_mounted) {
        ::umount2(qPrintable(m_mount), MNT_DETACH);
    }
}

void TestFullDisk::init()
{
    // A fresh 320 KiB file system for each test.
    if (m_mounted) {
        QCOMPARE(::umount2(qPrintable(m_mount), MNT_DETACH), 0);
        m_mounted = false;
    }
    if (::mount("tmpfs", qPrintable(m_mount), "tmpfs", 0, "size=320k,mode=0700") != 0) {
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here (%1): run as root, or "
                                        "where unshare can make a user namespace")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    }
    m_mounted = true;
}

void TestFullDisk::cleanup() {}

QSet<QUuid> TestFullDisk::storedIds(const QString& storeDir)
{
    QTemporaryDir copy;
    QDirIterator it(storeDir, {QStringLiteral("outbox.sqlite*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QString path;
    while (it.hasNext()) {
        const QString file = it.next();
        QFile::copy(file, copy.filePath(it.fileName()));
        if (it.fileName() == u"outbox.sqlite") {
            path = copy.filePath(it.fileName());
        }
    }
    QSet<QUuid> ids;
    if (path.isEmpty()) {
        return ids;
    }
    Outbox outbox(path);
    if (!outbox.open()) {
        qWarning() << "copied store does not open:" << outbox.errorString();
        return ids;
    }
    for (const OutboxEntry& e : outbox.entries()) {
        ids.insert(e.id);
    }
    return ids;
}

void TestFullDisk::enqueueUntilFull_everyTicketReportedQueuedIsThere()
{
    QSet<QUuid> queued;
    int refused = 0;
    {
        Outbox outbox(m_mount + QStringLiteral("/outbox.sqlite"));
        QVERIFY(outbox.open());
        const QString message = QString(3000, u'm');
        for (int i = 0; i < 400 && refused < 5; ++i) {
            const QUuid id = QUuid::createUuid();
            if (outbox.enqueue(id, ticketWith(message), ticketWith(message))) {
                queued.insert(id);
            } else {
                QCOMPARE(outbox.problem(), Outbox::Problem::DiskFull);
                QCOMPARE(outbox.problemReason(), QStringLiteral("the disk is full"));
                QVERIFY(!outbox.entry(id)); // refused means not there
                ++refused;
            }
        }
        QVERIFY2(refused > 0, "the disk never filled up");
        QVERIFY(queued.size() > 5);
        QCOMPARE(outbox.count(), int(queued.size()));
    }
    QCOMPARE(storedIds(m_mount), queued);
}

void TestFullDisk::diskFillsBetweenTwoWrites_draftStaysAndTicketIsRefused()
{
    Outbox outbox(m_mount + QStringLiteral("/outbox.sqlite"));
    QVERIFY(outbox.open());
    const QUuid id = QUuid::createUuid();
    const Ticket typed = ticketWith(QStringLiteral("The printer on floor 2 is jammed"));
    QVERIFY(outbox.saveDraft(id, typed));
    QVERIFY(outbox.setCurrentDraft(id));

    const QString filler = m_mount + QStringLiteral("/filler");
    QVERIFY(fillUp(filler));
    const Ticket big = ticketWith(QString(20000, u'x'));
    QVERIFY(!outbox.enqueue(id, big, big));
    QCOMPARE(outbox.problem(), Outbox::Problem::DiskFull);
    QVERIFY(!outbox.saveDraft(id, big));
    // The draft as it was last saved, still a draft.
    QCOMPARE(outbox.entry(id)->state, TicketState::Draft);
    QCOMPARE(outbox.entry(id)->typed, typed);
    QCOMPARE(outbox.currentDraft(), std::optional<QUuid>(id));

    QVERIFY(QFile::remove(filler));
    QVERIFY(outbox.enqueue(id, big, big));
    QCOMPARE(outbox.problem(), Outbox::Problem::None);
    QCOMPARE(outbox.entry(id)->state, TicketState::Queued);
}

void TestFullDisk::cliOnAFullDisk_keptMeansKept()
{
    QTemporaryDir home;
    const QString data = m_mount + QStringLiteral("/data");
    const auto cli = [&](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BIZKITHUB_API_KEY"), validKey);
        env.insert(QStringLiteral("BIZKITHUB_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BIZKITHUB_CLI_PATH), arguments);
        process.waitForFinished(60000);
        return std::tuple{process.exitCode(), process.readAllStandardOutput(),
                          process.readAllStandardError()};
    };
    QSet<QString> kept;
    int notKept = 0;
    static const QRegularExpression keptAs(QStringLiteral("Kept in the outbox as ([0-9A-Z-]+)"));
    for (int i = 0; i < 60 && notKept < 5; ++i) {
        const auto [code, out, err] =
            cli({QStringLiteral("send"), QStringLiteral("--message"),
                 QStringLiteral("Ticket %1 ").arg(i) + QString(3000, u'x')});
        const auto match = keptAs.match(QString::fromUtf8(err));
        if (match.hasMatch()) {
            QCOMPARE(code, 4);
            kept.insert(match.captured(1));
        } else {
            QCOMPARE(code, 1);
            QVERIFY2(err.contains("could not be saved: the disk is full"), err.constData());
            QVERIFY2(err.contains("not kept"), err.constData());
            ++notKept;
        }
    }
    QVERIFY2(notKept > 0, "the disk never filled up");
    QVERIFY(!kept.isEmpty());
    const auto [code, out, err] =
        cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(code, 0);
    QSet<QString> listed;
    for (const QJsonValue& v : QJsonDocument::fromJson(out).array()) {
        listed.insert(v.toObject().value(u"reference").toString());
    }
    QCOMPARE(listed, kept);
}

void TestFullDisk::windowOnAFullDisk_keepsWhatIsTypedAndSaysWhy()
{
    FakeBizKitHub server;
    QVERIFY(server.start());
    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("settings.ini")), QProcessEnvironment());
    settings.setValue(Settings::Key::BaseUrl, server.baseUrl());
    settings.setValue(Settings::Key::ApiKey, validKey);
    Outbox outbox(m_mount + QStringLiteral("/outbox.sqlite"));
    QVERIFY(outbox.open());
    QNetworkAccessManager network;
    {
        Desk desk(settings, &network, outbox);
        gui::MainWindow& window = *desk.window();
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* message = window.findChild<QPlainTextEdit*>(QStringLiteral("messageEdit"));
        QVERIFY(message);
        message->setFocus();
        const QString text = QStringLiteral("Please call me back about the invoice");
        test::typeText(message, text);

        QVERIFY(fillUp(m_mount + QStringLiteral("/filler")));
        QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier); // Send
        QTRY_VERIFY(!window.banner()->isHidden());
        QVERIFY2(window.banner()->message().contains(QLatin1String("disk is full")),
                 qPrintable(window.banner()->message()));
        QCOMPARE(message->toPlainText(), text); // still on screen, still editable
        QVERIFY(!message->isReadOnly());
        QCOMPARE(server.requests().size(), 0);

        window.saveAsDraft(); // refused too: the form must not be cleared
        QCOMPARE(message->toPlainText(), text);

        QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
        QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().json().value(u"message").toString(), text);
    }
}

// Without root, the test runs itself again as root of a user namespace of its own, where it may
// mount a tmpfs; where that is impossible too, the tests say so and are skipped.
int main(int argc, char* argv[])
{
    if (::geteuid() != 0 && !qEnvironmentVariableIsSet("BIZKITHUB_TEST_USERNS")) {
        ::setenv("BIZKITHUB_TEST_USERNS", "1", 1);
        QList<char*> args{const_cast<char*>("unshare"), const_cast<char*>("--user"),
                          const_cast<char*>("--map-root-user"), const_cast<char*>("--mount")};
        for (int i = 0; i < argc; ++i) {
            args.append(argv[i]);
        }
        args.append(nullptr);
        ::execvp("unshare", args.data());
        // No unshare: go on, and skip.
    }
    QApplication app(argc, argv);
    TestFullDisk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fulldisk.moc"
