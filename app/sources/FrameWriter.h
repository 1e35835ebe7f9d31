// Encodes a straight-alpha R'G'B'A float image into a new QVideoFrame of a chosen pixel format,
// as a camera or decoder would deliver it. Used by the test-pattern source, by the GPU pixel
// tests (which compare the keyer's output with a CPU reference on the same image) and by the
// benchmarks. Not on the live camera path.
#pragma once

#include "ColorSpace.h"
#include "RgbaImage.h"

#include <QtCore/QList>
#include <QtMultimedia/QVideoFrame>
#include <QtMultimedia/QVideoFrameFormat>

namespace greenroom {

// The colour space a frame made with `matrix` declares.
QVideoFrameFormat::ColorSpace toQtColorSpace(YCbCrMatrix matrix);

// Whether encodeFrame can write `format` with the Qt version in use.
bool isWritableFormat(QVideoFrameFormat::PixelFormat format);

// Every format isWritableFormat accepts, in a stable order.
QList<QVideoFrameFormat::PixelFormat> writableFormats();

// A new, unmapped frame of the image's size holding `image` in `format`:
// - Y'CbCr formats: converted with `matrix` and `range` (recorded in the frame's colour space
//   and range), codes rounded to nearest; subsampled chroma is the mean of the pixels a chroma
//   sample covers (at odd sizes the last sample covers what is left). Alpha is dropped.
// - 32-bit RGB formats (named in memory byte order): the image's R'G'B'A bytes as they are,
//   X bytes 255; the frame is marked full range.
// Returns an invalid frame for other formats, for a null image, and for sizes Qt's memory
// frames cannot hold (odd heights in some 4:2:0 formats; a warning names them).
QVideoFrame encodeFrame(const RgbaImage &image, QVideoFrameFormat::PixelFormat format,
                        YCbCrMatrix matrix = YCbCrMatrix::Bt709,
                        YCbCrRange range = YCbCrRange::Limited);

} // namespace greenroom
