// The docked side panel: Key, Source, Background and Output pages behind a tab bar. Tab (or the
// arrow in the view bar) hides it for a clean preview.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Pane {
    id: panel

    required property Studio studio
    required property KeyedVideoItem video
    required property FileDialogs files
    required property NameDialog nameDialog

    padding: 0
    background: Rectangle {
        color: panel.palette.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs

            Layout.fillWidth: true
            currentIndex: panel.studio.view.panelPage
            onCurrentIndexChanged: panel.studio.view.panelPage = currentIndex

            TabButton {
                text: qsTr("Key")
                focusPolicy: Qt.NoFocus
            }
            TabButton {
                text: qsTr("Source")
                focusPolicy: Qt.NoFocus
            }
            TabButton {
                text: qsTr("Background")
                focusPolicy: Qt.NoFocus
            }
            TabButton {
                text: qsTr("Output")
                focusPolicy: Qt.NoFocus
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            KeyPanel {
                studio: panel.studio
                files: panel.files
                nameDialog: panel.nameDialog
            }
            SourcePanel {
                studio: panel.studio
                video: panel.video
                files: panel.files
            }
            BackgroundPanel {
                studio: panel.studio
                files: panel.files
            }
            OutputPanel {
                studio: panel.studio
            }
        }
    }
}
