// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace bizkithub::takeaway {

// A QR code of a text (libqrencode), for a guest's phone to take the reference away.
class QrCode final
{
public:
    // The code's modules, true for dark; empty when the text cannot be encoded (too long).
    explicit QrCode(const QString& text);

    [[nodiscard]] bool isNull() const { return m_size == 0; }
    // Modules along one side, without the quiet zone.
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] bool isDark(int x, int y) const;
    // Black on white with the standard quiet zone of four modules, each module
    // moduleSize pixels: every reader's camera finds it, in a dark palette too.
    [[nodiscard]] QImage image(int moduleSize) const;

    static constexpr int quietZone = 4;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace bizkithub::takeaway
