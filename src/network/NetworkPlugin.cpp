// SPDX-License-Identifier: GPL-3.0-or-later
// The network plugin: ContactFormClient with Qt Network, for the desktop program, which loads it
// when it first sends. The core's classes it builds on are the program's own (the program
// exports them), so there is one copy of each in the process.
#include "NetworkTransport.h"

namespace bizkithub {

namespace {

class NetworkPlugin final : public QObject, public NetworkTransportFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BizKitHubNetworkTransportFactory_iid)
    Q_INTERFACES(bizkithub::NetworkTransportFactory)

public:
    std::unique_ptr<Transport> create() const override { return createNetworkTransport(); }
};

} // namespace

} // namespace bizkithub

#include "NetworkPlugin.moc"
