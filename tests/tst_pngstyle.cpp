// SPDX-License-Identifier: GPL-3.0-or-later
// The style's built-in images read as PNG: a window with a menu bar and a titled group box
// shows and paints without loading one image-format plugin, and what it draws is Fusion's,
// pixel for pixel.
#include "PngStyle.h"
#include "ProcessMaps.h"

#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QImageReader>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace bizkithub::gui;

namespace {

// The image-format plugins this process has loaded, as the kernel sees its mappings.
QStringList loadedImagePlugins()
{
    const std::optional<QStringList> files = bizkithub::test::mappedFiles();
    if (!files) {
        return {QStringLiteral("unreadable /proc/self/maps")};
    }
    return files->filter(QStringLiteral("/imageformats/"));
}

QImage drawn(QWidget* widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    widget->render(&image);
    return image;
}

} // namespace

class TestPngStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: nothing before it may have read an image.
    void aWindowPaintsWithoutImagePlugins();
    void groupBoxFrameIsFusions_data();
    void groupBoxFrameIsFusions();
    void extensionIconsAreFusions();
    void otherStylesAreLeftAlone();
};

void TestPngStyle::aWindowPaintsWithoutImagePlugins()
{
    QApplication::setStyle(new PngStyle(QStringLiteral("Fusion")));
    {
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
        auto* central = new QWidget(&window);
        auto* layout = new QVBoxLayout(central);
        auto* box = new QGroupBox(QStringLiteral("About you"), central);
        (new QVBoxLayout(box))->addWidget(new QLineEdit(box));
        layout->addWidget(box);
        window.setCentralWidget(central);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!drawn(&window).isNull());
        QCOMPARE(loadedImagePlugins(), QStringList());
    }
    // The check sees a plugin once one is loaded: an image read with guessing loads them all.
    QImageReader guessing(QStringLiteral(":/qt-project.org/styles/commonstyle/images/"
                                         "fusion_groupbox.png"));
    QVERIFY(!guessing.read().isNull());
    QVERIFY2(!loadedImagePlugins().isEmpty(), "no image-format plugins installed to check by");
}

void TestPngStyle::groupBoxFrameIsFusions_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("checkable");
    QTest::addColumn<bool>("flat");
    QTest::newRow("titled") << QStringLiteral("Your ticket") << false << false;
    QTest::newRow("untitled") << QString() << false << false;
    QTest::newRow("checkable") << QStringLiteral("Send a copy") << true << false;
    QTest::newRow("flat, as the ticket form's") << QStringLiteral("About you") << false << true;
}

void TestPngStyle::groupBoxFrameIsFusions()
{
    QFETCH(QString, title);
    QFETCH(bool, checkable);
    QFETCH(bool, flat);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    PngStyle png(QStringLiteral("Fusion"));
    QImage images[2];
    QStyle* styles[2] = {fusion.get(), &png};
    for (int i = 0; i < 2; ++i) {
        QGroupBox box(title);
        box.setStyle(styles[i]);
        box.setCheckable(checkable);
        box.setFlat(flat);
        (new QVBoxLayout(&box))->addWidget(new QLineEdit(&box));
        box.resize(240, 120);
        images[i] = drawn(&box);
    }
    QVERIFY(!images[0].isNull());
    QCOMPARE(images[1], images[0]);
}

void TestPngStyle::extensionIconsAreFusions()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    PngStyle png(QStringLiteral("Fusion"));
    QStyleOption rightToLeft;
    rightToLeft.direction = Qt::RightToLeft;
    for (const QStyle::StandardPixmap which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        for (const QStyleOption* option : {static_cast<const QStyleOption*>(nullptr),
                                           static_cast<const QStyleOption*>(&rightToLeft)}) {
            const QIcon expected = fusion->standardIcon(which, option, nullptr);
            const QIcon actual = png.standardIcon(which, option, nullptr);
            QCOMPARE(actual.availableSizes(), expected.availableSizes());
            for (const int size : {5, 8, 10, 16, 20, 24, 32, 48}) {
                QCOMPARE(actual.pixmap(size).toImage(), expected.pixmap(size).toImage());
            }
        }
    }
}

void TestPngStyle::otherStylesAreLeftAlone()
{
    // Windows draws its group boxes with lines and shares the common icons; only Fusion's frame
    // is an image.
    std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
    PngStyle png(QStringLiteral("Windows"));
    QImage images[2];
    QStyle* styles[2] = {windows.get(), &png};
    for (int i = 0; i < 2; ++i) {
        QGroupBox box(QStringLiteral("Your ticket"));
        box.setStyle(styles[i]);
        box.resize(240, 120);
        images[i] = drawn(&box);
    }
    QCOMPARE(images[1], images[0]);
    QCOMPARE(png.baseStyle()->name(), QStringLiteral("windows"));
}

QTEST_MAIN(TestPngStyle)
#include "tst_pngstyle.moc"
