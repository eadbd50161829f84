// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactFormClient.h"

#include "ResponseClassifier.h"
#include "Version.h"
#include "validation/ApiKey.h"
#include "validation/BaseUrl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcClient, "bizkithub.client", QtWarningMsg)

namespace bizkithub {

namespace {

// The request body, readable from the start once. Qt's HTTP layer sends a request again by itself
// when the connection closes, resets or answers garbage after the body went out; for a POST that
// creates a ticket, each copy may be a ticket the outbox never counted. A body that cannot be
// rewound once read makes Qt report ContentReSendError instead: the attempt ends uncertain, is
// recorded, and the outbox sends it again with the same Idempotency-Key. Every POST the platform
// receives is then an attempt in the outbox's log.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_data.size(); }
    bool seek(qint64 position) override
    {
        if (m_read && position != pos()) {
            return false;
        }
        return QIODevice::seek(position);
    }
    bool reset() override { return seek(0); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - pos());
        if (n <= 0) {
            return 0;
        }
        std::memcpy(out, m_data.constData() + pos(), std::size_t(n));
        m_read = true;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_read = false;
};

SubmitResult configError(SubmitResult::ConfigIssue issue)
{
    SubmitResult result;
    result.outcome = SubmitResult::Outcome::ConfigError;
    result.configIssue = issue;
    return result;
}

// One POST on the wire: reads the answer as it arrives (never more than maxResponseBytes),
// times it out, and classifies what happened.
class ReplyJob final : public SubmitJob
{
public:
    ReplyJob(const QUuid& idempotencyKey, std::function<QDateTime()> clock, QObject* parent)
        : SubmitJob(idempotencyKey, parent)
        , m_clock(std::move(clock))
    {}

    void start(QNetworkReply* reply, std::chrono::milliseconds timeout);
    void cancel() override;

private:
    void onReadyRead();
    void onFinished();
    void finishWith(const SubmitResult& result);

    std::function<QDateTime()> m_clock;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer = nullptr;
    QByteArray m_body;
    bool m_requestSent = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_truncated = false;
    bool m_tlsErrors = false;
};

void ReplyJob::start(QNetworkReply* reply, std::chrono::milliseconds timeout)
{
    m_reply = reply;
    reply->setParent(this);
    // Keep Qt from buffering more than a little of the answer: onReadyRead() drains it.
    reply->setReadBufferSize(64 * 1024);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply) {
            m_reply->abort();
        }
    });
    m_timer->start(timeout);

    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent == total) {
            m_requestSent = true;
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: a certificate that is not trusted means the ticket does not leave.
        m_tlsErrors = true;
        for (const QSslError& error : errors) {
            qCWarning(lcClient) << "TLS error:" << redactSecrets(error.errorString());
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, &ReplyJob::onReadyRead);
    // A chunked answer ignores the read buffer limit, so the byte count is watched as well.
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > ContactFormClient::maxResponseBytes && m_reply && !m_truncated) {
            onReadyRead();
            m_truncated = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ReplyJob::onFinished);
}

void ReplyJob::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen()) {
        return;
    }
    // Only what has arrived: read(n) reserves n bytes first, and a megabyte for every answer of
    // a few hundred bytes is a megabyte allocated and freed per ticket.
    const qint64 room = ContactFormClient::maxResponseBytes - m_body.size();
    m_body += m_reply->read(std::clamp<qint64>(m_reply->bytesAvailable(), 0, room));
    if (m_reply->bytesAvailable() > 0) {
        // Beyond the cap: nothing a contact form answers is that large. Stop the transfer; the
        // status and headers already received are enough to classify the answer.
        m_truncated = true;
        m_reply->abort();
    }
}

void ReplyJob::cancel()
{
    if (isFinished()) {
        return;
    }
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    }
}

void ReplyJob::onFinished()
{
    if (!m_reply || isFinished()) {
        return;
    }
    m_timer->stop();
    if (!m_truncated) {
        onReadyRead();
    }

    ResponseFacts facts;
    facts.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.error = m_truncated ? QNetworkReply::NoError : m_reply->error();
    facts.errorString =
        m_reply->error() == QNetworkReply::NoError ? QString() : m_reply->errorString();
    facts.headers = m_reply->rawHeaderPairs();
    facts.body = m_body;
    facts.bodyTruncated = m_truncated;
    facts.requestSent = m_requestSent;
    facts.timedOut = m_timedOut;
    facts.cancelled = m_cancelled && !m_timedOut;
    facts.tlsErrors = m_tlsErrors;
    facts.now = m_clock();
    if (m_timedOut && facts.httpStatus == 0) {
        facts.errorString =
            QCoreApplication::translate("bizkithub::SubmitJob", "No answer within the time limit.");
    }
    if (m_cancelled && facts.httpStatus == 0) {
        facts.errorString.clear();
    }
    // An answer that was cut by our own abort() still carries its status; a timeout or a cancel
    // while the body was arriving does not make it less of an answer, except that it is partial.
    if (facts.httpStatus != 0 && (m_timedOut || m_cancelled)) {
        facts.bodyTruncated = true;
    }
    finishWith(classifyResponse(facts));
}

