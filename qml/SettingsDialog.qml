// Settings: the keyboard shortcuts, generated from the shortcut table and rebindable (a key
// another action has is refused, with a message naming that action), the language, which
// changes at once, and whether the first picture of a source is auto-keyed. Everything is saved
// with the session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Dialog {
    id: dialog

    required property Studio studio
    // The action waiting for its new key, or "".
    property string capturing: ""
    property string message: ""
    property bool messageIsError: false

    title: qsTr("Settings")
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 80 : 760, 760)
    height: Math.min(parent ? parent.height - 80 : 640, 640)
    modal: true
    padding: 16
    standardButtons: Dialog.Close
    onClosed: {
        dialog.capturing = "";
        dialog.message = "";
    }

    function startCapture(action) {
        dialog.capturing = action;
        dialog.messageIsError = false;
        dialog.message = qsTr("Press the new key for \"%1\" (Esc cancels).")
                             .arg(dialog.studio.shortcuts.text(action));
        catcher.forceActiveFocus();
    }

    // Takes the key presses while an action waits for its new key.
    Item {
        id: catcher

        focus: dialog.capturing.length > 0
        Keys.onPressed: event => {
            if (dialog.capturing.length === 0)
                return;
            event.accepted = true;
            if (event.key === Qt.Key_Escape) {
                dialog.capturing = "";
                dialog.message = "";
                return;
            }
            const sequence = dialog.studio.shortcuts.sequenceFromKey(event.key, event.modifiers);
            if (sequence.length === 0)
                return; // a modifier alone: wait for the key
            const problem = dialog.studio.shortcuts.rebind(dialog.capturing, sequence);
            dialog.messageIsError = problem.length > 0;
            dialog.message = problem.length > 0
                             ? problem
                             : qsTr("\"%1\" is now %2.")
                                   .arg(dialog.studio.shortcuts.text(dialog.capturing))
                                   .arg(dialog.studio.shortcuts.nativeText(dialog.capturing));
            dialog.capturing = "";
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        TabBar {
            id: tabs

            Layout.fillWidth: true

            TabButton {
                text: qsTr("Keyboard shortcuts")
            }
            TabButton {
                text: qsTr("Language")
            }
            TabButton {
                text: qsTr("Keying")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ColumnLayout {
                spacing: 8

                ScrollView {
                    id: scroll

                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    clip: true

                    ColumnLayout {
                        width: scroll.availableWidth - 12
                        spacing: 4

                        Repeater {
                            model: dialog.studio.shortcuts.categories

                            delegate: ColumnLayout {
                                id: group

                                required property int index
                                required property string modelData

                                Layout.fillWidth: true
                                spacing: 2

                                SectionHeader {
                                    text: group.modelData
                                }

                                Repeater {
                                    model: dialog.studio.shortcuts

                                    delegate: RowLayout {
                                        id: entry

                                        required property string actionId
                                        required property string description
                                        required property string nativeText
                                        required property bool hasFineStep
                                        required property bool isDefault
                                        required property int categoryIndex

                                        Layout.fillWidth: true
                                        visible: entry.categoryIndex === group.index
                                        spacing: 8

                                        Label {
                                            Layout.fillWidth: true
                                            text: entry.description + (entry.hasFineStep
                                                                       ? qsTr(" (Shift: fine step)")
                                                                       : "")
                                            elide: Text.ElideRight
                                        }
                                        Button {
                                            Layout.preferredWidth: 150
                                            text: dialog.capturing === entry.actionId
                                                  ? qsTr("Press a key…") : entry.nativeText
                                            highlighted: dialog.capturing === entry.actionId
                                            font.family: "monospace"
                                            onClicked: dialog.startCapture(entry.actionId)
                                        }
                                        ToolButton {
                                            text: "↺"
                                            enabled: !entry.isDefault
                                            opacity: enabled ? 1 : 0.25
                                            onClicked: dialog.studio.shortcuts.resetBinding(entry.actionId)
                                            ToolTip.visible: hovered
                                            ToolTip.delay: 500
                                            ToolTip.text: qsTr("Back to the default key")
                                        }
                                    }
                                }
                            }
                        }
                    }
                }

                RowLayout {
                    Layout.fillWidth: true

                    Label {
                        Layout.fillWidth: true
                        text: dialog.message
                        wrapMode: Text.Wrap
                        color: dialog.messageIsError ? "#ff7b72" : dialog.palette.text
                    }
                    Button {
                        text: qsTr("Reset all")
                        onClicked: {
                            dialog.studio.shortcuts.resetAll();
                            dialog.messageIsError = false;
                            dialog.message = qsTr("Every shortcut is back to its default.");
                        }
                    }
                }
            }

            ColumnLayout {
                spacing: 8

                Label {
                    text: qsTr("Language of the user interface")
                }
                Repeater {
                    model: dialog.studio.language.available

                    delegate: RadioButton {
                        required property var modelData

                        text: modelData.name
                        checked: dialog.studio.language.language === modelData.code
                        onClicked: dialog.studio.language.language = modelData.code
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("The change applies at once and is remembered.")
                    color: dialog.palette.placeholderText
                    wrapMode: Text.Wrap
                }
                Item {
                    Layout.fillHeight: true
                }
            }

            ColumnLayout {
                spacing: 8

                CheckBox {
                    objectName: "firstPictureCheck"
                    text: qsTr("Auto-key the first picture of a source")
                    checked: dialog.studio.firstPictureKey.enabled
                    onToggled: {
                        dialog.studio.firstPictureKey.enabled = checked;
                        // A click sets checked itself: bind it again, so it keeps following.
                        checked = Qt.binding(() => dialog.studio.firstPictureKey.enabled);
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("While the key is still the built-in preset the studio starts with, "
                               + "the first steady picture is measured and keyed. Choosing a preset "
                               + "turns this off.")
                    color: dialog.palette.placeholderText
                    wrapMode: Text.Wrap
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }
}
