// The studio: the one object Main.qml creates. It owns the parts of the app's state and wires
// them together, carries out the actions of the shortcut table, and saves and restores the
// session. QML binds to its parts; nothing here draws.
//
//   sources (SourceController) ──► router (FrameRouter) ──► preview and output KeyedVideoItems
//   clean plate (CleanPlateController): captured from the router's frames, kept per source
//   editor (KeyEditor: live values, undo) ◄──► presets (PresetStore)
//   shortcuts (ShortcutTable) ──► trigger(action)
//   view, background, output, language: plain state, saved with the session
#pragma once

#include "AutoKeyRunner.h"
#include "BackgroundSettings.h"
#include "CleanPlateController.h"
#include "FirstPictureKey.h"
#include "FrameRouter.h"
#include "KeyEditor.h"
#include "LanguageSettings.h"
#include "OutputSettings.h"
#include "PresetStore.h"
#include "ShortcutTable.h"
#include "SourceController.h"
#include "StudioSettings.h"
#include "ViewState.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtQml/QQmlParserStatus>
#include <QtQmlIntegration/qqmlintegration.h>
#include <QtQuick/QQuickWindow>

#include <memory>

namespace greenroom {

class Studio : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(greenroom::KeyEditor *editor READ editor CONSTANT)
    Q_PROPERTY(greenroom::PresetStore *presets READ presets CONSTANT)
    Q_PROPERTY(greenroom::ShortcutTable *shortcuts READ shortcuts CONSTANT)
    Q_PROPERTY(greenroom::ViewState *view READ view CONSTANT)
    Q_PROPERTY(greenroom::BackgroundSettings *background READ background CONSTANT)
    Q_PROPERTY(greenroom::OutputSettings *output READ output CONSTANT)
    Q_PROPERTY(greenroom::LanguageSettings *language READ language CONSTANT)
    Q_PROPERTY(greenroom::SourceController *sources READ sources CONSTANT)
    Q_PROPERTY(greenroom::FrameRouter *router READ router CONSTANT)
    Q_PROPERTY(greenroom::FirstPictureKey *firstPictureKey READ firstPictureKey CONSTANT)
    Q_PROPERTY(greenroom::CleanPlateController *cleanPlate READ cleanPlate CONSTANT)
    // Eyedropper and auto-key read the frame on screen with the keying module's own sampling;
    // they work once a frame has arrived, and this says why when they cannot.
    Q_PROPERTY(bool eyedropperAvailable READ eyedropperAvailable NOTIFY toolsAvailableChanged)
    Q_PROPERTY(bool autoKeyAvailable READ autoKeyAvailable NOTIFY toolsAvailableChanged)
    Q_PROPERTY(
        QString toolsUnavailableReason READ toolsUnavailableReason NOTIFY toolsAvailableChanged)
    // Whether Qt Quick Dialogs can show its own file dialog here (it needs the FolderListModel
    // module, and crashes without it); when not, QML asks for a path in a plain field instead.
    Q_PROPERTY(bool fileDialogsAvailable READ fileDialogsAvailable CONSTANT)
    // Where the session is saved.
    Q_PROPERTY(QString settingsFile READ settingsFile CONSTANT)

public:
    explicit Studio(QObject *parent = nullptr);
    // Saves to this INI file instead of the platform's settings (tests, portable use).
    explicit Studio(const QString &settingsFile, QObject *parent = nullptr);
    ~Studio() override;

