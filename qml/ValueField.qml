// A typed number for a key parameter (or one side of a rectangle). Shows `value`; when the
// user finishes typing, `committed` carries the number read (a "," counts as a decimal point),
// and text that is not a number is refused with a message and replaced by the value again.
import QtQuick
import QtQuick.Controls

TextField {
    id: field

    required property ParameterRow row
    property real value

    signal committed(real number)

    implicitWidth: 66
    horizontalAlignment: TextInput.AlignRight
    selectByMouse: true
    font.family: "monospace"
    font.pixelSize: 12
    text: Number(field.value).toFixed(field.row.decimals)

    onEditingFinished: {
        const trimmed = field.text.trim().replace(",", ".");
        const number = Number(trimmed);
        if (trimmed.length === 0 || isNaN(number))
            field.row.studio.toast(qsTr("\"%1\" is not a number.").arg(field.text));
        else
            field.committed(number);
        field.text = Qt.binding(() => Number(field.value).toFixed(field.row.decimals));
    }
}
