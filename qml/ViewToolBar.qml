// The strip above the preview: view mode (composite, matte, source, split), zoom, freeze,
// stats and the output window. Buttons reflect the studio's view state and change it; their
// tooltips name the keys from the shortcut table.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

Rectangle {
    id: bar

    required property Studio studio

    implicitHeight: 40
    color: bar.palette.window

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: bar.palette.dark
    }

    component BarButton: ToolButton {
        id: button

        // The table action this button stands for: its keys go into the tooltip.
        property string shortcutAction
        property string hint

        // Not checkable: `checked` follows the studio's state only, a click changes that state.
        checkable: false
        focusPolicy: Qt.NoFocus
        font.pixelSize: 13
        implicitHeight: 30
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: {
            const keys = button.shortcutAction.length > 0
                         ? bar.studio.shortcuts.nativeText(button.shortcutAction) : "";
            return keys.length > 0 ? qsTr("%1 (%2)").arg(button.hint).arg(keys) : button.hint;
        }
    }

    component Separator: Rectangle {
        implicitWidth: 1
        implicitHeight: 22
        color: "#3a3d45"
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 2

        BarButton {
            text: qsTr("Composite")
            hint: qsTr("The keyed picture over the background")
            checked: bar.studio.view.mode === KeyedVideoItem.Composite
            onClicked: bar.studio.view.mode = KeyedVideoItem.Composite
        }
        BarButton {
            text: qsTr("Matte")
            hint: qsTr("The matte: white is kept, black is removed")
            shortcutAction: "view.matte"
            checked: bar.studio.view.mode === KeyedVideoItem.Matte
            onClicked: bar.studio.view.mode = KeyedVideoItem.Matte
        }
        BarButton {
            text: qsTr("Source")
            hint: qsTr("The picture as the camera sends it, unkeyed")
            shortcutAction: "view.source"
            checked: bar.studio.view.mode === KeyedVideoItem.Source
            onClicked: bar.studio.view.mode = KeyedVideoItem.Source
        }
        BarButton {
            text: qsTr("Split")
            hint: qsTr("Source and keyed picture side by side; drag the divider")
            shortcutAction: "view.split"
            checked: bar.studio.view.mode === KeyedVideoItem.Split
            onClicked: bar.studio.view.mode = KeyedVideoItem.Split
        }

        Separator {
            Layout.leftMargin: 8
            Layout.rightMargin: 8
        }

        BarButton {
            text: qsTr("Fit")
            hint: qsTr("Fit the picture into the window")
            shortcutAction: "view.zoomFit"
            checked: bar.studio.view.zoom === ViewState.ZoomFit
            onClicked: bar.studio.view.zoom = ViewState.ZoomFit
        }
        BarButton {
            text: "100%"
            hint: qsTr("One frame pixel per screen pixel; drag to pan")
            shortcutAction: "view.zoom100"
            checked: bar.studio.view.zoom === ViewState.Zoom100
            onClicked: bar.studio.view.zoom = ViewState.Zoom100
        }
        BarButton {
            text: "200%"
            hint: qsTr("Twice the size, for checking edges; drag to pan")
            shortcutAction: "view.zoom200"
            checked: bar.studio.view.zoom === ViewState.Zoom200
            onClicked: bar.studio.view.zoom = ViewState.Zoom200
        }

        Item {
            Layout.fillWidth: true
        }

        BarButton {
            text: qsTr("Freeze")
            hint: qsTr("Hold the current frame")
            shortcutAction: "tool.freeze"
            checked: bar.studio.view.frozen
            onClicked: bar.studio.view.frozen = !bar.studio.view.frozen
        }
        BarButton {
            text: qsTr("Stats")
            hint: qsTr("Frame rate, latency and format")
            shortcutAction: "view.stats"
            checked: bar.studio.view.statsVisible
            onClicked: bar.studio.view.statsVisible = !bar.studio.view.statsVisible
        }
        BarButton {
            text: qsTr("Output")
            hint: qsTr("The clean output window")
            shortcutAction: "window.output"
            checked: bar.studio.view.outputVisible
            onClicked: bar.studio.view.outputVisible = !bar.studio.view.outputVisible
        }
        BarButton {
            text: bar.studio.view.panelsVisible ? "▸" : "◂"
            hint: qsTr("Show or hide the panels")
            shortcutAction: "view.panels"
            onClicked: bar.studio.view.panelsVisible = !bar.studio.view.panelsVisible
        }
    }
}
