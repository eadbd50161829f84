// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

namespace bizkithub::test {

// A BizKitHub stand-in that listens on loopback and speaks plain HTTP/1.1 (or HTTPS) itself, so
// tests can make it answer anything, or fail in ways a real server does: hang, reset the
// connection after reading the request, answer with HTML, redirect.
class FakeBizKitHub final : public QTcpServer
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QByteArray target; // as on the request line, query included
        QString path;
        QUrlQuery query;
        Headers headers;
        QByteArray body;

        [[nodiscard]] QByteArray header(QByteArrayView name) const;
        [[nodiscard]] QJsonObject json() const;
    };

    enum class Action
    {
        Respond,           // write the reply
        Hang,              // read the request, never answer
        ResetAfterRequest, // read the whole request, then reset the connection
        CloseAfterRequest, // read the whole request, then close the connection (FIN)
        Garbage,           // answer with bytes that are not HTTP, then close
    };

    struct Reply
    {
        int status = 200;
        Headers headers;
        QByteArray body;
        Action action = Action::Respond;
        bool chunked = false; // Transfer-Encoding: chunked instead of Content-Length

        [[nodiscard]] static Reply json(int status, const QByteArray& body, Headers headers = {});
        [[nodiscard]] static Reply success();
        [[nodiscard]] static Reply error(int status, const QByteArray& code,
                                         const QByteArray& message, Headers headers = {});
        [[nodiscard]] static Reply hang();
        [[nodiscard]] static Reply resetAfterRequest();
        [[nodiscard]] static Reply closeAfterRequest();
        [[nodiscard]] static Reply garbage();
    };

    using Handler = std::function<Reply(const Request&)>;

    explicit FakeBizKitHub(QObject* parent = nullptr);
    ~FakeBizKitHub() override;

    // Listens on 127.0.0.1, on the given port or any free one.
    bool start(quint16 port = 0);
    // Serves HTTPS with the given certificate instead of plain HTTP.
    void setTls(const QSslCertificate& certificate, const QSslKey& key);

    [[nodiscard]] QString baseUrl() const;

    // Replies are taken from the queue first; when it is empty the handler answers.
    void enqueue(const Reply& reply);
    void setHandler(Handler handler);

    [[nodiscard]] const QList<Request>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // The contact-form endpoint as API.md describes it, checking every detail of the request:
    // 401 PUBLIC_API_KEY_DOES_NOT_EXIST for a key not in validKeys, 422 with field details for a
    // body not in the API's normal form, 400 for a malformed request, otherwise success.
    [[nodiscard]] static Reply strictContactForm(const Request& request,
                                                 const QStringList& validKeys);
    // The list of what strictContactForm found wrong (empty when the request is right).
    [[nodiscard]] static QStringList shapeProblems(const Request& request);

Q_SIGNALS:
    void requestReceived(const bizkithub::test::FakeBizKitHub::Request& request);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void serve(QTcpSocket* socket);
    void onReadyRead(QTcpSocket* socket);

    QList<Reply> m_queue;
    Handler m_handler;
    QList<Request> m_requests;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// Writes a self-signed certificate for localhost/127.0.0.1 into dir with openssl.
bool makeSelfSignedCertificate(const QString& dir, QSslCertificate* certificate, QSslKey* key,
                               QString* certificateFile);

} // namespace bizkithub::test
