// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeliveryService.h"
#include "OutboxStatus.h"

#include <QStatusBar>

class QBoxLayout;
class QLabel;
class QProgressBar;

namespace bizkithub {
class Settings;
}

namespace bizkithub::gui {

// The desk window's status bar: the way to BizKitHub (connected, unreachable, offline, on
// hold), what waits in the outbox (and whether it has waited too long), and which key tickets
// go out with. Each fact is an item of its own, with a rule between them; a sending ticket
// shows a busy bar. Empty until the first refresh().
class StatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    StatusBar(const Settings& settings, const DeliveryService& delivery, QWidget* parent = nullptr);

    [[nodiscard]] QLabel* connectionItem() const { return m_connection; }
    [[nodiscard]] QLabel* queueItem() const { return m_queue; }
    [[nodiscard]] QLabel* keyItem() const { return m_key; }
    // "2 tickets have waited more than 4 hours: …"; hidden while none has.
    [[nodiscard]] QLabel* alertItem() const { return m_alert; }
    // The outbox's status as last read (OutboxStatus, the same facts `status` and the metrics
    // file give); the kiosk's sign says it too.
    [[nodiscard]] const OutboxStatus& outboxStatus() const { return m_status; }
    [[nodiscard]] QProgressBar* progress() const { return m_progress; }

    // Says everything again: after an attempt, a change to the store or the settings, a new
    // language.
    void refresh();
    void setBusy(bool busy);

    // The words for a connection state, for the status bar and its tooltip.
    [[nodiscard]] static QString connectionText(DeliveryService::Connection connection);
    [[nodiscard]] static QString connectionExplanation(DeliveryService::Connection connection);

protected:
    void changeEvent(QEvent* event) override;

private:
    static void addItem(QBoxLayout* row, QWidget* item, bool ruleBefore);

    const Settings& m_settings;
    const DeliveryService& m_delivery;
    QProgressBar* m_progress;
    QLabel* m_connection;
    QLabel* m_queue;
    QLabel* m_key;
    QLabel* m_alert;
    OutboxStatus m_status;
};

} // namespace bizkithub::gui
