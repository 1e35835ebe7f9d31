// A rectangle parameter (normalised frame coordinates): x, y, width and height as typed values.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: editor

    required property ParameterRow row
    readonly property var sides: [editor.row.value.x, editor.row.value.y,
                                  editor.row.value.width, editor.row.value.height]

    function setSide(index, number) {
        const v = editor.sides.slice();
        v[index] = number;
        editor.row.studio.editor.setValue(editor.row.name, Qt.rect(v[0], v[1], v[2], v[3]));
    }

    spacing: 4

    RowLayout {
        ParameterLabel {
            row: editor.row
        }
        ResetButton {
            row: editor.row
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        columnSpacing: 6
        rowSpacing: 4

        Label {
            Layout.fillWidth: true
            text: qsTr("X")
            color: editor.palette.placeholderText
        }
        ValueField {
            row: editor.row
            value: editor.sides[0]
            onCommitted: number => editor.setSide(0, number)
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Y")
            color: editor.palette.placeholderText
        }
        ValueField {
            row: editor.row
            value: editor.sides[1]
            onCommitted: number => editor.setSide(1, number)
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Width")
            color: editor.palette.placeholderText
        }
        ValueField {
            row: editor.row
            value: editor.sides[2]
            onCommitted: number => editor.setSide(2, number)
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Height")
            color: editor.palette.placeholderText
        }
        ValueField {
            row: editor.row
            value: editor.sides[3]
            onCommitted: number => editor.setSide(3, number)
        }
    }
}
