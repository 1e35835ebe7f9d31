// Greenroom's main window: the preview fills it, the side panel docks at the right (Tab hides
// it), a slim status bar runs along the bottom. Everything binds to the Studio, which holds the
// state and carries out actions; this file only lays things out and opens dialogs.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Greenroom

ApplicationWindow {
    id: window

    // Set from the command line by main.cpp: "" (as last time, else a camera if one exists,
    // else the test pattern), "testpattern" or "camera"; an invalid size or a zero rate keeps
    // the test pattern's own defaults; an empty view or language keeps the saved one.
    property string startSource: ""
    property size testPatternSize
    property int testPatternFps: 0
    property string startView: ""
    property string startLanguage: ""

    readonly property bool dialogOpen: settingsDialog.visible || presetNameDialog.visible

    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: appStudio.presets.currentIndex >= 0
           ? qsTr("%1%2 — Greenroom").arg(appStudio.presets.currentDisplayName)
                                      .arg(appStudio.presets.modified ? " •" : "")
           : qsTr("Greenroom")
    color: "#111214"
    visibility: appStudio.view.fullScreen ? Window.FullScreen : Window.AutomaticVisibility

    palette {
        window: "#1b1c20"
        windowText: "#e6e7eb"
        base: "#24262b"
        alternateBase: "#292b31"
        text: "#e6e7eb"
        button: "#2c2e34"
        buttonText: "#e6e7eb"
        brightText: "#ffffff"
        highlight: "#2fb36f"
        highlightedText: "#0c0d0f"
        light: "#3c3f46"
        midlight: "#33353b"
        mid: "#4a4d55"
        dark: "#131416"
        shadow: "#08080a"
        placeholderText: "#8e919a"
        toolTipBase: "#2c2e34"
        toolTipText: "#e6e7eb"
        link: "#5cc8ff"
    }

    // No id here repeats the name of a property it is bound to (`studio: appStudio`, not
    // `studio: studio`): Qt 6.8 resolves such a name to the bound object's own property, a
    // binding loop that leaves the menu bar without its studio.
    Studio {
        id: appStudio

        onToast: message => toast.show(message)
        onSaveAsRequested: suggestedName => presetNameDialog.askSaveAs(suggestedName)
        onImportRequested: fileDialogs.importPreset()
        onExportRequested: fileDialogs.exportPreset(appStudio.presets.currentIndex)
        onOpenMediaRequested: fileDialogs.openMedia()
        onSettingsRequested: settingsDialog.open()
        onAboutRequested: aboutDialog.open()
        onQuitRequested: window.close()
    }

    // The controller makes a new source object on every switch; --size and --fps apply to
    // each test pattern it makes.
    function applyTestPatternOptions() {
        const pattern = appStudio.sources.source as TestPatternSource;
        if (!pattern)
            return;
        if (window.testPatternSize.width > 0 && window.testPatternSize.height > 0)
            pattern.frameSize = window.testPatternSize;
        if (window.testPatternFps > 0)
            pattern.frameRate = window.testPatternFps;
    }

    function viewModeFromName(name) {
        switch (name) {
        case "matte":
            return KeyedVideoItem.Matte;
        case "source":
            return KeyedVideoItem.Source;
        case "split":
            return KeyedVideoItem.Split;
        default:
            return KeyedVideoItem.Composite;
        }
    }

    Connections {
        target: appStudio.sources

        function onSourceChanged() {
            window.applyTestPatternOptions();
        }
        // Source errors show in the Source page and over the preview; a toast makes sure they
        // are seen whatever page is open.
        function onErrorStringChanged() {
            if (appStudio.sources.errorString.length > 0)
                toast.show(appStudio.sources.errorString);
        }
    }

    Component.onCompleted: {
        // The saved session first, then what the command line asks for on top of it.
        appStudio.restore();
        appStudio.attachWindow(window);
        window.applyTestPatternOptions();
        if (window.startSource === "testpattern")
            appStudio.sources.sourceKind = SourceController.TestPattern;
        else if (window.startSource === "camera")
            appStudio.sources.sourceKind = SourceController.Camera;
        if (window.startView.length > 0)
            appStudio.view.mode = window.viewModeFromName(window.startView);
        if (window.startLanguage.length > 0)
            appStudio.language.language = window.startLanguage;
    }

    onClosing: appStudio.save()

    menuBar: AppMenuBar {
        studio: appStudio
        visible: !appStudio.view.fullScreen
    }

    ShortcutKeys {
        studio: appStudio
        // Typing into a field, or catching a new key in the settings, takes the keys.
        enabled: !window.dialogOpen && !appStudio.shortcuts.isTypingTarget(window.activeFocusItem)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        PreviewArea {
            id: preview

            Layout.fillWidth: true
            Layout.fillHeight: true
            studio: appStudio
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: window.palette.dark
            visible: sidePanel.visible
        }

        SidePanel {
            id: sidePanel

            objectName: "sidePanel"
            Layout.fillHeight: true
            Layout.preferredWidth: 360
            visible: appStudio.view.panelsVisible && !appStudio.view.fullScreen
            studio: appStudio
            video: preview.video
            files: fileDialogs
            nameDialog: presetNameDialog
        }
    }

    footer: StatusBar {
        id: statusBar

        visible: !appStudio.view.fullScreen
        studio: appStudio
        video: preview.video
    }

    FileDialogs {
        id: fileDialogs

        studio: appStudio
    }

    NameDialog {
        id: presetNameDialog

        objectName: "nameDialog"
        presets: appStudio.presets
        onToast: message => toast.show(message)
    }

    SettingsDialog {
        id: settingsDialog

        objectName: "settingsDialog"
        studio: appStudio
    }

    AboutDialog {
        id: aboutDialog

        objectName: "aboutDialog"
        backendName: statusBar.apiName(statusBar.GraphicsInfo.api)
    }

    CheatSheet {
        objectName: "cheatSheet"
        shortcuts: appStudio.shortcuts
        visible: appStudio.view.cheatSheetVisible
        onClosed: appStudio.view.cheatSheetVisible = false
    }

    OutputWindow {
        objectName: "outputWindow"
        studio: appStudio
        shown: appStudio.view.outputVisible
        transientParent: null
    }

    Toast {
        id: toast

        objectName: "toast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 36
    }
}
