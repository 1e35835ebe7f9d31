// Owns the frame source the app shows (test pattern or camera), feeds it into the keyer's video
// sink, and switches between sources on request. QML binds to it; sources know nothing of it.
#pragma once

#include "FrameSource.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
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
    // instead and errorString says so.
    Q_PROPERTY(SourceKind sourceKind READ sourceKind WRITE setSourceKind NOTIFY sourceKindChanged)
    Q_PROPERTY(greenroom::FrameSource *source READ source NOTIFY sourceChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // Whether the source should deliver frames; a new source starts only while running.
    Q_PROPERTY(bool running READ isRunning WRITE setRunning NOTIFY runningChanged)

public:
    enum class SourceKind { TestPattern, Camera };
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

    // The camera when there is one, else the test pattern.
    Q_INVOKABLE void useDefaultSource();

Q_SIGNALS:
    void videoSinkChanged();
    void sourceKindChanged();
    void sourceChanged();
    void errorStringChanged();
    void runningChanged();

private:
    void replaceSource(SourceKind kind);

    QPointer<QVideoSink> m_videoSink;
    SourceKind m_sourceKind = SourceKind::TestPattern;
    bool m_running = true;
    QString m_note;
    std::unique_ptr<FrameSource> m_source;
};

} // namespace greenroom
