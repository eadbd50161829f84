// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transport.h"

#include "StartupTrace.h"
#include "Ticket.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTransport, "bizkithub.client", QtWarningMsg)

namespace bizkithub {

namespace {

// A result known before anything is sent (the settings refuse it, or there is no network part).
class FinishedJob final : public SubmitJob
{
public:
    FinishedJob(const SubmitResult& result, const QUuid& idempotencyKey, QObject* parent)
        : SubmitJob(idempotencyKey, parent)
    {
        QTimer::singleShot(0, this, [this, result] { finishWith(result); });
    }

    // Nothing left: the result is known, and it is what is reported.
    void cancel() override {}
};

} // namespace

SubmitJob::SubmitJob(const QUuid& idempotencyKey, QObject* parent)
    : QObject(parent)
    , m_idempotencyKey(idempotencyKey)
{}

SubmitJob* SubmitJob::finishedWith(const SubmitResult& result, const QUuid& idempotencyKey,
                                   QObject* parent)
{
    return new FinishedJob(result, idempotencyKey, parent);
}

void SubmitJob::finishWith(const SubmitResult& result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

SubmitJob* Transport::submit(const Ticket& ticket, const QUuid& idempotencyKey)
{
    return submit(ticket.toJson(), idempotencyKey);
}

DeferredTransport::DeferredTransport(TransportFactory factory, QObject* parent)
    : Transport(parent)
    , m_factory(std::move(factory))
{}

DeferredTransport::~DeferredTransport() = default;

Transport* DeferredTransport::real() const
{
    if (!m_real && m_factory) {
        m_real = m_factory();
        if (!m_real) {
            qCCritical(lcTransport, "Nothing can be sent now: the network part of the program did "
                                    "not load. Tickets wait in the outbox; restart the program, "
                                    "or install it again.");
            return nullptr;
        }
        startupTrace::mark("network loaded");
        m_real->setConfig(m_config);
        connect(m_real.get(), &Transport::reachabilityChanged, this,
                &Transport::reachabilityChanged);
    }
    return m_real.get();
}

void DeferredTransport::setConfig(const ClientConfig& config)
{
    m_config = config;
    if (m_real) {
        m_real->setConfig(config);
    }
}

SubmitJob* DeferredTransport::submit(const QByteArray& body, const QUuid& idempotencyKey)
{
    const bool wasLoaded = isLoaded();
    if (Transport* transport = real()) {
        // Made only now, after the network was asked about: it is asked again, and says.
        if (!wasLoaded && m_watching && transport->watchReachability()) {
            Q_EMIT reachabilityChanged(transport->isReachable());
        }
        return transport->submit(body, idempotencyKey);
    }
    // Not sent: the ticket stays in the outbox and goes with a later attempt.
    SubmitResult result;
    result.outcome = SubmitResult::Outcome::Offline;
    result.networkError = QStringLiteral("the network part of the program did not load; "
                                         "restart the program or install it again");
    return SubmitJob::finishedWith(result, idempotencyKey, this);
}

bool DeferredTransport::watchReachability()
{
    m_watching = true;
    Transport* transport = real();
    return transport && transport->watchReachability();
}

bool DeferredTransport::isReachable() const
{
    // Not a reason to load anything: without a look at the network, it is taken to be up.
    return !m_real || m_real->isReachable();
}

std::optional<bool> DeferredTransport::readsCertificates(const QString& file) const
{
    const Transport* transport = real();
    return transport ? transport->readsCertificates(file) : std::nullopt;
}

} // namespace bizkithub
