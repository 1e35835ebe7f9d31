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
// 6. The screen matte is switched on, its gain just high enough that the backdrop's darkest
//    and palest parts key out, so that every colour without the screen's excess of its primary
//    channel stays solid and mixtures with the screen keep their coverage.
// 7. Subject protection (SubjectProtection.h) finds the colours the subject is solidly made
//    of and sets the solid lift so they reach alpha 1; what it cannot separate from the screen
//    is reported (advice()).
// Plain C++ on the CPU, one thread: about 25 ms for a 1080p frame on one core of a 2-core CI
// machine (tests/benchmarks/bench_autokey), run on demand, never per frame.
#pragma once

#include "FrameSampler.h"
#include "KeyParams.h"
#include "SubjectProtection.h"

#include <QtGui/QColor>

namespace greenroom {

struct AutoKeyResult {
    bool valid = false; // false when no saturated colour covers a useful part of the frame
    QColor keyColor;
    double lightTolerance = 0.0;
    double similarity = 0.0;
    double smoothness = 0.0;
    double differenceFloor = 0.0;
    double screenBalance = 1.0;
    double screenGain = 1.0;
    double solidLift = 0.0;
    // Flat subject colours the key leaves partly transparent (see SubjectProtection).
    std::vector<UnseparatedColour> unseparated;
    double coverage = 0.0; // fraction of the sampled pixels that belong to the backdrop
    double spread = 0.0;   // robust chroma standard deviation of the backdrop
    int samples = 0;       // pixels read

    // `base` with the estimated key colour, light tolerance, similarity, smoothness, the
    // colour-difference matte on at the estimated floor, the screen matte on at the estimated
    // balance and gain, full matte levels and the estimated solid lift (unchanged if invalid).
    KeyParams appliedTo(KeyParams base) const;

    // What the estimate could not separate and what would help, in one or two sentences for a
    // person (empty when there is nothing to say): subject colours the key leaves partly
    // transparent, and a screen lit too unevenly for one key colour.
    QString advice() const;

    // Above this gain the screen's light varies so much that edges lose coverage.
    static constexpr double kUnevenScreenGain = 1.35;
};

// Distances are measured as the keyer measures them with `base`'s lumaWeight.
AutoKeyResult autoKey(const FrameSampler &frame, const KeyParams &base = KeyParams());

} // namespace greenroom
