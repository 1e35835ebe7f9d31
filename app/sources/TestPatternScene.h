// A synthetic green-screen camera view: a moving head-and-shoulders figure with skin, hair,
// cloth and saturated near-green colours, soft and motion-blurred edges, hair strands at partial
// coverage and green spill, over an unevenly lit, slightly noisy green backdrop.
// Pure QtCore/QtGui code, deterministic for a seed and a time: the same arguments give a
// bit-identical image. Used by TestPatternSource, the keyer's tests and its quality tools.
#pragma once

#include "RgbaImage.h"

#include <QtCore/QSize>
#include <QtCore/QtGlobal>

#include <vector>

namespace greenroom {

// The motion repeats with this period, so a source can loop its frames without a jump.
inline constexpr double kTestPatternLoopSeconds = 4.0;

// The camera's view at `timeSeconds`: straight R'G'B' with alpha 1 everywhere (a camera sees no
// transparency). When `groundTruthAlpha` is given it receives, row-major, how much of each pixel
// the foreground covers: 0 on the backdrop, 1 inside the figure, in between on soft edges and
// hair strands. Renders 1280x720 in about 10 ms on one core (optimised build).
RgbaImage renderCameraView(QSize size, double timeSeconds, quint32 seed,
                           std::vector<float> *groundTruthAlpha = nullptr);

} // namespace greenroom
