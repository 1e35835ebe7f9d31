// Test helpers around the CPU reference keyer: a palette image whose flat blocks hit every
// part of the key ramp, and the reference output for a real QVideoFrame.
#pragma once

#include "KeyParams.h"
#include "ReferenceKeyer.h"

#include <QtCore/QPair>
#include <QtGui/QImage>
#include <QtMultimedia/QVideoFrame>

namespace greenroom::test {

// Key parameters the palette image was designed around.
KeyParams paletteKeyParams();

// An image of flat `block`-pixel squares: backdrop greens, colours at distances across the
// similarity..similarity+smoothness ramp, skin, primaries, greys, spill-tinted foreground and
// a few semi-transparent blocks (alpha is kept only by RGB formats with an alpha byte).
RgbaImage paletteImage(QSize size, int block = 8);

// The reference keyer's premultiplied output for `frame`, read from the frame's own bytes.
RgbaImage referenceOutput(const QVideoFrame &frame, const KeyParams &params);

// Largest per-component difference between two images over the pixels `include` accepts.
struct ImageDifference {
    float maxColour = 0;
    float maxAlpha = 0;
    QPoint worstPixel;
    int compared = 0;
};
ImageDifference compareImages(const RgbaImage &actual, const RgbaImage &expected,
                              const std::function<bool(int x, int y)> &include);

// A straight-alpha RGBA image as a QImage (RGBA8888), as a PNG input is written.
QImage toQImage(const RgbaImage &image);

// Largest premultiplied-colour and alpha differences between a straight-alpha PNG the keyer
// wrote and the reference keyer's premultiplied output.
QPair<float, float> pngDifference(const QImage &png, const RgbaImage &expected);

// For a failure message: how far off the GPU's output is, and both pixels at the worst place.
QString describeDifference(const ImageDifference &difference, const RgbaImage &actual,
                           const RgbaImage &expected);

} // namespace greenroom::test
