// The preview: the background and the keyed picture, sized to fit or zoomed (100%, 200%) and
// panned by dragging, the split divider, the stats overlay, and the drop target for media
// files. All pixels come from the one keyer; this file only places items.
import QtQuick
import QtQuick.Controls
import Greenroom

Item {
    id: area

    required property Studio studio
    readonly property KeyedVideoItem video: keyedVideo

    readonly property int frameWidth: keyedVideo.frameSize.width
    readonly property int frameHeight: keyedVideo.frameSize.height
    readonly property bool hasFrame: frameWidth > 0 && frameHeight > 0
    // The picture is the last frame of a source that stopped against the user's will (a camera
    // unplugged): it stays, dimmed, until the source resumes.
    readonly property bool sourceLost: area.studio.sources.source !== null
                                       && area.studio.sources.source.stale
    readonly property real fitScale: hasFrame ? Math.min(viewport.width / frameWidth,
                                                         viewport.height / frameHeight)
                                              : 1
    // 100% is one frame pixel per device pixel.
    readonly property real pictureScale: {
        switch (area.studio.view.zoom) {
        case ViewState.Zoom100:
            return 1 / Screen.devicePixelRatio;
        case ViewState.Zoom200:
            return 2 / Screen.devicePixelRatio;
        default:
            return area.fitScale;
        }
    }
    property real panX: 0
    property real panY: 0
    readonly property real maxPanX: Math.max(0, (picture.width - viewport.width) / 2)
    readonly property real maxPanY: Math.max(0, (picture.height - viewport.height) / 2)

    function clampPan() {
        area.panX = Math.max(-area.maxPanX, Math.min(area.maxPanX, area.panX));
        area.panY = Math.max(-area.maxPanY, Math.min(area.maxPanY, area.panY));
    }

    onHasFrameChanged: area.studio.setFrameAvailable(area.hasFrame)
    onMaxPanXChanged: clampPan()
    onMaxPanYChanged: clampPan()
    Component.onCompleted: area.studio.router.preview = keyedVideo

    ViewToolBar {
        id: toolBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        studio: area.studio
        visible: !area.studio.view.fullScreen
    }

    Rectangle {
        id: viewport

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: toolBar.visible ? toolBar.bottom : parent.top
        anchors.bottom: parent.bottom
        color: "#0d0e10"
        clip: true

        Item {
            id: picture

            objectName: "previewPicture"
            opacity: area.sourceLost ? 0.4 : 1

            Behavior on opacity {
                NumberAnimation {
                    duration: 150
                }
            }
            width: area.hasFrame ? Math.round(area.frameWidth * area.pictureScale) : viewport.width
            height: area.hasFrame ? Math.round(area.frameHeight * area.pictureScale)
                                  : viewport.height
            x: Math.round((viewport.width - width) / 2 + area.panX)
            y: Math.round((viewport.height - height) / 2 + area.panY)

            BackgroundLayer {
                anchors.fill: parent
                settings: area.studio.background
                visible: area.hasFrame
                onErrorStringChanged: {
                    if (errorString.length > 0) {
                        console.warn("Greenroom: " + errorString);
                        area.studio.toast(errorString);
                    }
                }
            }

            KeyedVideoItem {
                id: keyedVideo

                anchors.fill: parent
                fillMode: KeyedVideoItem.Fit
                keyParams: area.studio.editor.keyParams
                viewMode: area.studio.view.mode
                splitPosition: area.studio.view.splitPosition
            }
        }

        // Dragging pans a zoomed picture.
        DragHandler {
            property point startPan

            target: null
            enabled: area.studio.view.zoom !== ViewState.ZoomFit
            cursorShape: active ? Qt.ClosedHandCursor : Qt.OpenHandCursor
            onActiveChanged: startPan = Qt.point(area.panX, area.panY)
            onTranslationChanged: {
                area.panX = startPan.x + translation.x;
                area.panY = startPan.y + translation.y;
                area.clampPan();
            }
        }

        // Eyedropper: a click on the picture picks the key colour there.
        MouseArea {
            x: picture.x
            y: picture.y
            width: picture.width
            height: picture.height
            visible: area.studio.view.eyedropperActive
            cursorShape: Qt.CrossCursor
            onClicked: mouse => area.studio.pickKeyColor(Qt.point(mouse.x / width,
                                                                   mouse.y / height))
        }

        SplitDivider {
            visible: area.hasFrame && area.studio.view.mode === KeyedVideoItem.Split
            height: viewport.height
            position: picture.x + area.studio.view.splitPosition * picture.width
            minimum: Math.max(0, picture.x)
            maximum: Math.min(viewport.width, picture.x + picture.width)
            onMoved: x => area.studio.view.splitPosition = (x - picture.x) / picture.width
        }

        StatsOverlay {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.margins: 12
            visible: area.studio.view.statsVisible
            video: keyedVideo
        }

        Row {
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 12
            spacing: 8

            Badge {
                objectName: "sourceLostBadge"
                visible: area.sourceLost
                text: qsTr("SIGNAL LOST")
                color: "#b3261e"
            }
            Badge {
                visible: area.studio.view.frozen
                text: qsTr("FROZEN")
                color: "#2f7dd1"
            }
            Badge {
                visible: area.studio.view.mode !== KeyedVideoItem.Composite
                text: {
                    switch (area.studio.view.mode) {
                    case KeyedVideoItem.Matte:
                        return qsTr("MATTE");
                    case KeyedVideoItem.Source:
                        return qsTr("SOURCE");
                    case KeyedVideoItem.Split:
                        return qsTr("SPLIT");
                    default:
                        return "";
                    }
                }
                color: "#3a3d45"
            }
        }

        Label {
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width - 48)
            visible: !area.hasFrame && keyedVideo.frameError.length === 0
            text: area.studio.sources.errorString.length > 0 ? area.studio.sources.errorString
                                                            : qsTr("Waiting for video…")
            color: area.palette.placeholderText
            font.pixelSize: 16
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }

        // Why the current frame cannot be shown, over the picture.
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 48, errorText.implicitWidth + 32)
            height: errorText.implicitHeight + 24
            radius: 6
            color: "#d0201012"
            border.color: "#ff7b72"
            visible: keyedVideo.frameError.length > 0

            Label {
                id: errorText

                anchors.fill: parent
                anchors.margins: 12
                text: keyedVideo.frameError
                color: "#ffd7d3"
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }

        // A media file dropped anywhere on the preview becomes the source.
        DropArea {
            id: drop

            anchors.fill: parent
            keys: ["text/uri-list"]
            onDropped: dropEvent => {
                if (!dropEvent.hasUrls || dropEvent.urls.length === 0)
                    return;
                area.studio.sources.mediaFile = dropEvent.urls[0];
                area.studio.sources.sourceKind = SourceController.MediaFile;
                dropEvent.acceptProposedAction();
            }
        }

        Rectangle {
            anchors.fill: parent
            anchors.margins: 8
            visible: drop.containsDrag
            color: "#302fb36f"
            border.color: area.palette.highlight
            border.width: 2
            radius: 8

            Label {
                anchors.centerIn: parent
                text: qsTr("Drop to play this file as the source")
                font.pixelSize: 18
            }
        }
    }
}
