// The eyedropper: the colour of the frame at a point, averaged over a small square around it
// so that sensor noise and 4:2:0 chroma blocks do not decide the key colour.
#pragma once

#include "FrameSampler.h"

#include <QtCore/QPointF>
#include <QtGui/QColor>

namespace greenroom {

inline constexpr int kEyedropperRadius = 2; // a 5x5 square

// Mean straight R'G'B' over the (2 radius + 1)^2 pixels around `point`, given in normalised
// frame coordinates (0..1, before rotation or mirroring). Pixels beyond the frame are left out.
// An invalid colour for an empty frame or a point outside it.
QColor eyedropper(const FrameSampler &frame, QPointF point, int radius = kEyedropperRadius);

} // namespace greenroom
