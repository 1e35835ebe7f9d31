#include "ReferenceKeyer.h"

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

constexpr float kLumaR = 0.2126f, kLumaG = 0.7152f, kLumaB = 0.0722f;

// The eight ring directions, in the order the shader visits them (sums are order-sensitive in
// floating point).
constexpr std::array<std::array<int, 2>, 8> kRing = {
    {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}}};

float mix(float x, float y, float a)
{
    return x * (1.0f - a) + y * a;
}

float rectMask(const std::array<float, 4> &r, float u, float v, float inverseFeather)
{
    const float inside = std::min(std::min(u - r[0], r[2] - u), std::min(v - r[1], r[3] - v));
    return std::clamp(0.5f + inside * inverseFeather, 0.0f, 1.0f);
}

// The colour in the distance's space, (lumaWeight * Y', Cb, Cr), BT.709.
QVector3D keySpace(const Rgba &straight, const KeyUniforms &key)
{
    const QVector3D ycc = keyingYCbCr(QVector3D(straight[0], straight[1], straight[2]));
    return {key.lumaWeight * ycc.x(), ycc.y(), ycc.z()};
}

} // namespace

float keyShade(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen)
{
    const QVector3D v = keySpace(straight, key);
    const auto &k = screen.vector;
    const float projection =
        (v.x() * k[0] + v.y() * k[1] + v.z() * k[2]) * screen.vectorInverseNorm;
    return std::clamp(projection, key.shadeLow, key.shadeHigh);
}

float keyDistance(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen)
{
    // Distance in (lumaWeight * Y', Cb, Cr) from the nearest shade of the key: the backdrop
    // under brighter or dimmer light is still the backdrop.
    const QVector3D v = keySpace(straight, key);
    const float shade = keyShade(straight, key, screen);
    const auto &k = screen.vector;
    const float d0 = v.x() - shade * k[0];
    const float d1 = v.y() - shade * k[1];
    const float d2 = v.z() - shade * k[2];
    return std::sqrt(d0 * d0 + d1 * d1 + d2 * d2);
}

float keyChromaShare(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen)
{
    const QVector3D ycc = keyingYCbCr(QVector3D(straight[0], straight[1], straight[2]));
    const float e =
        (ycc.y() * screen.vector[1] + ycc.z() * screen.vector[2]) * screen.chromaInverseNorm;
    // The backdrop's brightness under the pixel, judged by luma alone: a mixture with a pale
    // colour keeps the backdrop's luma but not its chroma, a darker shade loses both.
    const float shade = std::clamp(ycc.x() * screen.lumaInverse, key.shadeLow, key.shadeHigh);
    return e / shade;
}

float differenceAlpha(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen)
{
    return std::clamp(1.0f - keyChromaShare(straight, key, screen) * key.differenceScale, 0.0f,
                      1.0f);
}

float screenAlpha(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen)
{
    const float excess =
        primaryExcess({straight[0], straight[1], straight[2]}, key.keyChannel, key.screenBalance);
    // Darker than the key, the pixel may be the screen in shadow: its excess is measured against
    // the screen's in that shade, as far as the light tolerance allows. Brighter, it is not
    // (a mixture with a pale subject colour keeps the screen's luma but not its excess).
    const float luma = kLumaR * straight[0] + kLumaG * straight[1] + kLumaB * straight[2];
    const float shade = std::clamp(luma * screen.lumaInverse, key.shadeLow, 1.0f);
    return std::clamp(1.0f - excess * screen.screenScale / shade, 0.0f, 1.0f);
}

float matteAlpha(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen)
{
    const float distance = keyDistance(straight, key, screen);
    float alpha = std::clamp((distance - key.similarity) / key.smoothness, 0.0f, 1.0f);
    alpha = std::max(alpha, screen.differenceStrength * differenceAlpha(straight, key, screen));
    alpha = std::max(alpha, screen.screenStrength * screenAlpha(straight, key, screen));
    alpha = std::clamp((alpha - key.clipBlack) * key.clipScale, 0.0f, 1.0f);
    alpha = std::min(alpha + std::max(alpha - key.liftKnee, 0.0f), 1.0f);
    if (key.matteExponent != 1.0f)
        alpha = alpha > 0.0f ? std::pow(alpha, key.matteExponent) : 0.0f;
    return alpha;
}

float keyShade(const Rgba &straight, const KeyUniforms &key)
{
    return keyShade(straight, key, key.screen);
}

float keyDistance(const Rgba &straight, const KeyUniforms &key)
{
    return keyDistance(straight, key, key.screen);
}

float keyChromaShare(const Rgba &straight, const KeyUniforms &key)
{
    return keyChromaShare(straight, key, key.screen);
}

float differenceAlpha(const Rgba &straight, const KeyUniforms &key)
{
    return differenceAlpha(straight, key, key.screen);
}

float screenAlpha(const Rgba &straight, const KeyUniforms &key)
{
    return screenAlpha(straight, key, key.screen);
}

float matteAlpha(const Rgba &straight, const KeyUniforms &key)
{
    return matteAlpha(straight, key, key.screen);
}

float applyGarbageMatte(float alpha, float u, float v, const KeyUniforms &key)
{
    const float inner =
        key.garbageInnerEnabled * rectMask(key.garbageInner, u, v, key.garbageInverseFeather);
    const float outer = rectMask(key.garbageOuter, u, v, key.garbageInverseFeather);
    return std::max(alpha, inner) * outer;
}

