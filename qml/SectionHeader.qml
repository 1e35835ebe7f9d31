// A small capitalised title over a group of controls.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Label {
    id: header

    Layout.fillWidth: true
    Layout.topMargin: 12
    font.pixelSize: 11
    font.bold: true
    font.letterSpacing: 1.2
    font.capitalization: Font.AllUppercase
    color: header.palette.placeholderText
    elide: Text.ElideRight
}
