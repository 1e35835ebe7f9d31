// A short message at the bottom of the window: a parameter's new value after a key press, a
// preset loaded, a problem. It fades out by itself; a newer message replaces an older one.
import QtQuick
import QtQuick.Controls

Rectangle {
    id: toast

    property alias text: label.text

    function show(message) {
        label.text = message;
        fade.stop();
        toast.opacity = 1;
        hideTimer.restart();
    }

    implicitWidth: Math.min(label.implicitWidth + 36, 640)
    implicitHeight: label.implicitHeight + 18
    // A pill for one line; a long message (an error naming a device or file) wraps instead of
    // losing its end.
    radius: Math.min(height / 2, 18)
    color: "#ee26282e"
    border.color: "#40ffffff"
    opacity: 0
    visible: opacity > 0

    Label {
        id: label

        anchors.centerIn: parent
        width: Math.min(implicitWidth, 640 - 36)
        color: "#f4f5f8"
        font.pixelSize: 14
        wrapMode: Text.Wrap
        maximumLineCount: 4
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
    }

    Timer {
        id: hideTimer

        // Long enough to read: a long message (auto-key's advice) stays longer.
        interval: Math.min(8000, 1800 + 40 * label.text.length)
        onTriggered: fade.start()
    }

    NumberAnimation {
        id: fade

        target: toast
        property: "opacity"
        to: 0
        duration: 350
    }
}
