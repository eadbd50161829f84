// SPDX-License-Identifier: GPL-3.0-or-later
// bench-startup-floor-keyboard's keys: Qt Virtual Keyboard's own panel, nothing of the app's.
import QtQuick
import QtQuick.VirtualKeyboard

InputPanel {
}
