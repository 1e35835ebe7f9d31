// The side panel: source choice, key colour and matte controls, and what the preview shows.
// It only binds to the item and the source controller; all keying happens in C++.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Pane {
    id: panel

    required property KeyedVideoItem video
    required property SourceController sources

    padding: 20

    function graphicsApiName(api) {
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
            return qsTr("starting…");
        }
    }

    background: Rectangle {
        color: panel.palette.window
    }

    // A labelled 0..1 slider with a numeric read-out, bound to one key parameter.
    component ParameterSlider: ColumnLayout {
        id: parameter

        property string label
        property string hint
        property real value
        signal moved(real value)

        Layout.fillWidth: true
        spacing: 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                text: parameter.label
                Layout.fillWidth: true
            }
            Label {
                id: readout

                text: parameter.value.toFixed(2)
                font.family: "monospace"
                color: readout.palette.placeholderText
            }
        }
        Slider {
            Layout.fillWidth: true
            from: 0
            to: 1
            value: parameter.value
            onMoved: parameter.moved(value)

            ToolTip.visible: hovered && parameter.hint.length > 0
            ToolTip.delay: 600
            ToolTip.text: parameter.hint
        }
    }

    component SectionHeader: Label {
        id: header

        Layout.fillWidth: true
        Layout.topMargin: 14
        font.pixelSize: 11
        font.bold: true
        font.letterSpacing: 1.2
        color: header.palette.placeholderText
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Greenroom")
            font.pixelSize: 20
            font.bold: true
        }
        Label {
            text: qsTr("Live chroma key")
            color: panel.palette.placeholderText
        }

        SectionHeader {
            text: qsTr("SOURCE")
        }
        ComboBox {
            Layout.fillWidth: true
            // Listed in this order; the controller may still show the test pattern when no
            // camera exists, and errorString then says why.
            model: [qsTr("Camera"), qsTr("Test pattern")]
            currentIndex: panel.sources.sourceKind === SourceController.Camera ? 0 : 1
            onActivated: index => panel.sources.sourceKind = index === 0
                         ? SourceController.Camera : SourceController.TestPattern
        }
        Label {
            Layout.fillWidth: true
            text: panel.video.frameSize.width > 0
                  ? qsTr("%1 × %2 · %3").arg(panel.video.frameSize.width)
                                        .arg(panel.video.frameSize.height)
                                        .arg(panel.video.pixelFormatName)
                  : qsTr("No frames yet")
            color: panel.palette.placeholderText
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: panel.sources.errorString
            color: "#ff7b72"
            wrapMode: Text.Wrap
        }

        SectionHeader {
            text: qsTr("KEY COLOUR")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Rectangle {
                implicitWidth: 36
                implicitHeight: 28
                radius: 4
                color: panel.video.keyParams.keyColor
                border.color: panel.palette.mid
                border.width: 1
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Green")
                highlighted: Qt.colorEqual(panel.video.keyParams.keyColor, "#00ff00")
                onClicked: panel.video.keyParams.keyColor = "#00ff00"
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Blue")
                highlighted: Qt.colorEqual(panel.video.keyParams.keyColor, "#0000ff")
                onClicked: panel.video.keyParams.keyColor = "#0000ff"
            }
        }

        SectionHeader {
            text: qsTr("MATTE")
        }
        ParameterSlider {
            label: qsTr("Similarity")
            hint: qsTr("How far a colour may be from the key colour and still be removed")
            value: panel.video.keyParams.similarity
            onMoved: value => panel.video.keyParams.similarity = value
        }
        ParameterSlider {
            label: qsTr("Smoothness")
            hint: qsTr("Width of the soft edge between removed and kept colours")
            value: panel.video.keyParams.smoothness
            onMoved: value => panel.video.keyParams.smoothness = value
        }
        ParameterSlider {
            label: qsTr("Spill")
            hint: qsTr("How much key-colour spill is removed from the subject")
            value: panel.video.keyParams.spill
            onMoved: value => panel.video.keyParams.spill = value
        }
        ParameterSlider {
            label: qsTr("Opacity")
            hint: qsTr("Opacity of the keyed subject")
            value: panel.video.keyParams.opacity
            onMoved: value => panel.video.keyParams.opacity = value
        }

        Item {
            Layout.fillHeight: true
        }

        Label {
            id: rendererLabel

            Layout.fillWidth: true
            text: qsTr("Renderer: %1").arg(panel.graphicsApiName(panel.GraphicsInfo.api))
            color: rendererLabel.palette.placeholderText
            font.pixelSize: 11
            elide: Text.ElideRight
        }
    }
}
