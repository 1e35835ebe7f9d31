#include "MediaFileSource.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>

namespace greenroom {

namespace {

// A position this far behind the previous one means the clip wrapped round, not jitter.
constexpr qint64 kWrapMs = 250;
constexpr int kWatchdogIntervalMs = 100;

} // namespace

MediaFileSource::MediaFileSource(QObject *parent) : FrameSource(parent)
{
    setDisplayName(tr("Media file"));
    m_loadWatchdog.setInterval(kWatchdogIntervalMs);
    connect(&m_loadWatchdog, &QTimer::timeout, this, &MediaFileSource::checkFirstPicture);
    m_player.setVideoSink(m_relay.input());
    m_player.setLoops(QMediaPlayer::Infinite);
    connect(&m_player, &QMediaPlayer::errorOccurred, this, &MediaFileSource::onPlayerError);
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this,
            &MediaFileSource::onMediaStatusChanged);
    connect(&m_player, &QMediaPlayer::positionChanged, this, &MediaFileSource::onPositionChanged);
    connect(&m_player, &QMediaPlayer::durationChanged, this, &MediaFileSource::durationChanged);
    connect(&m_player, &QMediaPlayer::hasVideoChanged, this, [this](bool hasVideo) {
        if (!hasVideo && m_player.mediaStatus() >= QMediaPlayer::LoadedMedia &&
            m_player.mediaStatus() <= QMediaPlayer::BufferedMedia)
            fail(tr("“%1” has no video track").arg(fileText()));
    });
    connect(&m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        setActive(!m_failed && m_player.playbackState() == QMediaPlayer::PlayingState);
    });
}

MediaFileSource::~MediaFileSource()
{
    stop();
}

void MediaFileSource::setSource(const QUrl &url)
{
    if (url == m_source)
        return;
    m_source = url;
    m_failed = false;
    m_position = 0;
    m_loopsCompleted = 0;
    setErrorString({});
    setDisplayName(url.isEmpty() ? tr("Media file")
                                 : (url.isLocalFile() ? QFileInfo(url.toLocalFile()).fileName()
                                                      : url.toDisplayString()));
    const QString problem = url.isEmpty() ? QString() : checkLocalFile();
    m_fileOk = !url.isEmpty() && problem.isEmpty();
    m_player.stop();
    m_player.setSource(m_fileOk ? url : QUrl());
    Q_EMIT sourceChanged();
    Q_EMIT positionChanged();
    Q_EMIT loopsCompletedChanged();
    if (!problem.isEmpty())
        fail(problem);
    else if (m_wanted)
        play();
}

void MediaFileSource::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged();
    if (m_wanted)
        play();
}

void MediaFileSource::setLoadTimeoutMs(int ms)
{
    ms = qMax(ms, kWatchdogIntervalMs);
    if (ms == m_loadTimeoutMs)
        return;
    m_loadTimeoutMs = ms;
    Q_EMIT loadTimeoutMsChanged();
}

qint64 MediaFileSource::duration() const
{
    return m_player.duration();
}

void MediaFileSource::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    if (m_source.isEmpty()) {
        fail(tr("No media file chosen"));
        return;
    }
    play();
}

void MediaFileSource::stop()
{
    m_wanted = false;
    m_loadWatchdog.stop();
    m_player.stop();
    setActive(false);
}

void MediaFileSource::onVideoSinkChanged()
{
    m_relay.setTarget(videoSink());
}

QString MediaFileSource::fileText() const
{
    return m_source.isLocalFile() ? QDir::toNativeSeparators(m_source.toLocalFile())
                                  : m_source.toDisplayString();
}

QString MediaFileSource::checkLocalFile() const
{
    if (!m_source.isLocalFile())
        return {};
    const QFileInfo file(m_source.toLocalFile());
    if (!file.exists())
        return tr("Media file “%1” does not exist").arg(fileText());
    if (file.isDir())
        return tr("“%1” is a folder, not a media file").arg(fileText());
    if (!file.isReadable())
        return tr("Media file “%1” cannot be read (permission denied)").arg(fileText());
    if (file.size() == 0)
        return tr("Media file “%1” is empty").arg(fileText());
    return {};
}

void MediaFileSource::play()
{
    if (!m_fileOk || m_failed)
        return;
    if (m_paused) {
        m_loadWatchdog.stop();
        m_player.pause();
        return;
    }
    m_framesAtPlay = m_relay.framesForwarded();
    m_sincePlay.start();
    m_loadWatchdog.start();
    m_player.play();
}

void MediaFileSource::checkFirstPicture()
{
    if (m_relay.framesForwarded() != m_framesAtPlay) {
        m_loadWatchdog.stop();
        return;
    }
    if (m_sincePlay.elapsed() >= m_loadTimeoutMs) {
        fail(tr("Cannot play “%1”: no picture after %2 s; the file may be damaged or incomplete")
                 .arg(fileText())
                 .arg(m_loadTimeoutMs / 1000.0, 0, 'g', 2));
    }
}

void MediaFileSource::fail(const QString &message)
{
    // The first message is the most telling; what follows is the pipeline falling over.
    if (m_failed)
        return;
    m_failed = true;
    m_loadWatchdog.stop();
    m_player.stop();
    setActive(false);
    setErrorString(message);
}

void MediaFileSource::onPlayerError(QMediaPlayer::Error error, const QString &message)
{
    if (error == QMediaPlayer::NoError)
        return;
    // Qt's GStreamer backend has no sink for sound, so a clip with only sound fails with a
    // bare "Internal data stream error"; say what is really wrong.
    if (m_player.hasAudio() && !m_player.hasVideo()) {
        fail(tr("“%1” has no video track").arg(fileText()));
        return;
    }
    const QString reason =
        message.isEmpty() ? tr("the file is damaged or not a media file") : message;
    fail(tr("Cannot play “%1”: %2").arg(fileText(), reason));
}

void MediaFileSource::onMediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    if (status == QMediaPlayer::InvalidMedia) {
        if (!m_failed)
            fail(tr("Cannot play “%1”: the file is damaged or not a media file").arg(fileText()));
        return;
    }
    if ((status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) &&
        !m_player.hasVideo() && !m_failed)
        fail(tr("“%1” has no video track").arg(fileText()));
}

void MediaFileSource::onPositionChanged(qint64 position)
{
    if (position + kWrapMs < m_position) {
        ++m_loopsCompleted;
        Q_EMIT loopsCompletedChanged();
    }
    m_position = position;
    Q_EMIT positionChanged();
}

} // namespace greenroom
