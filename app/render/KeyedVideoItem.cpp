#include "KeyedVideoItem.h"

#include "FrameTiming.h"
#include "KeyNode.h"
#include "KeyUniforms.h"
#include "QtCompat.h"
#include "QtFrameTextureCompat.h"

#include <QtCore/QDebug>

#include <algorithm>
#include <array>
#include <cmath>

namespace greenroom {

namespace {

// keyer.frag's viewInfo for a view mode. For split view the divider, given in item coordinates,
// becomes a position along whichever texture axis runs left to right on screen (rotation and
// mirroring decide which, and which way), so the shader needs no screen coordinates.
std::array<float, 4> viewInfo(KeyedVideoItem::ViewMode mode, qreal dividerX,
                              const VideoGeometry &geometry)
{
    std::array<float, 4> info{float(mode), 0.0f, 0.0f, 1.0f};
    if (mode != KeyedVideoItem::Split || geometry.isEmpty())
        return info;
    const QPointF left = geometry.texCoords[0]; // top left
    const QPointF across = geometry.texCoords[1] - left;
    const bool alongV = std::abs(across.y()) > std::abs(across.x());
    const qreal t = (dividerX - geometry.target.left()) / geometry.target.width();
    const QPointF at = left + t * across;
    const qreal direction = alongV ? across.y() : across.x();
    info[1] = float(alongV ? at.y() : at.x());
    info[2] = alongV ? 1.0f : 0.0f;
    info[3] = direction >= 0 ? 1.0f : -1.0f;
    return info;
}

} // namespace

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
    const qint64 arrivalNs = monotonicNs();
    const ScopedCodeTimer timer(m_counters->handOverCodeNs);
    const quint64 sequence = m_counters->framesReceived.fetch_add(1, std::memory_order_relaxed) + 1;
    // Mapped here, on the thread that delivers the frame, rather than in updatePaintNode, where
    // the GUI thread waits for the render thread: mapping is where a hardware-decoded frame is
    // copied into memory (Qt's FFmpeg backend downloads it in map()), so that copy runs beside
    // rendering instead of stalling both threads.
    auto mapped = std::make_unique<MappedFrame>(frame);
    if (m_pending.put({std::move(mapped), sequence, arrivalNs}))
        m_counters->framesDropped.fetch_add(1, std::memory_order_relaxed);
    m_update.request(this, m_counters->handOverCodeNs);
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

void KeyedVideoItem::setCleanPlate(const CleanPlate &plate)
{
    if (plate == m_plate)
        return;
    m_plate = plate;
    m_plateDirty = true;
    update();
    Q_EMIT cleanPlateChanged();
}

void KeyedVideoItem::setFillMode(FillMode mode)
{
    if (mode == m_fillMode)
        return;
    m_fillMode = mode;
    update();
    Q_EMIT fillModeChanged();
}

void KeyedVideoItem::setViewMode(ViewMode mode)
{
    if (mode == m_viewMode)
        return;
    m_viewMode = mode;
    update();
    Q_EMIT viewModeChanged();
}

void KeyedVideoItem::setSplitPosition(qreal position)
{
    position = std::isnan(position) ? 0.5 : std::clamp(position, 0.0, 1.0);
    if (qFuzzyCompare(position, m_splitPosition))
        return;
    m_splitPosition = position;
    update();
    Q_EMIT splitPositionChanged();
}

void KeyedVideoItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        update();
}

void KeyedVideoItem::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change != ItemSceneChange)
        return;
    disconnect(m_sceneGraphInvalidated);
    if (!value.window)
        return;
    // The graphics device is going away: the sink must not hand out textures made for it.
    // Emitted on the render thread, like updatePaintNode.
    m_sceneGraphInvalidated = connect(
        value.window, &QQuickWindow::sceneGraphInvalidated, this,
        [this] { offerRhiToSink(nullptr); }, Qt::DirectConnection);
}

QRhi *KeyedVideoItem::windowRhi() const
{
    QSGRendererInterface *ri = window()->rendererInterface();
    return static_cast<QRhi *>(ri->getResource(window(), QSGRendererInterface::RhiResource));
}

