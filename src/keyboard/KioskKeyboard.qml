// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's on-screen keyboard: Qt Virtual Keyboard's panel inside the window, centred and no
// taller than the window allows, with a row of keys over it that the field being typed into
// needs and the standard layouts keep out of reach ("@" behind the symbols key, "+" behind a
// long press on 0).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Rectangle {
    id: root

    // Set by the window: the keys' language ("de_DE") and the most height it can give.
    property string locale: "en_GB"
    property real maximumHeight: 320
    readonly property bool active: panel.active
    // Keys the standard layouts hide behind others: "@" for an e-mail address, "+" for a phone
    // number's country code.
    readonly property var extraKeyTexts: {
        const hints = InputContext.inputMethodHints
        if (hints & Qt.ImhEmailCharactersOnly)
            return ["@", ".", "-", "_", ".com", ".cz", ".sk", ".de"]
        if (hints & Qt.ImhDialableCharactersOnly)
            return ["+"]
        return []
    }
    // The design ratio of the built-in style: 2560 x 800.
    readonly property real keyboardRatio: 3.2

    color: "#263238"
    // Plain bindings, not a positioner: a positioner lays out only while the view draws, and
    // nothing is drawn while the keys have no height.
    implicitHeight: panel.active ? extraKeys.height + panel.height : 0

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: root.locale
    }
    Binding {
        // One language at a time: the guest chose it with the kiosk's own buttons.
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [root.locale]
    }

    // The keys' rows place their wider keys from where the narrow ones were at the last frame,
    // and no frame is drawn while the keys are away: when they come up, or change width, they
    // are laid out once more, a pixel narrower and back.
    readonly property real keysWidth: Math.min(width, (maximumHeight - extraKeys.height) * keyboardRatio)
    property real nudge: 0
    onActiveChanged: if (active) relayout.restart()
    onKeysWidthChanged: if (active) relayout.restart()
    onLocaleChanged: if (active) relayout.restart()
    Timer {
        id: relayout
        interval: 30
        onTriggered: {
            root.nudge = root.nudge === 0 ? 1 : 0
            if (root.nudge !== 0)
                restart()
        }
    }

    Item {
        id: column
        width: root.keysWidth - root.nudge
        height: root.height
        anchors.horizontalCenter: parent.horizontalCenter

        Row {
            id: extraKeys
            objectName: "extraKeys"
            visible: root.extraKeyTexts.length > 0
            height: visible ? Math.max(62, root.maximumHeight / 6) : 0
            spacing: 6
            padding: 6
            anchors.horizontalCenter: parent.horizontalCenter

            Repeater {
                model: root.extraKeyTexts
                delegate: Rectangle {
                    required property string modelData
                    objectName: "extraKey"
                    property string text: modelData
                    // As wide as its text needs, and all of them within the keyboard's width.
                    width: Math.min(Math.max(extraKeys.height * 1.4, label.implicitWidth + 24),
                                    (column.width - 2 * extraKeys.padding
                                     - (root.extraKeyTexts.length - 1) * extraKeys.spacing)
                                    / root.extraKeyTexts.length)
                    height: extraKeys.height - 12
                    radius: 5
                    color: tap.pressed ? "#5d6d75" : "#4f5b62"
                    Text {
                        id: label
                        anchors.centerIn: parent
                        text: parent.text
                        color: "white"
                        font.pixelSize: parent.height * 0.45
                    }
                    MouseArea {
                        id: tap
                        anchors.fill: parent
                        onClicked: InputContext.inputEngine.virtualKeyClick(
                                       parent.text === "@" ? Qt.Key_At
                                           : parent.text === "+" ? Qt.Key_Plus : Qt.Key_unknown,
                                       parent.text, Qt.NoModifier)
                    }
                }
            }
        }

        InputPanel {
            id: panel
            objectName: "inputPanel"
            y: extraKeys.height
            width: column.width
        }
    }
}
