#include "KeyedVideoItem.h"

#include "KeyNode.h"
#include "KeyUniforms.h"
#include "QtCompat.h"

#include <QtCore/QDebug>
#include <QtCore/QThread>

namespace greenroom {

KeyedVideoItem::KeyedVideoItem(QQuickItem *parent)
    : QQuickItem(parent), m_sink(new QVideoSink(this)),
      m_counters(std::make_shared<FrameCounters>())
{
    setFlag(ItemHasContents);
    // Direct: the sink may emit on a capture thread; presentFrame is thread-safe and cheap.
    connect(
        m_sink, &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame &frame) { presentFrame(frame); }, Qt::DirectConnection);
}

KeyedVideoItem::~KeyedVideoItem() = default;

void KeyedVideoItem::presentFrame(const QVideoFrame &frame)
{
    m_counters->framesReceived.fetch_add(1, std::memory_order_relaxed);
    {
        QMutexLocker lock(&m_pendingMutex);
        if (m_hasPendingFrame)
            m_counters->framesDropped.fetch_add(1, std::memory_order_relaxed);
        m_pendingFrame = frame;
        m_hasPendingFrame = true;
    }
    requestUpdate();
}

void KeyedVideoItem::requestUpdate()
{
    if (QThread::currentThread() == thread()) {
        update();
        return;
    }
    // One queued update at a time, however many frames arrive meanwhile.
    if (m_updateQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_updateQueued.store(false);
            update();
        },
        Qt::QueuedConnection);
}

void KeyedVideoItem::setKeyParams(const KeyParams &params)
{
    const KeyParams clamped = params.clamped();
    if (clamped == m_params)
        return;
    m_params = clamped;
    m_paramsDirty = true;
    update();
    Q_EMIT keyParamsChanged();
}

void KeyedVideoItem::setFillMode(FillMode mode)
{
    if (mode == m_fillMode)
        return;
    m_fillMode = mode;
    update();
    Q_EMIT fillModeChanged();
}

void KeyedVideoItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        update();
}

QSGNode *KeyedVideoItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    QVideoFrame frame;
    bool freshFrame = false;
    {
        QMutexLocker lock(&m_pendingMutex);
        if (m_hasPendingFrame) {
            frame = std::exchange(m_pendingFrame, QVideoFrame());
            m_hasPendingFrame = false;
            freshFrame = true;
        }
    }

    auto *node = static_cast<KeyNode *>(oldNode);
    bool newNode = false;
    if (freshFrame && frame.pixelFormat() == QVideoFrameFormat::Format_Invalid) {
        // A source that stops hands the sink an empty frame: clear the picture, no error.
        publishFrameInfo({});
        m_hasDrawableFrame = false;
    } else if (freshFrame) {
        if (!node) {
            node = new KeyNode(m_counters);
            newNode = true;
        }
        const QString error = node->setFrame(frame);
        publishFrameInfo({frame.size(), frame.pixelFormat(), error});
        m_hasDrawableFrame = error.isEmpty();
        if (m_hasDrawableFrame)
            m_display = {frame.size(), compat::frameRotationDegrees(frame),
                         compat::frameMirrored(frame)};
    }
    if (!node || !m_hasDrawableFrame) {
        delete node; // nothing valid to show: show nothing rather than a stale or broken frame
        return nullptr;
    }

    if (m_paramsDirty || newNode) {
        node->setKeyUniforms(makeKeyUniforms(m_params));
        m_paramsDirty = false;
    }
    node->setVideoGeometry(computeVideoGeometry(size(), m_display.frameSize,
                                                m_display.rotationDegrees, m_display.mirrored,
                                                greenroom::FillMode(m_fillMode)));
    if (freshFrame)
        node->markDirty(QSGNode::DirtyMaterial);
    return node;
}

void KeyedVideoItem::publishFrameInfo(const FrameInfo &info)
{
    if (info == m_publishedInfo)
        return;
    m_publishedInfo = info;
    QMetaObject::invokeMethod(
        this, [this, info] { applyFrameInfo(info); }, Qt::QueuedConnection);
}

void KeyedVideoItem::applyFrameInfo(const FrameInfo &info)
{
    const QString formatName = info.pixelFormat == QVideoFrameFormat::Format_Invalid
                                   ? QString()
                                   : QVideoFrameFormat::pixelFormatToString(info.pixelFormat);
    if (info.size != m_frameSize || formatName != m_pixelFormatName) {
        m_frameSize = info.size;
        m_pixelFormatName = formatName;
        Q_EMIT frameInfoChanged();
    }
    if (info.error != m_frameError) {
        m_frameError = info.error;
        if (!m_frameError.isEmpty())
            qWarning().noquote() << "Greenroom:" << m_frameError;
        Q_EMIT frameErrorChanged();
    }
}

} // namespace greenroom
