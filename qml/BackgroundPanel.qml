// The Background page: what the preview shows behind the keyed subject.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Greenroom

ScrollView {
    id: page

    required property Studio studio
    required property FileDialogs files
    readonly property BackgroundSettings settings: page.studio.background

    function fileName(url) {
        const text = String(url);
        return text.length > 0 ? decodeURIComponent(text.replace(/^.*\//, "")) : qsTr("No file chosen");
    }

    contentWidth: availableWidth
    clip: true

    ColorDialog {
        id: colorDialog

        title: qsTr("Background colour")
        selectedColor: page.settings.color
        onAccepted: page.settings.color = selectedColor
    }

    ColumnLayout {
        x: 16
        width: page.availableWidth - 32
        spacing: 8

        SectionHeader {
            text: qsTr("Background")
        }

        ButtonGroup {
            id: kinds
        }
        RadioButton {
            text: qsTr("Checkerboard (transparency)")
            ButtonGroup.group: kinds
            focusPolicy: Qt.NoFocus
            checked: page.settings.kind === BackgroundSettings.Checkerboard
            onClicked: page.settings.kind = BackgroundSettings.Checkerboard
        }
        RowLayout {
            RadioButton {
                Layout.fillWidth: true
                text: qsTr("Solid colour")
                ButtonGroup.group: kinds
                focusPolicy: Qt.NoFocus
                checked: page.settings.kind === BackgroundSettings.SolidColor
                onClicked: page.settings.kind = BackgroundSettings.SolidColor
            }
            ColorSwatch {
                color: page.settings.color
                onClicked: colorDialog.open()
            }
        }
        RadioButton {
            text: qsTr("Image")
            ButtonGroup.group: kinds
            focusPolicy: Qt.NoFocus
            checked: page.settings.kind === BackgroundSettings.Image
            onClicked: {
                if (String(page.settings.imageFile).length === 0)
                    page.files.openBackgroundImage();
                else
                    page.settings.kind = BackgroundSettings.Image;
            }
        }
        RowLayout {
            Layout.leftMargin: 28
            Label {
                Layout.fillWidth: true
                text: page.fileName(page.settings.imageFile)
                elide: Text.ElideMiddle
                color: page.palette.placeholderText
            }
            Button {
                text: qsTr("Choose…")
                focusPolicy: Qt.NoFocus
                onClicked: page.files.openBackgroundImage()
            }
        }
        RadioButton {
            text: qsTr("Video (loops)")
            ButtonGroup.group: kinds
            focusPolicy: Qt.NoFocus
            checked: page.settings.kind === BackgroundSettings.Video
            onClicked: {
                if (String(page.settings.videoFile).length === 0)
                    page.files.openBackgroundVideo();
                else
                    page.settings.kind = BackgroundSettings.Video;
            }
        }
        RowLayout {
            Layout.leftMargin: 28
            Label {
                Layout.fillWidth: true
                text: page.fileName(page.settings.videoFile)
                elide: Text.ElideMiddle
                color: page.palette.placeholderText
            }
            Button {
                text: qsTr("Choose…")
                focusPolicy: Qt.NoFocus
                onClicked: page.files.openBackgroundVideo()
            }
        }

        SectionHeader {
            text: qsTr("Image and video")
        }
        RowLayout {
            Button {
                Layout.fillWidth: true
                text: qsTr("Fit")
                focusPolicy: Qt.NoFocus
                highlighted: page.settings.fillMode === BackgroundSettings.Fit
                onClicked: page.settings.fillMode = BackgroundSettings.Fit
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Fill")
                focusPolicy: Qt.NoFocus
                highlighted: page.settings.fillMode === BackgroundSettings.Fill
                onClicked: page.settings.fillMode = BackgroundSettings.Fill
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Fit shows all of it; fill covers the picture and crops the rest.")
            wrapMode: Text.Wrap
            font.pixelSize: 11
            color: page.palette.placeholderText
        }
    }
}
