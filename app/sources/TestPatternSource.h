// A FrameSource that plays the synthetic green-screen scene (TestPatternScene) at a chosen size,
// frame rate and pixel format, for use without a camera and for benchmarks. The scene loops
// every kTestPatternLoopSeconds; encoded frames are cached, so once the loop has played through
// the source costs next to nothing and benchmarks measure the keyer, not the generator.
#pragma once

#include "ColorSpace.h"
#include "FrameSource.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QSize>
#include <QtCore/QTimer>
#include <QtMultimedia/QVideoFrame>
#include <QtMultimedia/QVideoFrameFormat>

#include <vector>

namespace greenroom {

class TestPatternSource : public FrameSource {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QSize frameSize READ frameSize WRITE setFrameSize NOTIFY frameSizeChanged)
    Q_PROPERTY(qreal frameRate READ frameRate WRITE setFrameRate NOTIFY frameRateChanged)
    Q_PROPERTY(QVideoFrameFormat::PixelFormat pixelFormat READ pixelFormat WRITE setPixelFormat
                   NOTIFY pixelFormatChanged)
    Q_PROPERTY(quint32 seed READ seed WRITE setSeed NOTIFY seedChanged)
    Q_PROPERTY(greenroom::YCbCrMatrix colorMatrix READ colorMatrix WRITE setColorMatrix NOTIFY
                   colorMatrixChanged)
    Q_PROPERTY(greenroom::YCbCrRange colorRange READ colorRange WRITE setColorRange NOTIFY
                   colorRangeChanged)

public:
    // Encoded frames kept for the loop at most; past it the loop is cut short (see frameAt).
    static constexpr qsizetype kCacheBudgetBytes = qsizetype(256) * 1024 * 1024;

    explicit TestPatternSource(QObject *parent = nullptr);
    ~TestPatternSource() override;

    QSize frameSize() const { return m_frameSize; }
    void setFrameSize(QSize size);
    qreal frameRate() const { return m_frameRate; }
    void setFrameRate(qreal framesPerSecond);
    QVideoFrameFormat::PixelFormat pixelFormat() const { return m_pixelFormat; }
    // Refuses formats FrameWriter cannot write, keeping the current one and setting errorString.
    void setPixelFormat(QVideoFrameFormat::PixelFormat format);
    quint32 seed() const { return m_seed; }
    void setSeed(quint32 seed);
    YCbCrMatrix colorMatrix() const { return m_colorMatrix; }
    void setColorMatrix(YCbCrMatrix matrix);
    YCbCrRange colorRange() const { return m_colorRange; }
    void setColorRange(YCbCrRange range);

    void start() override;
    void stop() override;

    // Distinct frames in one loop: the scene's loop at the frame rate, cut short when that many
    // frames would not fit in kCacheBudgetBytes (the picture then jumps back early).
    int loopFrameCount() const;
    // Frame `index` of the loop (taken modulo loopFrameCount), encoded on first use and cached:
    // the same index gives the same pixels for the same settings. Invalid if the current size
    // cannot be held in the current format.
    QVideoFrame frameAt(int index);

Q_SIGNALS:
    void frameSizeChanged();
    void frameRateChanged();
    void pixelFormatChanged();
    void seedChanged();
    void colorMatrixChanged();
    void colorRangeChanged();

private:
    void deliverDueFrame();
    void scheduleNextFrame();
    // Presentation time of frame `number` of the current timeline, in microseconds since start().
    qint64 frameStartUs(qint64 number) const;
    qsizetype frameBytes() const;
    // Any setting that changes the pixels empties the cache and clears a stale errorString.
    void settingsChanged();
    // A new frame rate renumbers frames from now on, keeping presentation times increasing.
    void restartTimeline();

    QSize m_frameSize{1280, 720};
    qreal m_frameRate = 30.0;
    QVideoFrameFormat::PixelFormat m_pixelFormat = QVideoFrameFormat::Format_NV12;
    quint32 m_seed = 1;
    YCbCrMatrix m_colorMatrix = YCbCrMatrix::Bt709;
    YCbCrRange m_colorRange = YCbCrRange::Limited;

    std::vector<QVideoFrame> m_cache; // one slot per loop frame, filled on first use
    int m_fullLoopFrames = 1;         // frames in one scene loop at this frame rate
    bool m_encodeFailed = false;      // the size cannot be held in the format: stop trying
    QTimer m_timer;
    QElapsedTimer m_clock;        // runs from start()
    qint64 m_timelineStartUs = 0; // clock time of frame 0 of the current timeline
    qint64 m_nextFrameNumber = 0; // the next frame of the timeline to deliver
};

} // namespace greenroom
