// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"
#include "Ticket.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUuid>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace bizkithub {

class ContactFormClient;

// One POST of one ticket. Emits finished() exactly once, then deletes itself.
class SubmitJob final : public QObject
{
    Q_OBJECT

public:
    // Stops the attempt. finished() reports Cancelled, or Uncertain when the request had left.
    void cancel();
    [[nodiscard]] QUuid idempotencyKey() const { return m_idempotencyKey; }

Q_SIGNALS:
    void finished(const bizkithub::SubmitResult& result);

private:
    friend class ContactFormClient;
    SubmitJob(QUuid idempotencyKey, std::function<QDateTime()> clock, QObject* parent);

    void start(QNetworkReply* reply, std::chrono::milliseconds timeout);
    void finishWith(const SubmitResult& result);
    void onReadyRead();
    void onFinished();

    QUuid m_idempotencyKey;
    std::function<QDateTime()> m_clock;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer = nullptr;
    QByteArray m_body;
    bool m_requestSent = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_truncated = false;
    bool m_tlsErrors = false;
    bool m_done = false;
};

// The one class that talks to BizKitHub's contact-form endpoint. The network access manager is
// injected, so tests put a fake server behind it and the application shares one manager.
class ContactFormClient final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString baseUrl;
        QString apiKey;
        std::chrono::milliseconds timeout{std::chrono::seconds(30)};
        QString caCertificatesFile; // extra trusted CAs (PEM), for TLS-inspecting proxies
        // A kiosk must not carry a ROOT key (no limits); with this set it sends nothing with one.
        bool refuseRootKey = false;
    };

    // Bodies of answers beyond this size are cut off, not buffered.
    static constexpr qint64 maxResponseBytes = 1024 * 1024;
    // The range a timeout may be set to, wherever it is set.
    static constexpr std::chrono::milliseconds minTimeout{100};
    static constexpr std::chrono::seconds maxTimeout{600};

    explicit ContactFormClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setConfig(const Config& config);
    [[nodiscard]] const Config& config() const { return m_config; }

    // Seam for tests: the clock used for Retry-After in seconds.
    void setClock(std::function<QDateTime()> clock);

    // Sends a ticket that TicketValidator has already normalised. The idempotency key is the
    // ticket's own UUID: the same on every attempt for that ticket.
    [[nodiscard]] SubmitJob* submit(const Ticket& ticket, const QUuid& idempotencyKey);
    // The same with the ticket's JSON as Ticket::toJson() made it (the outbox keeps it so).
    [[nodiscard]] SubmitJob* submit(const QByteArray& body, const QUuid& idempotencyKey);

private:
    [[nodiscard]] std::optional<SubmitResult> preflight() const;
    // What every request of this configuration shares, checked and built once per setConfig():
    // a queue of thousands is not checked thousands of times.
    struct Prepared
    {
        std::optional<SubmitResult> failure;
        QNetworkRequest request;
    };
    const Prepared& prepared();

    QNetworkAccessManager* m_network;
    Config m_config;
    std::optional<Prepared> m_prepared;
    std::function<QDateTime()> m_clock;
};

} // namespace bizkithub
