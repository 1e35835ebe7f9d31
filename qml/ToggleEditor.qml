// An on/off parameter: a switch.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

RowLayout {
    id: editor

    required property ParameterRow row

    spacing: 4

    ParameterLabel {
        row: editor.row
    }
    Switch {
        checked: editor.row.value === true
        focusPolicy: Qt.NoFocus
        onToggled: editor.row.studio.editor.setValue(editor.row.name, checked)
    }
    ResetButton {
        row: editor.row
    }
}
