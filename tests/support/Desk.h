// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactFormClient.h"
#include "DeliveryService.h"
#include "MainWindow.h"

#include <memory>

class QNetworkAccessManager;

namespace bizkithub {

class Outbox;
class Settings;

// The desk as main() builds it, for tests: one delivery service, running in the background, and
// the window on it (main() starts the service after the window's first frame; tests start it
// at once). The window goes first, as it does when main() returns.
class Desk
{
public:
    Desk(Settings& settings, QNetworkAccessManager* network, Outbox& outbox)
        : m_delivery(std::make_unique<DeliveryService>(
              settings, [network] { return std::make_unique<ContactFormClient>(network); }, outbox))
    {
        m_delivery->startInBackground();
        m_window = std::make_unique<gui::MainWindow>(settings, *m_delivery);
    }
    ~Desk() { m_window.reset(); }
    Desk(const Desk&) = delete;
    Desk& operator=(const Desk&) = delete;

    [[nodiscard]] gui::MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] DeliveryService& delivery() const { return *m_delivery; }

private:
    std::unique_ptr<DeliveryService> m_delivery;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace bizkithub
