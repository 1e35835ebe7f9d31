// A colour parameter: a swatch that opens the colour dialog, its value, reset. The key colour
// also gets the nominal screen colours, the tools that take it from the picture, and the clean
// plate (capture, clear, and what it is doing).
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
        UnavailableHint {
            Layout.fillWidth: true
            available: editor.row.studio.autoKeyAvailable
            reason: editor.row.studio.toolsUnavailableReason

            Button {
                objectName: "cleanPlateButton"
                anchors.fill: parent
                text: editor.row.studio.cleanPlate.capturing
                      ? qsTr("Capturing… %1/%2").arg(editor.row.studio.cleanPlate.framesCaptured)
                                               .arg(editor.row.studio.cleanPlate.framesWanted)
                      : qsTr("Clean plate")
                focusPolicy: Qt.NoFocus
                enabled: editor.row.studio.autoKeyAvailable && !editor.row.studio.cleanPlate.capturing
                highlighted: editor.row.studio.cleanPlate.inUse
                onClicked: editor.row.studio.trigger("tool.cleanPlate", false)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Capture the empty screen: each pixel is then keyed against the screen behind it (%1)")
                                  .arg(editor.row.studio.shortcuts.nativeText("tool.cleanPlate"))
            }
        }
        Button {
            objectName: "clearCleanPlateButton"
            Layout.fillWidth: true
            text: qsTr("Clear plate")
            focusPolicy: Qt.NoFocus
            enabled: editor.row.studio.cleanPlate.hasPlate || editor.row.studio.cleanPlate.capturing
            onClicked: editor.row.studio.trigger("tool.clearCleanPlate", false)
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Forget the clean plate of this source (%1)")
                              .arg(editor.row.studio.shortcuts.nativeText("tool.clearCleanPlate"))
        }
        // One line, always there: the row's height never changes under the sliders below.
        Label {
            objectName: "cleanPlateStatus"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: editor.row.studio.cleanPlate.status
            elide: Text.ElideRight
            font.pixelSize: 12
            color: editor.row.studio.cleanPlate.hasPlate && !editor.row.studio.cleanPlate.inUse
                   && !editor.row.studio.cleanPlate.capturing
                   ? "#f0b35a" : editor.palette.placeholderText

            HoverHandler {
                id: statusHover
            }
            ToolTip.visible: statusHover.hovered && truncated
            ToolTip.text: text
        }
    }
}
