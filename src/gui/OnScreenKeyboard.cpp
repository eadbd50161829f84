// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnScreenKeyboard.h"

#include "OnScreenKeyboardPanel.h"
#include "Plugins.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLibraryInfo>
#include <QPluginLoader>
#include <QWidget>

namespace bizkithub::gui {

namespace {

const char* const inputMethodVariable = "QT_IM_MODULE";
const QByteArray virtualKeyboard = QByteArrayLiteral("qtvirtualkeyboard");

// Qt quietly goes without an input method it cannot find; look for it, to be able to say so.
bool virtualKeyboardPluginInstalled()
{
    QStringList folders = QCoreApplication::libraryPaths();
    folders.append(QLibraryInfo::path(QLibraryInfo::PluginsPath));
    for (const QString& folder : std::as_const(folders)) {
        const QDir dir(folder + QStringLiteral("/platforminputcontexts"));
        if (!dir.entryList({QStringLiteral("*qtvirtualkeyboardplugin*")}, QDir::Files).isEmpty()) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace {
// Set before the application object exists, read after: the one process-wide fact here.
bool prepared = false;
} // namespace

void OnScreenKeyboard::prepareApplication()
{
    prepared = true;
    qputenv(inputMethodVariable, virtualKeyboard);
    // The window holds the keys itself: a keyboard window of its own could end up under the
    // full-screen kiosk.
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
}

void OnScreenKeyboard::applicationStarted()
{
    // Qt has chosen its input method by now; programs this one starts keep the desktop's own.
    if (prepared) {
        qunsetenv(inputMethodVariable);
        qunsetenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE");
    }
}

bool OnScreenKeyboard::isInputMethodReady()
{
    return prepared && virtualKeyboardPluginInstalled();
}

OnScreenKeyboard::OnScreenKeyboard(QWidget* window)
    : QObject(window)
{
    if (!prepared) {
        m_problem = Problem::NotAtStart;
        return;
    }
    if (!virtualKeyboardPluginInstalled()) {
        m_problem = Problem::NotInstalled;
        m_details = QStringLiteral("qt6-virtualkeyboard-plugin");
        qWarning("The on-screen keyboard needs Qt Virtual Keyboard (Debian: "
                 "qt6-virtualkeyboard-plugin), which is not installed.");
        return;
    }
    QPluginLoader loader(pluginFile(QStringLiteral("bizkithub-keyboard")));
    auto* factory = qobject_cast<OnScreenKeyboardFactory*>(loader.instance());
    OnScreenKeyboardPanel* panel = factory ? factory->createPanel(window) : nullptr;
    m_details = panel ? panel->errorString() : loader.errorString();
    if (!panel || !m_details.isEmpty()) {
        if (panel) {
            delete panel->widget();
        }
        m_problem = Problem::NotLoaded;
        qWarning("The on-screen keyboard could not be loaded: %s", qPrintable(m_details));
        return;
    }
    m_panel = panel;
    m_widget = panel->widget();
    // Qt asks for the keys on a tap only on a field that had focus already; a guest's first tap
    // on a field must bring them.
    qApp->installEventFilter(this);
}

bool OnScreenKeyboard::eventFilter(QObject* watched, QEvent* event)
{
    if ((event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::TouchEnd) &&
        m_active && m_widget && watched->isWidgetType()) {
        // A tap on a field (or its viewport, for the message box); not one on the keys, whose
        // own key may just have put them away.
        auto* tapped = static_cast<QWidget*>(watched);
        QWidget* focus = QApplication::focusWidget();
        if (focus && focus->testAttribute(Qt::WA_InputMethodEnabled) &&
            (tapped == focus || focus->isAncestorOf(tapped)) && tapped != m_widget &&
            !m_widget->isAncestorOf(tapped) && !QGuiApplication::inputMethod()->isVisible()) {
            QGuiApplication::inputMethod()->show();
        }
    }
    return QObject::eventFilter(watched, event);
}

OnScreenKeyboard::~OnScreenKeyboard() = default;

bool OnScreenKeyboard::isAvailable() const
{
    return m_problem == Problem::None && m_widget;
}

QString OnScreenKeyboard::unavailableReason() const
{
    // Said in the language of the moment: the staff's sign follows the kiosk's language.
    switch (m_problem) {
    case Problem::None:
        return m_widget ? QString() : tr("No on-screen keyboard: it could not be loaded.");
    case Problem::NotAtStart:
        return tr("No on-screen keyboard: restart the app in kiosk mode to have one.");
    case Problem::NotInstalled:
        return tr("No on-screen keyboard: Qt Virtual Keyboard is not installed.");
    case Problem::NotLoaded:
        return tr("No on-screen keyboard: it could not be loaded.");
    }
    return {};
}

QWidget* OnScreenKeyboard::widget() const
{
    return m_widget;
}

bool OnScreenKeyboard::isShown() const
{
    return m_widget && m_widget->isVisible() && m_widget->height() > 0;
}

void OnScreenKeyboard::setLocale(const QLocale& locale)
{
    if (isAvailable()) {
        m_panel->setLocale(locale);
    }
}

void OnScreenKeyboard::setActive(bool active)
{
    m_active = active;
    if (isAvailable()) {
        m_panel->setActive(active);
    }
}

void OnScreenKeyboard::dismiss()
{
    // What was being composed goes too: nothing of it may land in the next guest's field.
    QGuiApplication::inputMethod()->reset();
    QGuiApplication::inputMethod()->hide();
}

} // namespace bizkithub::gui
