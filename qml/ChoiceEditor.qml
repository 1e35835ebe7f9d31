// A parameter with a few named choices (an enum): a combo box.
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
    ComboBox {
        id: box

        // As wide as its longest choice needs, so the name beside it keeps its room.
        Layout.preferredWidth: implicitWidth
        model: editor.row.choices
        currentIndex: editor.row.value
        // A new model (the labels after a language change) resets currentIndex without
        // re-evaluating its binding: the shown text follows the value itself.
        displayText: editor.row.choices[editor.row.value] ?? ""
        onActivated: index => editor.row.studio.editor.setValue(editor.row.name, index)
        popup.onAboutToShow: box.currentIndex = editor.row.value
        focusPolicy: Qt.NoFocus
    }
    ResetButton {
        row: editor.row
    }
}
