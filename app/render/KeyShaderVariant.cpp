#include "KeyShaderVariant.h"

#include "FrameLayout.h"
#include "FrameSampler.h"

#include <array>

namespace greenroom {

int KeyShaderVariant::index() const
{
    return ((int(mode) * 2 + (blockLumaFromMip ? 1 : 0)) * 2 + (neighbourTaps ? 1 : 0)) * 2 +
           (adjustments ? 1 : 0);
}

QString KeyShaderVariant::fileName() const
{
    // Named as app/CMakeLists.txt bakes them, indexed by SampleMode.
    static constexpr std::array<const char *, 5> modeNames{"packedrgb", "planar", "semiplanar",
                                                           "packed422", "luma"};
    QString name =
        QStringLiteral(":/greenroom/shaders/keyer_") + QLatin1String(modeNames[std::size_t(mode)]);
    if (blockLumaFromMip)
        name += QLatin1String("_mipguide");
    if (neighbourTaps)
        name += QLatin1String("_neighbours");
    if (adjustments)
        name += QLatin1String("_adjust");
    return name + QLatin1String(".frag.qsb");
}

KeyShaderVariant chooseKeyShaderVariant(const FrameLayout &layout, const KeyUniforms &key)
{
    KeyShaderVariant v;
    v.mode = layout.sample.mode;
    v.blockLumaFromMip =
        readsBlockLumaFromMip(layout.sample, layout.frameSize.width(), layout.frameSize.height());
    v.neighbourTaps = key.usesNeighbours();
    v.adjustments = key.usesAdjustments();
    return v;
}

} // namespace greenroom
