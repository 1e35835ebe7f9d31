// A QVideoFrame mapped for reading for as long as this object lives. KeyedVideoItem maps each
// frame on the thread that delivers it (see presentFrame). The plane textures upload straight
// from the mapped memory, and the graphics backend may read it when the frame is submitted, so
// the mapping must outlive the upload: KeyMaterial keeps the MappedFrame until a newer frame
// replaces it.
//
// A frame whose planes are already GPU textures (SourceTextures::canBorrow) is left unmapped:
// the material draws from its textures, and maps it (mapNow) only when it cannot.
#pragma once

#include "FrameLayout.h"

#include <QtMultimedia/QVideoFrame>

namespace greenroom {

class MappedFrame {
public:
    MappedFrame() = default;
    explicit MappedFrame(const QVideoFrame &frame);
    ~MappedFrame();

    MappedFrame(const MappedFrame &) = delete;
    MappedFrame &operator=(const MappedFrame &) = delete;

    const QVideoFrame &frame() const { return m_frame; }
    bool isMapped() const { return m_mapped; }
    // Whether the frame was left unmapped because its planes are GPU textures to borrow.
    bool isOnGpu() const { return m_onGpu; }
    // Maps a frame left on the GPU after all (where its textures cannot be used); true when it
    // is mapped.
    bool mapNow();
    int planeCount() const;
    std::array<MappedPlane, 3> planes() const;

private:
    QVideoFrame m_frame;
    bool m_mapped = false;
    bool m_onGpu = false;
};

} // namespace greenroom
