// The file dialogs: import and export presets, open a media file as the source, choose a
// background image or video. They only hand the chosen file to the studio, which reads it.
// Where Qt Quick Dialogs cannot show a file dialog, a plain path field stands in.
import QtQuick
import QtQuick.Dialogs
import Greenroom

Item {
    id: files

    required property Studio studio
    property int exportIndex: -1
    // What the path dialog is asking for: "import", "export", "media", "image" or "video".
    property string pending

    readonly property var videoFilters: [qsTr("Video files (*.mp4 *.mov *.mkv *.webm *.avi *.m4v)"),
                                         qsTr("All files (*)")]

    function choose(purpose, dialog) {
        if (files.studio.fileDialogsAvailable) {
            dialog.open();
        } else {
            files.pending = purpose;
            pathDialog.ask(dialog.title);
        }
    }

    function chosen(purpose, file) {
        switch (purpose) {
        case "import":
            if (files.studio.presets.importFile(file))
                files.studio.toast(qsTr("Imported %1").arg(files.studio.presets.currentDisplayName));
            else
                files.studio.toast(files.studio.presets.errorString);
            break;
        case "export":
            if (files.studio.presets.exportPreset(files.exportIndex, file))
                files.studio.toast(qsTr("Exported %1")
                                       .arg(files.studio.presets.displayNameAt(files.exportIndex)));
            else
                files.studio.toast(files.studio.presets.errorString);
            break;
        case "media":
            files.studio.sources.mediaFile = file;
            files.studio.sources.sourceKind = SourceController.MediaFile;
            break;
        case "image":
            files.studio.background.imageFile = file;
            files.studio.background.kind = BackgroundSettings.Image;
            break;
        case "video":
            files.studio.background.videoFile = file;
            files.studio.background.kind = BackgroundSettings.Video;
            break;
        }
    }

    function importPreset() {
        files.choose("import", importDialog);
    }
    function exportPreset(index) {
        if (index < 0) {
            files.studio.toast(qsTr("Choose a preset to export first."));
            return;
        }
        files.exportIndex = index;
        files.choose("export", exportDialog);
    }
    function openMedia() {
        files.choose("media", mediaDialog);
    }
    function openBackgroundImage() {
        files.choose("image", imageDialog);
    }
    function openBackgroundVideo() {
        files.choose("video", videoDialog);
    }

    PathDialog {
        id: pathDialog

        studio: files.studio
        onFileChosen: file => files.chosen(files.pending, file)
    }

    FileDialog {
        id: importDialog

        title: qsTr("Import preset")
        nameFilters: [qsTr("Greenroom presets (*.json)"), qsTr("All files (*)")]
        onAccepted: files.chosen("import", selectedFile)
    }

    FileDialog {
        id: exportDialog

        title: qsTr("Export preset")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Greenroom presets (*.json)")]
        onAccepted: files.chosen("export", selectedFile)
    }

    FileDialog {
        id: mediaDialog

        title: qsTr("Open media file")
        nameFilters: files.videoFilters
        onAccepted: files.chosen("media", selectedFile)
    }

    FileDialog {
        id: imageDialog

        title: qsTr("Background image")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"), qsTr("All files (*)")]
        onAccepted: files.chosen("image", selectedFile)
    }

    FileDialog {
        id: videoDialog

        title: qsTr("Background video")
        nameFilters: files.videoFilters
        onAccepted: files.chosen("video", selectedFile)
    }
}
