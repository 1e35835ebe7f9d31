// A small capsule label over the preview (FROZEN, MATTE...).
import QtQuick
import QtQuick.Controls

Rectangle {
    id: badge

    property alias text: label.text

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2

    Label {
        id: label

        anchors.centerIn: parent
        font.pixelSize: 11
        font.bold: true
        font.letterSpacing: 1
        color: "#ffffff"
    }
}
