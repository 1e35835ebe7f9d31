// The menu bar, generated from the shortcut table (TableMenu), plus the list of presets.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Greenroom

MenuBar {
    id: bar

    required property Studio studio

    TableMenu {
        studio: bar.studio
        category: 0
    }
    TableMenu {
        studio: bar.studio
        category: 1
    }
    TableMenu {
        studio: bar.studio
        category: 2
    }
    TableMenu {
        id: presetsMenu

        studio: bar.studio
        category: 3

        MenuSeparator {}

        Instantiator {
            model: bar.studio.presets

            delegate: ShortcutMenuItem {
                required property int index
                required property string displayName
                required property bool current

                text: displayName
                checkable: true
                checked: current
                shortcutText: index < 9 ? bar.studio.shortcuts.nativeText("preset." + (index + 1))
                                        : ""
                onTriggered: bar.studio.choosePreset(index)
            }

            onObjectAdded: (index, object) => presetsMenu.addItem(object)
            onObjectRemoved: (index, object) => presetsMenu.removeItem(object)
        }
    }
    TableMenu {
        studio: bar.studio
        category: 4
    }
    TableMenu {
        studio: bar.studio
        category: 5
    }
}
