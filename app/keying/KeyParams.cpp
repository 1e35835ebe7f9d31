#include "KeyParams.h"

#include <algorithm>

namespace greenroom {

KeyParams KeyParams::clamped() const
{
    KeyParams p = *this;
    if (!p.keyColor.isValid())
        p.keyColor = KeyParams{}.keyColor;
    p.similarity = std::clamp(p.similarity, 0.0, 1.0);
    p.smoothness = std::clamp(p.smoothness, 0.0, 1.0);
    p.spill = std::clamp(p.spill, 0.0, 1.0);
    p.opacity = std::clamp(p.opacity, 0.0, 1.0);
    return p;
}

} // namespace greenroom
