// Where a frame lands inside the item and which part of it shows: fill mode, rotation and
// mirroring resolved into a target rectangle and per-corner texture coordinates. Pure math.
#pragma once

#include <QtCore/QPointF>
#include <QtCore/QRectF>
#include <QtCore/QSize>

#include <array>

namespace greenroom {

enum class FillMode { Fit, Crop, Stretch };

struct VideoGeometry {
    QRectF target;                    // in item coordinates
    std::array<QPointF, 4> texCoords; // normalised, for the target's TL, TR, BL, BR corners

    bool isEmpty() const { return target.isEmpty(); }
};

// `rotationDegrees` is the clockwise rotation the display must apply (0, 90, 180, 270);
// `mirrored` flips the displayed image horizontally.
VideoGeometry computeVideoGeometry(const QSizeF &itemSize, const QSize &frameSize,
                                   int rotationDegrees, bool mirrored, FillMode fillMode);

} // namespace greenroom
