#include "FrameRouter.h"

namespace greenroom {

FrameRouter::FrameRouter(QObject *parent) : QObject(parent), m_sink(new QVideoSink(this))
{
    // Direct: frames are passed on in the thread that delivers them, with no queue between.
    connect(
        m_sink, &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame &frame) { route(frame); }, Qt::DirectConnection);
}

FrameRouter::~FrameRouter()
{
    m_sink->disconnect(this);
}

void FrameRouter::route(const QVideoFrame &frame)
{
    bool formatChanged = false;
    {
        QMutexLocker lock(&m_mutex);
        formatChanged = frame.size() != m_latest.size() ||
                        frame.pixelFormat() != m_latest.pixelFormat() || m_frameCount == 0;
        m_latest = frame;
        ++m_frameCount;
        if (!m_frozen) {
            m_shown = frame;
            if (m_preview)
                m_preview->presentFrame(frame);
            if (m_output)
                m_output->presentFrame(frame);
        }
    }
    if (formatChanged)
        Q_EMIT frameFormatChanged();
}

KeyedVideoItem *FrameRouter::preview() const
{
    QMutexLocker lock(&m_mutex);
    return m_preview;
}

void FrameRouter::setPreview(KeyedVideoItem *item)
{
    // The plate first, outside the lock (the item notifies): the first frame is keyed with it.
    if (item)
        item->setCleanPlate(m_plate);
    {
        QMutexLocker lock(&m_mutex);
        if (m_preview == item)
            return;
        m_preview = item;
        if (item && m_shown.isValid())
            item->presentFrame(m_shown);
    }
    Q_EMIT previewChanged();
}

KeyedVideoItem *FrameRouter::output() const
{
    QMutexLocker lock(&m_mutex);
    return m_output;
}

void FrameRouter::setOutput(KeyedVideoItem *item)
{
    // The plate first, outside the lock (the item notifies): the first frame is keyed with it.
    if (item)
        item->setCleanPlate(m_plate);
    {
        QMutexLocker lock(&m_mutex);
        if (m_output == item)
            return;
        m_output = item;
        if (item && m_shown.isValid())
            item->presentFrame(m_shown);
    }
    Q_EMIT outputChanged();
}

bool FrameRouter::frozen() const
{
    QMutexLocker lock(&m_mutex);
    return m_frozen;
}

void FrameRouter::setFrozen(bool frozen)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_frozen == frozen)
            return;
        m_frozen = frozen;
    }
    Q_EMIT frozenChanged();
}

QVideoFrame FrameRouter::latestFrame() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest;
}

QVideoFrame FrameRouter::shownFrame() const
{
    QMutexLocker lock(&m_mutex);
    return m_shown;
}

quint64 FrameRouter::frameCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_frameCount;
}

QSize FrameRouter::latestFrameSize() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest.size();
}

QVideoFrameFormat::PixelFormat FrameRouter::latestPixelFormat() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest.pixelFormat();
}

void FrameRouter::setCleanPlate(const CleanPlate &plate)
{
    // The items are set and read on the GUI thread; route() only presents frames to them.
    m_plate = plate;
    if (KeyedVideoItem *item = preview())
        item->setCleanPlate(plate);
    if (KeyedVideoItem *item = output())
        item->setCleanPlate(plate);
}

} // namespace greenroom
