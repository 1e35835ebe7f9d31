// The preset bar at the top of the Key page: the preset list (with a dot when the live values
// differ from the preset), Save, and a menu with every other preset operation. Problems found in
// preset files are listed here too.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Pane {
    id: bar

    required property Studio studio
    required property FileDialogs files
    required property NameDialog nameDialog
    readonly property PresetStore presets: bar.studio.presets

    padding: 12
    background: Rectangle {
        color: bar.palette.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            ComboBox {
                id: list

                Layout.fillWidth: true
                model: bar.presets
                textRole: "displayName"
                currentIndex: bar.presets.currentIndex
                displayText: bar.presets.currentIndex < 0
                             ? qsTr("No preset")
                             : bar.presets.currentDisplayName + (bar.presets.modified ? "  •" : "")
                focusPolicy: Qt.NoFocus
                onActivated: index => bar.studio.choosePreset(index)
                ToolTip.visible: hovered && bar.presets.modified
                ToolTip.delay: 500
                ToolTip.text: qsTr("The values differ from the saved preset")
            }
            Button {
                text: qsTr("Save")
                focusPolicy: Qt.NoFocus
                highlighted: bar.presets.modified
                onClicked: bar.studio.trigger("preset.save", false)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: bar.presets.currentBuiltIn
                              ? qsTr("Built-in presets are read-only: saves a copy")
                              : qsTr("Save the values into this preset (%1)")
                                    .arg(bar.studio.shortcuts.nativeText("preset.save"))
            }
            ToolButton {
                text: "⋯"
                font.pixelSize: 16
                focusPolicy: Qt.NoFocus
                onClicked: operations.popup()

                Menu {
                    id: operations

                    MenuItem {
                        text: qsTr("Save as…")
                        onTriggered: bar.studio.trigger("preset.saveAs", false)
                    }
                    MenuItem {
                        text: qsTr("Rename…")
                        enabled: bar.presets.currentIndex >= 0 && !bar.presets.currentBuiltIn
                        onTriggered: bar.nameDialog.askRename(bar.presets.currentIndex)
                    }
                    MenuItem {
                        text: qsTr("Duplicate")
                        enabled: bar.presets.currentIndex >= 0
                        onTriggered: {
                            const index = bar.presets.duplicate(bar.presets.currentIndex);
                            bar.studio.toast(index >= 0
                                             ? qsTr("Made %1").arg(bar.presets.displayNameAt(index))
                                             : bar.presets.errorString);
                        }
                    }
                    MenuItem {
                        text: qsTr("Delete")
                        enabled: bar.presets.currentIndex >= 0 && !bar.presets.currentBuiltIn
                        onTriggered: {
                            const name = bar.presets.currentDisplayName;
                            bar.studio.toast(bar.presets.remove(bar.presets.currentIndex)
                                             ? qsTr("Deleted %1").arg(name)
                                             : bar.presets.errorString);
                        }
                    }
                    MenuItem {
                        text: bar.presets.canUndoDelete
                              ? qsTr("Undo delete of %1").arg(bar.presets.deletedName)
                              : qsTr("Undo delete")
                        enabled: bar.presets.canUndoDelete
                        onTriggered: {
                            const name = bar.presets.deletedName;
                            bar.studio.toast(bar.presets.undoDelete()
                                             ? qsTr("Brought back %1").arg(name)
                                             : bar.presets.errorString);
                        }
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Import…")
                        onTriggered: bar.files.importPreset()
                    }
                    MenuItem {
                        text: qsTr("Export…")
                        enabled: bar.presets.currentIndex >= 0
                        onTriggered: bar.files.exportPreset(bar.presets.currentIndex)
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Button {
                text: "↶  " + qsTr("Undo")
                flat: true
                focusPolicy: Qt.NoFocus
                enabled: bar.studio.editor.canUndo
                onClicked: bar.studio.trigger("edit.undo", false)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: bar.studio.editor.undoText
            }
            Button {
                text: "↷  " + qsTr("Redo")
                flat: true
                focusPolicy: Qt.NoFocus
                enabled: bar.studio.editor.canRedo
                onClicked: bar.studio.trigger("edit.redo", false)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: bar.studio.editor.redoText
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                visible: bar.presets.problems.length > 0
                text: qsTr("⚠ Preset file problems: %1").arg(bar.presets.problems.length)
                color: "#f0b35a"

                HoverHandler {
                    id: problemsHover
                }
                ToolTip.visible: problemsHover.hovered
                ToolTip.text: bar.presets.problemsText
            }
        }
    }
}
