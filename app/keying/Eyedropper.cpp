#include "Eyedropper.h"

#include <algorithm>
#include <cmath>

namespace greenroom {

QColor eyedropper(const FrameSampler &frame, QPointF point, int radius)
{
    const FrameView &f = frame.frame();
    if (f.width <= 0 || f.height <= 0 || !(point.x() >= 0 && point.x() <= 1) ||
        !(point.y() >= 0 && point.y() <= 1))
        return {};
    const int cx = std::min(int(std::floor(point.x() * f.width)), f.width - 1);
    const int cy = std::min(int(std::floor(point.y() * f.height)), f.height - 1);
    radius = std::max(radius, 0);
    double sum[3] = {0, 0, 0};
    int count = 0;
    for (int y = std::max(cy - radius, 0); y <= std::min(cy + radius, f.height - 1); ++y)
        for (int x = std::max(cx - radius, 0); x <= std::min(cx + radius, f.width - 1); ++x) {
            const Rgba c = frame.pixel(x, y);
            for (int i = 0; i < 3; ++i)
                sum[i] += c[std::size_t(i)];
            ++count;
        }
    return QColor::fromRgbF(float(sum[0] / count), float(sum[1] / count), float(sum[2] / count));
}

} // namespace greenroom
