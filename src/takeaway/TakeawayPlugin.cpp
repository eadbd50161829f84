// SPDX-License-Identifier: GPL-3.0-or-later
// What a kiosk guest takes away: the QR code of the reference and the receipt printer, in a
// plugin of its own so that libqrencode and Qt Print Support are loaded by a kiosk that thanks a
// guest, never by a desk.
#include "QrCode.h"
#include "Takeaway.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>

namespace bizkithub::takeaway {

namespace {

class TakeawayPlugin final : public QObject, public gui::Takeaway
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BizKitHubTakeaway_iid)
    Q_INTERFACES(bizkithub::gui::Takeaway)

public:
    QImage qrCode(const QString& text, int moduleSize) const override
    {
        return QrCode(text).image(moduleSize);
    }

    std::unique_ptr<QPagedPaintDevice> printer(const QString& name, QString* error) const override
    {
        const QPrinterInfo info = QPrinterInfo::printerInfo(name);
        if (info.isNull()) {
            if (error) {
                *error =
                    QCoreApplication::translate("bizkithub::gui::GuestReceipt",
                                                "There is no printer called %1 on this computer.")
                        .arg(name);
            }
            return nullptr;
        }
        auto printer = std::make_unique<QPrinter>(info, QPrinter::HighResolution);
        printer->setDocName(QCoreApplication::translate("bizkithub::gui::GuestReceipt", "Receipt"));
        return printer;
    }
};

} // namespace

} // namespace bizkithub::takeaway

#include "TakeawayPlugin.moc"