    KeyEditor *editor() const { return m_editor; }
    PresetStore *presets() const { return m_presets; }
    ShortcutTable *shortcuts() const { return m_shortcuts; }
    ViewState *view() const { return m_view; }
    BackgroundSettings *background() const { return m_background; }
    OutputSettings *output() const { return m_output; }
    LanguageSettings *language() const { return m_language; }
    SourceController *sources() const { return m_sources; }
    FrameRouter *router() const { return m_router; }
    FirstPictureKey *firstPictureKey() const { return m_firstPicture; }
    CleanPlateController *cleanPlate() const { return m_cleanPlate; }
    bool eyedropperAvailable() const { return m_hasFrame; }
    bool autoKeyAvailable() const { return m_hasFrame; }
    QString toolsUnavailableReason() const
    {
        return m_hasFrame ? QString() : tr("Needs a picture: waiting for the first frame.");
    }
    // Whether the preview has a frame the tools can look at; the preview reports it.
    Q_INVOKABLE void setFrameAvailable(bool available);
    QString settingsFile() const { return m_settings->fileName(); }
    bool fileDialogsAvailable() const;
    // A typed path (with ~ for the home folder) as a file URL, for the fallback path dialog.
    Q_INVOKABLE QUrl fileUrl(const QString &path) const;

    // Reads the saved session (source, preset, values, background, view, output, language,
    // shortcuts) and from then on saves every change. Call once, before command-line choices.
    Q_INVOKABLE void restore();
    // Writes the session now (it is also written shortly after each change, and on exit).
    Q_INVOKABLE void save();
    // Restores the window's geometry now and saves it with the session from then on.
    Q_INVOKABLE void attachWindow(QQuickWindow *window);

    // Carries out an action of the shortcut table; `fine` is the Shift variant of a step.
    // Returns false for an unknown action.
    Q_INVOKABLE bool trigger(const QString &action, bool fine = false);
    // Loads the preset at `index` as an undoable change (menus, the preset list, number keys).
    Q_INVOKABLE bool choosePreset(int index);
    // Sets the key colour to the colour of the frame on screen around `point` (normalised
    // frame coordinates, 0..1), as an undoable change, and ends eyedropper mode.
    Q_INVOKABLE bool pickKeyColor(QPointF point);
    // Starts estimating key colour, similarity and smoothness from the frame on screen, on a
    // worker thread; the estimate is applied as an undoable change when it is ready
    // (autoKeyFinished). False when there is no frame or an estimate is still being made.
    Q_INVOKABLE bool autoKey();

    // QQmlParserStatus: the engine exists from here on, so language changes can re-translate.
    void classBegin() override {}
    void componentComplete() override;

Q_SIGNALS:
    // A short message for the toast: a parameter's new value, a preset loaded, a problem.
    void toast(const QString &message);
    // Actions that need a dialog, which only QML can show.
    void saveAsRequested(const QString &suggestedName);
    void importRequested();
    void exportRequested();
    void openMediaRequested();
    void settingsRequested();
    void aboutRequested();
    void quitRequested();
    void retranslated();
    void toolsAvailableChanged();
    // An autoKey() call ended (all but a repeat refused while measuring): `applied` says
    // whether it changed the key (else a toast said why).
    void autoKeyFinished(bool applied);

private Q_SLOTS:
    // Saves shortly after a burst of changes (a slider drag) rather than on every one.
    void scheduleSave();

private:
    void wire();
    void retranslate();
    void stepParameter(const char *name, int direction, bool fine);
    void savePreset();
    void report(const QString &problem);
    void restoreSource();
    void saveSource();
    void applyAutoKey(const AutoKeyOutcome &outcome);

    std::unique_ptr<StudioSettings> m_settings;
    KeyEditor *m_editor;
    PresetStore *m_presets;
    ShortcutTable *m_shortcuts;
    ViewState *m_view;
    BackgroundSettings *m_background;
    OutputSettings *m_output;
    LanguageSettings *m_language;
    FrameRouter *m_router;
    SourceController *m_sources;
    AutoKeyRunner *m_autoKey;
    FirstPictureKey *m_firstPicture;
    CleanPlateController *m_cleanPlate;
    bool m_firstPictureRun = false; // the running auto-key is the first picture's
    QPointer<QQuickWindow> m_window;
    QTimer m_saveTimer;
    bool m_restored = false;
    bool m_hasFrame = false;
};

} // namespace greenroom
