// The stats overlay: frame rates in and on screen, drops, arrival-to-present latency, the
// graphics backend, and the incoming frames' format and size, from LiveStats (measured only
// while the overlay shows).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Rectangle {
    id: overlay

    required property KeyedVideoItem video

    implicitWidth: grid.implicitWidth + 24
    implicitHeight: grid.implicitHeight + 20
    radius: 6
    color: "#d8111214"
    border.color: "#30ffffff"

    LiveStats {
        id: stats

        item: overlay.video
        active: overlay.visible
    }

    component Name: Label {
        color: "#9a9ca5"
        font.pixelSize: 12
    }
    component Value: Label {
        color: "#e6e7eb"
        font.pixelSize: 12
        font.family: "monospace"
    }

    GridLayout {
        id: grid

        anchors.centerIn: parent
        columns: 2
        columnSpacing: 14
        rowSpacing: 3

        Name {
            text: qsTr("Frames in")
        }
        Value {
            text: qsTr("%1 fps").arg(stats.inputFps.toFixed(1))
        }
        Name {
            text: qsTr("Presented")
        }
        Value {
            text: qsTr("%1 fps").arg(stats.presentedFps.toFixed(1))
        }
        Name {
            text: qsTr("Dropped")
        }
        Value {
            text: stats.droppedFrames.toString()
        }
        Name {
            text: qsTr("Latency")
        }
        Value {
            text: qsTr("%1 ms (95%: %2 ms)").arg(stats.latencyMs.toFixed(1))
                                             .arg(stats.latencyP95Ms.toFixed(1))
        }
        Name {
            text: qsTr("Backend")
        }
        Value {
            text: stats.backend.length > 0 ? stats.backend : "–"
        }
        Name {
            text: qsTr("Format")
        }
        Value {
            text: overlay.video.pixelFormatName.length > 0 ? overlay.video.pixelFormatName : "–"
        }
        Name {
            text: qsTr("Size")
        }
        Value {
            text: overlay.video.frameSize.width > 0
                  ? qsTr("%1 × %2").arg(overlay.video.frameSize.width)
                                   .arg(overlay.video.frameSize.height)
                  : "–"
        }
    }
}
