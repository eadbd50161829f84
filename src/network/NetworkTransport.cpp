// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkTransport.h"

#include "ContactFormClient.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace bizkithub {

std::unique_ptr<Transport> createNetworkTransport()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto* network = new QNetworkAccessManager;
    auto client = std::make_unique<ContactFormClient>(network);
    network->setParent(client.get()); // one lifetime for both
    return client;
}

} // namespace bizkithub
