// Puts one key parameter back to its default; dimmed while it is at the default.
import QtQuick
import QtQuick.Controls

ToolButton {
    id: button

    required property ParameterRow row

    text: "↺"
    font.pixelSize: 15
    implicitWidth: 26
    implicitHeight: 26
    focusPolicy: Qt.NoFocus
    enabled: !button.row.isDefault
    opacity: enabled ? 1 : 0.25
    onClicked: button.row.studio.editor.resetValue(button.row.name)
    ToolTip.visible: hovered
    ToolTip.delay: 500
    ToolTip.text: qsTr("Reset to the default")
}
