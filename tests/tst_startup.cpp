// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program as it starts, run for real (the built bizkithub-contact, offscreen): what
// it loads before and after its first frame, read from its memory map. A desk loads none of what
// only a kiosk, a send or a particular field needs; the network comes with the first send, after
// the first frame, from its plugin.
#include "FakeBizKitHub.h"
#include "Outbox.h"
#include "ProcessMaps.h"
#include "Ticket.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bizkithub;
using bizkithub::test::FakeBizKitHub;

namespace {

const QString validKey = QStringLiteral("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");

// Libraries (and the app's own plugins) a desk never needs while it opens: the network, the
// kiosk's keys, QR code and printer, the numbering plans and IDNA of particular fields.
const QStringList notAtADesk = {
    QStringLiteral("libQt6Network.so"),
    QStringLiteral("libgssapi_krb5.so"),
    QStringLiteral("libproxy.so"),
    QStringLiteral("libbizkithub-network.so"),
    QStringLiteral("libQt6PrintSupport.so"),
    QStringLiteral("libqrencode.so"),
    QStringLiteral("libbizkithub-takeaway.so"),
    QStringLiteral("libQt6Quick.so"),
    QStringLiteral("libQt6Qml.so"),
    QStringLiteral("libbizkithub-keyboard.so"),
    QStringLiteral("libphonenumber.so"),
    QStringLiteral("libbizkithub-phonenumbers.so"),
    QStringLiteral("libidn2.so"),
};

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void desk_loadsNothingItDoesNotShow();
    void queuedTicket_loadsTheNetworkAfterTheFirstFrameAndGoesOnce();
    void kiosk_loadsItsKeysButNotWhatAGuestTakesAway();

private:
    // Starts the program and waits until it has started delivery after its first frame.
    bool start(const QStringList& arguments = {});
    // The libraries of names that the running program has mapped.
    [[nodiscard]] QStringList mapped(const QStringList& names) const;
    [[nodiscard]] QStringList traceSteps() const;

    QTemporaryDir m_dir;
    FakeBizKitHub* m_server = nullptr;
    QProcess* m_app = nullptr;
    QByteArray m_log;
};

void TestStartup::init()
{
    QVERIFY(m_dir.isValid());
    m_server = new FakeBizKitHub;
    QVERIFY(m_server->start());
    m_server->setHandler([](const FakeBizKitHub::Request& request) {
        return FakeBizKitHub::strictContactForm(request, {validKey});
    });
    m_log.clear();
}

void TestStartup::cleanup()
{
    if (m_app) {
        m_app->terminate(); // SIGTERM: a normal end
        if (!m_app->waitForFinished(10000)) {
            m_app->kill();
            m_app->waitForFinished();
        }
        delete m_app;
        m_app = nullptr;
    }
    delete m_server;
    m_server = nullptr;
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

bool TestStartup::start(const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("BIZKITHUB_BASE_URL"), m_server->baseUrl());
    env.insert(QStringLiteral("BIZKITHUB_API_KEY"), validKey);
    env.insert(QStringLiteral("BIZKITHUB_STARTUP_TRACE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("bizkithub.startup=true"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_app = new QProcess;
    m_app->setProcessEnvironment(env);
    m_app->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_app, &QProcess::readyRead, this, [this] { m_log += m_app->readAll(); });
    m_app->start(QStringLiteral(BIZKITHUB_APP_PATH), arguments);
    if (!m_app->waitForStarted()) {
        return false;
    }
    return QTest::qWaitFor([this] { return m_log.contains("delivery started"); }, 30000);
}

QStringList TestStartup::mapped(const QStringList& names) const
{
    const std::optional<QStringList> files = bizkithub::test::mappedFiles(m_app->processId());
    if (!files) {
        return {QStringLiteral("(unreadable maps of %1)").arg(m_app->processId())};
    }
    QStringList found;
    for (const QString& name : names) {
        if (!files->filter(u'/' + name).isEmpty()) {
            found.append(name);
        }
    }
    return found;
}

QStringList TestStartup::traceSteps() const
{
    QStringList steps;
    for (const QByteArray& line : m_log.split('\n')) {
        const int at = line.indexOf(" ms  ");
        if (line.contains("start-up:") && at > 0) {
            steps.append(QString::fromUtf8(line.mid(at + 5)).trimmed());
        }
    }
    return steps;
}

void TestStartup::desk_loadsNothingItDoesNotShow()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/<pid>/maps");
#endif
    QVERIFY2(start(), m_log.constData());
    // Whatever the first moments after the first frame do has been done.
    QTest::qWait(500);
    QCOMPARE(mapped(notAtADesk), QStringList());
    QVERIFY(!traceSteps().contains(QStringLiteral("network loaded")));
    // Qt Widgets itself is there: the question is asked of the right process.
    QCOMPARE(mapped({QStringLiteral("libQt6Widgets.so")}).size(), 1);
}

void TestStartup::queuedTicket_loadsTheNetworkAfterTheFirstFrameAndGoesOnce()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/<pid>/maps");
#endif
    {
        // Left by an earlier run: it waits to be sent.
        Outbox outbox(m_dir.filePath(QStringLiteral("data/BizKitHub/Contact/outbox.sqlite")));
        QVERIFY(outbox.open());
        Ticket ticket;
        ticket.setValue(TicketField::Message, QStringLiteral("The printer is jammed"));
        QVERIFY(outbox.enqueue(QUuid::createUuid(), ticket, ticket));
    }
    QVERIFY2(start(), m_log.constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 20000);
    QCOMPARE(m_server->requests().first().json().value(QStringLiteral("message")).toString(),
             QStringLiteral("The printer is jammed"));
    const QStringList steps = traceSteps();
    QVERIFY2(steps.contains(QStringLiteral("network loaded")), m_log.constData());
    QVERIFY2(steps.indexOf(QStringLiteral("network loaded")) >
                 steps.indexOf(QStringLiteral("first frame")),
             m_log.constData());
    QCOMPARE(mapped({QStringLiteral("libQt6Network.so"), QStringLiteral("libbizkithub-network.so")})
                 .size(),
             2);
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestStartup::kiosk_loadsItsKeysButNotWhatAGuestTakesAway()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/<pid>/maps");
#endif
    QVERIFY2(start({QStringLiteral("--kiosk")}), m_log.constData());
    QTRY_VERIFY2_WITH_TIMEOUT(m_log.contains("on-screen keyboard made") ||
                                  m_log.contains("keyboard could not be loaded"),
                              m_log.constData(), 20000);
    // (Qt Network is there: Qt QML, under the keys, brings it.)
    QCOMPARE(mapped({QStringLiteral("libQt6PrintSupport.so"), QStringLiteral("libqrencode.so"),
                     QStringLiteral("libbizkithub-takeaway.so")}),
             QStringList());
    QCOMPARE(mapped({QStringLiteral("libQt6Quick.so")}).size(), 1);
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
