// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>
#include <QtPlugin>

#include <memory>

class QPagedPaintDevice;

namespace bizkithub::gui {

// What a kiosk guest takes away: the QR code of the reference (libqrencode) and the printer a
// receipt goes to (Qt Print Support). They come from a plugin of their own (src/takeaway),
// loaded when a kiosk first thanks a guest, so that a desk never loads either library.
class Takeaway
{
public:
    virtual ~Takeaway() = default;

    // The QR code of text, black on white with the standard quiet zone of four modules, each
    // module moduleSize pixels; null when the text cannot be encoded (too long).
    [[nodiscard]] virtual QImage qrCode(const QString& text, int moduleSize) const = 0;
    // The printer of that name, set up for a receipt; null, with a sentence for staff in error,
    // when this computer has no printer of that name.
    [[nodiscard]] virtual std::unique_ptr<QPagedPaintDevice> printer(const QString& name,
                                                                     QString* error) const = 0;

    // The plugin, loaded at the first call; null, with why in error, when it cannot be loaded.
    [[nodiscard]] static const Takeaway* instance(QString* error = nullptr);
};

} // namespace bizkithub::gui

#define BizKitHubTakeaway_iid "com.bizkithub.Contact.Takeaway/1"
Q_DECLARE_INTERFACE(bizkithub::gui::Takeaway, BizKitHubTakeaway_iid)