Rgba finishColor(const Rgba &straight, float alpha, const KeyUniforms &key)
{
    return finishColor(straight, alpha, key, key.screen);
}

Rgba finishColor(const Rgba &straight, float alpha, const KeyUniforms &key,
                 const ScreenKey &screenKey)
{
    // Screen subtraction: a partially covered pixel is alpha * subject + (1 - alpha) * screen,
    // the screen in its local shade; taking its share away leaves the subject's premultiplied
    // colour.
    const float screen = (1.0f - alpha) * keyShade(straight, key, screenKey);
    std::array<float, 3> p{};
    for (std::size_t c = 0; c < 3; ++c) {
        const float unmixed = straight[c] - screen * screenKey.rgb[c];
        p[c] = std::clamp(mix(alpha * straight[c], unmixed, key.screenSubtraction), 0.0f, alpha);
    }

    // Despill: limit the key channel to the average or the maximum of the other two, and give
    // the removed excess back as the replacement tone.
    const auto &m = key.keyChannel;
    const float k = p[0] * m[0] + p[1] * m[1] + p[2] * m[2];
    const float o0 = p[0] * (1 - m[0]), o1 = p[1] * (1 - m[1]), o2 = p[2] * (1 - m[2]);
    const float highest = std::max(o0, std::max(o1, o2));
    const float average = (o0 + o1 + o2) * 0.5f;
    const float limit = mix(average, highest, key.spillMethod);
    const float excess = std::max(k - limit, 0.0f) * key.spill;
    for (std::size_t c = 0; c < 3; ++c)
        p[c] = std::clamp(p[c] - m[c] * excess + key.spillTone[c] * excess, 0.0f, alpha);

    // Foreground correction on the straight colour.
    std::array<float, 3> s{};
    for (std::size_t c = 0; c < 3; ++c) {
        float v = alpha > 0.0f ? p[c] / alpha : 0.0f;
        if (key.gammaExponent != 1.0f)
            v = v > 0.0f ? std::pow(v, key.gammaExponent) : 0.0f;
        s[c] = (v - 0.5f) * key.contrast + 0.5f + key.brightness;
    }
    const float luma = kLumaR * s[0] + kLumaG * s[1] + kLumaB * s[2];
    const float outAlpha = alpha * straight[3] * key.opacity;
    Rgba out{};
    for (std::size_t c = 0; c < 3; ++c)
        out[c] = std::clamp(mix(luma, s[c], key.saturation), 0.0f, 1.0f) * outAlpha;
    out[3] = outAlpha;
    return out;
}

Rgba keyColor(const Rgba &straight, const KeyUniforms &key)
{
    return finishColor(straight, matteAlpha(straight, key), key);
}

Rgba keyPixel(const FrameSampler &sampler, int x, int y, const KeyUniforms &key,
              const CleanPlate *plate)
{
    const float px = float(x) + 0.5f;
    const float py = float(y) + 0.5f;
    const Rgba src = sampler.at(px, py);
    // The screen behind the pixel: the plate's colour there, else the key colour.
    const ScreenKey screen = plate ? screenKeyOf(plate->colorAt(px, py), key) : key.screen;
    const float alpha = matteAlpha(src, key, screen);
    float matte = alpha;

    // The ring's taps are keyed against the centre's screen colour (keyer.frag's tapAlpha).
    const auto tapAlpha = [&](const std::array<int, 2> &d, float r) {
        return matteAlpha(sampler.at(px + float(d[0]) * r, py + float(d[1]) * r), key, screen);
    };
    if (key.edgeRadius != 0) {
        const float r = float(std::abs(key.edgeRadius));
        for (const auto &d : kRing) {
            const float a = tapAlpha(d, r);
            matte = key.edgeRadius < 0 ? std::min(matte, a) : std::max(matte, a);
        }
    }
    if (key.featherRadius > 0) {
        const float r = float(key.featherRadius);
        float sum = 0.0f;
        for (const auto &d : kRing)
            sum += tapAlpha(d, r);
        const float blurred = (alpha + key.featherWeight * sum) / (1.0f + 8.0f * key.featherWeight);
        matte = key.edgeRadius < 0   ? std::min(matte, blurred)
                : key.edgeRadius > 0 ? std::max(matte, blurred)
                                     : blurred;
    }

    const FrameView &f = sampler.frame();
    matte = applyGarbageMatte(matte, px / float(f.width), py / float(f.height), key);
    return finishColor(src, matte, key, screen);
}

RgbaImage keyFrame(const FrameView &frame, const KeyUniforms &key, const CleanPlate *plate)
{
    // A plate made for another frame size is not used (as the GPU keyer ignores it).
    if (plate && !plate->fits(QSize(frame.width, frame.height)))
        plate = nullptr;
    const FrameSampler sampler(frame, key.chromaGuide, key.guideEpsilon);
    RgbaImage out(frame.width, frame.height);
    for (int y = 0; y < frame.height; ++y)
        for (int x = 0; x < frame.width; ++x)
            out.at(x, y) = keyPixel(sampler, x, y, key, plate);
    return out;
}

} // namespace greenroom
