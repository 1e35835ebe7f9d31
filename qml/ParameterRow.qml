// One key parameter in the Key panel: the model's row for it, drawn by the editor for its kind
// (NumberEditor: slider and typed value; ChoiceEditor, ToggleEditor, ColorEditor, RectEditor),
// each with a reset button. The first row of a group also shows the group's title, which folds
// the group. Values go to the editor by name; ranges and steps come from the model.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

ColumnLayout {
    id: row

    required property Studio studio
    required property string name
    required property string kind
    required property string label
    required property string hint
    required property string group
    required property bool groupStart
    required property string unit
    required property real minimum
    required property real maximum
    required property real step
    required property int decimals
    required property var choices
    required property var value
    required property string displayValue
    required property bool isDefault
    property bool folded: false

    signal toggleGroup
    signal pickColor(string name, color current)

    spacing: 2

    // Group title: click to fold or unfold the group.
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 14
        visible: row.groupStart

        SectionHeader {
            Layout.topMargin: 0
            text: row.group
        }
        Label {
            text: row.folded ? "▸" : "▾"
            color: row.palette.placeholderText
        }
        TapHandler {
            onTapped: row.toggleGroup()
        }
    }

    // The editor for this kind of value, in a file of its own (NumberEditor.qml...).
    Loader {
        id: editor

        Layout.fillWidth: true
        visible: !row.folded
    }

    Component.onCompleted: {
        const files = {
            "number": "NumberEditor.qml",
            "integer": "NumberEditor.qml",
            "choice": "ChoiceEditor.qml",
            "toggle": "ToggleEditor.qml",
            "color": "ColorEditor.qml",
            "rect": "RectEditor.qml"
        };
        if (files[row.kind] !== undefined)
            editor.setSource(files[row.kind], { "row": row });
    }
}
