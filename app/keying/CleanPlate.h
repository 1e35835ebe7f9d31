// A clean plate: the empty screen as the camera sees it, so that each pixel is keyed against the
// screen's colour at that point instead of one key colour (DESIGN.md, "Keying quality").
//
// The plate is a coarse grid: one cell per kCellSize x kCellSize pixels, holding the mean
// R'G'B' of the screen there. The light on a screen varies slowly (falloff, hot spots, a colour
// cast from one lamp), so 8x8 pixels lose nothing of it, while averaging 64 pixels per cell (and
// many frames, see CleanPlateBuilder) takes the sensor noise out of the plate instead of keying
// against it; the grid of a 1080p frame is 240x135 cells, half a megabyte as floats, uploaded
// once. Between cell centres the colour is interpolated bilinearly, by colorAt() on the CPU and
// by keyer.frag's plateColour() on the GPU, in the same order of operations.
//
// Cells hold 16 bits a channel: the mean of many frames has more than 8 bits of precision, and
// a plate saved as a 16-bit PNG (toImage) comes back with the very same values (fromImage).
#pragma once

#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtGui/QImage>

#include <array>

namespace greenroom {

struct CleanPlate {
    static constexpr int kCellSize = 8;

    QImage grid;     // QImage::Format_RGBA64, one pixel per cell, opaque
    QSize frameSize; // the frame the grid covers, in pixels

    bool isNull() const { return grid.isNull() || frameSize.isEmpty(); }
    // Whether the plate belongs to frames of `size`: a plate is never stretched over another
    // frame size (the screen would land in the wrong place).
    bool fits(QSize size) const { return !isNull() && size == frameSize; }

    // The grid a frame of `frameSize` gets: ceil(size / kCellSize) cells each way.
    static QSize gridSize(QSize frameSize);

    // Cell (i, j) as normalised R'G'B' (each channel code / 65535): what the GPU texture holds.
    std::array<float, 3> cell(int i, int j) const;
    // The screen's R'G'B' at pixel-space position (px, py) (pixel centres at x + 0.5): bilinear
    // between cell centres, clamped to the grid's edge, exactly as keyer.frag's plateColour().
    std::array<float, 3> colorAt(float px, float py) const;

    // The plate as a 16-bit RGBA image with the frame size in a text entry, for a PNG file; and
    // back. fromImage gives a null plate, and says why in `error`, for an image that is not a
    // plate (no frame size, or a grid of the wrong size for it).
    QImage toImage() const;
    static CleanPlate fromImage(const QImage &image, QString *error = nullptr);
    // Whether `image` carries a plate's frame size (it was written by toImage).
    static bool isPlateImage(const QImage &image);

    friend bool operator==(const CleanPlate &a, const CleanPlate &b)
    {
        return a.frameSize == b.frameSize && a.grid == b.grid;
    }
};

} // namespace greenroom
