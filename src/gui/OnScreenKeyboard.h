// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace bizkithub::gui {

class OnScreenKeyboardPanel;

// The kiosk's on-screen keyboard (Qt Virtual Keyboard), inside the kiosk window so that nothing
// the full-screen window covers is needed. Qt Virtual Keyboard is an input method: Qt must be told
// to use it before the application object exists, so main() calls prepareApplication() when the
// settings want the keyboard; the keyboard itself is a plugin, loaded when a kiosk first asks for
// it. When any of this fails the kiosk works with a real keyboard, and unavailableReason() says
// why, for the staff's sign.
class OnScreenKeyboard final : public QObject
{
    Q_OBJECT

public:
    // Before QApplication: makes Qt Virtual Keyboard the input method, its panel drawn by the
    // window (not a window of its own).
    static void prepareApplication();
    // After QApplication: the variables that chose the input method are not passed on to the
    // programs this one starts.
    static void applicationStarted();
    // Whether the running application has Qt Virtual Keyboard as its input method.
    [[nodiscard]] static bool isInputMethodReady();

    // Loads the plugin and makes the keyboard a child of window; place widget() at its bottom.
    explicit OnScreenKeyboard(QWidget* window);
    ~OnScreenKeyboard() override;

    [[nodiscard]] bool isAvailable() const;
    // Why there is no keyboard, in a short sentence for staff; empty when there is one.
    [[nodiscard]] QString unavailableReason() const;
    // What failed, in Qt's words (the plugin loader's, the QML engine's), for the admin.
    [[nodiscard]] QString unavailableDetails() const { return m_details; }
    // The keyboard's widget, or nullptr when there is none.
    [[nodiscard]] QWidget* widget() const;
    [[nodiscard]] bool isShown() const;

    // The layout of this language.
    void setLocale(const QLocale& locale);
    // An inactive keyboard never shows (the office look after leaving kiosk mode).
    void setActive(bool active);
    // Puts the keys away now, as between two guests.
    void dismiss();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Problem
    {
        None,
        NotAtStart,   // kiosk mode came after the start: the input method is chosen then
        NotInstalled, // no Qt Virtual Keyboard
        NotLoaded,    // our plugin or its QML did not load (m_details says what)
    };

    OnScreenKeyboardPanel* m_panel = nullptr; // valid while m_widget is
    bool m_active = true;
    QPointer<QWidget> m_widget;
    Problem m_problem = Problem::None;
    QString m_details;
};

} // namespace bizkithub::gui
