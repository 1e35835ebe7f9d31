// Asks for a file path in a plain field: the stand-in for the file dialog where Qt Quick
// Dialogs cannot show one (see Studio.fileDialogsAvailable).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Dialog {
    id: dialog

    required property Studio studio

    signal fileChosen(url file)

    function ask(title) {
        dialog.title = title;
        dialog.open();
    }

    anchors.centerIn: Overlay.overlay
    width: 520
    modal: true
    padding: 16
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: field.forceActiveFocus()
    onAccepted: {
        if (field.text.trim().length > 0)
            dialog.fileChosen(dialog.studio.fileUrl(field.text));
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: qsTr("File path")
        }
        TextField {
            id: field

            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("For example ~/Videos/studio.mp4")
            onAccepted: dialog.accept()
        }
    }
}
