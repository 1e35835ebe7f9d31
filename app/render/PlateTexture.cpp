#include "PlateTexture.h"

#include <QtCore/QDebug>

namespace greenroom {

PlateTexture::PlateTexture(std::shared_ptr<FrameCounters> counters)
    : m_counters(std::move(counters))
{
    setHorizontalWrapMode(ClampToEdge);
    setVerticalWrapMode(ClampToEdge);
    // Read texel by texel (texelFetch): no filtering, no mipmaps.
    setFiltering(Nearest);
    setMipmapFiltering(None);
}

PlateTexture::~PlateTexture() = default;

void PlateTexture::setPlate(const CleanPlate &plate)
{
    if (plate == m_plate && (m_texture || !m_pending.isEmpty()))
        return;
    m_plate = plate;
    m_size = plate.isNull() ? QSize() : plate.grid.size();
    m_pending.clear();
    if (plate.isNull())
        return;
    // Each 16-bit code as the float the CPU reference computes from it (CleanPlate::cell).
    m_pending.resize(qsizetype(m_size.width()) * m_size.height() * 4 * qsizetype(sizeof(float)));
    auto *out = reinterpret_cast<float *>(m_pending.data());
    for (int j = 0; j < m_size.height(); ++j)
        for (int i = 0; i < m_size.width(); ++i) {
            const std::array<float, 3> c = plate.cell(i, j);
            *out++ = c[0];
            *out++ = c[1];
            *out++ = c[2];
            *out++ = 1.0f;
        }
}

qint64 PlateTexture::comparisonKey() const
{
    return qint64(qintptr(m_texture ? static_cast<const void *>(m_texture.get())
                                    : static_cast<const void *>(this)));
}

void PlateTexture::commitTextureOperations(QRhi *rhi, QRhiResourceUpdateBatch *resourceUpdates)
{
    if (m_pending.isEmpty())
        return;
    if (!m_texture || m_texture->pixelSize() != m_size) {
        m_texture.reset(rhi->newTexture(QRhiTexture::RGBA32F, m_size));
        if (!m_texture->create()) {
            qWarning("Greenroom: could not create a %dx%d clean plate texture", m_size.width(),
                     m_size.height());
            m_texture.reset();
            m_pending.clear();
            return;
        }
    }
    QRhiTextureSubresourceUploadDescription subresource(m_pending);
    resourceUpdates->uploadTexture(m_texture.get(),
                                   QRhiTextureUploadDescription({0, 0, subresource}));
    m_counters->plateUploads.fetch_add(1, std::memory_order_relaxed);
    m_pending.clear();
}

} // namespace greenroom
