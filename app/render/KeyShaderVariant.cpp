#include "KeyShaderVariant.h"

#include "FrameLayout.h"

#include <array>

namespace greenroom {

namespace {

bool hasChromaNeighbourhood(SampleMode mode)
{
    return mode == SampleMode::Planar || mode == SampleMode::SemiPlanar;
}

} // namespace

int KeyShaderVariant::index() const
{
    int i = int(mode);
    for (const bool flag : {chromaGuide, gather, neighbourTaps, adjustments})
        i = i * 2 + (flag ? 1 : 0);
    return cleanPlate ? i + kCount / 2 : i;
}

std::optional<KeyShaderVariant> KeyShaderVariant::fromIndex(int index)
{
    if (index < 0 || index >= kCount)
        return std::nullopt;
    KeyShaderVariant v;
    v.cleanPlate = index >= kCount / 2;
    index %= kCount / 2;
    // index() read back: the flags are its low bits, last flag lowest.
    for (bool *flag : {&v.adjustments, &v.neighbourTaps, &v.gather, &v.chromaGuide}) {
        *flag = (index & 1) != 0;
        index >>= 1;
    }
    v.mode = SampleMode(index);
    return v;
}

QString KeyShaderVariant::name() const
{
    // Named as app/CMakeLists.txt bakes them, indexed by SampleMode.
    static constexpr std::array<const char *, 5> modeNames{"packedrgb", "planar", "semiplanar",
                                                           "packed422", "luma"};
    QString name = QLatin1String(cleanPlate ? "keyer_plate_" : "keyer_") +
                   QLatin1String(modeNames[std::size_t(mode)]);
    if (!chromaGuide)
        name += QLatin1String("_noguide");
    if (gather)
        name += QLatin1String("_gather");
    if (neighbourTaps)
        name += QLatin1String("_neighbours");
    if (adjustments && !cleanPlate)
        name += QLatin1String("_adjust");
    return name;
}

QString KeyShaderVariant::fileName() const
{
    return QStringLiteral(":/greenroom/shaders/") + name() + QLatin1String(".frag.qsb");
}

bool KeyShaderVariant::isBaked() const
{
    return (hasChromaNeighbourhood(mode) || (chromaGuide && !gather)) &&
           (!cleanPlate || adjustments);
}

KeyShaderVariant chooseKeyShaderVariant(const FrameLayout &layout, const KeyUniforms &key,
                                        bool canGather, bool cleanPlate)
{
    KeyShaderVariant v;
    v.mode = layout.sample.mode;
    if (hasChromaNeighbourhood(v.mode)) {
        v.chromaGuide = key.chromaGuide > 0.0f;
        v.gather = canGather;
    }
    v.neighbourTaps = key.usesNeighbours();
    v.cleanPlate = cleanPlate;
    v.adjustments = cleanPlate || key.usesAdjustments();
    return v;
}

} // namespace greenroom
