// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBizKitHub.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QUuid>

#include <sys/socket.h>

namespace bizkithub::test {

namespace {

constexpr const char* contactFormPath = "/api/v1/support/contact-form";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// A connection's unparsed bytes live on the socket as a dynamic property, so one server serves
// any number of connections, each with keep-alive.
constexpr const char* bufferProperty = "fakeBizKitHubBuffer";

void resetConnection(QTcpSocket* socket)
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: a real reset.
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace

QByteArray FakeBizKitHub::Request::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QJsonObject FakeBizKitHub::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeBizKitHub::Reply FakeBizKitHub::Reply::json(int status, const QByteArray& body, Headers headers)
{
    headers.prepend({"Content-Type", "application/json"});
    return Reply{status, headers, body, Action::Respond, false};
}

FakeBizKitHub::Reply FakeBizKitHub::Reply::success()
{
    return json(200, R"({"success":true})", {{"X-Request-Id", "req-ok-1"}});
}

FakeBizKitHub::Reply FakeBizKitHub::Reply::error(int status, const QByteArray& code,
                                                 const QByteArray& message, Headers headers)
{
    return json(status, R"({"error":{"code":")" + code + R"(","message":")" + message + R"("}})",
                std::move(headers));
}

FakeBizKitHub::Reply FakeBizKitHub::Reply::hang()
{
    return Reply{0, {}, {}, Action::Hang, false};
}

FakeBizKitHub::Reply FakeBizKitHub::Reply::resetAfterRequest()
{
    return Reply{0, {}, {}, Action::ResetAfterRequest, false};
}

FakeBizKitHub::Reply FakeBizKitHub::Reply::closeAfterRequest()
{
    return Reply{0, {}, {}, Action::CloseAfterRequest, false};
}

FakeBizKitHub::Reply FakeBizKitHub::Reply::garbage()
{
    return Reply{0, {}, {}, Action::Garbage, false};
}

FakeBizKitHub::FakeBizKitHub(QObject* parent)
    : QTcpServer(parent)
    , m_handler([](const Request&) { return Reply::success(); })
{}

FakeBizKitHub::~FakeBizKitHub() = default;

bool FakeBizKitHub::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void FakeBizKitHub::setTls(const QSslCertificate& certificate, const QSslKey& key)
{
    m_certificate = certificate;
    m_key = key;
}

QString FakeBizKitHub::baseUrl() const
{
    const QString scheme =
        m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https");
    const QString host =
        m_certificate.isNull() ? QStringLiteral("127.0.0.1") : QStringLiteral("localhost");
    return scheme + QStringLiteral("://") + host + u':' + QString::number(serverPort());
}

void FakeBizKitHub::enqueue(const Reply& reply)
{
    m_queue.append(reply);
}

void FakeBizKitHub::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeBizKitHub::incomingConnection(qintptr socketDescriptor)
{
    if (m_certificate.isNull()) {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(socketDescriptor);
        serve(socket);
        return;
    }
    auto* socket = new QSslSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    // A client that refuses the certificate just goes away; nothing to report here.
    connect(socket, &QSslSocket::sslErrors, socket, [](const QList<QSslError>&) {});
    serve(socket);
    socket->startServerEncryption();
}

void FakeBizKitHub::serve(QTcpSocket* socket)
{
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void FakeBizKitHub::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(bufferProperty).toByteArray() + socket->readAll();
    for (;;) {
        const auto headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            break;
        }
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const QUrl url = QUrl::fromEncoded(request.target);
        request.path = url.path();
        request.query = QUrlQuery(url);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const auto colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                contentLength = value.toLongLong();
            }
        }
        if (buffer.size() < headerEnd + 4 + contentLength) {
            break; // the body is still on its way
        }
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_requests.append(request);
        Q_EMIT requestReceived(request);

        const Reply reply = m_queue.isEmpty() ? m_handler(request) : m_queue.takeFirst();
        switch (reply.action) {
        case Action::Hang:
            socket->setProperty(bufferProperty, QByteArray());
            return;
        case Action::ResetAfterRequest:
            resetConnection(socket);
            return;
        case Action::CloseAfterRequest:
            socket->setProperty(bufferProperty, QByteArray());
            socket->disconnectFromHost();
            return;
        case Action::Garbage:
            socket->setProperty(bufferProperty, QByteArray());
            socket->write("\x16\x03\x01 this is not HTTP at all\r\n\r\n");
            socket->disconnectFromHost();
            return;
        case Action::Respond:
            break;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                         reasonPhrase(reply.status) + "\r\n";
        for (const auto& [name, value] : reply.headers) {
            out += name + ": " + value + "\r\n";
        }
        if (reply.chunked) {
            out += "Transfer-Encoding: chunked\r\n\r\n";
            constexpr qsizetype chunk = 64 * 1024;
            for (qsizetype at = 0; at < reply.body.size(); at += chunk) {
                const QByteArray part = reply.body.mid(at, chunk);
                out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
            }
            out += "0\r\n\r\n";
        } else {
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
            out += reply.body;
        }
        socket->write(out);
    }
    socket->setProperty(bufferProperty, buffer);
}

