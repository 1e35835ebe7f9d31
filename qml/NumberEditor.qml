// A number parameter: name, typed value, unit, reset, and a slider over its range.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: editor

    required property ParameterRow row

    spacing: 0

    RowLayout {
        spacing: 4

        ParameterLabel {
            row: editor.row
        }
        ValueField {
            row: editor.row
            value: editor.row.value
            onCommitted: number => editor.row.studio.editor.setValue(editor.row.name, number)
        }
        Label {
            text: editor.row.unit
            visible: editor.row.unit.length > 0
            color: editor.palette.placeholderText
        }
        ResetButton {
            row: editor.row
        }
    }
    Slider {
        Layout.fillWidth: true
        from: editor.row.minimum
        to: editor.row.maximum
        value: editor.row.value
        stepSize: editor.row.kind === "integer" ? 1 : 0
        snapMode: editor.row.kind === "integer" ? Slider.SnapAlways : Slider.NoSnap
        focusPolicy: Qt.NoFocus
        onMoved: editor.row.studio.editor.setValue(editor.row.name, value)
    }
}
