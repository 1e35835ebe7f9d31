// Pixels split by their true alpha, as DESIGN.md ranks the artefacts: holes in what the subject
// covers fully are the worst, partial coverage (hair, blur, veils, anti-aliased outlines) comes
// second, the background third. Shared by the scorer and the flicker measure.
//
// Solid: true alpha >= 0.99, the subject covers the pixel (the odd outline pixel that is 99%
// covered is counted solid: 1% of its light is screen, below one code of most colours).
// Background: true alpha <= 0.01. Partial: everything between.
#pragma once

namespace greenroom::quality {

enum class AlphaClass { Background, Partial, Solid };

inline constexpr float solidAlphaFrom = 0.99f;
inline constexpr float backgroundAlphaTo = 0.01f;
// A solid pixel keyed below this counts as a hole (the "solid < 0.98" share).
inline constexpr float solidKeptFrom = 0.98f;

inline AlphaClass alphaClass(float trueAlpha)
{
    if (trueAlpha >= solidAlphaFrom)
        return AlphaClass::Solid;
    if (trueAlpha <= backgroundAlphaTo)
        return AlphaClass::Background;
    return AlphaClass::Partial;
}

} // namespace greenroom::quality
