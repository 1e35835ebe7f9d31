// A menu entry that shows its keyboard shortcut at the right. The text is shown only: the key
// itself is handled by ShortcutKeys, so it works whether or not a menu is open.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

MenuItem {
    id: item

    property string shortcutText

    contentItem: RowLayout {
        spacing: 28

        Label {
            Layout.fillWidth: true
            text: item.text
            color: item.highlighted ? item.palette.highlightedText : item.palette.windowText
            opacity: item.enabled ? 1 : 0.4
            elide: Text.ElideRight
        }
        Label {
            text: item.shortcutText
            visible: text.length > 0
            color: item.highlighted ? item.palette.highlightedText : item.palette.placeholderText
        }
    }
}
