// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Transport.h"

#include <QDateTime>
#include <QNetworkRequest>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bizkithub {

// The one class that talks to BizKitHub's contact-form endpoint (Qt Network). The network access
// manager is injected, so tests put a fake server behind it; programs make it with
// createNetworkTransport() (NetworkTransport.h).
class ContactFormClient final : public Transport
{
    Q_OBJECT

public:
    using Config = ClientConfig;
    static constexpr qint64 maxResponseBytes = ClientConfig::maxResponseBytes;

    explicit ContactFormClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ContactFormClient() override;

    void setConfig(const Config& config) override;
    [[nodiscard]] const Config& config() const override { return m_config; }

    // Seam for tests: the clock used for Retry-After in seconds.
    void setClock(std::function<QDateTime()> clock);

    using Transport::submit;
    [[nodiscard]] SubmitJob* submit(const QByteArray& body, const QUuid& idempotencyKey) override;

    // Through a QNetworkInformation backend that reports reachability, if the platform has one.
    bool watchReachability() override;
    [[nodiscard]] bool isReachable() const override { return m_reachable; }

    [[nodiscard]] std::optional<bool> readsCertificates(const QString& file) const override;

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
    bool m_reachable = true;
    bool m_watching = false;
};

} // namespace bizkithub
