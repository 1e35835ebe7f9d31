// One menu of the menu bar, filled from the shortcut table: every action of its category, with
// its keys. Entries declared inside a TableMenu come after the table's.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Greenroom

Menu {
    id: menu

    required property Studio studio
    required property int category
    property int tableEntries: 0

    title: menu.studio.shortcuts.categories[menu.category] ?? ""

    Instantiator {
        model: menu.studio.shortcuts

        delegate: ShortcutMenuItem {
            required property string actionId
            required property string description
            required property string nativeText
            required property int categoryIndex
            required property bool inMenu

            text: description
            shortcutText: nativeText
            onTriggered: menu.studio.trigger(actionId, false)
        }

        onObjectAdded: (index, object) => {
            if (object.categoryIndex === menu.category && object.inMenu)
                menu.insertItem(menu.tableEntries++, object);
        }
        onObjectRemoved: (index, object) => {
            if (object.categoryIndex === menu.category && object.inMenu) {
                menu.removeItem(object);
                --menu.tableEntries;
            }
        }
    }
}
