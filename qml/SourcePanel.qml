// The Source page: camera, media file or test pattern; for a camera the camera and its format
// (resolution × rate × pixel format, following hot-plug); for a file the file. What arrives and
// any error are shown below. Binds to the source controller and the current source.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

ScrollView {
    id: page

    required property Studio studio
    required property KeyedVideoItem video
    required property FileDialogs files
    readonly property SourceController sources: page.studio.sources
    readonly property CameraSource camera: page.sources.source as CameraSource
    readonly property MediaFileSource media: page.sources.source as MediaFileSource

    // The chosen camera's name; an empty id means the system's default camera.
    function cameraName() {
        if (!page.camera)
            return "";
        const cameras = page.camera.cameras;
        for (let i = 0; i < cameras.length; ++i) {
            if (cameras[i].id === page.camera.cameraId
                    || (page.camera.cameraId.length === 0 && cameras[i].isDefault))
                return cameras[i].name;
        }
        return "";
    }

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        x: 16
        width: page.availableWidth - 32
        spacing: 8

        SectionHeader {
            text: qsTr("Source")
        }
        ComboBox {
            id: kind

            // In SourceController.SourceKind's order.
            readonly property var kinds: [SourceController.Camera, SourceController.MediaFile,
                                          SourceController.TestPattern]

            Layout.fillWidth: true
            focusPolicy: Qt.NoFocus
            model: [qsTr("Camera"), qsTr("Media file"), qsTr("Test pattern")]
            currentIndex: kinds.indexOf(page.sources.sourceKind)
            // The labels change with the language; the shown one follows the source kind.
            displayText: kind.model[kinds.indexOf(page.sources.sourceKind)] ?? ""
            onActivated: index => {
                if (kinds[index] === SourceController.MediaFile
                        && String(page.sources.mediaFile).length === 0) {
                    page.files.openMedia();
                    return;
                }
                page.sources.sourceKind = kinds[index];
            }
        }

        // Camera: which one and in which format.
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.camera !== null
            spacing: 6

            Label {
                text: qsTr("Camera")
                color: page.palette.placeholderText
            }
            ComboBox {
                Layout.fillWidth: true
                focusPolicy: Qt.NoFocus
                model: page.camera ? page.camera.cameras : []
                textRole: "name"
                valueRole: "id"
                currentIndex: page.camera ? Math.max(0, indexOfValue(page.camera.cameraId)) : -1
                // The list changes with hot-plug; the shown name follows the chosen camera.
                displayText: page.cameraName()
                onActivated: index => {
                    if (page.camera)
                        page.camera.cameraId = valueAt(index);
                }
            }
            Label {
                text: qsTr("Format")
                color: page.palette.placeholderText
            }
            ComboBox {
                Layout.fillWidth: true
                focusPolicy: Qt.NoFocus
                model: page.camera ? page.camera.formats : []
                textRole: "text"
                currentIndex: page.camera ? page.camera.activeFormatIndex : -1
                onActivated: index => {
                    if (page.camera)
                        page.camera.formatIndex = index;
                }
            }
        }

        // Media file: which file; dropping one on the preview does the same.
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.sources.sourceKind === SourceController.MediaFile
            spacing: 6

            Label {
                Layout.fillWidth: true
                text: String(page.sources.mediaFile).length > 0
                      ? decodeURIComponent(String(page.sources.mediaFile).replace(/^.*\//, ""))
                      : qsTr("No file chosen")
                elide: Text.ElideMiddle
            }
            RowLayout {
                Button {
                    text: qsTr("Open file…")
                    focusPolicy: Qt.NoFocus
                    onClicked: page.files.openMedia()
                }
                Button {
                    visible: page.media !== null
                    text: page.media && page.media.paused ? qsTr("Play") : qsTr("Pause")
                    focusPolicy: Qt.NoFocus
                    onClicked: page.media.paused = !page.media.paused
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Tip: drop a video file onto the preview to play it as the source.")
            wrapMode: Text.Wrap
            font.pixelSize: 11
            color: page.palette.placeholderText
        }

        SectionHeader {
            text: qsTr("Incoming")
        }
        Label {
            Layout.fillWidth: true
            // The test pattern's name is fixed when it is made; this one follows the language.
            text: (page.sources.source as TestPatternSource) !== null
                  ? qsTr("Test pattern")
                  : page.sources.source ? page.sources.source.displayName : ""
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: page.video.frameSize.width > 0
                  ? qsTr("%1 × %2 · %3").arg(page.video.frameSize.width)
                                        .arg(page.video.frameSize.height)
                                        .arg(page.video.pixelFormatName)
                  : qsTr("No frames yet")
            color: page.palette.placeholderText
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.sources.errorString
            color: "#ff7b72"
            wrapMode: Text.Wrap
        }
    }
}
