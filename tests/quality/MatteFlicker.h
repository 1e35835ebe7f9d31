// Matte flicker: how much a keyer's alpha moves between frames of a scene in which nothing
// moves and only the sensor noise changes. A still subject should get a still matte; what
// moves anyway shows as crawling edges and shimmering hair.
//
// Flicker = mean over consecutive frame pairs of the mean |alpha(t) - alpha(t-1)| over a set
// of pixels, times 1000: over partially covered pixels (true alpha strictly between 0.01 and
// 0.99, as AlphaClasses.h defines them) and over all pixels.
#pragma once

#include <QtGui/QImage>

#include <cstddef>
#include <vector>

namespace greenroom::quality {

struct MatteFlicker {
    double partial = 0;            // x 1000, on partially covered pixels
    double all = 0;                // x 1000, on every pixel
    std::size_t partialPixels = 0; // how many pixels the partial figure averages
};

// `alphas`: two or more frames' alpha planes, each as many values in [0, 1] as `trueAlpha`.
// Fewer than two frames, or frames of another size, give zeros.
MatteFlicker matteFlicker(const std::vector<std::vector<float>> &alphas,
                          const std::vector<float> &trueAlpha);

// The alpha channel of a straight-alpha keyed result (any format QImage converts to
// RGBA8888), in [0, 1].
std::vector<float> alphaPlane(const QImage &keyed);

// The mean of several cases' flicker, figure by figure.
MatteFlicker meanFlicker(const std::vector<MatteFlicker> &cases);

} // namespace greenroom::quality
