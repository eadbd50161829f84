// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QtPlugin>

class QWidget;

namespace bizkithub::gui {

// The on-screen keyboard as the window sees it. It is built by a plugin of its own (src/keyboard,
// Qt Virtual Keyboard in a QQuickWidget), so that Qt Quick is loaded only by a kiosk that uses it.
class OnScreenKeyboardPanel
{
public:
    virtual ~OnScreenKeyboardPanel() = default;

    // The keyboard, to be placed at the bottom of the window. It shows itself while a text field
    // has focus and hides when none has; its parent owns it.
    [[nodiscard]] virtual QWidget* widget() = 0;
    // Keys for this language (its layout, its letters).
    virtual void setLocale(const QLocale& locale) = 0;
    // An inactive keyboard never shows (a kiosk left for the office look).
    virtual void setActive(bool active) = 0;
    // Why the keyboard cannot be used, in the words of Qt's QML engine; empty when it can.
    [[nodiscard]] virtual QString errorString() const = 0;
};

class OnScreenKeyboardFactory
{
public:
    virtual ~OnScreenKeyboardFactory() = default;
    // A new keyboard inside parent; never null (a broken one says why in errorString()).
    [[nodiscard]] virtual OnScreenKeyboardPanel* createPanel(QWidget* parent) = 0;
};

} // namespace bizkithub::gui

#define BizKitHubOnScreenKeyboardFactory_iid "com.bizkithub.Contact.OnScreenKeyboardFactory/1"
Q_DECLARE_INTERFACE(bizkithub::gui::OnScreenKeyboardFactory, BizKitHubOnScreenKeyboardFactory_iid)
