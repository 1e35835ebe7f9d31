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
    QMutexLocker lock(&m_mutex);
    m_latest = frame;
    if (m_frozen)
        return;
    m_shown = frame;
    if (m_preview)
        m_preview->presentFrame(frame);
    if (m_output)
        m_output->presentFrame(frame);
}

KeyedVideoItem *FrameRouter::preview() const
{
    QMutexLocker lock(&m_mutex);
    return m_preview;
}

void FrameRouter::setPreview(KeyedVideoItem *item)
{
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

} // namespace greenroom
