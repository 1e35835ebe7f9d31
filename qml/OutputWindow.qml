// The clean output: a borderless window showing only the composite, on the chosen screen at the
// chosen size or full screen. Its KeyedVideoItem gets the very frames the preview gets (the
// studio's router hands the same QVideoFrame to both; each window uploads it once to its own
// GPU context) and the same key values.
import QtQuick
import Greenroom

Window {
    id: output

    required property Studio studio
    // Whether the window is open; it opens full screen or at the chosen size.
    property bool shown: false
    readonly property KeyedVideoItem video: video

    title: qsTr("Greenroom output")
    flags: Qt.Window | Qt.FramelessWindowHint
    color: output.studio.output.transparent ? "transparent" : "#000000"

    // Shown and hidden imperatively: a `visibility` binding would show the window by itself.
    function applyShown() {
        if (!output.shown) {
            output.hide();
            return;
        }
        output.studio.output.place(output);
        if (output.studio.output.fullScreen)
            output.showFullScreen();
        else
            output.showNormal();
    }

    onShownChanged: applyShown()
    onVisibleChanged: output.studio.router.output = output.visible ? video : null
    onClosing: output.studio.view.outputVisible = false
    Component.onCompleted: applyShown()

    Connections {
        target: output.studio.output

        function onFullScreenChanged() {
            output.applyShown();
        }
        function onSizeChanged() {
            output.applyShown();
        }
        function onScreenNameChanged() {
            output.applyShown();
        }
    }

    BackgroundLayer {
        anchors.fill: parent
        visible: !output.studio.output.transparent
        // Only while open: a video background has a player of its own.
        active: output.visible && visible
        settings: output.studio.background
    }

    KeyedVideoItem {
        id: video

        anchors.fill: parent
        fillMode: KeyedVideoItem.Fit
        keyParams: output.studio.editor.keyParams
        viewMode: KeyedVideoItem.Composite
    }

    // Borderless: Escape closes it, a double click toggles full screen.
    Shortcut {
        sequence: "Escape"
        onActivated: output.studio.view.outputVisible = false
    }
    TapHandler {
        onDoubleTapped: output.studio.output.fullScreen = !output.studio.output.fullScreen
    }
    DragHandler {
        target: null
        onActiveChanged: {
            if (active)
                output.startSystemMove();
        }
    }
}
