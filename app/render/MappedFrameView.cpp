#include "MappedFrameView.h"

#include "FrameLayout.h"

#include <algorithm>

namespace greenroom {

MappedFrameView::MappedFrameView(const QVideoFrame &frame) : m_frame(frame)
{
    const FrameLayoutResult described = describeFrame(m_frame.surfaceFormat());
    if (!described.layout || !m_frame.map(QVideoFrame::ReadOnly))
        return;
    m_view.layout = described.layout->sample;
    m_view.width = m_frame.width();
    m_view.height = m_frame.height();
    m_view.matrix = described.layout->matrix;
    m_view.range = described.layout->range;
    for (int i = 0; i < std::min(m_frame.planeCount(), 3); ++i)
        m_view.planes[std::size_t(i)] = {m_frame.bits(i), m_frame.bytesPerLine(i)};
}

MappedFrameView::~MappedFrameView()
{
    if (m_frame.isMapped())
        m_frame.unmap();
}

} // namespace greenroom
