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

struct KeyShaderVariant {
    SampleMode mode = SampleMode::Planar;
    // 4:2:0 of even size: the chroma guide reads each chroma sample's luma from level 1 of the
    // luma texture, whose mipmaps the GPU generates after the upload.
    bool blockLumaFromMip = false;
    bool neighbourTaps = false; // shrink/grow or feather
    bool adjustments = false;   // garbage matte, matte gamma or foreground correction

    // The number of distinct variants and a dense index for this one (one material type each).
    static constexpr int kCount = (int(SampleMode::LumaOnly) + 1) * 2 * 2 * 2;
    int index() const;
    // ":/greenroom/shaders/keyer_<mode>[_mipguide][_neighbours][_adjust].frag.qsb"
    QString fileName() const;

    friend bool operator==(const KeyShaderVariant &, const KeyShaderVariant &) = default;
};

KeyShaderVariant chooseKeyShaderVariant(const FrameLayout &layout, const KeyUniforms &key);

} // namespace greenroom
