// A colour parameter: a swatch that opens the colour dialog, its value, reset. The key colour
// also gets the nominal screen colours and the tools that take it from the picture.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: editor

    required property ParameterRow row

    spacing: 6

    RowLayout {
        spacing: 6

        ParameterLabel {
            row: editor.row
        }
        ColorSwatch {
            color: editor.row.value
            onClicked: editor.row.pickColor(editor.row.name, editor.row.value)
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Choose a colour")
        }
        Label {
            text: editor.row.displayValue
            font.family: "monospace"
            font.pixelSize: 12
            color: editor.palette.placeholderText
        }
        ResetButton {
            row: editor.row
        }
    }

    GridLayout {
        Layout.fillWidth: true
        visible: editor.row.name === "keyColor"
        columns: 2
        columnSpacing: 6
        rowSpacing: 6

        Button {
            Layout.fillWidth: true
            text: qsTr("Green screen")
            focusPolicy: Qt.NoFocus
            highlighted: Qt.colorEqual(editor.row.value, editor.row.studio.editor.greenScreenColor)
            onClicked: editor.row.studio.editor.setValue(editor.row.name,
                                                         editor.row.studio.editor.greenScreenColor)
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Blue screen")
            focusPolicy: Qt.NoFocus
            highlighted: Qt.colorEqual(editor.row.value, editor.row.studio.editor.blueScreenColor)
            onClicked: editor.row.studio.editor.setValue(editor.row.name,
                                                         editor.row.studio.editor.blueScreenColor)
        }
        UnavailableHint {
            Layout.fillWidth: true
            available: editor.row.studio.eyedropperAvailable
            reason: editor.row.studio.toolsUnavailableReason

            Button {
                anchors.fill: parent
                text: qsTr("Eyedropper")
                focusPolicy: Qt.NoFocus
                enabled: editor.row.studio.eyedropperAvailable
                checkable: true
                checked: editor.row.studio.view.eyedropperActive
                onToggled: editor.row.studio.view.eyedropperActive = checked
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Click the backdrop in the preview (%1)")
                                  .arg(editor.row.studio.shortcuts.nativeText("tool.eyedropper"))
            }
        }
        UnavailableHint {
            Layout.fillWidth: true
            available: editor.row.studio.autoKeyAvailable
            reason: editor.row.studio.toolsUnavailableReason

            Button {
                anchors.fill: parent
                text: qsTr("Auto-key")
                focusPolicy: Qt.NoFocus
                enabled: editor.row.studio.autoKeyAvailable
                onClicked: editor.row.studio.autoKey()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Find key colour, similarity and smoothness in the picture (%1)")
                                  .arg(editor.row.studio.shortcuts.nativeText("tool.autoKey"))
            }
        }
    }
}
