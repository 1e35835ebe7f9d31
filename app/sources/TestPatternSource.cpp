#include "TestPatternSource.h"

#include "FrameWriter.h"
#include "TestPatternScene.h"

#include <QtCore/QPointer>

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

constexpr qreal kMaxFrameRate = 240.0;

} // namespace

TestPatternSource::TestPatternSource(QObject *parent) : FrameSource(parent)
{
    setDisplayName(tr("Test pattern"));
    // Re-armed for each frame's due time: a coarse timer would beat against the frame rate.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TestPatternSource::deliverDueFrame);
    settingsChanged();
}

TestPatternSource::~TestPatternSource()
{
    stop();
}

void TestPatternSource::setFrameSize(QSize size)
{
    if (size == m_frameSize)
        return;
    if (size.isEmpty()) {
        setErrorString(tr("The test pattern needs a frame size of at least 1x1"));
        return;
    }
    m_frameSize = size;
    settingsChanged();
    Q_EMIT frameSizeChanged();
}

void TestPatternSource::setFrameRate(qreal framesPerSecond)
{
    if (qFuzzyCompare(framesPerSecond, m_frameRate))
        return;
    if (!(framesPerSecond > 0.0 && framesPerSecond <= kMaxFrameRate)) {
        setErrorString(
            tr("The test pattern's frame rate must be above 0 and at most %1").arg(kMaxFrameRate));
        return;
    }
    m_frameRate = framesPerSecond;
    settingsChanged();
    restartTimeline();
    Q_EMIT frameRateChanged();
}

void TestPatternSource::setPixelFormat(QVideoFrameFormat::PixelFormat format)
{
    if (format == m_pixelFormat)
        return;
    if (!isWritableFormat(format)) {
        setErrorString(tr("The test pattern cannot write pixel format %1")
                           .arg(QVideoFrameFormat::pixelFormatToString(format)));
        return;
    }
    m_pixelFormat = format;
    settingsChanged();
    Q_EMIT pixelFormatChanged();
}

void TestPatternSource::setSeed(quint32 seed)
{
    if (seed == m_seed)
        return;
    m_seed = seed;
    settingsChanged();
    Q_EMIT seedChanged();
}

void TestPatternSource::setColorMatrix(YCbCrMatrix matrix)
{
    if (matrix == m_colorMatrix)
        return;
    m_colorMatrix = matrix;
    settingsChanged();
    Q_EMIT colorMatrixChanged();
}

void TestPatternSource::setColorRange(YCbCrRange range)
{
    if (range == m_colorRange)
        return;
    m_colorRange = range;
    settingsChanged();
    Q_EMIT colorRangeChanged();
}

void TestPatternSource::start()
{
    if (isActive())
        return;
    m_clock.start();
    restartTimeline();
    setActive(true);
    deliverDueFrame(); // the first frame at once, not one period late
}

void TestPatternSource::stop()
{
    m_timer.stop();
    setActive(false);
}

int TestPatternSource::loopFrameCount() const
{
    return int(m_cache.size());
}

QVideoFrame TestPatternSource::frameAt(int index)
{
    const int count = loopFrameCount();
    const auto slot = std::size_t(((index % count) + count) % count);
    QVideoFrame &cached = m_cache[slot];
    if (cached.isValid() || m_encodeFailed)
        return cached;

    // Frames sample the scene's loop evenly, so the last frame leads smoothly into the first.
    const double time = double(slot) * kTestPatternLoopSeconds / double(m_fullLoopFrames);
    cached = encodeFrame(renderCameraView(m_frameSize, time, m_seed), m_pixelFormat, m_colorMatrix,
                         m_colorRange);
    if (!cached.isValid()) {
        m_encodeFailed = true;
        setErrorString(tr("Qt cannot hold %1x%2 frames in pixel format %3")
                           .arg(m_frameSize.width())
                           .arg(m_frameSize.height())
                           .arg(QVideoFrameFormat::pixelFormatToString(m_pixelFormat)));
    }
    return cached;
}

void TestPatternSource::deliverDueFrame()
{
    if (!isActive())
        return;
    // Latest wins: after a late tick deliver the newest due frame, never a backlog.
    const qint64 elapsedUs = m_clock.nsecsElapsed() / 1000;
    const auto dueNumber =
        qint64(std::floor(double(elapsedUs - m_timelineStartUs) * m_frameRate / 1e6));
    const qint64 number = std::max(m_nextFrameNumber, dueNumber);
    m_nextFrameNumber = number + 1;

    if (QVideoSink *sink = videoSink()) {
        // The cached frame is shared with the cache; its times are rewritten each time it
        // comes round again (by then consumers hold newer frames).
        QVideoFrame frame = frameAt(int(number % loopFrameCount()));
        if (frame.isValid()) {
            frame.setStartTime(frameStartUs(number));
            frame.setEndTime(frameStartUs(number + 1));
            // A receiver of the sink's signal may stop or even delete this source.
            const QPointer<TestPatternSource> alive(this);
            sink->setVideoFrame(frame);
            if (!alive)
                return;
        }
    }
    scheduleNextFrame();
}

void TestPatternSource::scheduleNextFrame()
{
    if (!isActive())
        return;
    const qint64 waitUs = frameStartUs(m_nextFrameNumber) - m_clock.nsecsElapsed() / 1000;
    m_timer.start(int(std::max<qint64>(0, (waitUs + 999) / 1000)));
}

qint64 TestPatternSource::frameStartUs(qint64 number) const
{
    return m_timelineStartUs + qint64(std::llround(double(number) * 1e6 / m_frameRate));
}

qsizetype TestPatternSource::frameBytes() const
{
    // Qt's own allocation for this size and format (no pixels are touched).
    QVideoFrame probe(QVideoFrameFormat(m_frameSize, m_pixelFormat));
    if (!probe.map(QVideoFrame::ReadOnly))
        return qsizetype(m_frameSize.width()) * m_frameSize.height() * 4;
    qsizetype bytes = 0;
    for (int plane = 0; plane < probe.planeCount(); ++plane)
        bytes += probe.mappedBytes(plane);
    probe.unmap();
    return std::max<qsizetype>(bytes, 1);
}

void TestPatternSource::settingsChanged()
{
    m_fullLoopFrames = std::max(1, int(std::lround(kTestPatternLoopSeconds * m_frameRate)));
    // At least two frames, so consecutive frames differ (sinks ignore a repeated frame).
    const auto fitting = int(std::clamp<qsizetype>(kCacheBudgetBytes / frameBytes(), 2, 1 << 20));
    m_cache.assign(std::size_t(std::min(m_fullLoopFrames, fitting)), QVideoFrame());
    m_encodeFailed = false;
    setErrorString({});
}

void TestPatternSource::restartTimeline()
{
    m_timelineStartUs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
    m_nextFrameNumber = 0;
}

} // namespace greenroom
