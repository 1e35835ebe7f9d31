// The camera's side of every case family: the observed R'G'B' frame encoded as Y'CbCr BT.709
// limited range 4:2:0 NV12 bytes (chroma the mean of each 2x2 block), the R'G'B' an RGB
// pipeline decodes from them (bilinear chroma), and what an ideal eyedropper would pick on
// the pure backdrop.
#pragma once

#include "GroundTruth.h"

#include <vector>

namespace greenroom::quality {

// Fills `c.nv12`, `c.rgb`, `c.backdropRgb` and `c.backdropYuv` (c.size must be set).
// `pureBackdrop`: pixels far enough from the subject that neither it nor its spill reaches
// them; the eyedropper's medians are taken over those (chroma: blocks of four such pixels).
void encodeForCamera(GroundTruthCase &c, const RgbaImage &observed,
                     const std::vector<bool> &pureBackdrop);

} // namespace greenroom::quality
