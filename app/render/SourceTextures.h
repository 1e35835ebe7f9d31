// The planes of a frame that arrives already on the GPU (QVideoFrame::RhiTextureHandle: a
// hardware decoder's or a GPU capture's own textures), borrowed for drawing without mapping the
// frame to memory or uploading anything. Render thread only: the textures belong to the QRhi
// the scene graph draws with.
#pragma once

#include "QtCompat.h"

#include <QtMultimedia/QVideoFrame>

#include <memory>

namespace greenroom {

class SourceTextures {
public:
    // Whether `frame` holds its planes as textures that this build can borrow (see
    // QtFrameTextureCompat.h). Any thread; looks at the frame only.
    static bool canBorrow(const QVideoFrame &frame);

    // The frame's plane textures on `rhi`, or null when the frame's buffer offers none for it
    // (another graphics API, or a backend that failed to import them).
    static std::unique_ptr<SourceTextures> borrow(const QVideoFrame &frame, QRhi *rhi);

    ~SourceTextures();
    SourceTextures(const SourceTextures &) = delete;
    SourceTextures &operator=(const SourceTextures &) = delete;

    // The texture of frame plane `plane`, or null when the frame has no such plane.
    QRhiTexture *texture(int plane) const;

private:
    struct Borrowed; // Qt's private QVideoFrameTextures, where this build has it
    explicit SourceTextures(std::unique_ptr<Borrowed> borrowed);

    std::unique_ptr<Borrowed> m_borrowed;
};

} // namespace greenroom
