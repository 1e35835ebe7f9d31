// Asks for a preset name, for Save As and Rename; says at once why a name cannot be used.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Dialog {
    id: dialog

    required property PresetStore presets
    property int renameIndex: -1
    readonly property string problem: dialog.presets.checkName(field.text, dialog.renameIndex)

    signal toast(string message)

    function askSaveAs(suggestedName) {
        dialog.renameIndex = -1;
        dialog.title = qsTr("Save preset as");
        field.text = suggestedName;
        dialog.open();
    }

    function askRename(index) {
        dialog.renameIndex = index;
        dialog.title = qsTr("Rename preset");
        field.text = dialog.presets.displayNameAt(index);
        dialog.open();
    }

    anchors.centerIn: Overlay.overlay
    width: 420
    modal: true
    focus: true
    padding: 16
    standardButtons: Dialog.Ok | Dialog.Cancel

    onOpened: {
        field.forceActiveFocus();
        field.selectAll();
    }
    onAccepted: {
        const name = field.text;
        const ok = dialog.renameIndex < 0 ? dialog.presets.saveAs(name)
                                          : dialog.presets.rename(dialog.renameIndex, name);
        dialog.toast(ok ? qsTr("Saved preset %1").arg(name.trim()) : dialog.presets.errorString);
    }

    Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => dialog.problem.length === 0)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Name")
        }
        TextField {
            id: field

            Layout.fillWidth: true
            selectByMouse: true
            onAccepted: {
                if (dialog.problem.length === 0)
                    dialog.accept();
            }
        }
        Label {
            Layout.fillWidth: true
            text: dialog.problem
            visible: dialog.problem.length > 0 && field.text.length > 0
            color: "#ff7b72"
            wrapMode: Text.Wrap
        }
    }
}
