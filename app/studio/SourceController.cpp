#include "SourceController.h"

#include "CameraSource.h"
#include "MediaFileSource.h"
#include "TestPatternSource.h"

namespace greenroom {

SourceController::SourceController(QObject *parent)
    : QObject(parent), m_cameraDirectory(new CameraDirectory(this))
{
    // Queued: a switch made here must not run inside the directory's own refresh.
    connect(m_cameraDirectory, &CameraDirectory::camerasChanged, this,
            &SourceController::onCamerasChanged, Qt::QueuedConnection);
    replaceSource(m_sourceKind);
}

SourceController::~SourceController()
{
    // Stop before the members go: the source must not deliver into a half-destroyed controller.
    if (m_source)
        m_source->stop();
    m_source.reset();
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

void SourceController::setMediaFile(const QUrl &url)
{
    if (url == m_mediaFile)
        return;
    m_mediaFile = url;
    if (auto *media = qobject_cast<MediaFileSource *>(m_source.get()))
        media->setSource(url);
    Q_EMIT mediaFileChanged();
}

void SourceController::setCameraSettingsFile(const QString &filePath)
{
    if (filePath == m_cameraSettingsFile)
        return;
    m_cameraSettingsFile = filePath;
    if (m_cameraSettings && qobject_cast<CameraSource *>(m_source.get()))
        static_cast<CameraSource *>(m_source.get())->setPreferences(nullptr);
    m_cameraSettings.reset();
}

CameraSettings &SourceController::cameraSettings()
{
    if (!m_cameraSettings) {
        m_cameraSettings = m_cameraSettingsFile.isEmpty()
                               ? std::make_unique<CameraSettings>()
                               : std::make_unique<CameraSettings>(m_cameraSettingsFile);
    }
    return *m_cameraSettings;
}

void SourceController::onCamerasChanged()
{
    if (m_standingIn && m_sourceKind == SourceKind::Camera &&
        !m_cameraDirectory->cameras().isEmpty())
        replaceSource(SourceKind::Camera);
}

QString SourceController::sourceIdentity() const
{
    if (const auto *camera = qobject_cast<const CameraSource *>(m_source.get())) {
        const CameraIdentity device = camera->device();
        return QStringLiteral("Camera ") + (device.name.isEmpty() ? device.id : device.name);
    }
    if (const auto *media = qobject_cast<const MediaFileSource *>(m_source.get()))
        return QStringLiteral("Media file ") + media->source().toString();
    if (qobject_cast<const TestPatternSource *>(m_source.get()))
        return QStringLiteral("Test pattern");
    return {};
}

void SourceController::useDefaultSource()
{
    setSourceKind(m_cameraDirectory->cameras().isEmpty() ? SourceKind::TestPattern
                                                         : SourceKind::Camera);
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
    const bool fallBack = kind == SourceKind::Camera && m_cameraDirectory->cameras().isEmpty();
    if (fallBack) {
        note = tr("No camera found; showing the test pattern");
        kind = SourceKind::TestPattern;
    }
    switch (kind) {
    case SourceKind::Camera: {
        auto camera = std::make_unique<CameraSource>(m_cameraDirectory);
        camera->setPreferences(&cameraSettings());
        m_source = std::move(camera);
        break;
    }
    case SourceKind::MediaFile: {
        auto media = std::make_unique<MediaFileSource>();
        media->setSource(m_mediaFile);
        m_source = std::move(media);
        break;
    }
    case SourceKind::TestPattern:
        m_source = std::make_unique<TestPatternSource>();
        break;
    }

    connect(m_source.get(), &FrameSource::errorStringChanged, this,
            &SourceController::errorStringChanged);
    m_source->setVideoSink(m_videoSink);
    m_note = note;
    m_standingIn = fallBack;
    if (m_running)
        m_source->start();
    Q_EMIT sourceChanged();
    if (errorString() != oldError)
        Q_EMIT errorStringChanged();
}

} // namespace greenroom
