// What shows through the keyed-out parts: a checkerboard, a solid colour, an image or a looping
// video (its own MediaPlayer into a VideoOutput, under the keyed layer). Fit shows the whole
// image or video; fill covers the area and crops.
import QtQuick
import QtMultimedia
import Greenroom

Item {
    id: layer

    required property BackgroundSettings settings
    // Whether a video background plays; a hidden window's layer should not decode.
    property bool active: true
    // Why the chosen image or video cannot be shown; empty when it can.
    readonly property string errorString: {
        if (layer.settings.kind === BackgroundSettings.Image && image.status === Image.Error)
            return qsTr("The image %1 could not be loaded.").arg(layer.settings.imageFile);
        if (layer.settings.kind === BackgroundSettings.Video)
            return player.errorString;
        return "";
    }
    readonly property int mediaFill: layer.settings.fillMode === BackgroundSettings.Fill
                                     ? Image.PreserveAspectCrop : Image.PreserveAspectFit

    clip: true

    Checkerboard {
        anchors.fill: parent
        visible: layer.settings.kind === BackgroundSettings.Checkerboard
                 || layer.errorString.length > 0
    }

    Rectangle {
        anchors.fill: parent
        color: layer.settings.kind === BackgroundSettings.SolidColor ? layer.settings.color
                                                                     : "#000000"
        visible: layer.settings.kind !== BackgroundSettings.Checkerboard
                 && layer.errorString.length === 0
    }

    Image {
        id: image

        anchors.fill: parent
        visible: layer.settings.kind === BackgroundSettings.Image
        source: visible ? layer.settings.imageFile : ""
        fillMode: layer.mediaFill
        asynchronous: true
        smooth: true
    }

    VideoOutput {
        id: backgroundVideo

        anchors.fill: parent
        visible: layer.settings.kind === BackgroundSettings.Video
        fillMode: layer.settings.fillMode === BackgroundSettings.Fill
                  ? VideoOutput.PreserveAspectCrop : VideoOutput.PreserveAspectFit
    }

    MediaPlayer {
        id: player

        source: layer.active && backgroundVideo.visible ? layer.settings.videoFile : ""
        videoOutput: backgroundVideo
        loops: MediaPlayer.Infinite
        onSourceChanged: {
            if (String(source).length > 0)
                play();
        }
    }
}
