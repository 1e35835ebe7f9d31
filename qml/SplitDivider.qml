// The split view's divider: a line with a grip, dragged sideways. Reports where it was dragged
// to; the owner turns that into the split position.
import QtQuick
import QtQuick.Controls

Item {
    id: divider

    // Centre of the line, in the parent's coordinates, and how far it may go.
    property real position
    property real minimum
    property real maximum
    signal moved(real x)

    x: Math.round(position - width / 2)
    width: 28

    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        width: 2
        height: parent.height
        color: "#f0ffffff"
    }

    Rectangle {
        anchors.centerIn: parent
        width: 28
        height: 28
        radius: 14
        color: grip.active || hover.hovered ? "#2fb36f" : "#e6e7eb"
        border.color: "#40000000"

        Label {
            anchors.centerIn: parent
            text: "◀▶"
            font.pixelSize: 10
            color: "#111214"
        }
    }

    Label {
        anchors.right: parent.horizontalCenter
        anchors.rightMargin: 8
        anchors.top: parent.top
        anchors.topMargin: 8
        text: qsTr("Source")
        font.pixelSize: 11
        color: "#ffffff"
        style: Text.Outline
        styleColor: "#80000000"
    }
    Label {
        anchors.left: parent.horizontalCenter
        anchors.leftMargin: 8
        anchors.top: parent.top
        anchors.topMargin: 8
        text: qsTr("Keyed")
        font.pixelSize: 11
        color: "#ffffff"
        style: Text.Outline
        styleColor: "#80000000"
    }

    HoverHandler {
        id: hover

        cursorShape: Qt.SplitHCursor
    }

    DragHandler {
        id: grip

        property real startPosition

        target: null
        yAxis.enabled: false
        cursorShape: Qt.SplitHCursor
        onActiveChanged: startPosition = divider.position
        onTranslationChanged: divider.moved(Math.max(divider.minimum,
                                                     Math.min(divider.maximum,
                                                              startPosition + translation.x)))
    }
}
