// Subject protection for auto-key: finds the colours the subject is solidly made of and chooses
// the solid lift so that they come out at alpha 1, while mixtures with the screen (hair, blur,
// veils) keep their partial coverage.
//
// One pixel cannot tell a solid teal shirt from a mixture of cyan with the screen: both lie on
// the same line in colour space. The frame can: a solid colour fills flat areas (every
// neighbour a few pixels away has the same colour), and many of them; a mixture lives on thin
// edges. So the analysis reads a grid of points with their four neighbours, keeps the flat ones
// that the matte does not already take for the screen and groups them by colour. A dense group
// that is mostly solid (sensor noise, spill near the outline, a colour a little way towards the
// screen) is lifted to alpha 1 through the solid lift, which leaves lower alphas as they are. A
// group the matte leaves well below solid is not: it may be the screen seen through something
// translucent (a veil), and lifting it would also turn every edge of that colour solid. It is
// reported instead, with its colour, so the user knows where to expect partial transparency and
// what helps (a clean plate).
#pragma once

#include "FrameSampler.h"
#include "KeyParams.h"

#include <QtGui/QColor>

#include <vector>

namespace greenroom {

struct UnseparatedColour {
    QColor colour;      // the group's median colour
    double share = 0.0; // of the flat subject area the analysis saw
    double alpha = 0.0; // the group's median alpha under the key
};

struct SubjectProtection {
    // The solid lift (KeyParams::solidLift) that brings every dense flat subject colour to
    // alpha 1 (0 when none needs it), at most kMaxLift.
    double solidLift = 0.0;
    // Flat subject colours the key leaves partly transparent even after the lift, largest
    // first.
    std::vector<UnseparatedColour> unseparated;

    // A group whose median alpha reaches kSolidMedian is taken for a solid colour and lifted
    // (in part within 0.05 of it); a translucent veil over the screen or a colour too close to
    // it stays below.
    static constexpr double kSolidMedian = 0.7;
    // The lift's knee (1 - 2 x lift) stays at or above 0.5, so hair, blur and veils below half
    // coverage are never changed.
    static constexpr double kMaxLift = 0.25;
};

// Analyses `sampler`'s frame keyed with `params` (whose own clip levels and matte gamma are
// ignored). What counts as flat is measured on the frame itself: a few times the difference
// between neighbours that the screen's own noise makes.
SubjectProtection protectSubject(const FrameSampler &sampler, const KeyParams &params);

} // namespace greenroom
