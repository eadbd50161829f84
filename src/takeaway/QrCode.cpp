// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace bizkithub::takeaway {

QrCode::QrCode(const QString& text)
{
    const QByteArray data = text.toUtf8();
    // Level M: a code that survives a scratched or glossy screen, still small for a URL.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) {
        return;
    }
    m_size = code->width;
    m_modules.reserve(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i) {
        m_modules.append((code->data[i] & 1) != 0); // the lowest bit: dark or light
    }
}

bool QrCode::isDark(int x, int y) const
{
    return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules.at(y * m_size + x);
}

QImage QrCode::image(int moduleSize) const
{
    if (isNull() || moduleSize < 1) {
        return {};
    }
    const int side = (m_size + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                painter.fillRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize,
                                 moduleSize, moduleSize, Qt::black);
            }
        }
    }
    return image;
}

} // namespace bizkithub::takeaway
