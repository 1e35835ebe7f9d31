#include "SourceController.h"

#include "CameraSource.h"
#include "TestPatternSource.h"

namespace greenroom {

SourceController::SourceController(QObject *parent) : QObject(parent)
{
    replaceSource(m_sourceKind);
}

SourceController::~SourceController()
{
    // Stop before the members go: the source must not deliver into a half-destroyed controller.
    if (m_source)
        m_source->stop();
}

void SourceController::setVideoSink(QVideoSink *sink)
{
    if (m_videoSink == sink)
        return;
    m_videoSink = sink;
    if (m_source)
        m_source->setVideoSink(sink);
    Q_EMIT videoSinkChanged();
}

void SourceController::setSourceKind(SourceKind kind)
{
    if (kind == m_sourceKind)
        return;
    m_sourceKind = kind;
    replaceSource(kind);
    Q_EMIT sourceKindChanged();
}

QString SourceController::errorString() const
{
    const QString sourceError = m_source ? m_source->errorString() : QString();
    return sourceError.isEmpty() ? m_note : sourceError;
}

void SourceController::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    if (m_source) {
        if (running)
            m_source->start();
        else
            m_source->stop();
    }
    Q_EMIT runningChanged();
}

void SourceController::useDefaultSource()
{
    setSourceKind(CameraSource::anyCameraAvailable() ? SourceKind::Camera
                                                     : SourceKind::TestPattern);
}

void SourceController::replaceSource(SourceKind kind)
{
    const QString oldError = errorString();
    // The old source goes first: a camera device may not open twice.
    if (m_source) {
        m_source->stop();
        m_source->disconnect(this);
        m_source.reset();
    }

    QString note;
    if (kind == SourceKind::Camera && !CameraSource::anyCameraAvailable()) {
        note = tr("No camera found; showing the test pattern");
        kind = SourceKind::TestPattern;
    }
    if (kind == SourceKind::Camera)
        m_source = std::make_unique<CameraSource>();
    else
        m_source = std::make_unique<TestPatternSource>();

    connect(m_source.get(), &FrameSource::errorStringChanged, this,
            &SourceController::errorStringChanged);
    m_source->setVideoSink(m_videoSink);
    m_note = note;
    if (m_running)
        m_source->start();
    Q_EMIT sourceChanged();
    if (errorString() != oldError)
        Q_EMIT errorStringChanged();
}

} // namespace greenroom
