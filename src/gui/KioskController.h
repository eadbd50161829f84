// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPin.h"
#include "AdminPinDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QLabel;
class QWidget;

namespace bizkithub::gui {

// The kiosk's sense of time and of its customers: it notices when nobody has touched a started
// form for a while, counts down on an overlay and then asks for the form to be wiped; it returns
// from the thank-you screen; and it guards the way to the administration behind the PIN
// (Ctrl+Alt+S, or a long press on the header). The window does what it asks; this class holds no
// ticket.
class KioskController final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    struct Timings
    {
        std::chrono::milliseconds idle{std::chrono::seconds(90)};
        std::chrono::milliseconds countdown{std::chrono::seconds(15)};
        std::chrono::milliseconds thankYou{std::chrono::seconds(20)};
        std::chrono::milliseconds longPress{std::chrono::seconds(3)};
    };

    // window: the kiosk window, whose input counts as activity and which the overlay covers.
    explicit KioskController(QWidget* window, Clock clock = &std::chrono::steady_clock::now);
    ~KioskController() override;

    // Seam for tests: the clock that idle time, countdowns and PIN delays are measured with.
    void setClock(Clock clock);
    void setTimings(const Timings& timings);
    [[nodiscard]] const Timings& timings() const { return m_timings; }
    // Asked on every check: is there anything of a customer in the form?
    void setFormStartedCheck(std::function<bool()> started);
    // A press this long on the header opens the PIN dialog.
    void setHeader(QWidget* header);
    void setAdminPinHash(const QString& hash) { m_pinHash = hash; }

    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    // While the admin works (settings, outbox), nobody is wiped: no countdown until every
    // object given here is gone.
    void pauseWhileOpen(QObject* object);
    [[nodiscard]] bool isPaused() const { return m_pauseHolders > 0; }

    // The thank-you screen is up: back to the form after its time, or at a touch outside its
    // buttons (they do their own thing: print a receipt, finish). Called again, the time starts
    // anew.
    void startThankYou();
    [[nodiscard]] bool isShowingThankYou() const { return m_thankYouSince.has_value(); }

    [[nodiscard]] QWidget* overlay() const { return m_overlay; }
    [[nodiscard]] bool isCountingDown() const { return m_countdownSince.has_value(); }
    [[nodiscard]] AdminPinDialog* pinDialog() const { return m_pinDialog; }
    [[nodiscard]] const PinThrottle& throttle() const { return m_throttle; }

public Q_SLOTS:
    // Looks at the clock now; a timer calls this several times a second.
    void check();
    void requestAdmin();
    // The guest is done with the thank-you screen (its Done button).
    void finishThankYou();

Q_SIGNALS:
    void wipeRequested();
    // The thank-you screen's time left, when it changes: said on the screen.
    void thankYouCountdown(int secondsLeft);
    void thankYouFinished();
    void adminUnlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void noteActivity(bool endsThankYou);
    void cancelCountdown();
    void setPaused(bool paused);
    void styleOverlay();
    void layoutOverlay();
    void retranslate();

    QPointer<QWidget> m_window;
    Clock m_clock;
    Timings m_timings;
    std::function<bool()> m_formStarted;
    QPointer<QWidget> m_header;
    QString m_pinHash;
    PinThrottle m_throttle;
    QTimer m_ticker;
    QTimer m_longPress;
    bool m_active = false;
    bool m_paused = false;
    int m_pauseHolders = 0;
    std::chrono::steady_clock::time_point m_lastActivity;
    std::optional<std::chrono::steady_clock::time_point> m_countdownSince;
    std::optional<std::chrono::steady_clock::time_point> m_thankYouSince;
    int m_thankYouSecondsLeft = -1;
    QWidget* m_overlay;
    QLabel* m_overlayQuestion;
    QLabel* m_overlayCount;
    QPointer<AdminPinDialog> m_pinDialog;
};

} // namespace bizkithub::gui
