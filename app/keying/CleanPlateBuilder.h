// Builds a clean plate from frames of the empty screen: each frame is read exactly as the keyer
// reads it (FrameSampler: the same plane reads, chroma reconstruction and colour matrix, with
// plain bilinear chroma, since a flat screen gives the chroma guide nothing to steer), and every
// pixel adds its R'G'B' to the cell its centre falls in. The plate is the mean over all frames:
// with 64 pixels a cell and 30 frames, the sensor noise of one pixel shrinks about 44 times.
//
// Cell i of a row covers the pixels whose centres lie in [i, i + 1) * width / gridWidth, so the
// mean belongs at the cell's centre, where the GPU's grid texel sits. Not thread-safe: one
// thread adds at a time.
#pragma once

#include "CleanPlate.h"
#include "FrameSampler.h"

#include <vector>

namespace greenroom {

class CleanPlateBuilder {
public:
    explicit CleanPlateBuilder(QSize frameSize);

    QSize frameSize() const { return m_frameSize; }
    // Adds one frame of the empty screen. False, and nothing added, for a frame of another size
    // or one the sampler cannot read.
    bool add(const FrameView &frame);
    int frameCount() const { return m_frames; }
    // The mean of the frames so far; null before the first.
    CleanPlate plate() const;

private:
    QSize m_frameSize;
    QSize m_grid;
    std::vector<int> m_cellOfColumn;
    std::vector<int> m_cellOfRow;
    std::vector<double> m_sums;   // 3 per cell, R'G'B'
    std::vector<double> m_counts; // pixels per cell and frame
    int m_frames = 0;
};

} // namespace greenroom
