// Key parameters turned into the exact values the keyer math consumes. Computed once per
// parameter change on the CPU and used verbatim by both the GPU shader (as uniforms) and the
// CPU reference keyer, so the two cannot drift apart: every division, reciprocal and
// derived colour is done here, once.
#pragma once

#include "KeyParams.h"

#include <array>

namespace greenroom {

// Everything the matte derives from the screen colour it compares a pixel with: the key colour
// in the distance ramp, the colour-difference matte, the screen matte and screen subtraction.
// Without a clean plate that colour is the key colour and this is KeyUniforms::screen; with one
// it is the plate's colour at the pixel, and keyer.frag's screenKeyOf derives it per pixel as
// screenKeyOf here does, in the same order.
struct ScreenKey {
    std::array<float, 3> rgb{};    // the screen colour, for screen subtraction too
    std::array<float, 3> vector{}; // (lumaWeight * Y', Cb, Cr) of it
    float vectorInverseNorm = 0.0f;
    float chromaInverseNorm = 0.0f;  // 1 / its squared chroma length
    float lumaInverse = 0.0f;        // 1 / its luma
    float differenceStrength = 0.0f; // 0 for a screen colour without chroma
    float screenStrength = 0.0f;     // 0 for one without an excess of the key channel
    float screenScale = 0.0f;

    friend bool operator==(const ScreenKey &, const ScreenKey &) = default;
};

struct KeyUniforms {
    // Key.
    std::array<float, 2> keyCbCr{}; // keyingYCbCr(keyColor).yz
    float keyLuma = 0.0f;           // keyingYCbCr(keyColor).x
    float similarity = 0.0f;
    float smoothness = 0.0f; // never below kMinSmoothness: the ramp divides by it
    float lumaWeight = 0.0f;
    // What the matte derives from the key colour (ScreenKey): among it the key in the
    // distance's space, (lumaWeight * Y', Cb, Cr), and 1 / its squared length (0 for a black key
    // without luma weight), onto which a pixel's shade of the key is the projection, clamped to
    // [shadeLow, shadeHigh].
    ScreenKey screen;
    float shadeLow = 1.0f;
    float shadeHigh = 1.0f;
    float chromaGuide = 0.0f;
    // Colour-difference matte: max(ramp, screen.differenceStrength * clamp(1 - share * scale,
    // 0, 1)), where share = (chroma . key chroma) * screen.chromaInverseNorm / its luma shade of
    // the key (Y' * screen.lumaInverse, clamped to [shadeLow, shadeHigh]) and scale =
    // 1 / (1 - floor). Strength is 0 for a key without chroma (grey), where the share means
    // nothing.
    float differenceScale = 1.0f;
    float guideEpsilon = kGuideEpsilon;
    // Screen matte: max(ramp, ..., screen.screenStrength * clamp(1 - excess * screen.screenScale
    // / shade, 0, 1)), where excess = primaryExcess(colour, keyChannel, screenBalance),
    // screenScale = screenGain / the key colour's own excess and shade = Y' * screen.lumaInverse
    // clamped to [shadeLow, 1]. Strength is 0 for a key without an excess of its primary
    // channel (a grey key), where the ratio means nothing.
    float screenBalance = 1.0f;
    // The parameters' strengths and gain before a screen colour gates them: with a clean plate
    // each pixel's screen colour derives its own ScreenKey from them (screenKeyOf).
    float colorDifference = 0.0f;
    float screenMatte = 0.0f;
    float screenGain = 1.0f;

    // Matte levels: a = clamp((a - clipBlack) * clipScale, 0, 1), then the solid lift
    // a = min(a + max(a - liftKnee, 0), 1) (liftKnee = 1 - 2 x solidLift; 1 when off), then
    // a ^ matteExponent.
    float clipBlack = 0.0f;
    float clipScale = 1.0f;
    float liftKnee = 1.0f;
    float matteExponent = 1.0f;

    // Edge: ring radii in whole pixels.
    int edgeRadius = 0;         // signed: < 0 shrinks, > 0 grows
    int featherRadius = 0;      // ceil(feather)
    float featherWeight = 0.0f; // weight of each ring tap against the centre (feather / radius)

    // Garbage matte, as (x0, y0, x1, y1) in normalised frame coordinates.
    std::array<float, 4> garbageOuter{0, 0, 1, 1};
    std::array<float, 4> garbageInner{0, 0, 0, 0};
    float garbageInnerEnabled = 0.0f;     // 1 when garbageInner is not empty
    float garbageInverseFeather = 1.0e6f; // 1 / feather; a step for feather 0

    // Colour.
    float screenSubtraction = 0.0f;
    float spill = 0.0f;
    float spillMethod = 1.0f;          // 0 = average, 1 = maximum of the other channels
    std::array<float, 3> spillTone{};  // added per unit of removed key-channel excess
    std::array<float, 3> keyChannel{}; // one-hot mask of the key colour's dominant channel
    float brightness = 0.0f;
    float contrast = 1.0f;
    float gammaExponent = 1.0f; // 1 / gamma
    float saturation = 1.0f;
    float opacity = 1.0f;

    static constexpr float kMinSmoothness = 1.0f / 1024.0f;
    // Regularises the chroma-on-luma fit: where the luma under the four chroma samples varies
    // by less than about 1/255 (sensor noise on a flat area), the fit falls back to bilinear.
    static constexpr float kGuideEpsilon = 2.0e-5f;
    // The chroma guide steers only chroma samples that differ by more than this in Cb or Cr
    // (3.5 codes of 8 bits, halfway between two codes so that GPU and CPU agree): within it, the
    // four samples are averaged plainly. keyer.frag repeats it as kGuideMinSpread.
    static constexpr float kGuideMinSpread = 3.5f / 255.0f;

    // Whether the matte needs neighbouring samples (shrink/grow or feather).
    bool usesNeighbours() const { return edgeRadius != 0 || featherRadius > 0; }
    // Whether the garbage matte, the matte gamma or the foreground correction may change
    // anything. A full-frame outer rectangle with no feather and no inner one leaves every
    // pixel as it is.
    bool usesAdjustments() const
    {
        const bool garbage = garbageOuter != std::array<float, 4>{0, 0, 1, 1} ||
                             garbageInnerEnabled != 0.0f || garbageInverseFeather < 1.0e6f;
        return garbage || matteExponent != 1.0f || gammaExponent != 1.0f || brightness != 0.0f ||
               contrast != 1.0f || saturation != 1.0f;
    }

    friend bool operator==(const KeyUniforms &, const KeyUniforms &) = default;
};

KeyUniforms makeKeyUniforms(const KeyParams &params);

// The ScreenKey of screen colour `rgb` under the key's luma weight, key channel, screen balance,
// strengths and gain. makeKeyUniforms derives the key colour's with it, so
// screenKeyOf(key.screen.rgb, key) == key.screen bit for bit.
ScreenKey screenKeyOf(const std::array<float, 3> &rgb, const KeyUniforms &key);

// The excess of a colour's primary channel (one-hot `primary`) over the mix of the other two
// that `balance` picks (0 their mean, 1 their maximum): the quantity the screen matte compares
// with the screen's own. Channels are expected in [0, 1]. keyer.frag repeats it, in this order.
float primaryExcess(const std::array<float, 3> &rgb, const std::array<float, 3> &primary,
                    float balance);

} // namespace greenroom
