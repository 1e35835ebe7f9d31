#include "SourceTextures.h"

#include "QtFrameTextureCompat.h"

namespace greenroom {

#if GREENROOM_FRAME_TEXTURES

struct SourceTextures::Borrowed {
    std::unique_ptr<QVideoFrameTextures> textures;
};

bool SourceTextures::canBorrow(const QVideoFrame &frame)
{
    return frame.handleType() == QVideoFrame::RhiTextureHandle && frame.videoBuffer();
}

std::unique_ptr<SourceTextures> SourceTextures::borrow(const QVideoFrame &frame, QRhi *rhi)
{
    if (!rhi || !canBorrow(frame))
        return nullptr;
    std::unique_ptr<QVideoFrameTextures> textures = frame.videoBuffer()->mapTextures(rhi);
    if (!textures)
        return nullptr;
    return std::unique_ptr<SourceTextures>(
        new SourceTextures(std::make_unique<Borrowed>(Borrowed{std::move(textures)})));
}

QRhiTexture *SourceTextures::texture(int plane) const
{
    return plane >= 0 ? m_borrowed->textures->texture(uint(plane)) : nullptr;
}

#else

struct SourceTextures::Borrowed {};

bool SourceTextures::canBorrow(const QVideoFrame &)
{
    return false;
}

std::unique_ptr<SourceTextures> SourceTextures::borrow(const QVideoFrame &, QRhi *)
{
    return nullptr;
}

QRhiTexture *SourceTextures::texture(int) const
{
    return nullptr;
}

#endif

SourceTextures::SourceTextures(std::unique_ptr<Borrowed> borrowed) : m_borrowed(std::move(borrowed))
{}

SourceTextures::~SourceTextures() = default;

} // namespace greenroom