QStringList FakeBizKitHub::shapeProblems(const Request& request)
{
    QStringList problems;
    const auto problem = [&problems](const char* text) {
        problems.append(QString::fromUtf8(text));
    };
    if (request.method != "POST") {
        problem("method is not POST");
    }
    if (request.path != QLatin1String(contactFormPath)) {
        problem("path is not /api/v1/support/contact-form");
    }
    const QString queryKey = request.query.queryItemValue(QStringLiteral("apiKey"));
    if (queryKey.isEmpty()) {
        problem("apiKey query parameter missing");
    }
    if (request.header("Authorization") != "Bearer " + queryKey.toLatin1()) {
        problem("Authorization is not 'Bearer <the apiKey query value>'");
    }
    if (!request.header("Content-Type").startsWith("application/json")) {
        problem("Content-Type is not application/json");
    }
    if (request.header("Accept") != "application/json") {
        problem("Accept is not application/json");
    }
    if (!request.header("User-Agent").startsWith("bizkithub-contact/")) {
        problem("User-Agent is not bizkithub-contact/<version>");
    }
    if (QUuid::fromString(QString::fromLatin1(request.header("Idempotency-Key"))).isNull()) {
        problem("Idempotency-Key is not a UUID");
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problem("body is not a JSON object");
        return problems;
    }
    static const QStringList known{
        QStringLiteral("message"),          QStringLiteral("subject"),
        QStringLiteral("notice"),           QStringLiteral("sendToEmail"),
        QStringLiteral("categorySlug"),     QStringLiteral("customerEmail"),
        QStringLiteral("customerPhone"),    QStringLiteral("customerFirstName"),
        QStringLiteral("customerLastName"),
    };
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            problems.append(QStringLiteral("unknown key ") + it.key());
        } else if (!it.value().isString()) {
            problems.append(it.key() + QStringLiteral(" is not a string"));
        } else if (it.value().toString().isEmpty()) {
            problems.append(it.key() + QStringLiteral(" is sent empty"));
        } else if (it.value().toString() != it.value().toString().trimmed()) {
            problems.append(it.key() + QStringLiteral(" has outer whitespace"));
        }
    }
    if (body.value(u"message").toString().isEmpty()) {
        problem("message missing");
    }
    static const QRegularExpression phone(QStringLiteral("^\\+[1-9][0-9]{0,2} [0-9]{4,14}$"));
    if (body.contains(u"customerPhone") &&
        !phone.match(body.value(u"customerPhone").toString()).hasMatch()) {
        problem("customerPhone is not '+<country code> <national number>'");
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[a-z0-9.-]+\\.[a-z0-9-]+$"));
    for (const char* key : {"customerEmail", "sendToEmail"}) {
        const QString value = body.value(QLatin1String(key)).toString();
        if (!value.isEmpty() && !email.match(value).hasMatch()) {
            problems.append(QLatin1String(key) + QStringLiteral(" is not a normalised address"));
        }
    }
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (body.contains(u"categorySlug") &&
        !slug.match(body.value(u"categorySlug").toString()).hasMatch()) {
        problem("categorySlug is not a slug");
    }
    return problems;
}

FakeBizKitHub::Reply FakeBizKitHub::strictContactForm(const Request& request,
                                                      const QStringList& validKeys)
{
    const QString key = request.query.queryItemValue(QStringLiteral("apiKey"));
    if (!validKeys.contains(key)) {
        return Reply::error(401, "PUBLIC_API_KEY_DOES_NOT_EXIST",
                            "The API key does not exist or is not active.");
    }
    const QStringList problems = shapeProblems(request);
    if (!problems.isEmpty()) {
        return Reply::error(422, "INVALID_REQUEST", problems.join(QStringLiteral("; ")).toUtf8());
    }
    return Reply::success();
}

bool makeSelfSignedCertificate(const QString& dir, QSslCertificate* certificate, QSslKey* key,
                               QString* certificateFile)
{
    const QString certPath = dir + QStringLiteral("/server.crt");
    const QString keyPath = dir + QStringLiteral("/server.key");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        return false;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    *certificate = QSslCertificate(&certFile, QSsl::Pem);
    *key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    *certificateFile = certPath;
    return !certificate->isNull() && !key->isNull();
}

} // namespace bizkithub::test
