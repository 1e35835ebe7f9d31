#include "KeyUniforms.h"

#include "ColorSpace.h"

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

constexpr std::array<float, 3> kLuma709{0.2126f, 0.7152f, 0.0722f};

QVector3D rgbOf(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return {float(c.redF()), float(c.greenF()), float(c.blueF())};
}

std::array<float, 4> corners(const QRectF &r)
{
    return {float(r.left()), float(r.top()), float(r.right()), float(r.bottom())};
}

} // namespace

KeyUniforms makeKeyUniforms(const KeyParams &input)
{
    const KeyParams params = input.clamped();
    const QVector3D rgb = rgbOf(params.keyColor);
    const QVector3D ycc = keyingYCbCr(rgb);

    KeyUniforms u;
    u.keyCbCr = {ycc.y(), ycc.z()};
    u.keyLuma = ycc.x();
    u.similarity = float(params.similarity);
    u.smoothness = std::max(float(params.smoothness), KeyUniforms::kMinSmoothness);
    u.lumaWeight = float(params.lumaWeight);
    u.shadeLow = float(std::exp(-params.lightTolerance));
    u.shadeHigh = float(std::exp(params.lightTolerance));
    u.chromaGuide = float(params.chromaGuide);
    u.differenceScale = float(1.0 / (1.0 - params.differenceFloor));

    // A clip white at or below clip black is a hard threshold at clip black.
    u.clipBlack = float(params.clipBlack);
    u.clipScale = 1.0f / std::max(float(params.clipWhite - params.clipBlack), 1.0f / 1024.0f);
    u.liftKnee = float(1.0 - 2.0 * params.solidLift);
    u.matteExponent = float(1.0 / params.matteGamma);

    u.edgeRadius = params.edgeGrow;
    u.featherRadius = int(std::ceil(params.feather));
    u.featherWeight = u.featherRadius > 0 ? float(params.feather / u.featherRadius) : 0.0f;

    u.garbageOuter = corners(params.garbageOuter);
    if (!params.garbageInner.isEmpty()) {
        u.garbageInner = corners(params.garbageInner);
        u.garbageInnerEnabled = 1.0f;
    }
    u.garbageInverseFeather =
        params.garbageFeather > 0 ? float(1.0 / params.garbageFeather) : 1.0e6f;

    // Despill works on the channel the backdrop is made of: green for a green screen, blue for
    // a blue one. Ties go to green, the common case.
    if (rgb.z() > rgb.y() && rgb.z() >= rgb.x())
        u.keyChannel = {0, 0, 1};
    else if (rgb.x() > rgb.y() && rgb.x() > rgb.z())
        u.keyChannel = {1, 0, 0};
    else
        u.keyChannel = {0, 1, 0};

    u.screenBalance = float(params.screenBalance);
    u.colorDifference = float(params.colorDifference);
    u.screenMatte = float(params.screenMatte);
    u.screenGain = float(params.screenGain);
    u.screen = screenKeyOf({rgb.x(), rgb.y(), rgb.z()}, u);

    u.screenSubtraction = float(params.screenSubtraction);
    u.spill = float(params.spill);
    u.spillMethod = params.spillMethod == KeyParams::SpillMethod::Average ? 0.0f : 1.0f;
    // Removing e from the key channel takes luma(keyChannel) * e of luma away; the tone gives
    // spillRestore of it back, in the tone's own hue.
    const QVector3D tone = rgbOf(params.spillTone);
    const float toneLuma = kLuma709[0] * tone.x() + kLuma709[1] * tone.y() + kLuma709[2] * tone.z();
    const float removedLuma = kLuma709[0] * u.keyChannel[0] + kLuma709[1] * u.keyChannel[1] +
                              kLuma709[2] * u.keyChannel[2];
    const float toneScale =
        toneLuma > 1.0e-4f ? float(params.spillRestore) * removedLuma / toneLuma : 0.0f;
    u.spillTone = {tone.x() * toneScale, tone.y() * toneScale, tone.z() * toneScale};

    u.brightness = float(params.brightness);
    u.contrast = float(params.contrast);
    u.gammaExponent = float(1.0 / params.gamma);
    u.saturation = float(params.saturation);
    u.opacity = float(params.opacity);
    return u;
}

ScreenKey screenKeyOf(const std::array<float, 3> &rgb, const KeyUniforms &key)
{
    const QVector3D ycc = keyingYCbCr(QVector3D(rgb[0], rgb[1], rgb[2]));
    ScreenKey s;
    s.rgb = rgb;
    s.vector = {key.lumaWeight * ycc.x(), ycc.y(), ycc.z()};
    const float norm =
        s.vector[0] * s.vector[0] + s.vector[1] * s.vector[1] + s.vector[2] * s.vector[2];
    s.vectorInverseNorm = norm > 1.0e-6f ? 1.0f / norm : 0.0f;
    const float chromaNorm = ycc.y() * ycc.y() + ycc.z() * ycc.z();
    // Below about 10 code values of chroma the screen has no direction worth measuring a share
    // of.
    if (chromaNorm > 0.04f * 0.04f) {
        s.chromaInverseNorm = 1.0f / chromaNorm;
        s.differenceStrength = key.colorDifference;
    }
    // A screen too dark to have a luma shade measures shares against its own brightness.
    s.lumaInverse = ycc.x() > 1.0f / 255.0f ? 1.0f / ycc.x() : 0.0f;
    // The screen's own excess, below which it has no primary channel worth measuring (about 10
    // code values, as for the colour-difference matte's chroma).
    const float excess = primaryExcess(rgb, key.keyChannel, key.screenBalance);
    if (excess > 0.04f && s.lumaInverse > 0.0f) {
        s.screenStrength = key.screenMatte;
        s.screenScale = key.screenGain / excess;
    }
    return s;
}

float primaryExcess(const std::array<float, 3> &rgb, const std::array<float, 3> &primary,
                    float balance)
{
    const float k = rgb[0] * primary[0] + rgb[1] * primary[1] + rgb[2] * primary[2];
    const float o0 = rgb[0] * (1 - primary[0]), o1 = rgb[1] * (1 - primary[1]),
                o2 = rgb[2] * (1 - primary[2]);
    const float highest = std::max(o0, std::max(o1, o2));
    const float average = (o0 + o1 + o2) * 0.5f;
    return k - (average * (1.0f - balance) + highest * balance);
}

} // namespace greenroom
