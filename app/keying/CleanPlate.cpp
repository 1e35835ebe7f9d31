#include "CleanPlate.h"

#include <QtGui/QRgba64>

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

// The text entry a plate image carries: the frame size as "WIDTHxHEIGHT".
const QString kFrameSizeKey = QStringLiteral("Greenroom clean plate frame size");

QSize parseSize(const QString &text)
{
    const QStringList sides = text.split(QLatin1Char('x'));
    if (sides.size() != 2)
        return {};
    bool okWidth = false, okHeight = false;
    const QSize size(sides[0].toInt(&okWidth), sides[1].toInt(&okHeight));
    return okWidth && okHeight && !size.isEmpty() ? size : QSize();
}

} // namespace

QSize CleanPlate::gridSize(QSize frameSize)
{
    if (frameSize.isEmpty())
        return {};
    return {(frameSize.width() + kCellSize - 1) / kCellSize,
            (frameSize.height() + kCellSize - 1) / kCellSize};
}

std::array<float, 3> CleanPlate::cell(int i, int j) const
{
    const auto *row = reinterpret_cast<const QRgba64 *>(grid.constScanLine(j));
    const QRgba64 c = row[i];
    return {float(c.red()) / 65535.0f, float(c.green()) / 65535.0f, float(c.blue()) / 65535.0f};
}

std::array<float, 3> CleanPlate::colorAt(float px, float py) const
{
    // keyer.frag's plateColour, step for step.
    const float gw = float(grid.width()), gh = float(grid.height());
    const float qx = px / float(frameSize.width()) * gw - 0.5f;
    const float qy = py / float(frameSize.height()) * gh - 0.5f;
    const float i0 = std::floor(qx), j0 = std::floor(qy);
    const float fx = qx - i0, fy = qy - j0;
    const int left = std::clamp(int(i0), 0, grid.width() - 1);
    const int right = std::clamp(int(i0) + 1, 0, grid.width() - 1);
    const int top = std::clamp(int(j0), 0, grid.height() - 1);
    const int bottom = std::clamp(int(j0) + 1, 0, grid.height() - 1);
    const std::array<float, 3> c00 = cell(left, top), c10 = cell(right, top);
    const std::array<float, 3> c01 = cell(left, bottom), c11 = cell(right, bottom);
    std::array<float, 3> out{};
    for (std::size_t c = 0; c < 3; ++c) {
        const float upper = c00[c] * (1.0f - fx) + c10[c] * fx;
        const float lower = c01[c] * (1.0f - fx) + c11[c] * fx;
        out[c] = upper * (1.0f - fy) + lower * fy;
    }
    return out;
}

QImage CleanPlate::toImage() const
{
    if (isNull())
        return {};
    QImage image = grid.convertToFormat(QImage::Format_RGBA64);
    image.setText(kFrameSizeKey,
                  QStringLiteral("%1x%2").arg(frameSize.width()).arg(frameSize.height()));
    return image;
}

bool CleanPlate::isPlateImage(const QImage &image)
{
    return !image.text(kFrameSizeKey).isEmpty();
}

CleanPlate CleanPlate::fromImage(const QImage &image, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return CleanPlate{};
    };
    if (image.isNull())
        return fail(QStringLiteral("the image is empty"));
    const QString sizeText = image.text(kFrameSizeKey);
    if (sizeText.isEmpty())
        return fail(QStringLiteral("the image is not a clean plate (it names no frame size)"));
    const QSize frameSize = parseSize(sizeText);
    if (frameSize.isEmpty())
        return fail(
            QStringLiteral("the clean plate names no valid frame size ('%1')").arg(sizeText));
    if (image.size() != gridSize(frameSize))
        return fail(QStringLiteral("the clean plate's grid is %1x%2 cells, a %3x%4 frame needs "
                                   "%5x%6")
                        .arg(image.width())
                        .arg(image.height())
                        .arg(frameSize.width())
                        .arg(frameSize.height())
                        .arg(gridSize(frameSize).width())
                        .arg(gridSize(frameSize).height()));
    CleanPlate plate;
    plate.frameSize = frameSize;
    // Opaque whatever the file held: the alpha channel means nothing in a plate.
    plate.grid = image.convertToFormat(QImage::Format_RGBA64);
    for (int y = 0; y < plate.grid.height(); ++y) {
        auto *row = reinterpret_cast<QRgba64 *>(plate.grid.scanLine(y));
        for (int x = 0; x < plate.grid.width(); ++x)
            row[x].setAlpha(65535);
    }
    return plate;
}

} // namespace greenroom
