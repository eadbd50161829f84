// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace bizkithub {

class Ticket;

// What a POST to the contact form is sent with; Settings::clientConfig() makes it.
struct ClientConfig
{
    QString baseUrl;
    QString apiKey;
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    QString caCertificatesFile; // extra trusted CAs (PEM), for TLS-inspecting proxies
    // A kiosk must not carry a ROOT key (no limits); with this set it sends nothing with one.
    bool refuseRootKey = false;

    // Bodies of answers beyond this size are cut off, not buffered.
    static constexpr qint64 maxResponseBytes = 1024 * 1024;
    // The range a timeout may be set to, wherever it is set.
    static constexpr std::chrono::milliseconds minTimeout{100};
    static constexpr std::chrono::seconds maxTimeout{600};
};

// One POST of one ticket. Emits finished() exactly once, then deletes itself.
class SubmitJob : public QObject
{
    Q_OBJECT

public:
    // Stops the attempt. finished() reports Cancelled, or Uncertain when the request had left.
    virtual void cancel() = 0;
    [[nodiscard]] QUuid idempotencyKey() const { return m_idempotencyKey; }

    // A job that has its result already: it reports it from the event loop, as every other
    // outcome is reported, so that callers connect first.
    [[nodiscard]] static SubmitJob* finishedWith(const SubmitResult& result,
                                                 const QUuid& idempotencyKey, QObject* parent);

Q_SIGNALS:
    void finished(const bizkithub::SubmitResult& result);

protected:
    SubmitJob(const QUuid& idempotencyKey, QObject* parent);
    // Emits finished() the first time only, then deletes the job.
    void finishWith(const SubmitResult& result);
    [[nodiscard]] bool isFinished() const { return m_finished; }

private:
    QUuid m_idempotencyKey;
    bool m_finished = false;
};

// The way to BizKitHub's contact form: ContactFormClient, the one class that talks to the
// network (src/network). The core sends through this interface only, so that Qt Network is
// loaded by a program when it first sends, not while its window opens.
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void setConfig(const ClientConfig& config) = 0;
    [[nodiscard]] virtual const ClientConfig& config() const = 0;

    // Sends a ticket's JSON, as Ticket::toJson() made it (the outbox keeps it so). The
    // idempotency key is the ticket's own UUID: the same on every attempt for that ticket.
    [[nodiscard]] virtual SubmitJob* submit(const QByteArray& body,
                                            const QUuid& idempotencyKey) = 0;
    // The same for a ticket that TicketValidator has already normalised.
    [[nodiscard]] SubmitJob* submit(const Ticket& ticket, const QUuid& idempotencyKey);

    // Starts following whether the network is up, where the platform can tell (a network
    // information backend); false where it cannot, and then reachabilityChanged() never comes.
    virtual bool watchReachability() = 0;
    [[nodiscard]] virtual bool isReachable() const = 0;

    // Whether at least one certificate can be read from this PEM file (api/caCertificates); none
    // when it cannot be told here (the network part did not load).
    [[nodiscard]] virtual std::optional<bool> readsCertificates(const QString& file) const = 0;

Q_SIGNALS:
    void reachabilityChanged(bool reachable);
};

// Makes the transport; called the first time one is needed.
using TransportFactory = std::function<std::unique_ptr<Transport>()>;

// A transport made when it is first needed: the settings it is given and the questions about
// them are answered without it, and the factory runs when something is first sent or the network
// is asked about. A window that has nothing to send never loads the network. When the factory
// makes nothing (the network plugin is missing or from another version), a ticket given to it
// stays in the outbox as not delivered, its details say why, and the next attempt asks the
// factory again.
class DeferredTransport final : public Transport
{
    Q_OBJECT

public:
    explicit DeferredTransport(TransportFactory factory, QObject* parent = nullptr);
    ~DeferredTransport() override;

    void setConfig(const ClientConfig& config) override;
    [[nodiscard]] const ClientConfig& config() const override { return m_config; }
    using Transport::submit;
    [[nodiscard]] SubmitJob* submit(const QByteArray& body, const QUuid& idempotencyKey) override;
    bool watchReachability() override;
    [[nodiscard]] bool isReachable() const override;
    [[nodiscard]] std::optional<bool> readsCertificates(const QString& file) const override;

    // Whether the transport has been made (for tests).
    [[nodiscard]] bool isLoaded() const { return m_real != nullptr; }

private:
    Transport* real() const;

    TransportFactory m_factory;
    ClientConfig m_config;
    mutable std::unique_ptr<Transport> m_real;
    bool m_watching = false; // reachability was asked for: asked again of a transport made later
};

} // namespace bizkithub
