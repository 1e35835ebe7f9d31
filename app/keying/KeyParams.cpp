#include "KeyParams.h"

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

double clampOr(double value, double low, double high, double fallback)
{
    return std::isnan(value) ? fallback : std::clamp(value, low, high);
}

// A normalised rectangle with positive size, clipped to the frame; an empty or invalid one
// becomes `fallback`.
QRectF clampRect(const QRectF &rect, const QRectF &fallback)
{
    if (std::isnan(rect.x()) || std::isnan(rect.y()) || std::isnan(rect.width()) ||
        std::isnan(rect.height()))
        return fallback;
    const QRectF clipped = rect.normalized() & QRectF(0, 0, 1, 1);
    return clipped.isEmpty() ? fallback : clipped;
}

} // namespace

KeyParams KeyParams::clamped() const
{
    const KeyParams d;
    KeyParams p = *this;
    if (!p.keyColor.isValid())
        p.keyColor = d.keyColor;
    if (!p.spillTone.isValid())
        p.spillTone = d.spillTone;
    p.similarity = clampOr(p.similarity, 0.0, 1.0, d.similarity);
    p.smoothness = clampOr(p.smoothness, 0.0, 1.0, d.smoothness);
    p.lumaWeight = clampOr(p.lumaWeight, 0.0, 1.0, d.lumaWeight);
    p.lightTolerance = clampOr(p.lightTolerance, 0.0, 2.0, d.lightTolerance);
    p.chromaGuide = clampOr(p.chromaGuide, 0.0, 1.0, d.chromaGuide);
    p.colorDifference = clampOr(p.colorDifference, 0.0, 1.0, d.colorDifference);
    p.differenceFloor = clampOr(p.differenceFloor, 0.0, 0.9, d.differenceFloor);
    p.screenMatte = clampOr(p.screenMatte, 0.0, 1.0, d.screenMatte);
    p.screenBalance = clampOr(p.screenBalance, 0.0, 1.0, d.screenBalance);
    p.screenGain = clampOr(p.screenGain, kMinScreenGain, kMaxScreenGain, d.screenGain);

    p.clipBlack = clampOr(p.clipBlack, 0.0, 1.0, d.clipBlack);
    p.clipWhite = clampOr(p.clipWhite, 0.0, 1.0, d.clipWhite);
    p.matteGamma = clampOr(p.matteGamma, 0.1, 10.0, d.matteGamma);
    p.solidLift = clampOr(p.solidLift, 0.0, 0.5, d.solidLift);

    p.edgeGrow = std::clamp(p.edgeGrow, -kMaxEdgeGrow, kMaxEdgeGrow);
    p.feather = clampOr(p.feather, 0.0, kMaxFeather, d.feather);

    p.spill = clampOr(p.spill, 0.0, 1.0, d.spill);
    if (p.spillMethod != SpillMethod::Average && p.spillMethod != SpillMethod::Maximum)
        p.spillMethod = d.spillMethod;
    p.spillRestore = clampOr(p.spillRestore, 0.0, 1.0, d.spillRestore);
    p.screenSubtraction = clampOr(p.screenSubtraction, 0.0, 1.0, d.screenSubtraction);

    p.garbageOuter = clampRect(p.garbageOuter, d.garbageOuter);
    p.garbageInner = clampRect(p.garbageInner, QRectF());
    p.garbageFeather = clampOr(p.garbageFeather, 0.0, 0.5, d.garbageFeather);

    p.brightness = clampOr(p.brightness, -1.0, 1.0, d.brightness);
    p.contrast = clampOr(p.contrast, 0.0, 4.0, d.contrast);
    p.gamma = clampOr(p.gamma, 0.1, 10.0, d.gamma);
    p.saturation = clampOr(p.saturation, 0.0, 4.0, d.saturation);
    p.opacity = clampOr(p.opacity, 0.0, 1.0, d.opacity);
    return p;
}

} // namespace greenroom
