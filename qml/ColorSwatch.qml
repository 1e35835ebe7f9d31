// A button that shows a colour; clicking it usually opens a colour dialog.
import QtQuick
import QtQuick.Controls

AbstractButton {
    id: swatch

    property color color

    implicitWidth: 40
    implicitHeight: 26
    focusPolicy: Qt.NoFocus
    hoverEnabled: true

    background: Rectangle {
        radius: 4
        color: swatch.color
        border.color: swatch.hovered ? swatch.palette.highlight : swatch.palette.mid
        border.width: swatch.hovered ? 2 : 1
    }
}
