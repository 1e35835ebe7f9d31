// Owns the frame source the app shows (test pattern, camera or media file), feeds it into the
// keyer's video sink, and switches between sources on request. It gives each camera source the
// remembered camera choices (CameraSettings). QML binds to it; sources know nothing of it.
#pragma once

#include "CameraDirectory.h"
#include "CameraSettings.h"
#include "FrameSource.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtMultimedia/QVideoSink>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>

namespace greenroom {

class SourceController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The keyer's sink; not owned.
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    // The kind the user chose. When Camera is chosen but none exists, the test pattern is shown
    // instead and errorString says so, until a camera is plugged in.
    Q_PROPERTY(SourceKind sourceKind READ sourceKind WRITE setSourceKind NOTIFY sourceKindChanged)
    Q_PROPERTY(greenroom::FrameSource *source READ source NOTIFY sourceChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // Whether the source should deliver frames; a new source starts only while running.
    Q_PROPERTY(bool running READ isRunning WRITE setRunning NOTIFY runningChanged)
    // The clip the MediaFile kind plays; kept across switches.
    Q_PROPERTY(QUrl mediaFile READ mediaFile WRITE setMediaFile NOTIFY mediaFileChanged)

public:
    enum class SourceKind { TestPattern, Camera, MediaFile };
    Q_ENUM(SourceKind)

    explicit SourceController(QObject *parent = nullptr);
    ~SourceController() override;

    QVideoSink *videoSink() const { return m_videoSink; }
    void setVideoSink(QVideoSink *sink);
    SourceKind sourceKind() const { return m_sourceKind; }
    // Stops and destroys the current source, then creates, connects and (if running) starts the
    // new one. Choosing the current kind again does nothing.
    void setSourceKind(SourceKind kind);
    FrameSource *source() const { return m_source.get(); }
    // The source's error if it has one, else the controller's own note (such as a fallback).
    QString errorString() const;
    bool isRunning() const { return m_running; }
    void setRunning(bool running);
    QUrl mediaFile() const { return m_mediaFile; }
    void setMediaFile(const QUrl &url);

    // Keeps camera choices in this INI file instead of the application's settings (tests).
    // Takes effect for camera sources made from now on.
    void setCameraSettingsFile(const QString &filePath);

    // The camera when there is one, else the test pattern.
    Q_INVOKABLE void useDefaultSource();

    // Which source delivers, stably across runs and languages, for things kept per source
    // (clean plates): "Test pattern", "Camera <name>" (the camera's name, which outlives its
    // id, see CameraIdentity.h) or "Media file <url>". Empty without a source.
    QString sourceIdentity() const;

Q_SIGNALS:
    void videoSinkChanged();
    void sourceKindChanged();
    void sourceChanged();
    void errorStringChanged();
    void runningChanged();
    void mediaFileChanged();

private:
    void replaceSource(SourceKind kind);
    CameraSettings &cameraSettings();
    // While the test pattern stands in for a missing camera, a camera plugged in replaces it.
    void onCamerasChanged();

    QPointer<QVideoSink> m_videoSink;
    SourceKind m_sourceKind = SourceKind::TestPattern;
    bool m_running = true;
    QString m_note;
    QUrl m_mediaFile;
    QString m_cameraSettingsFile;
    std::unique_ptr<CameraSettings> m_cameraSettings; // made on first use
    // Lives as long as the controller, so that it sees every camera come and go.
    CameraDirectory *m_cameraDirectory = nullptr; // child
    bool m_standingIn = false;                    // the test pattern stands in for a missing camera
    // Declared last: the source goes first, before the settings it was given.
    std::unique_ptr<FrameSource> m_source;
};

} // namespace greenroom
