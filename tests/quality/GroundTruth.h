// Ground-truth cases for the key-quality benchmark, deterministic per seed: a textured subject
// (skin, hair, cyan, yellow, olive, white and black patches) with solid shapes, a motion-blurred
// hand, fine hair strands at partial alpha and a semi-transparent veil, over an unevenly lit
// green or blue backdrop, with backdrop spill on the subject near its edges and sensor noise;
// then the camera's encoding: Y'CbCr BT.709 limited range, 4:2:0, as raw NV12 bytes, and the
// R'G'B' a camera-fed RGB pipeline would see (the NV12 decoded with bilinear chroma).
#pragma once

#include "RgbaImage.h"

#include <QtCore/QByteArray>
#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtGui/QImage>

#include <vector>

namespace greenroom::quality {

enum class Backdrop { Green, Blue };

struct GroundTruthCase {
    QString name;        // "green-1001", ...
    QString description; // what the scene holds, where a generator says
    Backdrop backdrop = Backdrop::Green;
    QSize size;
    RgbaImage foreground;     // the subject's true straight colour (no spill, no noise)
    std::vector<float> alpha; // the subject's true coverage
    QByteArray nv12;          // what the camera delivers, tightly packed
    QImage rgb;               // the NV12 decoded to 8-bit R'G'B' (Format_RGB888)
    // The median colour of the pure backdrop pixels in the camera's output, in R'G'B' and as
    // 8-bit video codes (Y', Cb, Cr): what an ideal eyedropper would give the peers.
    Rgba backdropRgb{};
    std::array<int, 3> backdropYuv{};
};

// `noiseSeed` 0 gives the case's own sensor noise; another value shoots the same scene again
// with fresh noise (the frames of the flicker measurement).
GroundTruthCase generateCase(quint32 seed, Backdrop backdrop, QSize size, quint32 noiseSeed = 0);

} // namespace greenroom::quality
