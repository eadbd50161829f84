// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SubmitResult.h"
#include "Transport.h"

#include <QObject>
#include <QTimer>
#include <QUuid>

namespace bizkithub {

class Outbox;
class OutboxSender;
class Settings;
class Ticket;

// Delivery, for one process: the one owner of the transport (the client) and the outbox's
// sender. The desk window and the kiosk keep it running in the background (the network and the
// store watched, retention applied, new settings followed at once); the CLI's `send` and
// `outbox flush` use it for one run. main() builds it; nothing else makes a client or a sender of
// its own. The transport is made by the factory the first time something is sent or the network
// is asked about: a window with nothing to send never loads the network.
class DeliveryService final : public QObject
{
    Q_OBJECT

public:
    // What the attempts so far tell about the way to BizKitHub.
    enum class Connection
    {
        Unknown,     // nothing tried yet, and no network information says otherwise
        Connected,   // the last attempt reached BizKitHub
        Unreachable, // the network is up (or not known), but BizKitHub did not answer
        Offline,     // the network information backend reports no network
        Held,        // the key, certificate or address was refused: waits for new settings
    };
    Q_ENUM(Connection)

    // How often a running window looks at the store for changes made by other processes, and
    // how often it removes the personal data of old sent tickets.
    static constexpr std::chrono::seconds storeWatchInterval{2};
    static constexpr std::chrono::hours retentionInterval{1};

    DeliveryService(const Settings& settings, TransportFactory transport, Outbox& outbox,
                    QObject* parent = nullptr);
    ~DeliveryService() override;

    [[nodiscard]] Outbox& outbox() const { return m_outbox; }
    [[nodiscard]] Transport& transport() const { return *m_transport; }
    [[nodiscard]] OutboxSender& sender() const { return *m_sender; }

    // For a window: delivers in the background until destroyed. Watches the store (and the
    // network, once something waits), applies retention now and every hour, and follows the
    // settings: a change reconfigures the client and lets a held queue go at once.
    void startInBackground();

    // The queue is held for the settings in use now. (After a change, the next attempt tries
    // the new ones.)
    [[nodiscard]] bool isHeld() const;
    [[nodiscard]] Connection connection() const;

    // Sends everything that waits, now, and returns when nothing is due (CLI `outbox flush`).
    struct FlushReport
    {
        int delivered = 0;
        bool storeFailed = false; // the store refused to record results: the run stopped
    };
    FlushReport flush();

    // Sends one ticket this process has claimed (CLI `send`), now, and records the result under
    // the same owner. `recorded` is false when the store refused the record.
    struct Delivery
    {
        SubmitResult result;
        bool recorded = true;
    };
    Delivery deliverClaimed(const QUuid& id, const Ticket& payload, const QString& owner);

Q_SIGNALS:
    void attemptFinished(const QUuid& id, const bizkithub::SubmitResult& result);
    void connectionChanged(bizkithub::DeliveryService::Connection connection);

private:
    void noteAttempt(const SubmitResult& result);
    void updateConnection();
    // The network's state is asked for (Qt loads its network information backends, with D-Bus
    // and GIO) once something waits to be sent, not by a desk with nothing to send.
    void watchNetworkOnceWaiting();

    const Settings& m_settings;
    Outbox& m_outbox;
    DeferredTransport* m_transport;
    OutboxSender* m_sender;
    QTimer m_storeWatch;
    QTimer m_retention;
    bool m_background = false;
    QMetaObject::Connection m_networkWatchPending;
    std::optional<bool> m_reached; // the last attempt's answer came from BizKitHub
    Connection m_connection = Connection::Unknown;
};

} // namespace bizkithub
