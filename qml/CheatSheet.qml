// The keyboard cheat sheet (F1 or ?): every shortcut of the table, by menu, in columns.
// Generated from the table, so a rebound key shows here at once.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Popup {
    id: sheet

    required property ShortcutTable shortcuts

    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 80 : 1000, 1040)
    height: Math.min(parent ? parent.height - 80 : 700, content.implicitHeight + 2 * padding)
    padding: 24
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: 10
        color: "#f21b1c20"
        border.color: "#3c3f46"
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            id: content

            width: sheet.availableWidth
            spacing: 12

            RowLayout {
                Layout.fillWidth: true

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Keyboard shortcuts")
                    font.pixelSize: 20
                    font.bold: true
                }
                Label {
                    text: qsTr("Hold Shift with a step key for a fine step · Esc closes")
                    color: sheet.palette.placeholderText
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: 32
                rowSpacing: 18

                Repeater {
                    model: sheet.shortcuts.categories

                    delegate: ColumnLayout {
                        id: group

                        required property int index
                        required property string modelData

                        Layout.alignment: Qt.AlignTop
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        spacing: 4

                        SectionHeader {
                            Layout.topMargin: 0
                            text: group.modelData
                            color: sheet.palette.highlight
                        }

                        Repeater {
                            model: sheet.shortcuts

                            delegate: RowLayout {
                                id: entry

                                required property int categoryIndex
                                required property string description
                                required property string nativeText
                                required property bool hasFineStep

                                Layout.fillWidth: true
                                visible: entry.categoryIndex === group.index
                                spacing: 12

                                Label {
                                    Layout.fillWidth: true
                                    text: entry.description
                                    elide: Text.ElideRight
                                }
                                Rectangle {
                                    implicitWidth: keyLabel.implicitWidth + 12
                                    implicitHeight: keyLabel.implicitHeight + 4
                                    radius: 4
                                    color: "#2c2e34"
                                    border.color: "#4a4d55"
                                    visible: entry.nativeText.length > 0

                                    Label {
                                        id: keyLabel

                                        anchors.centerIn: parent
                                        text: entry.nativeText + (entry.hasFineStep ? "  ⇧" : "")
                                        font.family: "monospace"
                                        font.pixelSize: 12
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
