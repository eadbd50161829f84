// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusBar.h"

#include "Outbox.h"
#include "Settings.h"
#include "TimeText.h"
#include "validation/ApiKey.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace bizkithub::gui {

StatusBar::StatusBar(const Settings& settings, const DeliveryService& delivery, QWidget* parent)
    : QStatusBar(parent)
    , m_settings(settings)
    , m_delivery(delivery)
    , m_progress(new QProgressBar(this))
    , m_connection(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_key(new QLabel(this))
    , m_alert(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_queue->setObjectName(QStringLiteral("queueStatus"));
    m_key->setObjectName(QStringLiteral("keyStatus"));
    m_alert->setObjectName(QStringLiteral("waitingAlert"));
    QFont bold = m_alert->font();
    bold.setBold(true);
    m_alert->setFont(bold);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_progress->setAccessibleName(tr("Sending"));
    // The items in one row of their own, given to the status bar at once: it lays out all its
    // items again for each one added (about a millisecond for seven, before the first frame).
    auto* items = new QWidget(this);
    auto* row = new QHBoxLayout(items);
    row->setContentsMargins(0, 0, 0, 0);
    // As tall with the busy bar hidden as shown: the window does not move when a send starts.
    row->addStrut(m_progress->sizeHint().height()); // its height is fixed at that
    row->addWidget(m_progress);
    addItem(row, m_alert, false);
    addItem(row, m_connection, false);
    addItem(row, m_queue, true);
    addItem(row, m_key, true);
    addPermanentWidget(items);
    connect(&delivery, &DeliveryService::connectionChanged, this, &StatusBar::refresh);
    connect(&delivery, &DeliveryService::attemptFinished, this, &StatusBar::refresh);
    connect(&delivery.outbox(), &Outbox::changed, this, &StatusBar::refresh);
    connect(&settings, &Settings::changed, this, &StatusBar::refresh);
    // Its owner says when it is first read: the outbox's six queries once, not here as well.
}

void StatusBar::addItem(QBoxLayout* row, QWidget* item, bool ruleBefore)
{
    // Each fact its own item, with room and a rule between them, not one run-on line.
    if (ruleBefore) {
        auto* rule = new QFrame(row->parentWidget());
        rule->setFrameShape(QFrame::VLine);
        rule->setFrameShadow(QFrame::Sunken);
        row->addWidget(rule);
    }
    item->setContentsMargins(6, 0, 6, 0);
    row->addWidget(item);
}

QString StatusBar::connectionText(DeliveryService::Connection connection)
{
    using Connection = DeliveryService::Connection;
    switch (connection) {
    case Connection::Unknown:
        return QString();
    case Connection::Connected:
        return tr("Connected");
    case Connection::Unreachable:
        return tr("BizKitHub unreachable");
    case Connection::Offline:
        return tr("Offline");
    case Connection::Held:
        return tr("On hold");
    }
    return QString();
}

QString StatusBar::connectionExplanation(DeliveryService::Connection connection)
{
    using Connection = DeliveryService::Connection;
    switch (connection) {
    case Connection::Unknown:
        return QString();
    case Connection::Connected:
        return tr("The last ticket reached BizKitHub.");
    case Connection::Unreachable:
        return tr("The network works, but BizKitHub does not answer just now. Tickets wait in "
                  "the outbox and are sent by themselves when it does.");
    case Connection::Offline:
        return tr("This computer has no network connection. Tickets wait in the outbox and are "
                  "sent by themselves when the connection returns.");
    case Connection::Held:
        return tr("BizKitHub refused the settings (key, certificate or address). Tickets wait "
                  "in the outbox until the settings are corrected.");
    }
    return QString();
}

void StatusBar::refresh()
{
    const DeliveryService::Connection connection = m_delivery.connection();
    // A sign before the words, so the state is seen at a glance; a screen reader hears the words.
    static constexpr char16_t signs[] = {u' ', u'●', u'▲', u'○', u'■'};
    const QString words = connectionText(connection);
    m_connection->setText(words.isEmpty() ? QString()
                                          : QString(QChar(signs[int(connection)])) + u' ' + words);
    m_connection->setToolTip(connectionExplanation(connection));
    m_connection->setAccessibleName(words);
    m_connection->setAccessibleDescription(m_connection->toolTip());
    m_connection->setVisible(!m_connection->text().isEmpty());

    const Outbox& outbox = m_delivery.outbox();
    m_status = OutboxStatus::read(outbox, m_settings);
    const int waiting = m_status.waiting;
    QStringList parts;
    parts << tr("%n waiting", nullptr, waiting);
    // Those only a person can move on are counted apart: they are the outbox's other rows.
    if (const int toCorrect = m_status.counts.value(TicketState::NeedsEdit); toCorrect > 0) {
        parts << tr("%n to correct", nullptr, toCorrect);
    }
    if (m_status.lastDelivery.isValid()) {
        parts << tr("last sent %1").arg(shortTime(m_status.lastDelivery));
    }
    if (const QDateTime next = outbox.nextAttemptTime();
        waiting > 0 && next.isValid() && connection != DeliveryService::Connection::Held) {
        parts << tr("next attempt %1")
                     .arg(shortTime(std::max(next, QDateTime::currentDateTimeUtc())));
    }
    // Tickets that have waited longer than the admin allows stand out, in words.
    const QString alert = m_status.alertSentence();
    m_alert->setText(alert.isEmpty() ? QString() : QStringLiteral("⚠ ") + alert);
    m_alert->setAccessibleName(alert);
    m_alert->setVisible(!alert.isEmpty());
    m_queue->setText(parts.join(QStringLiteral(" · ")));
    m_queue->setAccessibleName(m_queue->text());

    const auto key = ApiKey::fromString(m_settings.apiKey());
    if (key) {
        m_key->setText(key->description());
        m_key->setToolTip(tr("Tickets go to %1").arg(m_settings.baseUrl()));
    } else {
        m_key->setText(tr("No API key: open Settings"));
        m_key->setToolTip(ApiKey::problemMessage(ApiKey::Problem::Missing));
    }
    m_key->setAccessibleName(m_key->text());
}

void StatusBar::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    if (busy) {
        showMessage(tr("Sending the ticket to BizKitHub…"));
    } else {
        clearMessage();
    }
}

void StatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_progress->setAccessibleName(tr("Sending"));
        refresh();
    }
    QStatusBar::changeEvent(event);
}

} // namespace bizkithub::gui
