#include "BenchCpuKeyedItem.h"

#include "FrameTiming.h"
#include "ReferenceKeyer.h"

#include <QtGui/QImage>
#include <QtQuick/QQuickWindow>
#include <QtQuick/QSGSimpleTextureNode>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace greenroom {

namespace {

uchar toByte(float value)
{
    return uchar(std::lround(std::clamp(value, 0.0f, 1.0f) * 255.0f));
}

// How a 32-bit pixel of the converted image is laid out.
enum class PixelOrder {
    Argb32,                // QRgb in native order
    Argb32Premultiplied,   // QRgb, premultiplied
    Rgba8888,              // bytes R, G, B, A
    Rgba8888Premultiplied, // bytes R, G, B, A, premultiplied
};

std::optional<PixelOrder> pixelOrder(QImage::Format format)
{
    switch (format) {
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
        return PixelOrder::Argb32;
    case QImage::Format_ARGB32_Premultiplied:
        return PixelOrder::Argb32Premultiplied;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
        return PixelOrder::Rgba8888;
    case QImage::Format_RGBA8888_Premultiplied:
        return PixelOrder::Rgba8888Premultiplied;
    default:
        return std::nullopt;
    }
}

// Straight R'G'B'A in [0, 1] of the pixel at `px`.
Rgba straightPixel(const uchar *px, PixelOrder order)
{
    QRgb argb = 0;
    switch (order) {
    case PixelOrder::Argb32:
    case PixelOrder::Argb32Premultiplied:
        std::memcpy(&argb, px, sizeof argb);
        break;
    case PixelOrder::Rgba8888:
    case PixelOrder::Rgba8888Premultiplied:
        argb = qRgba(px[0], px[1], px[2], px[3]);
        break;
    }
    if (order == PixelOrder::Argb32Premultiplied || order == PixelOrder::Rgba8888Premultiplied)
        argb = qUnpremultiply(argb);
    return {float(qRed(argb)) / 255.0f, float(qGreen(argb)) / 255.0f, float(qBlue(argb)) / 255.0f,
            float(qAlpha(argb)) / 255.0f};
}

} // namespace

BenchCpuKeyedItem::BenchCpuKeyedItem(const KeyUniforms &key, QQuickItem *parent)
    : QQuickItem(parent), m_key(key), m_sink(new QVideoSink(this))
{
    setFlag(ItemHasContents);
    connect(
        m_sink, &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame &frame) { presentFrame(frame); }, Qt::DirectConnection);
}

BenchCpuKeyedItem::~BenchCpuKeyedItem() = default;

void BenchCpuKeyedItem::presentFrame(const QVideoFrame &frame)
{
    const qint64 arrivalNs = monotonicNs();
    const ScopedCodeTimer timer(m_counters.handOverCodeNs);
    const quint64 sequence = m_counters.framesReceived.fetch_add(1, std::memory_order_relaxed) + 1;
    if (m_pending.put({frame, sequence, arrivalNs}))
        m_counters.framesDropped.fetch_add(1, std::memory_order_relaxed);
    m_update.request(this, m_counters.handOverCodeNs);
}

QImage BenchCpuKeyedItem::keyedImage(const QVideoFrame &frame)
{
    auto countCopy = [this](const QImage &image) {
        m_counters.cpuCopies.fetch_add(1, std::memory_order_relaxed);
        m_counters.cpuCopyBytes.fetch_add(quint64(image.sizeInBytes()), std::memory_order_relaxed);
    };

    // Copy 1: the frame's planes converted into a new 32-bit RGB image.
    QImage rgb = frame.toImage();
    if (rgb.isNull())
        return {};
    countCopy(rgb);
    std::optional<PixelOrder> order = pixelOrder(rgb.format());
    if (!order) { // not a format read directly below: one more copy
        rgb = rgb.convertToFormat(QImage::Format_ARGB32);
        countCopy(rgb);
        order = PixelOrder::Argb32;
    }

    // Copy 2: every pixel keyed into a new premultiplied image, which the scene graph uploads
    // as it is (RGBA8, no further conversion).
    QImage keyed(rgb.size(), QImage::Format_RGBA8888_Premultiplied);
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *in = rgb.constScanLine(y);
        uchar *out = keyed.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x, in += 4, out += 4) {
            const Rgba keyedPixel = keyColor(straightPixel(in, *order), m_key);
            for (std::size_t c = 0; c < 4; ++c)
                out[c] = toByte(keyedPixel[c]);
        }
    }
    countCopy(keyed);
    return keyed;
}

QSGNode *BenchCpuKeyedItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    const ScopedCodeTimer timer(m_counters.renderCodeNs);
    std::optional<decltype(m_pending)::Entry> taken = m_pending.take();
    const bool freshFrame = taken.has_value();
    const QVideoFrame frame = freshFrame ? std::move(taken->frame) : QVideoFrame();
    const quint64 sequence = freshFrame ? taken->sequence : 0;
    const qint64 arrivalNs = freshFrame ? taken->arrivalNs : 0;

    auto *node = static_cast<QSGSimpleTextureNode *>(oldNode);
    if (freshFrame) {
        const QImage image = keyedImage(frame);
        if (!image.isNull()) {
            if (!node) {
                node = new QSGSimpleTextureNode;
                node->setOwnsTexture(true);
                node->setFiltering(QSGTexture::Linear);
            }
            // A new texture per frame, as QQuickWindow::createTextureFromImage is used in
            // practice; the old one is deleted by the node.
            node->setTexture(window()->createTextureFromImage(image));
            m_counters.framesUploaded.fetch_add(1, std::memory_order_relaxed);
            m_counters.planeUploads.fetch_add(1, std::memory_order_relaxed);
            m_counters.bytesUploaded.fetch_add(quint64(image.sizeInBytes()),
                                               std::memory_order_relaxed);
            m_counters.textureCreations.fetch_add(1, std::memory_order_relaxed);
            m_imageSize = image.size();
            m_counters.takenArrivalNs.store(arrivalNs, std::memory_order_relaxed);
            m_counters.takenSequence.store(sequence, std::memory_order_release);
        }
    }
    if (!node)
        return nullptr;

    // Fit, centred, as the keyed path shows it.
    QSizeF shown = QSizeF(m_imageSize);
    shown.scale(size(), Qt::KeepAspectRatio);
    node->setRect(
        QRectF(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown));
    return node;
}

} // namespace greenroom
