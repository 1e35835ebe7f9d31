#include "RawFrameGeometry.h"

#include "KeyCommandLine.h"

namespace greenroom {

RawGeometryRule rawGeometryRule(RawFormat format)
{
    switch (format) {
    case RawFormat::Nv12:
    case RawFormat::Nv21:
    case RawFormat::Yuv420p:
    case RawFormat::P010:
        return {2, 2}; // 4:2:0
    case RawFormat::Yuyv:
    case RawFormat::Uyvy:
        return {2, 1}; // 4:2:2, two pixels per macropixel
    case RawFormat::Rgba:
    case RawFormat::None:
        break;
    }
    return {1, 1};
}

QString rawGeometryProblem(RawFormat format, QSize size)
{
    if (format == RawFormat::None)
        return {};
    const QString name = rawFormatName(format);
    const QString given = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    if (size.width() < 1 || size.height() < 1)
        return QStringLiteral("--size %1: a %2 frame needs at least one pixel each way")
            .arg(given, name);
    const RawGeometryRule rule = rawGeometryRule(format);
    const bool widthOk = size.width() % rule.widthStep == 0;
    const bool heightOk = size.height() % rule.heightStep == 0;
    if (widthOk && heightOk)
        return {};
    const QString sides = rule.heightStep == 2 ? QStringLiteral("an even width and height "
                                                                "(chroma is subsampled 2x2)")
                                               : QStringLiteral("an even width (two pixels share "
                                                                "their chroma)");
    return QStringLiteral("--size %1: %2 frames need %3; the smallest is %4x%5")
        .arg(given, name, sides)
        .arg(rule.widthStep)
        .arg(rule.heightStep);
}

} // namespace greenroom
