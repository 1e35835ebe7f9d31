// Which baked variant of shaders/keyer.frag draws a frame with a key. Each choice that would
// otherwise be a branch in the shader is a variant instead: a software rasteriser runs both
// sides of every branch, so there an unused feature would cost as much as a used one.
// app/CMakeLists.txt bakes every variant under fileName(); keep the two in step.
#pragma once

#include "KeyUniforms.h"
#include "SampleLayout.h"

#include <QtCore/QString>

namespace greenroom {

struct FrameLayout;

// How planar and semi-planar frames read the luma under each chroma sample for the chroma guide
// (the shader's GUIDE_READS). Other modes read nothing extra for it and use Texels.
enum class GuideReads : int {
    None = 0,     // the guide is off (strength 0): no reads at all
    Texels = 1,   // the mean of the 2x2 (2x1, 1x1) luma texels, read one by one
    MipLevel = 2, // 4:2:0 of even size: the 2x2 mean the GPU stored in the luma texture's level 1
};

struct KeyShaderVariant {
    SampleMode mode = SampleMode::Planar;
    GuideReads guide = GuideReads::Texels;
    bool neighbourTaps = false; // shrink/grow or feather
    bool adjustments = false;   // garbage matte, matte gamma or foreground correction

    // The number of distinct variants and a dense index for this one (one material type each).
    static constexpr int kCount = (int(SampleMode::LumaOnly) + 1) * 3 * 2 * 2;
    int index() const;
    // ":/greenroom/shaders/keyer_<mode>[_noguide|_mipguide][_neighbours][_adjust].frag.qsb"
    QString fileName() const;

    friend bool operator==(const KeyShaderVariant &, const KeyShaderVariant &) = default;
};

KeyShaderVariant chooseKeyShaderVariant(const FrameLayout &layout, const KeyUniforms &key);

} // namespace greenroom
