#include "CleanPlateBuilder.h"

#include <QtGui/QRgba64>

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

// The cell of each pixel along one side: floor((x + 0.5) * cells / pixels), in integers.
std::vector<int> cellsAlong(int pixels, int cells)
{
    std::vector<int> cellOf(std::size_t(std::max(pixels, 0)));
    for (int x = 0; x < pixels; ++x)
        cellOf[std::size_t(x)] = int((qint64(2 * x + 1) * cells) / (2 * qint64(pixels)));
    return cellOf;
}

} // namespace

CleanPlateBuilder::CleanPlateBuilder(QSize frameSize)
    : m_frameSize(frameSize), m_grid(CleanPlate::gridSize(frameSize)),
      m_cellOfColumn(cellsAlong(frameSize.width(), m_grid.width())),
      m_cellOfRow(cellsAlong(frameSize.height(), m_grid.height()))
{
    const std::size_t cells = std::size_t(std::max(m_grid.width() * m_grid.height(), 0));
    m_sums.assign(cells * 3, 0.0);
    m_counts.assign(cells, 0.0);
    for (int y = 0; y < frameSize.height(); ++y)
        for (int x = 0; x < frameSize.width(); ++x)
            m_counts[std::size_t(m_cellOfRow[std::size_t(y)] * m_grid.width() +
                                 m_cellOfColumn[std::size_t(x)])] += 1.0;
}

bool CleanPlateBuilder::add(const FrameView &frame)
{
    if (m_grid.isEmpty() || frame.width != m_frameSize.width() ||
        frame.height != m_frameSize.height() || !frame.planes[0].data)
        return false;
    const FrameSampler sampler(frame);
    std::vector<double> rowSums(std::size_t(m_grid.width()) * 3);
    for (int y = 0; y < frame.height; ++y) {
        // Summed per row in double first: a cell's sum over 30 frames of 1080p stays exact.
        std::fill(rowSums.begin(), rowSums.end(), 0.0);
        for (int x = 0; x < frame.width; ++x) {
            const Rgba c = sampler.pixel(x, y);
            double *sum = &rowSums[std::size_t(m_cellOfColumn[std::size_t(x)]) * 3];
            sum[0] += c[0];
            sum[1] += c[1];
            sum[2] += c[2];
        }
        double *cells = &m_sums[std::size_t(m_cellOfRow[std::size_t(y)] * m_grid.width()) * 3];
        for (std::size_t k = 0; k < rowSums.size(); ++k)
            cells[k] += rowSums[k];
    }
    ++m_frames;
    return true;
}

CleanPlate CleanPlateBuilder::plate() const
{
    if (m_frames == 0)
        return {};
    CleanPlate plate;
    plate.frameSize = m_frameSize;
    plate.grid = QImage(m_grid, QImage::Format_RGBA64);
    for (int j = 0; j < m_grid.height(); ++j) {
        auto *row = reinterpret_cast<QRgba64 *>(plate.grid.scanLine(j));
        for (int i = 0; i < m_grid.width(); ++i) {
            const std::size_t cell = std::size_t(j * m_grid.width() + i);
            const double samples = m_counts[cell] * double(m_frames);
            const auto code = [&](std::size_t c) {
                const double mean = m_sums[cell * 3 + c] / samples;
                return quint16(std::lround(std::clamp(mean, 0.0, 1.0) * 65535.0));
            };
            row[i] = QRgba64::fromRgba64(code(0), code(1), code(2), 65535);
        }
    }
    return plate;
}

} // namespace greenroom
