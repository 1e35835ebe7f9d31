#include "PlaneTexture.h"

#include <QtCore/QDebug>

namespace greenroom {

namespace {
const uchar kPlaceholderTexel[4] = {0, 0, 0, 0};
}

PlaneTexture::PlaneTexture(std::shared_ptr<FrameCounters> counters, bool countsFrames)
    : m_counters(std::move(counters)), m_countsFrames(countsFrames)
{
    setHorizontalWrapMode(ClampToEdge);
    setVerticalWrapMode(ClampToEdge);
    // One level per plane: each plane is uploaded once, at its own size, and nothing else.
    setMipmapFiltering(None);
}

PlaneTexture::~PlaneTexture() = default;

void PlaneTexture::setPendingUpload(const PlaneTextureDesc &desc, const uchar *data,
                                    int bytesPerLine, qsizetype bytes)
{
    m_desc = desc;
    m_placeholder = false;
    m_borrowed = nullptr;
    m_borrowedPending = false;
    setFiltering(desc.filtering);
    m_pending = {data, bytesPerLine, bytes};
    m_hasPending = true;
}

void PlaneTexture::setBorrowed(const PlaneTextureDesc &desc, QRhiTexture *texture)
{
    m_desc = desc;
    m_placeholder = false;
    setFiltering(desc.filtering);
    m_borrowed = texture;
    m_borrowedPending = true;
    m_hasPending = false;
}

void PlaneTexture::setPlaceholder()
{
    if (m_placeholder)
        return;
    m_placeholder = true;
    m_borrowed = nullptr;
    m_borrowedPending = false;
    m_desc = {QRhiTexture::RGBA8, QSize(1, 1), 4, QSGTexture::Nearest};
    setFiltering(Nearest);
    m_pending = {kPlaceholderTexel, 4, 4};
    m_hasPending = true;
}

qint64 PlaneTexture::comparisonKey() const
{
    const QRhiTexture *texture = rhiTexture();
    return qint64(
        qintptr(texture ? static_cast<const void *>(texture) : static_cast<const void *>(this)));
}

bool PlaneTexture::ensureTexture(QRhi *rhi)
{
    if (m_texture && m_texture->format() == m_desc.format && m_texture->pixelSize() == m_desc.size)
        return true;
    m_texture.reset(rhi->newTexture(m_desc.format, m_desc.size));
    if (!m_texture->create()) {
        qWarning("Greenroom: could not create a %dx%d plane texture", m_desc.size.width(),
                 m_desc.size.height());
        m_texture.reset();
        return false;
    }
    if (!m_placeholder)
        m_counters->textureCreations.fetch_add(1, std::memory_order_relaxed);
    return true;
}

void PlaneTexture::commitTextureOperations(QRhi *rhi, QRhiResourceUpdateBatch *resourceUpdates)
{
    if (m_borrowedPending) {
        m_borrowedPending = false;
        if (m_countsFrames)
            m_counters->framesBorrowed.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    if (!m_hasPending)
        return;
    m_hasPending = false;
    if (!ensureTexture(rhi))
        return;

    // fromRawData wraps the mapped frame without copying; the backend reads it when the batch
    // is submitted, which happens while the frame is still mapped (see MappedFrame).
    QRhiTextureSubresourceUploadDescription subresource(
        QByteArray::fromRawData(reinterpret_cast<const char *>(m_pending.data), m_pending.bytes));
    subresource.setDataStride(quint32(m_pending.bytesPerLine));
    resourceUpdates->uploadTexture(m_texture.get(),
                                   QRhiTextureUploadDescription({0, 0, subresource}));
    if (!m_placeholder) {
        m_counters->planeUploads.fetch_add(1, std::memory_order_relaxed);
        m_counters->bytesUploaded.fetch_add(quint64(m_pending.bytes), std::memory_order_relaxed);
        if (m_countsFrames)
            m_counters->framesUploaded.fetch_add(1, std::memory_order_relaxed);
    }
}

} // namespace greenroom
