#include "KeyShaderVariant.h"

#include "FrameLayout.h"
#include "FrameSampler.h"

#include <array>

namespace greenroom {

int KeyShaderVariant::index() const
{
    return ((int(mode) * 3 + int(guide)) * 2 + (neighbourTaps ? 1 : 0)) * 2 + (adjustments ? 1 : 0);
}

QString KeyShaderVariant::fileName() const
{
    // Named as app/CMakeLists.txt bakes them, indexed by SampleMode.
    static constexpr std::array<const char *, 5> modeNames{"packedrgb", "planar", "semiplanar",
                                                           "packed422", "luma"};
    QString name =
        QStringLiteral(":/greenroom/shaders/keyer_") + QLatin1String(modeNames[std::size_t(mode)]);
    if (guide == GuideReads::None)
        name += QLatin1String("_noguide");
    else if (guide == GuideReads::MipLevel)
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
    if (v.mode == SampleMode::Planar || v.mode == SampleMode::SemiPlanar) {
        if (key.chromaGuide <= 0.0f)
            v.guide = GuideReads::None;
        else if (readsBlockLumaFromMip(layout.sample, layout.frameSize.width(),
                                       layout.frameSize.height()))
            v.guide = GuideReads::MipLevel;
    }
    v.neighbourTaps = key.usesNeighbours();
    v.adjustments = key.usesAdjustments();
    return v;
}

} // namespace greenroom
