// A key parameter's name, with its hint as a tooltip.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Label {
    id: label

    required property ParameterRow row

    Layout.fillWidth: true
    text: label.row.label
    elide: Text.ElideRight

    HoverHandler {
        id: hover
    }
    ToolTip.visible: hover.hovered && label.row.hint.length > 0
    ToolTip.delay: 600
    ToolTip.text: label.row.hint
}