void KeyedVideoItem::offerRhiToSink(QRhi *rhi)
{
    // A sink that knows the window's QRhi lets hardware decoders and GPU capture deliver frames
    // as textures on it (as Qt's VideoOutput does), which KeyMaterial then draws from without
    // mapping or uploading them. Only where this build can read such frames' textures: others
    // would have to copy every such frame off the GPU to map it.
    if (!compat::frameTexturesAvailable() || rhi == m_sinkRhi)
        return;
    m_sinkRhi = rhi;
    m_sink->setRhi(rhi);
}

QSGNode *KeyedVideoItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    const ScopedCodeTimer timer(m_counters->renderCodeNs);
    QRhi *const rhi = windowRhi();
    offerRhiToSink(rhi);
    std::optional<decltype(m_pending)::Entry> taken = m_pending.take();
    const bool freshFrame = taken.has_value();
    std::unique_ptr<MappedFrame> mapped = freshFrame ? std::move(taken->frame) : nullptr;
    const QVideoFrame frame = mapped ? mapped->frame() : QVideoFrame();
    const quint64 sequence = freshFrame ? taken->sequence : 0;
    const qint64 arrivalNs = freshFrame ? taken->arrivalNs : 0;

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
            // A node lives as long as the window's graphics device.
            node->setRhi(rhi);
        }
        const QString error = node->setFrame(std::move(mapped));
        publishFrameInfo({frame.size(), frame.pixelFormat(), error});
        m_hasDrawableFrame = error.isEmpty();
        if (m_hasDrawableFrame) {
            m_display = {frame.size(), compat::frameRotationDegrees(frame),
                         compat::frameMirrored(frame)};
            m_counters->takenArrivalNs.store(arrivalNs, std::memory_order_relaxed);
            m_counters->takenSequence.store(sequence, std::memory_order_release);
        }
    }
    if (!node || !m_hasDrawableFrame) {
        delete node; // nothing valid to show: show nothing rather than a stale or broken frame
        return nullptr;
    }

    if (m_paramsDirty || newNode) {
        node->setKeyUniforms(makeKeyUniforms(m_params));
        m_paramsDirty = false;
    }
    if (m_plateDirty || newNode) {
        node->setCleanPlate(m_plate);
        m_plateDirty = false;
    }
    const VideoGeometry geometry =
        computeVideoGeometry(size(), m_display.frameSize, m_display.rotationDegrees,
                             m_display.mirrored, greenroom::FillMode(m_fillMode));
    node->setVideoGeometry(geometry);
    node->setViewInfo(viewInfo(m_viewMode, m_splitPosition * width(), geometry));
    if (freshFrame)
        node->markDirty(QSGNode::DirtyMaterial);
    return node;
}

void KeyedVideoItem::publishFrameInfo(const FrameInfo &info)
{
    if (info == m_publishedInfo)
        return;
    m_publishedInfo = info;
    const auto apply = [this, info] { applyFrameInfo(info); };
    QMetaObject::invokeMethod(this, apply, Qt::QueuedConnection);
}

void KeyedVideoItem::applyFrameInfo(const FrameInfo &info)
{
    const QString formatName = info.pixelFormat == QVideoFrameFormat::Format_Invalid
                                   ? QString()
                                   : QVideoFrameFormat::pixelFormatToString(info.pixelFormat);
    if (info.size != m_frameSize || formatName != m_pixelFormatName) {
        const bool plateWasInUse = cleanPlateInUse();
        m_frameSize = info.size;
        m_pixelFormatName = formatName;
        Q_EMIT frameInfoChanged();
        if (cleanPlateInUse() != plateWasInUse)
            Q_EMIT cleanPlateChanged();
    }
    if (info.error != m_frameError) {
        m_frameError = info.error;
        if (!m_frameError.isEmpty())
            qWarning().noquote() << "Greenroom:" << m_frameError;
        Q_EMIT frameErrorChanged();
    }
}

} // namespace greenroom
