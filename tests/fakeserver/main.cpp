// SPDX-License-Identifier: GPL-3.0-or-later
// fake-bizkithub-server: the tests' fake BizKitHub as a program, for trying the app and the CLI
// by hand. It checks every request's exact shape (API.md), prints each one as a line of JSON, and
// answers as the platform would.
#include "FakeBizKitHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using bizkithub::test::FakeBizKitHub;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake BizKitHub contact-form endpoint."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on."),
                                  QStringLiteral("port"), QStringLiteral("8765"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("An API key to accept."),
                                 QStringLiteral("key"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QStringLiteral("Print nothing per request."));
    parser.addOptions({port, key, quiet});
    parser.process(app);

    FakeBizKitHub server;
    const QStringList keys = parser.values(key);
    const bool silent = parser.isSet(quiet);
    server.setHandler([keys, silent](const FakeBizKitHub::Request& request) {
        const FakeBizKitHub::Reply reply = FakeBizKitHub::strictContactForm(request, keys);
        if (silent) {
            return reply;
        }
        QJsonObject line{
            {QStringLiteral("status"), reply.status},
            {QStringLiteral("idempotencyKey"),
             QString::fromLatin1(request.header("Idempotency-Key"))},
            {QStringLiteral("userAgent"), QString::fromLatin1(request.header("User-Agent"))},
            {QStringLiteral("body"), request.json()},
            {QStringLiteral("problems"),
             QJsonArray::fromStringList(FakeBizKitHub::shapeProblems(request))},
        };
        QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        return reply;
    });
    if (!server.start(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }
    QTextStream(stderr) << "listening on " << server.baseUrl() << Qt::endl;
    return app.exec();
}
