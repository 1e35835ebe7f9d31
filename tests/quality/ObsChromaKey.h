// OBS Studio's Chroma Key filter, version 2, re-implemented from its published shader math
// (obs-studio plugins/obs-filters/data/chroma_key_filter_v2.effect and chroma-key-filter.c)
// so that it runs on the benchmark's frames without OBS:
// - works in linear light (the filter renders with sRGB decoding on), key colour included;
// - chroma: OBS's own Cb/Cr vectors, the key's (Cb, Cr) against the pixel's (Cb, Cr) (early
//   versions of the effect swapped the pixel's pair, which broke blue keys; OBS fixed that in
//   pull request 4793, and this follows the fixed version);
// - distance: a 9-weight box filter of 4 bilinear taps at half-pixel offsets and the centre;
// - alpha = saturate((d - similarity) / smoothness)^1.5, spill by desaturation toward luma with
//   weight saturate((d - similarity) / spill)^1.5; output straight alpha.
#pragma once

#include <QtGui/QColor>
#include <QtGui/QImage>

#include <array>
#include <vector>

namespace greenroom::quality {

struct ObsSettings {
    QColor keyColor = QColor(0, 255, 0); // OBS's default ("Green")
    int similarity = 400;                // 1..1000, default 400
    int smoothness = 80;                 // 1..1000, default 80
    int spill = 100;                     // 1..1000, default 100
};

// The frame in linear light and its box-filtered chroma distance from one key colour: all a
// keying needs that does not depend on similarity, smoothness or spill, so a grid search
// computes it once per frame.
struct ObsPrepared {
    int width = 0;
    int height = 0;
    QColor keyColor;
    std::vector<std::array<float, 3>> linear;
    std::vector<float> distance;
};

// `rgb`: the camera's 8-bit R'G'B'.
ObsPrepared obsPrepare(const QImage &rgb, const QColor &keyColor);

// Straight-alpha RGBA8888.
QImage obsChromaKey(const ObsPrepared &prepared, const ObsSettings &settings);
QImage obsChromaKey(const QImage &rgb, const ObsSettings &settings);

} // namespace greenroom::quality
