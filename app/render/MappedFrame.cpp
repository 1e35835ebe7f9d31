#include "MappedFrame.h"

#include "SourceTextures.h"

namespace greenroom {

MappedFrame::MappedFrame(const QVideoFrame &frame)
    : m_frame(frame), m_onGpu(SourceTextures::canBorrow(frame))
{
    // A frame in a format the keyer refuses is not mapped either: for a hardware-decoded frame
    // that would be a copy off the GPU for nothing.
    if (!m_onGpu && isSupportedPixelFormat(frame.pixelFormat()))
        mapNow();
}

bool MappedFrame::mapNow()
{
    if (!m_mapped)
        m_mapped = m_frame.isValid() && m_frame.map(QVideoFrame::ReadOnly);
    return m_mapped;
}

MappedFrame::~MappedFrame()
{
    if (m_mapped)
        m_frame.unmap();
}

int MappedFrame::planeCount() const
{
    return m_mapped ? m_frame.planeCount() : 0;
}

std::array<MappedPlane, 3> MappedFrame::planes() const
{
    std::array<MappedPlane, 3> result{};
    const int count = std::min(planeCount(), 3);
    for (int i = 0; i < count; ++i)
        result[std::size_t(i)] = {m_frame.bits(i), m_frame.bytesPerLine(i), m_frame.mappedBytes(i)};
    return result;
}

} // namespace greenroom
