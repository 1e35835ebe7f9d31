// A QVideoFrame mapped for reading and seen as plain memory (FrameView), for the CPU side of the
// keyer: auto-key, the eyedropper, `greenroom key`'s checks and the tests' reference. The frame
// stays mapped for the object's lifetime. Invalid (width 0) when the frame cannot be mapped or
// is not a format the keyer reads. Not used on the live path, which never maps on the CPU side.
#pragma once

#include "FrameSampler.h"

#include <QtMultimedia/QVideoFrame>

namespace greenroom {

class MappedFrameView {
public:
    explicit MappedFrameView(const QVideoFrame &frame);
    ~MappedFrameView();
    MappedFrameView(const MappedFrameView &) = delete;
    MappedFrameView &operator=(const MappedFrameView &) = delete;

    const FrameView &view() const { return m_view; }

private:
    QVideoFrame m_frame;
    FrameView m_view;
};

} // namespace greenroom
