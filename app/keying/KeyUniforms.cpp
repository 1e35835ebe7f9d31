#include "KeyUniforms.h"

#include "ColorSpace.h"

#include <algorithm>

namespace greenroom {

KeyUniforms makeKeyUniforms(const KeyParams &input)
{
    const KeyParams params = input.clamped();
    const QColor key = params.keyColor.toRgb();
    const QVector3D rgb(float(key.redF()), float(key.greenF()), float(key.blueF()));
    const QVector3D ycc = keyingYCbCr(rgb);

    KeyUniforms u;
    u.keyCbCr = {ycc.y(), ycc.z()};
    u.similarity = float(params.similarity);
    u.smoothness = std::max(float(params.smoothness), KeyUniforms::kMinSmoothness);
    u.spill = float(params.spill);
    u.opacity = float(params.opacity);

    // Despill works on the channel the backdrop is made of: green for a green screen, blue for
    // a blue one. Ties go to green, the common case.
    if (rgb.z() > rgb.y() && rgb.z() >= rgb.x())
        u.keyChannel = {0, 0, 1};
    else if (rgb.x() > rgb.y() && rgb.x() > rgb.z())
        u.keyChannel = {1, 0, 0};
    else
        u.keyChannel = {0, 1, 0};
    return u;
}

} // namespace greenroom
