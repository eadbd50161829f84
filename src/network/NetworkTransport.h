// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NetworkPluginId.h"
#include "Transport.h"

#include <QtPlugin>

#include <memory>

namespace bizkithub {

// The network as the core sends through it: a QNetworkAccessManager that follows the system's
// proxy settings, and the ContactFormClient on it.
[[nodiscard]] std::unique_ptr<Transport> createNetworkTransport();

// The same from the network plugin (src/network, "bizkithub-network"), which the desktop program
// loads when it first sends, so that Qt Network is not loaded while its window opens.
class NetworkTransportFactory
{
public:
    virtual ~NetworkTransportFactory() = default;
    [[nodiscard]] virtual std::unique_ptr<Transport> create() const = 0;
};

} // namespace bizkithub

Q_DECLARE_INTERFACE(bizkithub::NetworkTransportFactory, BizKitHubNetworkTransportFactory_iid)
