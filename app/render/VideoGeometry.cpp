#include "VideoGeometry.h"

#include <algorithm>

namespace greenroom {

namespace {

// Source texture coordinate shown at display-normalised point (s, t) for a clockwise rotation.
QPointF sourceCoord(double s, double t, int rotationDegrees)
{
    switch (rotationDegrees) {
    case 90:
        return {t, 1.0 - s};
    case 180:
        return {1.0 - s, 1.0 - t};
    case 270:
        return {1.0 - t, s};
    default:
        return {s, t};
    }
}

} // namespace

VideoGeometry computeVideoGeometry(const QSizeF &itemSize, const QSize &frameSize,
                                   int rotationDegrees, bool mirrored, FillMode fillMode)
{
    VideoGeometry g;
    if (itemSize.isEmpty() || frameSize.isEmpty())
        return g;
    rotationDegrees = ((rotationDegrees % 360) + 360) % 360;
    rotationDegrees -= rotationDegrees % 90;
    const bool quarterTurn = rotationDegrees == 90 || rotationDegrees == 270;
    const QSizeF display =
        quarterTurn ? QSizeF(frameSize.height(), frameSize.width()) : QSizeF(frameSize);

    // The part of the displayed image that is visible, in display-normalised coordinates.
    QRectF visible(0, 0, 1, 1);
    switch (fillMode) {
    case FillMode::Stretch:
        g.target = QRectF(QPointF(0, 0), itemSize);
        break;
    case FillMode::Fit: {
        const double scale =
            std::min(itemSize.width() / display.width(), itemSize.height() / display.height());
        const QSizeF shown = display * scale;
        g.target = QRectF(QPointF((itemSize.width() - shown.width()) / 2,
                                  (itemSize.height() - shown.height()) / 2),
                          shown);
        break;
    }
    case FillMode::Crop: {
        const double scale =
            std::max(itemSize.width() / display.width(), itemSize.height() / display.height());
        const double fw = itemSize.width() / (display.width() * scale);
        const double fh = itemSize.height() / (display.height() * scale);
        g.target = QRectF(QPointF(0, 0), itemSize);
        visible = QRectF((1 - fw) / 2, (1 - fh) / 2, fw, fh);
        break;
    }
    }

    const std::array<QPointF, 4> corners = {visible.topLeft(), visible.topRight(),
                                            visible.bottomLeft(), visible.bottomRight()};
    for (std::size_t i = 0; i < corners.size(); ++i) {
        const double s = mirrored ? 1.0 - corners[i].x() : corners[i].x();
        g.texCoords[i] = sourceCoord(s, corners[i].y(), rotationDegrees);
    }
    return g;
}

} // namespace greenroom
