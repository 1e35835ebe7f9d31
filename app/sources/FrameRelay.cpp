#include "FrameRelay.h"

#include <QtCore/QMutexLocker>

namespace greenroom {

FrameRelay::FrameRelay(QObject *parent) : QObject(parent), m_input(new QVideoSink(this))
{
    connectInput();
}

QVideoSink *FrameRelay::freshInput()
{
    m_input->disconnect(this);
    // Later, so that events still queued for the old sink's backend die with it.
    m_input->deleteLater();
    m_input = new QVideoSink(this);
    connectInput();
    return m_input;
}

void FrameRelay::connectInput()
{
    // Direct: the backend's thread hands the frame on at once; nothing is queued per frame.
    connect(
        m_input, &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame &frame) { forward(frame); }, Qt::DirectConnection);
}

FrameRelay::~FrameRelay()
{
    setTarget(nullptr);
}

void FrameRelay::setTarget(QVideoSink *target)
{
    QMutexLocker lock(&m_targetMutex);
    if (m_target == target)
        return;
    disconnect(m_targetDestroyed);
    m_target = target;
    if (target) {
        // Direct, so the pointer is cleared before the sink's memory goes.
        m_targetDestroyed = connect(
            target, &QObject::destroyed, this,
            [this] {
                const QMutexLocker innerLock(&m_targetMutex);
                m_target = nullptr;
            },
            Qt::DirectConnection);
    }
}

void FrameRelay::forward(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    m_forwarded.fetch_add(1, std::memory_order_acq_rel);
    // The lock is held while the target takes the frame, so the target cannot be swapped or
    // dropped half-way; the target's own receivers must not call back into this relay.
    const QMutexLocker lock(&m_targetMutex);
    if (m_target)
        m_target->setVideoFrame(frame);
}

} // namespace greenroom
