// A FrameSource that plays a recorded clip through QMediaPlayer into the keyer's sink, looping
// for as long as it runs, and pausable. Pictures pass through a FrameRelay: the empty frame the
// player sends when it seeks back to the start is held back, so the loop shows no blank frame.
//
// A missing, unreadable, truncated or non-video file gives a message naming the file, on
// errorString and on stderr; the source then shows nothing and stays inactive. A file that
// neither plays nor fails (a damaged file can leave Qt 6.4's GStreamer backend waiting for
// ever) counts as damaged once it has shown no picture for loadTimeoutMs while playing.
#pragma once

#include "FrameRelay.h"
#include "FrameSource.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QString>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtMultimedia/QMediaPlayer>

namespace greenroom {

class MediaFileSource : public FrameSource {
    Q_OBJECT
    QML_ELEMENT
    // The clip: a file URL (or any URL Qt Multimedia plays). Empty: none.
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    // A paused clip keeps its current picture on screen; start() and stop() leave it paused.
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    // Playback position and clip length in milliseconds.
    Q_PROPERTY(qint64 position READ position NOTIFY positionChanged)
    Q_PROPERTY(qint64 duration READ duration NOTIFY durationChanged)
    // How often the clip has wrapped round to its start since it was set.
    Q_PROPERTY(int loopsCompleted READ loopsCompleted NOTIFY loopsCompletedChanged)
    // How long playing may go without a first picture before the file counts as damaged.
    Q_PROPERTY(
        int loadTimeoutMs READ loadTimeoutMs WRITE setLoadTimeoutMs NOTIFY loadTimeoutMsChanged)

public:
    explicit MediaFileSource(QObject *parent = nullptr);
    ~MediaFileSource() override;

    QUrl source() const { return m_source; }
    // Checks a local file first (exists, is a file, readable, not empty); a running source
    // plays the new clip at once.
    void setSource(const QUrl &url);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    qint64 position() const { return m_position; }
    qint64 duration() const;
    int loopsCompleted() const { return m_loopsCompleted; }
    int loadTimeoutMs() const { return m_loadTimeoutMs; }
    void setLoadTimeoutMs(int ms);

    void start() override;
    void stop() override;

Q_SIGNALS:
    void sourceChanged();
    void pausedChanged();
    void positionChanged();
    void durationChanged();
    void loopsCompletedChanged();
    void loadTimeoutMsChanged();

protected:
    void onVideoSinkChanged() override;

private:
    // The file as people read it: a native path for local files, else the URL.
    QString fileText() const;
    // Empty when the local file looks playable, else why not.
    QString checkLocalFile() const;
    void play();
    void fail(const QString &message);
    void onPlayerError(QMediaPlayer::Error error, const QString &message);
    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void onPositionChanged(qint64 position);
    void checkFirstPicture();

    QUrl m_source;
    bool m_fileOk = false; // m_source is set and passed checkLocalFile
    bool m_wanted = false; // start() was called and stop() was not
    bool m_paused = false;
    bool m_failed = false;
    qint64 m_position = 0;
    int m_loopsCompleted = 0;
    int m_loadTimeoutMs = 10000;
    quint64 m_framesAtPlay = 0;
    QElapsedTimer m_sincePlay;
    QTimer m_loadWatchdog;

    // The player goes before the relay it delivers into.
    FrameRelay m_relay;
    QMediaPlayer m_player;
};

} // namespace greenroom