void ReplyJob::finishWith(const SubmitResult& result)
{
    if (isFinished()) {
        return;
    }
    qCInfo(lcClient).noquote() << "ticket" << idempotencyKey().toString(QUuid::WithoutBraces)
                               << "->" << result.outcomeName() << "HTTP" << result.httpStatus
                               << result.errorCode << result.requestId;
    SubmitJob::finishWith(result);
}

} // namespace

ContactFormClient::ContactFormClient(QNetworkAccessManager* network, QObject* parent)
    : Transport(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

ContactFormClient::~ContactFormClient()
{
    // The jobs and their replies go before the network access manager, a child made earlier.
    qDeleteAll(findChildren<SubmitJob*>(Qt::FindDirectChildrenOnly));
}

void ContactFormClient::setConfig(const Config& config)
{
    m_config = config;
    m_prepared.reset();
}

void ContactFormClient::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

std::optional<SubmitResult> ContactFormClient::preflight() const
{
    if (const auto problem = ApiKey::check(m_config.apiKey)) {
        return configError(*problem == ApiKey::Problem::Missing
                               ? SubmitResult::ConfigIssue::MissingKey
                               : SubmitResult::ConfigIssue::InvalidKey);
    }
    if (m_config.refuseRootKey && !ApiKey::fromString(m_config.apiKey)->isAllowedOnKiosk()) {
        return configError(SubmitResult::ConfigIssue::RootKeyOnKiosk);
    }
    if (const auto problem = BaseUrl::check(m_config.baseUrl)) {
        return configError(*problem == BaseUrl::Problem::NotHttps
                               ? SubmitResult::ConfigIssue::InsecureUrl
                               : SubmitResult::ConfigIssue::InvalidUrl);
    }
    if (!m_config.caCertificatesFile.isEmpty() &&
        QSslCertificate::fromPath(m_config.caCertificatesFile, QSsl::Pem).isEmpty()) {
        return configError(SubmitResult::ConfigIssue::CaCertificates);
    }
    return std::nullopt;
}

const ContactFormClient::Prepared& ContactFormClient::prepared()
{
    if (m_prepared) {
        return *m_prepared;
    }
    Prepared& p = m_prepared.emplace();
    p.failure = preflight();
    if (p.failure) {
        return p;
    }
    const ApiKey key = *ApiKey::fromString(m_config.apiKey);
    QUrl url = BaseUrl::contactFormUrl(m_config.baseUrl);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apiKey"), key.value());
    url.setQuery(query);

    QNetworkRequest& request = p.request;
    request.setUrl(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + key.value().toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // HTTP/1.1 only: one small POST gains nothing from HTTP/2, and the one-attempt-one-POST
    // guarantee (OneShotBody) is proven on the HTTP/1.1 path, where Qt's resending lives.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A redirect is a configuration error to report, never something to follow with a POST.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_config.caCertificatesFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        auto cas = ssl.caCertificates();
        cas += QSslCertificate::fromPath(m_config.caCertificatesFile, QSsl::Pem);
        ssl.setCaCertificates(cas);
        request.setSslConfiguration(ssl);
    }
    return p;
}

SubmitJob* ContactFormClient::submit(const QByteArray& json, const QUuid& idempotencyKey)
{
    const Prepared& ready = prepared();
    if (ready.failure) {
        qCInfo(lcClient).noquote() << "ticket" << idempotencyKey.toString(QUuid::WithoutBraces)
                                   << "->" << ready.failure->outcomeName();
        return SubmitJob::finishedWith(*ready.failure, idempotencyKey, this);
    }
    auto* job = new ReplyJob(idempotencyKey, m_clock, this);
    QNetworkRequest request = ready.request;
    request.setRawHeader("Idempotency-Key", idempotencyKey.toByteArray(QUuid::WithoutBraces));
    auto* body = new OneShotBody(json, nullptr);
    QNetworkReply* reply = m_network->post(request, body);
    body->setParent(reply); // lives exactly as long as Qt may read it
    job->start(reply, m_config.timeout);
    return job;
}

std::optional<bool> ContactFormClient::readsCertificates(const QString& file) const
{
    return !QSslCertificate::fromPath(file, QSsl::Pem).isEmpty();
}

bool ContactFormClient::watchReachability()
{
    if (m_watching) {
        return true;
    }
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcClient) << "no network information backend; retrying on the timer alone";
        return false;
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    qCInfo(lcClient) << "network information from" << info->backendName();
    const auto update = [this](QNetworkInformation::Reachability reachability) {
        const bool reachable = reachability != QNetworkInformation::Reachability::Disconnected;
        if (reachable != m_reachable) {
            m_reachable = reachable;
            Q_EMIT reachabilityChanged(reachable);
        }
    };
    m_watching = true;
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    update(info->reachability());
    return true;
}

} // namespace bizkithub
