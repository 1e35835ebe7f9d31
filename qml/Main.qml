// Greenroom's main window: the keyed preview over a checkerboard, and the control panel.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

ApplicationWindow {
    id: window

    // Set from the command line by main.cpp: "" (a camera if one exists, else the test
    // pattern), "testpattern" or "camera"; an invalid size or a zero rate keeps the test
    // pattern's own defaults.
    property string startSource: ""
    property size testPatternSize
    property int testPatternFps: 0

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 500
    visible: true
    title: qsTr("Greenroom")
    color: "#121316"

    palette {
        window: "#1d1e22"
        windowText: "#e4e5e9"
        base: "#26282d"
        alternateBase: "#2b2d32"
        text: "#e4e5e9"
        button: "#2e3036"
        buttonText: "#e4e5e9"
        brightText: "#ffffff"
        highlight: "#2fb36f"
        highlightedText: "#0d0e10"
        light: "#3d4047"
        midlight: "#34363c"
        mid: "#4a4d55"
        dark: "#141518"
        shadow: "#0a0a0c"
        placeholderText: "#8d9099"
        toolTipBase: "#2e3036"
        toolTipText: "#e4e5e9"
        link: "#5cc8ff"
    }

    SourceController {
        id: sources

        videoSink: video.videoSink
        running: true
    }

    // The controller makes a new source object on every switch; --size and --fps apply to
    // each test pattern it makes.
    function applyTestPatternOptions() {
        const pattern = sources.source as TestPatternSource;
        if (!pattern)
            return;
        if (window.testPatternSize.width > 0 && window.testPatternSize.height > 0)
            pattern.frameSize = window.testPatternSize;
        if (window.testPatternFps > 0)
            pattern.frameRate = window.testPatternFps;
    }

    Connections {
        target: sources

        function onSourceChanged() {
            window.applyTestPatternOptions();
        }
    }

    Component.onCompleted: {
        window.applyTestPatternOptions();
        if (window.startSource === "testpattern")
            sources.sourceKind = SourceController.TestPattern;
        else if (window.startSource === "camera")
            sources.sourceKind = SourceController.Camera;
        else
            sources.useDefaultSource();
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            id: preview

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            // The checkerboard covers exactly the picture that Fit shows, so transparent
            // pixels stand out from the letterbox around them.
            Checkerboard {
                readonly property real fitScale: video.frameSize.width > 0
                    ? Math.min(preview.width / video.frameSize.width,
                               preview.height / video.frameSize.height)
                    : 0

                anchors.centerIn: parent
                width: Math.round(video.frameSize.width * fitScale)
                height: Math.round(video.frameSize.height * fitScale)
                visible: width > 0 && height > 0
            }

            KeyedVideoItem {
                id: video

                anchors.fill: parent
                fillMode: KeyedVideoItem.Fit
            }

            Label {
                anchors.centerIn: parent
                visible: video.frameSize.width <= 0 && video.frameError.length === 0
                text: sources.errorString.length > 0 ? sources.errorString
                                                     : qsTr("Waiting for video…")
                color: window.palette.placeholderText
                font.pixelSize: 16
            }

            // Why the current frame cannot be shown, over the picture.
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width - 48, errorText.implicitWidth + 32)
                height: errorText.implicitHeight + 24
                radius: 6
                color: "#d0201012"
                border.color: "#ff7b72"
                visible: video.frameError.length > 0

                Label {
                    id: errorText

                    anchors.fill: parent
                    anchors.margins: 12
                    text: video.frameError
                    color: "#ffd7d3"
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: window.palette.dark
        }

        ControlPanel {
            Layout.fillHeight: true
            Layout.preferredWidth: 300
            video: video
            sources: sources
        }
    }
}
