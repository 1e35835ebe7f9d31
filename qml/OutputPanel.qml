// The Output page: the clean output window for a projector or for capture by streaming
// software — which screen, what size or full screen, and what is behind the subject.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

ScrollView {
    id: page

    required property Studio studio
    readonly property OutputSettings output: page.studio.output

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        x: 16
        width: page.availableWidth - 32
        spacing: 8

        SectionHeader {
            text: qsTr("Output window")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A borderless window with only the keyed picture: the same keyer and the "
                       + "same frames as the preview.")
            wrapMode: Text.Wrap
            color: page.palette.placeholderText
        }
        Button {
            Layout.fillWidth: true
            text: page.studio.view.outputVisible ? qsTr("Close the output window")
                                                 : qsTr("Open the output window")
            highlighted: !page.studio.view.outputVisible
            focusPolicy: Qt.NoFocus
            onClicked: page.studio.view.outputVisible = !page.studio.view.outputVisible
        }

        Label {
            text: qsTr("Screen")
            color: page.palette.placeholderText
        }
        ComboBox {
            Layout.fillWidth: true
            focusPolicy: Qt.NoFocus
            model: page.output.screenNames
            currentIndex: {
                const names = page.output.screenNames;
                for (let i = 0; i < names.length; ++i) {
                    if (names[i] === page.output.screenName)
                        return i;
                }
                return 0;
            }
            onActivated: index => page.output.screenName = page.output.screenNames[index]
        }

        Switch {
            text: qsTr("Full screen")
            focusPolicy: Qt.NoFocus
            checked: page.output.fullScreen
            onToggled: page.output.fullScreen = checked
        }

        Label {
            text: qsTr("Size")
            color: page.palette.placeholderText
            enabled: !page.output.fullScreen
        }
        ComboBox {
            Layout.fillWidth: true
            enabled: !page.output.fullScreen
            focusPolicy: Qt.NoFocus
            model: page.output.standardSizes
            currentIndex: page.output.standardSizeIndex
            displayText: page.output.size.width + " × " + page.output.size.height
            onActivated: index => page.output.setSizeText(page.output.standardSizes[index])
        }

        Switch {
            text: qsTr("Transparent background")
            focusPolicy: Qt.NoFocus
            checked: page.output.transparent
            onToggled: page.output.transparent = checked
        }
        Label {
            Layout.fillWidth: true
            text: page.output.transparent
                  ? qsTr("Only the keyed subject is drawn; capture the window with transparency "
                         + "enabled in your streaming software.")
                  : qsTr("The subject is shown over the preview's background.")
            wrapMode: Text.Wrap
            font.pixelSize: 11
            color: page.palette.placeholderText
        }
    }
}
