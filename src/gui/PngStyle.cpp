// SPDX-License-Identifier: GPL-3.0-or-later
#include "PngStyle.h"

#include <QApplication>
#include <QGroupBox>
#include <QIcon>
#include <QImageReader>
#include <QLibraryInfo>
#include <QPainter>
#include <QPixmap>
#include <QStyleOption>
#include <qdrawutil.h>

namespace bizkithub::gui {

namespace {

QPixmap readPng(const QString& name)
{
    QImageReader reader(QStringLiteral(":/qt-project.org/styles/commonstyle/images/") + name,
                        "PNG");
    reader.setAutoDetectImageFormat(false);
    return QPixmap::fromImage(reader.read());
}

QIcon pngIcon(const QString& stem, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (const int size : sizes) {
        icon.addPixmap(readPng(QStringLiteral("%1-%2.png").arg(stem).arg(size)));
    }
    return icon;
}

// Fusion's group-box frame, and the room Fusion leaves above it for the title.
constexpr int groupBoxTopMargin = 3;
constexpr QMargins groupBoxBorder{6, 6, 6, 6};

} // namespace

void PngStyle::install()
{
    QApplication::setStyle(new PngStyle(QApplication::style()->name()));
}

PngStyle::PngStyle(const QString& baseKey)
    : QProxyStyle(baseKey)
    // What is replaced is Qt 6.4's: later versions draw the frame at another place and name
    // other files, so there the base style draws as it would.
    , m_qt64(QLibraryInfo::version().majorVersion() == 6 &&
             QLibraryInfo::version().minorVersion() == 4)
    , m_fusion(m_qt64 &&
               baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
{}

QIcon PngStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                             const QWidget* widget) const
{
    // The images Qt's common style (Fusion's and Windows') gives these two.
    const bool common = m_fusion || (m_qt64 && baseStyle()->inherits("QWindowsStyle"));
    if (common && standardIcon == SP_ToolBarHorizontalExtensionButton) {
        const bool rtl =
            (option ? option->direction : QGuiApplication::layoutDirection()) == Qt::RightToLeft;
        static const QIcon leftToRight = pngIcon(QStringLiteral("toolbar-ext-h"), {8, 16, 32});
        static const QIcon rightToLeft = pngIcon(QStringLiteral("toolbar-ext-h-rtl"), {8, 16, 32});
        return rtl ? rightToLeft : leftToRight;
    }
    if (common && standardIcon == SP_ToolBarVerticalExtensionButton) {
        static const QIcon vertical = pngIcon(QStringLiteral("toolbar-ext-v"), {5, 10, 20});
        return vertical;
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

void PngStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                             QPainter* painter, const QWidget* widget) const
{
    if (m_fusion && element == PE_FrameGroupBox) {
        static const QPixmap frame = readPng(QStringLiteral("fusion_groupbox.png"));
        // As Fusion draws it: below the title, or nearly at the top without one (Fusion asks
        // for the indicator's height without an option: at the primary screen's resolution).
        const auto* box = qobject_cast<const QGroupBox*>(widget);
        const int top = box && !box->isCheckable() && box->title().isEmpty()
                            ? groupBoxTopMargin
                            : qMax(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight),
                                   option->fontMetrics.height()) +
                                  groupBoxTopMargin;
        qDrawBorderPixmap(painter, option->rect.adjusted(0, top, 0, 0), groupBoxBorder, frame);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace bizkithub::gui
