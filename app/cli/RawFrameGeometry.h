// Which frame sizes each raw layout can hold, checked before a frame reaches Qt: chroma that is
// subsampled by two needs an even number of pixels in that direction (Qt's own frame code
// divides by the chroma plane's size and crashes on a 4:2:0 frame one pixel high).
#pragma once

#include "KeyOptions.h"

#include <QtCore/QSize>
#include <QtCore/QString>

namespace greenroom {

// The smallest frame of `format`, and the multiple each side must be.
struct RawGeometryRule {
    int widthStep = 1;  // 2 where chroma is horizontally subsampled
    int heightStep = 1; // 2 where chroma is vertically subsampled (4:2:0)
};
RawGeometryRule rawGeometryRule(RawFormat format);

// Why `size` cannot be a frame of `format` ("NV12 frames need an even width and height (chroma is
// subsampled 2x2); 1921x1080 is not"), or empty when it can.
QString rawGeometryProblem(RawFormat format, QSize size);

} // namespace greenroom
