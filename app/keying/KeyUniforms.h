// Key parameters turned into the exact values the keyer math consumes. Computed once per
// parameter change on the CPU and used verbatim by both the GPU shader (as uniforms) and the
// CPU reference keyer, so the two cannot drift apart.
#pragma once

#include "KeyParams.h"

#include <array>

namespace greenroom {

struct KeyUniforms {
    std::array<float, 2> keyCbCr{}; // keyingYCbCr(keyColor).yz
    float similarity = 0.0f;
    float smoothness = 0.0f; // never below kMinSmoothness: the ramp divides by it
    float spill = 0.0f;
    float opacity = 1.0f;
    std::array<float, 3> keyChannel{}; // one-hot mask of the key colour's dominant channel

    static constexpr float kMinSmoothness = 1.0f / 1024.0f;

    friend bool operator==(const KeyUniforms &, const KeyUniforms &) = default;
};

KeyUniforms makeKeyUniforms(const KeyParams &params);

} // namespace greenroom
