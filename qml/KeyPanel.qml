// The Key page: the preset bar, then every key parameter, generated from the editor's
// parameter model (so a parameter KeyParams gains appears here by itself), grouped, each with
// a slider or the control its kind needs, a typed value and a reset button.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Greenroom

Item {
    id: page

    required property Studio studio
    required property FileDialogs files
    required property NameDialog nameDialog
    // Groups folded away by the user, by title.
    property var folded: ({})

    function toggleGroup(group) {
        const next = Object.assign({}, page.folded);
        next[group] = !next[group];
        page.folded = next;
    }

    function pickColor(name, current) {
        colorDialog.parameter = name;
        colorDialog.selectedColor = current;
        colorDialog.open();
    }

    ColorDialog {
        id: colorDialog

        property string parameter

        title: qsTr("Choose a colour")
        onAccepted: page.studio.editor.setValue(parameter, selectedColor)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        PresetBar {
            Layout.fillWidth: true
            studio: page.studio
            files: page.files
            nameDialog: page.nameDialog
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: page.palette.dark
        }

        ScrollView {
            id: scroll

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: 6

                Repeater {
                    model: page.studio.editor.parameters

                    delegate: ParameterRow {
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        studio: page.studio
                        folded: page.folded[group] === true
                        onToggleGroup: page.toggleGroup(group)
                        onPickColor: (name, current) => page.pickColor(name, current)
                    }
                }

                Item {
                    implicitHeight: 16
                }
            }
        }
    }
}
