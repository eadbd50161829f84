// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuccessPage.h"

#include "Outbox.h"

#include <QAccessible>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bizkithub::gui {

SuccessPage::SuccessPage(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_newTicket(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("successTitle"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setObjectName(QStringLiteral("successSummary"));
    m_newTicket->setDefault(true);
    connect(m_newTicket, &QPushButton::clicked, this, &SuccessPage::newTicketRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    // A readable measure, centred; the label itself fills its column so nothing is clipped.
    auto* column = new QHBoxLayout;
    column->addStretch(1);
    column->addWidget(m_summary, 4);
    column->addStretch(1);
    layout->addLayout(column);
    layout->addWidget(m_newTicket, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    retranslate();
}

void SuccessPage::retranslate()
{
    m_newTicket->setText(tr("&New ticket"));
    m_newTicket->setToolTip(
        tr("Start a new ticket (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_summary->setAccessibleName(tr("Summary of the sent ticket"));
    if (m_refill) {
        m_refill();
    } else {
        // When it reached BizKitHub, in the language's own time format.
        m_title->setText(tr("Delivered at %1")
                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    }
}

void SuccessPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SuccessPage::showTicket(const Ticket& ticket, const QUuid& id, const SubmitResult& result)
{
    m_refill = [this, ticket, id, result] {
        showTicket(ticket, id, result);
    };
    // When it reached BizKitHub, in the language's own time format.
    m_title->setText(
        tr("Delivered at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(48));
    m_icon->setAccessibleName(tr("Success"));
    fill(tr("BizKitHub has the ticket. Here is what was sent:"), ticket, id, result.requestId);
}

void SuccessPage::showKept(const Ticket& ticket, const QUuid& id, const QString& whatNext)
{
    m_refill = [this, ticket, id, whatNext] {
        showKept(ticket, id, whatNext);
    };
    m_title->setText(tr("Saved in the outbox"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_DriveHDIcon).pixmap(48));
    m_icon->setAccessibleName(tr("Saved"));
    fill(whatNext, ticket, id, {});
}

void SuccessPage::fill(const QString& heading, const Ticket& ticket, const QUuid& id,
                       const QString& requestId)
{
    QStringList lines;
    lines << heading << QString();
    const QString name = QStringList{ticket.value(TicketField::CustomerFirstName),
                                     ticket.value(TicketField::CustomerLastName)}
                             .join(u' ')
                             .trimmed();
    const auto add = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            lines << label.arg(value);
        }
    };
    add(tr("Customer: %1"), name);
    add(tr("E-mail: %1"), ticket.value(TicketField::CustomerEmail));
    add(tr("Phone: %1"), ticket.value(TicketField::CustomerPhone));
    add(tr("Category: %1"), ticket.value(TicketField::CategorySlug));
    add(tr("Subject: %1"), ticket.value(TicketField::Subject));
    QString message = ticket.value(TicketField::Message);
    if (message.size() > 200) {
        message = message.left(200) + u'…';
    }
    add(tr("Message: %1"), message);
    lines << QString();
    add(tr("Time: %1"), QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    add(tr("Reference: %1"), Outbox::referenceFor(id));
    add(tr("Request id: %1"), requestId);
    m_summary->setText(lines.join(u'\n'));

    QAccessibleEvent event(m_title, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QString SuccessPage::title() const
{
    return m_title->text();
}

QString SuccessPage::summary() const
{
    return m_summary->text();
}

} // namespace bizkithub::gui
