#include "KeyMaterial.h"

#include "FrameSampler.h"
#include "KeyMaterialShader.h"

#include <array>

namespace greenroom {

KeyMaterial::KeyMaterial(std::shared_ptr<FrameCounters> counters) : m_counters(std::move(counters))
{
    // Premultiplied output blended by the scene graph over whatever lies below.
    setFlag(Blending);
    for (std::size_t slot = 0; slot < m_textures.size(); ++slot)
        m_textures[slot] = std::make_unique<PlaneTexture>(m_counters, slot == 0);
}

KeyMaterial::~KeyMaterial() = default;

KeyShaderVariant KeyMaterial::shaderVariant() const
{
    if (!m_layout)
        return {};
    return chooseKeyShaderVariant(*m_layout, m_key, m_textureGather);
}

QSGMaterialType *KeyMaterial::type() const
{
    static std::array<QSGMaterialType, KeyShaderVariant::kCount> types;
    return &types[std::size_t(shaderVariant().index())];
}

QSGMaterialShader *KeyMaterial::createShader(QSGRendererInterface::RenderMode) const
{
    return new KeyMaterialShader(shaderVariant());
}

int KeyMaterial::compare(const QSGMaterial *other) const
{
    // Every keyed video has its own textures: never batch two of them together.
    const auto *o = static_cast<const KeyMaterial *>(other);
    return this == o ? 0 : (this < o ? -1 : 1);
}

QString KeyMaterial::setFrame(std::unique_ptr<MappedFrame> mapped)
{
    Q_ASSERT(mapped);
    FrameLayoutResult described = describeFrame(mapped->frame().surfaceFormat());
    if (!described.layout) {
        m_layout.reset();
        m_mapped.reset();
        return described.error;
    }
    const FrameLayout &layout = *described.layout;

    if (!mapped->isMapped()) {
        m_layout.reset();
        m_mapped.reset();
        return QStringLiteral("Frame of %1 could not be mapped for reading")
            .arg(QVideoFrameFormat::pixelFormatToString(layout.pixelFormat));
    }
    const std::array<MappedPlane, 3> planes = mapped->planes();
    if (QString error = validatePlanes(layout, mapped->planeCount(), planes); !error.isEmpty()) {
        m_layout.reset();
        m_mapped.reset();
        return error;
    }

    for (int slot = 0; slot < 3; ++slot) {
        PlaneTexture *texture = m_textures[std::size_t(slot)].get();
        if (slot >= layout.textureCount) {
            texture->setPlaceholder();
            continue;
        }
        const MappedPlane &plane = planes[std::size_t(layout.sample.framePlane[std::size_t(slot)])];
        texture->setPendingUpload(layout.textures[std::size_t(slot)], plane.data,
                                  plane.bytesPerLine, uploadBytes(layout, slot, plane));
    }
    // The previous frame is unmapped only now: its upload has been submitted already.
    m_mapped = std::move(mapped);
    m_layout = layout;
    return {};
}

} // namespace greenroom
