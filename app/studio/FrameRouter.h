// Hands each frame from the source to every view of it: the preview and, while it is open, the
// output window. Both KeyedVideoItems get the same QVideoFrame (implicitly shared: no copy of
// the pixels; each window uploads it to its own GPU context once). Freezing keeps the items on
// the last frame by not passing new ones on, and the newest frame is kept for the tools that
// look at the picture (eyedropper, auto-key, clean plate capture). Both views also get the same
// clean plate, an item set later included.
//
// Threads: the sink may emit on a capture thread; forwarding happens there, under a lock, and
// KeyedVideoItem::presentFrame is thread-safe.
#pragma once

#include "CleanPlate.h"
#include "KeyedVideoItem.h"

#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtMultimedia/QVideoFrame>
#include <QtMultimedia/QVideoSink>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class FrameRouter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FrameRouter belongs to a Studio")
    // Where sources deliver.
    Q_PROPERTY(QVideoSink *videoSink READ videoSink CONSTANT)
    Q_PROPERTY(
        greenroom::KeyedVideoItem *preview READ preview WRITE setPreview NOTIFY previewChanged)
    Q_PROPERTY(greenroom::KeyedVideoItem *output READ output WRITE setOutput NOTIFY outputChanged)
    Q_PROPERTY(bool frozen READ frozen WRITE setFrozen NOTIFY frozenChanged)

public:
    explicit FrameRouter(QObject *parent = nullptr);
    ~FrameRouter() override;

    QVideoSink *videoSink() const { return m_sink; }
    KeyedVideoItem *preview() const;
    void setPreview(KeyedVideoItem *item);
    KeyedVideoItem *output() const;
    // A newly set output gets the newest frame at once, so it never opens empty.
    void setOutput(KeyedVideoItem *item);
    bool frozen() const;
    void setFrozen(bool frozen);

    // The newest frame from the source (also while frozen); invalid before the first.
    QVideoFrame latestFrame() const;
    // The frame the views show: the newest, or the one they froze on.
    QVideoFrame shownFrame() const;
    // How many frames have arrived: a new frame is told from the last one by this count.
    quint64 frameCount() const;
    // The size and pixel format of the newest frame (invalid before the first, and after a
    // source stopped).
    QSize latestFrameSize() const;
    QVideoFrameFormat::PixelFormat latestPixelFormat() const;

    // The clean plate both views key against (null: none).
    const CleanPlate &cleanPlate() const { return m_plate; }
    void setCleanPlate(const CleanPlate &plate);

Q_SIGNALS:
    void previewChanged();
    void outputChanged();
    void frozenChanged();
    // The newest frame's size or pixel format changed. Emitted on the thread that delivers
    // frames: connect with a queued (or automatic) connection.
    void frameFormatChanged();

private:
    void route(const QVideoFrame &frame);

    QVideoSink *m_sink; // child
    mutable QMutex m_mutex;
    QPointer<KeyedVideoItem> m_preview;
    QPointer<KeyedVideoItem> m_output;
    bool m_frozen = false;
    QVideoFrame m_latest;
    QVideoFrame m_shown;
    quint64 m_frameCount = 0;
    CleanPlate m_plate; // GUI thread
};

} // namespace greenroom
