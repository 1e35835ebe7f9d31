// Makes every shortcut of the table work: one Shortcut per action, and one more with Shift for
// actions that have a fine step. Application-wide, so the keys work whichever panel has focus
// (and in the output window); `enabled` is cleared while the user types into a text field.
pragma ComponentBehavior: Bound
import QtQuick
import Greenroom

Item {
    id: keys

    required property Studio studio

    Instantiator {
        model: keys.studio.shortcuts

        delegate: QtObject {
            id: entry

            required property string actionId
            required property var sequences
            required property var fineSequences

            // Array.from: Qt 6.8 takes the model's string list, passed on as it is, for one
            // sequence that never matches; a JavaScript array of strings works in every version.
            property Shortcut coarse: Shortcut {
                sequences: Array.from(entry.sequences)
                context: Qt.ApplicationShortcut
                enabled: keys.enabled
                onActivated: keys.studio.trigger(entry.actionId, false)
            }
            property Shortcut fine: Shortcut {
                sequences: Array.from(entry.fineSequences)
                context: Qt.ApplicationShortcut
                enabled: keys.enabled && entry.fineSequences.length > 0
                onActivated: keys.studio.trigger(entry.actionId, true)
            }
        }
    }
}
