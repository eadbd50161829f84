// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace bizkithub::gui {

// The application's style, with the few built-in images Qt 6.4 reads with format guessing on
// read as PNG instead. Guessing asks every image-format plugin whether it knows the file, so the
// first such image loads them all (Qt SVG and libjpeg among them) before the first frame: the
// menu bar's extension icon when the window is built, Fusion's group-box frame when it is
// painted. Drawn the same, pixel for pixel; the plugins load when something needs them. Under
// another version of Qt, or another style than Fusion or Windows, the base style draws it all.
class PngStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Over the style the application would use (its -style or QT_STYLE_OVERRIDE included).
    static void install();

    explicit PngStyle(const QString& baseKey);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                       const QWidget* widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override;

private:
    bool m_qt64;
    bool m_fusion;
};

} // namespace bizkithub::gui
