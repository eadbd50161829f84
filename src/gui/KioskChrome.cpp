// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskChrome.h"

#include <QAccessible>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace bizkithub::gui {

KioskChrome::KioskChrome(QWidget* window)
    : QObject(window)
    , m_header(new QFrame(window))
    , m_logo(new QLabel(m_header))
    , m_title(new QLabel(m_header))
    , m_outbox(new QLabel(m_header))
    , m_greeting(new QLabel(m_header))
    , m_contactHint(new QLabel(m_header))
    , m_thankYouPage(new QWidget(window))
    , m_thankYouTitle(new QLabel(m_thankYouPage))
    , m_thankYouReference(new QLabel(m_thankYouPage))
    , m_thankYouHint(new QLabel(m_thankYouPage))
{
    // The header: the organisation's name and logo, and a small sign for staff when tickets
    // wait.
    m_header->setObjectName(QStringLiteral("kioskHeader"));
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_outbox->setObjectName(QStringLiteral("kioskOutboxIndicator"));
    m_outbox->setEnabled(false); // small and quiet: it is meant for staff
    auto* rows = new QVBoxLayout(m_header);
    auto* header = new QHBoxLayout;
    header->addWidget(m_logo);
    header->addWidget(m_title, 1);
    header->addWidget(m_outbox, 0, Qt::AlignTop | Qt::AlignRight);
    rows->addLayout(header);
    // The guest is greeted, and told before starting how to leave a way to reply.
    m_greeting->setObjectName(QStringLiteral("kioskGreeting"));
    m_greeting->setWordWrap(true);
    m_contactHint->setObjectName(QStringLiteral("kioskContactHint"));
    m_contactHint->setWordWrap(true);
    rows->addWidget(m_greeting);
    rows->addWidget(m_contactHint);
    m_header->hide();

    // The thank-you page.
    m_thankYouPage->setObjectName(QStringLiteral("thankYouPage"));
    m_thankYouTitle->setObjectName(QStringLiteral("thankYouTitle"));
    m_thankYouTitle->setAlignment(Qt::AlignCenter);
    m_thankYouReference->setObjectName(QStringLiteral("thankYouReference"));
    m_thankYouReference->setAlignment(Qt::AlignCenter);
    m_thankYouReference->setWordWrap(true);
    m_thankYouReference->setTextInteractionFlags(Qt::NoTextInteraction);
    m_thankYouHint->setAlignment(Qt::AlignCenter);
    m_thankYouHint->setWordWrap(true);
    auto* page = new QVBoxLayout(m_thankYouPage);
    page->addStretch(1);
    page->addWidget(m_thankYouTitle);
    page->addWidget(m_thankYouReference);
    page->addWidget(m_thankYouHint);
    page->addStretch(1);

    // The header follows the language with the rest of the window.
    m_header->installEventFilter(this);
    retranslate();
}

bool KioskChrome::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_header && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void KioskChrome::retranslate()
{
    m_thankYouTitle->setText(tr("Thank you!"));
    m_thankYouHint->setText(tr("Touch the screen to write another request."));
    if (!m_reference.isEmpty()) {
        m_thankYouReference->setText(
            tr("We have your request. Your reference is %1.").arg(m_reference));
    }
}

void KioskChrome::setOrganization(const QString& name, const QString& logoFile)
{
    m_title->setText(name);
    m_title->setVisible(!name.isEmpty());
    const QPixmap logo(logoFile);
    m_logo->setPixmap(logo.isNull() ? QPixmap()
                                    : logo.scaledToHeight(m_header->fontMetrics().height() * 3,
                                                          Qt::SmoothTransformation));
    m_logo->setVisible(!logo.isNull());
}

void KioskChrome::setGreeting(const QString& greeting, const QString& contactSentence)
{
    m_greeting->setText(greeting);
    m_contactHint->setText(contactSentence);
    m_contactHint->setVisible(!contactSentence.isEmpty());
}

void KioskChrome::setWaiting(int waiting, bool held, const QString& explanation, int limit)
{
    QString text = waiting == 0 ? QString()
                   : held       ? tr("⚠ %n waiting", nullptr, waiting)
                                : tr("%n waiting", nullptr, waiting);
    if (limit > 0) {
        const QString refused =
            tr("⚠ %n tickets in the last hour: new ones are refused", nullptr, limit);
        text = text.isEmpty() ? refused : text + QStringLiteral(" · ") + refused;
    }
    m_outbox->setText(text);
    m_outbox->setToolTip(explanation);
    m_outbox->setAccessibleName(text);
    m_outbox->setVisible(!text.isEmpty());
}

void KioskChrome::showThankYou(const QString& reference)
{
    m_reference = reference;
    retranslate();
    QAccessibleEvent event(m_thankYouReference, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QString KioskChrome::thankYouText() const
{
    return m_thankYouReference->text();
}

} // namespace bizkithub::gui
