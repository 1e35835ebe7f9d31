// About Greenroom (Help menu): the version, the Qt it was built with and runs on, the graphics
// backend, and every licence text built into the executable, readable in place.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Dialog {
    id: dialog

    // The graphics backend's name as the status bar shows it.
    property string backendName: ""
    property int licenseIndex: 0

    title: qsTr("About Greenroom")
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 80 : 720, 720)
    height: Math.min(parent ? parent.height - 80 : 600, 600)
    modal: true
    padding: 20
    standardButtons: Dialog.Close
    onOpened: licenseText.text = info.licenseText(dialog.licenseIndex)

    AboutInfo {
        id: info
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            spacing: 14

            Image {
                source: "qrc:/greenroom/icons/greenroom.png"
                sourceSize.width: 56
                sourceSize.height: 56
                Layout.preferredWidth: 56
                Layout.preferredHeight: 56
            }
            ColumnLayout {
                spacing: 2

                Label {
                    objectName: "aboutVersion"
                    text: qsTr("Greenroom %1").arg(info.version)
                    font.pixelSize: 22
                    font.bold: true
                }
                Label {
                    text: qsTr("Live chroma keying on the GPU")
                    color: dialog.palette.placeholderText
                }
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Built with Qt %1, running on Qt %2. Graphics: %3.")
                      .arg(info.builtWithQt).arg(info.runningOnQt).arg(dialog.backendName)
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                text: qsTr("Licence")
            }
            ComboBox {
                id: licenseChoice

                objectName: "aboutLicenseChoice"
                Layout.fillWidth: true
                model: info.licenseTitles
                currentIndex: dialog.licenseIndex
                onActivated: index => {
                    dialog.licenseIndex = index;
                    licenseText.text = info.licenseText(index);
                    licenseView.ScrollBar.vertical.position = 0;
                }
            }
        }

        ScrollView {
            id: licenseView

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            TextArea {
                id: licenseText

                objectName: "aboutLicenseText"
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                font.family: "monospace"
                font.pixelSize: 12
                background: Rectangle {
                    color: "#121316"
                    border.color: "#2c2e34"
                    radius: 4
                }
            }
        }
    }
}
