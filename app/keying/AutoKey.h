// Auto-key: estimates the key colour and a starting similarity/smoothness from one frame, with
// robust statistics over the dominant chroma cluster (the backdrop), never from one pixel.
//
// 1. Up to ~130 000 pixels on a regular grid are read through FrameSampler (the keyer's own
//    sampling) and placed in a 64x64 histogram of BT.709 (Cb, Cr).
// 2. The peak of the smoothed histogram among saturated bins seeds the cluster, which grows
//    downhill over dense neighbouring bins (never uphill into another colour's cluster).
// 3. The cluster is refined with the keyer's own distance (which sees luma: a translucent veil
//    can share the backdrop's chroma but not its shades), keeping what lies within a few MADs.
// 4. The key colour is the refined cluster's median luma and chroma turned back into R'G'B';
//    the light tolerance spans the shades of the key the backdrop shows (uneven light);
//    similarity covers what is left (a high percentile of the backdrop's distances: noise);
//    the ramp ends at the median distance of the clearly foreground colours.
// 5. The colour-difference matte is switched on, its floor just above the backdrop's own
//    spread of key-chroma shares, so subject colours with little of the key's chroma come out
//    solid even where the ramp alone would leave them partly transparent.
// Plain C++ on the CPU, one thread: about 25 ms for a 1080p frame on one core of a 2-core CI
// machine (tests/benchmarks/bench_autokey), run on demand, never per frame.
#pragma once

#include "FrameSampler.h"
#include "KeyParams.h"

#include <QtGui/QColor>

namespace greenroom {

struct AutoKeyResult {
    bool valid = false; // false when no saturated colour covers a useful part of the frame
    QColor keyColor;
    double lightTolerance = 0.0;
    double similarity = 0.0;
    double smoothness = 0.0;
    double differenceFloor = 0.0;
    double coverage = 0.0; // fraction of the sampled pixels that belong to the backdrop
    double spread = 0.0;   // robust chroma standard deviation of the backdrop
    int samples = 0;       // pixels read

    // `base` with the estimated key colour, light tolerance, similarity, smoothness and the
    // colour-difference matte on at the estimated floor (unchanged if invalid).
    KeyParams appliedTo(KeyParams base) const;
};

// Distances are measured as the keyer measures them with `base`'s lumaWeight.
AutoKeyResult autoKey(const FrameSampler &frame, const KeyParams &base = KeyParams());

} // namespace greenroom
