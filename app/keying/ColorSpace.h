// Y'CbCr <-> R'G'B' conversion shared by the GPU keyer (as uniforms), the CPU reference keyer
// and the synthetic test source. Plain QtGui math: no Multimedia or render types here.
#pragma once

#include <QtGui/QMatrix4x4>
#include <QtGui/QVector3D>

namespace greenroom {

enum class YCbCrMatrix { Bt601, Bt709, Bt2020 };
enum class YCbCrRange { Limited, Full };

struct LumaCoefficients {
    float kr;
    float kb;
    float kg() const { return 1.0f - kr - kb; }
};

LumaCoefficients lumaCoefficients(YCbCrMatrix matrix);

// Maps normalised texel values (Y', Cb, Cr, 1), as a texture sampler returns them for a plane of
// `containerBits` (8 or 16) bits per component, to non-linear R'G'B' in [0, 1] (unclamped).
// For 16-bit containers the code is MSB-aligned (P010, P016, Y16), so limited-range black is
// 16 << 8 whatever the real bit depth.
QMatrix4x4 yCbCrToRgbMatrix(YCbCrMatrix matrix, YCbCrRange range, int containerBits = 8);

// The inverse of yCbCrToRgbMatrix: R'G'B' in [0, 1] to normalised texel values.
QMatrix4x4 rgbToYCbCrMatrix(YCbCrMatrix matrix, YCbCrRange range, int containerBits = 8);

// The chroma the keyer measures distances in: BT.709 full-range (Cb, Cr) of an R'G'B' colour,
// each in [-0.5, 0.5]. Used for every input format, so a key colour means the same thing
// whatever the camera's own matrix is.
QVector3D keyingYCbCr(const QVector3D &rgb);

} // namespace greenroom
