#include "KeyMaterial.h"

#include "FrameSampler.h"
#include "KeyMaterialShader.h"
#include "TextureGatherSupport.h"

#include <array>

namespace greenroom {

namespace {

// Whether `texture`, lent by a frame, can be sampled as the keyer samples `slot` of `layout`,
// adapting the layout where the texture differs only in how it names packed RGB bytes: Qt
// describes BGRA and BGRX frames as BGRA8 textures, whose sampling swaps bytes 0 and 2 back,
// so the swizzle that picks R, G and B out of the texel swaps them too.
bool fitsTexture(FrameLayout &layout, int slot, const QRhiTexture &texture)
{
    PlaneTextureDesc &desc = layout.textures[std::size_t(slot)];
    if (texture.pixelSize() != desc.size)
        return false;
    if (texture.format() == desc.format)
        return true;
    if (layout.sample.mode != SampleMode::PackedRgb || desc.format != QRhiTexture::RGBA8 ||
        texture.format() != QRhiTexture::BGRA8)
        return false;
    for (int &byte : layout.sample.rgbaByte) {
        if (byte == 0 || byte == 2)
            byte = 2 - byte;
    }
    desc.format = QRhiTexture::BGRA8;
    return true;
}

} // namespace

KeyMaterial::KeyMaterial(std::shared_ptr<FrameCounters> counters)
    : m_counters(std::move(counters)), m_plate(std::make_unique<PlateTexture>(m_counters))
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
    return chooseKeyShaderVariant(*m_layout, m_key, m_textureGather, usesCleanPlate());
}

bool KeyMaterial::usesCleanPlate() const
{
    return m_layout && m_plateTextures && cleanPlate().fits(m_layout->frameSize);
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

void KeyMaterial::setRhi(QRhi *rhi)
{
    m_rhi = rhi;
    m_textureGather = supportsTextureGather(rhi);
    m_plateTextures = rhi && rhi->isTextureFormatSupported(QRhiTexture::RGBA32F);
}

void KeyMaterial::clearFrame()
{
    // Every plane lets go of the frame before it is unmapped and its lent textures are given
    // back: a material drawn without a frame samples placeholders, never freed memory.
    for (const std::unique_ptr<PlaneTexture> &texture : m_textures)
        texture->setPlaceholder();
    m_layout.reset();
    m_borrowed.reset();
    m_mapped.reset();
}

std::optional<FrameLayout> KeyMaterial::borrowTextures(const FrameLayout &frameLayout,
                                                       const MappedFrame &mapped)
{
    std::unique_ptr<SourceTextures> borrowed = SourceTextures::borrow(mapped.frame(), m_rhi);
    if (!borrowed)
        return std::nullopt;
    // The source's textures are sampled as they are: each must have the size and format of the
    // plane the keyer expects in its slot (Qt describes planes as Greenroom does for the
    // formats hardware delivers: NV12, P010, planar 4:2:0, packed 4:2:2; RGB see fitsTexture).
    FrameLayout layout = frameLayout;
    std::array<QRhiTexture *, 3> textures{};
    for (int slot = 0; slot < layout.textureCount; ++slot) {
        QRhiTexture *texture = borrowed->texture(layout.sample.framePlane[std::size_t(slot)]);
        if (!texture || !fitsTexture(layout, slot, *texture))
            return std::nullopt;
        textures[std::size_t(slot)] = texture;
    }
    for (int slot = 0; slot < 3; ++slot) {
        PlaneTexture *plane = m_textures[std::size_t(slot)].get();
        if (slot < layout.textureCount)
            plane->setBorrowed(layout.textures[std::size_t(slot)], textures[std::size_t(slot)]);
        else
            plane->setPlaceholder();
    }
    // The previous frame's textures are released only now, with nothing pointing at them.
    m_borrowed = std::move(borrowed);
    return layout;
}

QString KeyMaterial::setFrame(std::unique_ptr<MappedFrame> mapped)
{
    Q_ASSERT(mapped);
    FrameLayoutResult described = describeFrame(mapped->frame().surfaceFormat());
    if (!described.layout) {
        clearFrame();
        return described.error;
    }
    const FrameLayout &layout = *described.layout;

    if (mapped->isOnGpu()) {
        if (std::optional<FrameLayout> sampled = borrowTextures(layout, *mapped)) {
            m_mapped = std::move(mapped);
            m_layout = sampled;
            return {};
        }
        // Mapping copies the frame off the GPU: slower, but the picture stays right.
        m_counters->borrowFallbacks.fetch_add(1, std::memory_order_relaxed);
        mapped->mapNow();
    }

    if (!mapped->isMapped()) {
        clearFrame();
        return QStringLiteral("Frame of %1 could not be mapped for reading")
            .arg(QVideoFrameFormat::pixelFormatToString(layout.pixelFormat));
    }
    const std::array<MappedPlane, 3> planes = mapped->planes();
    if (QString error = validatePlanes(layout, mapped->planeCount(), planes); !error.isEmpty()) {
        clearFrame();
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
    m_borrowed.reset();
    m_mapped = std::move(mapped);
    m_layout = layout;
    return {};
}

} // namespace greenroom
