// The slim bar along the bottom: what comes in, which preset (and whether it was changed), the
// view, and the graphics backend.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Rectangle {
    id: bar

    required property Studio studio
    required property KeyedVideoItem video

    function apiName(api) {
        switch (api) {
        case GraphicsInfo.OpenGL:
            return "OpenGL";
        case GraphicsInfo.Vulkan:
            return "Vulkan";
        case GraphicsInfo.Direct3D11:
            return "Direct3D 11";
        case GraphicsInfo.Metal:
            return "Metal";
        case GraphicsInfo.Software:
            return qsTr("software");
        default:
            return "…";
        }
    }

    implicitHeight: 26
    color: "#161719"

    Rectangle {
        width: parent.width
        height: 1
        color: bar.palette.dark
    }

    component Info: Label {
        id: info

        font.pixelSize: 12
        color: info.palette.placeholderText
        elide: Text.ElideRight
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 18

        Rectangle {
            implicitWidth: 8
            implicitHeight: 8
            radius: 4
            // Red while the source is lost, amber while waiting, blue frozen, green live.
            color: {
                const source = bar.studio.sources.source;
                if (source !== null && source.stale)
                    return "#e5534b";
                if (bar.video.frameSize.width === 0)
                    return "#d0a040";
                return bar.studio.view.frozen ? "#2f7dd1" : "#2fb36f";
            }
        }
        Info {
            Layout.maximumWidth: 300
            // The test pattern's name is fixed when it is made; this one follows the language.
            text: (bar.studio.sources.source as TestPatternSource) !== null
                  ? qsTr("Test pattern")
                  : bar.studio.sources.source ? bar.studio.sources.source.displayName : ""
        }
        Info {
            text: bar.video.frameSize.width > 0
                  ? qsTr("%1 × %2 · %3").arg(bar.video.frameSize.width)
                                        .arg(bar.video.frameSize.height)
                                        .arg(bar.video.pixelFormatName)
                  : qsTr("No frames yet")
        }
        Item {
            Layout.fillWidth: true
        }
        Info {
            text: bar.studio.presets.currentIndex >= 0
                  ? qsTr("Preset: %1%2").arg(bar.studio.presets.currentDisplayName)
                                        .arg(bar.studio.presets.modified ? qsTr(" (changed)") : "")
                  : qsTr("No preset")
        }
        Info {
            text: qsTr("Press F1 for shortcuts")
        }
        Info {
            text: bar.apiName(bar.GraphicsInfo.api)
        }
    }
}
