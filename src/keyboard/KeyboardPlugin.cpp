// SPDX-License-Identifier: GPL-3.0-or-later
// The on-screen keyboard plugin: Qt Virtual Keyboard's panel in a QQuickWidget, loaded by a kiosk
// only, so that a desk never loads Qt Quick.
#include "OnScreenKeyboardPanel.h"

#include <QQmlError>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QResizeEvent>
#include <QScreen>
#include <QtMath>

namespace bizkithub::gui {

namespace {

class QuickKeyboardPanel final : public QQuickWidget, public OnScreenKeyboardPanel
{
public:
    explicit QuickKeyboardPanel(QWidget* parent)
        : QQuickWidget(parent)
    {
        setObjectName(QStringLiteral("onScreenKeyboard"));
        // A tap on a key leaves the focus in the field being typed into.
        setFocusPolicy(Qt::NoFocus);
        setResizeMode(QQuickWidget::SizeRootObjectToView);
        setAttribute(Qt::WA_AcceptTouchEvents);
        setClearColor(QColor(0x26, 0x32, 0x38));
        setSource(QUrl(QStringLiteral("qrc:/bizkithub/keyboard/KioskKeyboard.qml")));
        if (status() != QQuickWidget::Ready || !rootObject()) {
            QStringList errors;
            for (const QQmlError& error : QQuickWidget::errors()) {
                errors.append(error.description());
            }
            m_error = errors.isEmpty() ? QStringLiteral("the keyboard's QML did not load")
                                       : errors.join(QStringLiteral("; "));
            hide();
            return;
        }
        connect(rootObject(), &QQuickItem::implicitHeightChanged, this,
                &QuickKeyboardPanel::follow);
        follow();
    }

    QWidget* widget() override { return this; }

    void setLocale(const QLocale& locale) override
    {
        if (rootObject()) {
            rootObject()->setProperty("locale", locale.name());
        }
    }

    void setActive(bool active) override
    {
        m_active = active;
        follow();
    }

    QString errorString() const override { return m_error; }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QQuickWidget::resizeEvent(event);
        follow();
    }

private:
    // As tall as the keys need while a field is typed into, and no height when none is. It stays
    // in the layout meanwhile, so that it knows the width its keys will have.
    void follow()
    {
        if (!rootObject()) {
            return;
        }
        if (QWidget* top = window()) {
            // The keys take about a third of the window (a little less on a small screen): the
            // field being typed into and Send stay above them. The screen bounds it: a window
            // taller than its screen would grow the keys, and the keys the window.
            const int shown = std::min(top->height(), top->screen()->geometry().height());
            const int room = shown < 650 ? shown / 3 : shown * 3 / 8;
            rootObject()->setProperty("maximumHeight", std::max(160, room));
        }
        const int height = m_active ? qCeil(rootObject()->implicitHeight()) : 0;
        if (height != this->height() || minimumHeight() != height) {
            setFixedHeight(height);
        }
        if (m_active != isVisibleTo(parentWidget())) {
            setVisible(m_active);
        }
    }

    QString m_error;
    bool m_active = true;
};

class KeyboardPlugin final : public QObject, public OnScreenKeyboardFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BizKitHubOnScreenKeyboardFactory_iid)
    Q_INTERFACES(bizkithub::gui::OnScreenKeyboardFactory)

public:
    OnScreenKeyboardPanel* createPanel(QWidget* parent) override
    {
        // Keys need no graphics card: drawn in software, the window stays an ordinary raster
        // window, on every machine and under a virtual X server alike.
        if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND") &&
            QQuickWindow::graphicsApi() != QSGRendererInterface::Software) {
            QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        }
        return new QuickKeyboardPanel(parent);
    }
};

} // namespace

} // namespace bizkithub::gui

#include "KeyboardPlugin.moc"
