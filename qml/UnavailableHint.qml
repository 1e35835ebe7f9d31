// Wraps a control that may be disabled and shows, on hover, why it is: a disabled control gets
// no hover events of its own, so the tooltip hangs on this wrapper.
import QtQuick
import QtQuick.Controls

Item {
    id: hint

    property bool available: true
    property string reason

    implicitWidth: children.length > 0 ? children[0].implicitWidth : 0
    implicitHeight: children.length > 0 ? children[0].implicitHeight : 0

    HoverHandler {
        id: hover
    }

    ToolTip.visible: hover.hovered && !hint.available && hint.reason.length > 0
    ToolTip.delay: 300
    ToolTip.text: hint.reason
}
