// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace bizkithub {
class Ticket;
}

namespace bizkithub::gui {

// What a kiosk guest takes away on paper: who took the request, when, its reference and how the
// reply will come. Never the message itself: a slip left on the counter tells nobody else what
// the guest wrote.
struct GuestReceipt
{
    QString organization;
    QDateTime when;
    QString reference;
    QString reply; // replySentence()

    // How the guest will hear back: at the e-mail address, else by phone, else not at all.
    [[nodiscard]] static QString replySentence(const Ticket& ticket);

    // The slip, laid out for a receipt roll (72 mm wide) or the top of a sheet alike.
    [[nodiscard]] QString html() const;
    // Prints on printer (a QPrinter, or a PDF file) without a dialog; false, with a sentence for
    // staff in error, when the printer cannot take it.
    bool print(QPagedPaintDevice& printer, QString* error = nullptr) const;

    // The printer of a name, as the kiosk's setting gives it; a seam for tests, which print to
    // a PDF file instead. Null, with a reason, when no printer has that name. The system's
    // printers come from the Takeaway plugin (Qt Print Support).
    using PrinterFactory =
        std::function<std::unique_ptr<QPagedPaintDevice>(const QString& name, QString* error)>;
    [[nodiscard]] static std::unique_ptr<QPagedPaintDevice> systemPrinter(const QString& name,
                                                                          QString* error);
};

} // namespace bizkithub::gui
