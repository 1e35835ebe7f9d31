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
            id: sourceBox

            Layout.fillWidth: true
            textRole: "text"
            valueRole: "kind"
            model: [
                { text: qsTr("Camera"), kind: SourceController.Camera },
                { text: qsTr("Test pattern"), kind: SourceController.TestPattern }
            ]
            currentIndex: indexOfValue(panel.sources.sourceKind)
            onActivated: panel.sources.sourceKind = currentValue
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
                checkable: true
                checked: Qt.colorEqual(panel.video.keyParams.keyColor, "#00ff00")
                onClicked: panel.video.keyParams.keyColor = "#00ff00"
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("Blue")
                checkable: true
                checked: Qt.colorEqual(panel.video.keyParams.keyColor, "#0000ff")
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

        Item {
            Layout.fillHeight: true
        }
    }
}
