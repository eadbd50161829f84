// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuestReceipt.h"

#include "Takeaway.h"
#include "Ticket.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace bizkithub::gui {

QString GuestReceipt::replySentence(const Ticket& ticket)
{
    if (const QString email = ticket.value(TicketField::CustomerEmail).trimmed();
        !email.isEmpty()) {
        return QCoreApplication::translate("bizkithub::gui::GuestReceipt", "We will reply to %1.")
            .arg(email);
    }
    if (const QString phone = ticket.value(TicketField::CustomerPhone).trimmed();
        !phone.isEmpty()) {
        return QCoreApplication::translate("bizkithub::gui::GuestReceipt",
                                           "We will call you on %1.")
            .arg(phone);
    }
    return QCoreApplication::translate(
        "bizkithub::gui::GuestReceipt",
        "You left no e-mail or phone number: ask our staff about your request with this "
        "reference.");
}

QString GuestReceipt::html() const
{
    const QLocale locale;
    QString page = QStringLiteral("<div align=\"center\">");
    if (!organization.isEmpty()) {
        page += QStringLiteral("<p><b>%1</b></p>").arg(organization.toHtmlEscaped());
    }
    // The year in full, the time to the minute: a slip may be looked at months later.
    const QDateTime local = when.toLocalTime();
    page += QStringLiteral("<p>%1, %2</p>")
                .arg(locale.toString(local.date(), QLocale::LongFormat).toHtmlEscaped(),
                     locale.toString(local.time(), QLocale::ShortFormat).toHtmlEscaped());
    page += QStringLiteral("<p>%1<br><span style=\"font-size: 20pt; font-family: monospace;\">"
                           "<b>%2</b></span></p>")
                .arg(QCoreApplication::translate("bizkithub::gui::GuestReceipt", "Your reference")
                         .toHtmlEscaped(),
                     reference.toHtmlEscaped());
    page += QStringLiteral("<p>%1</p>").arg(reply.toHtmlEscaped());
    page += QStringLiteral("<p>%1</p></div>")
                .arg(QCoreApplication::translate("bizkithub::gui::GuestReceipt", "Thank you!")
                         .toHtmlEscaped());
    return page;
}

bool GuestReceipt::print(QPagedPaintDevice& printer, QString* error) const
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&printer);
    document.setHtml(html());
    // A receipt roll is 80 mm wide with 72 mm to print on; on a sheet the slip takes its top.
    const int resolution = printer.logicalDpiX();
    const QRectF page = printer.pageLayout().paintRectPixels(resolution);
    const double rollWidth = 72.0 / 25.4 * resolution;
    document.setTextWidth(std::min(page.width(), rollWidth));
    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error) {
            *error = QCoreApplication::translate("bizkithub::gui::GuestReceipt",
                                                 "The printer did not accept the receipt.");
        }
        return false;
    }
    document.drawContents(&painter);
    return painter.end();
}

std::unique_ptr<QPagedPaintDevice> GuestReceipt::systemPrinter(const QString& name, QString* error)
{
    QString why;
    const Takeaway* takeaway = Takeaway::instance(&why);
    if (!takeaway) {
        if (error) {
            *error = QCoreApplication::translate("bizkithub::gui::GuestReceipt",
                                                 "Receipt printing is not installed (%1).")
                         .arg(why);
        }
        return nullptr;
    }
    return takeaway->printer(name, error);
}

} // namespace bizkithub::gui
