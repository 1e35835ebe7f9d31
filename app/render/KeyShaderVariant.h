// Which baked variant of shaders/keyer.frag draws a frame with a key. Each choice that would
// otherwise be a branch in the shader is a variant instead: a software rasteriser runs both
// sides of every branch, so there an unused feature would cost as much as a used one.
// app/CMakeLists.txt bakes every variant under fileName(); keep the two in step.
#pragma once

#include "KeyUniforms.h"
#include "SampleLayout.h"

#include <QtCore/QString>

#include <optional>

namespace greenroom {

struct FrameLayout;

struct KeyShaderVariant {
    SampleMode mode = SampleMode::Planar;
    // Planar and semi-planar only; other modes keep the defaults (their reads do not change).
    bool chromaGuide = true;    // the chroma guide's luma reads are compiled in (strength > 0)
    bool gather = false;        // 2x2 neighbourhoods read with textureGather, four texels a read
    bool neighbourTaps = false; // shrink/grow or feather
    bool adjustments = false;   // garbage matte, matte gamma or foreground correction
    // Keyed against a clean plate (a texture of its own). These variants always compile the
    // adjustments in (identity values leave every pixel as it is): a set of its own, a quarter
    // of the size of the set without a plate, only for keys that have one.
    bool cleanPlate = false;

    // The size of the index space and a dense index for this variant (one material type each).
    // The variants without a plate keep the indices they had before plates existed.
    static constexpr int kCount = (int(SampleMode::LumaOnly) + 1) * 2 * 2 * 2 * 2 * 2;
    int index() const;
    // The variant with that index; empty outside [0, kCount).
    static std::optional<KeyShaderVariant> fromIndex(int index);
    // "keyer_<mode>[_noguide][_gather][_neighbours][_adjust]", or for a plate
    // "keyer_plate_<mode>[_noguide][_gather][_neighbours]"
    QString name() const;
    // ":/greenroom/shaders/" + name() + ".frag.qsb"
    QString fileName() const;
    // Whether app/CMakeLists.txt bakes this combination: turning the guide off or gathering
    // exists only for planar and semi-planar modes, and every plate variant has adjustments.
    bool isBaked() const;

    friend bool operator==(const KeyShaderVariant &, const KeyShaderVariant &) = default;
};

// `canGather`: whether the graphics API runs the gathering variants (supportsTextureGather);
// `cleanPlate`: whether a clean plate that fits the frame is drawn with.
KeyShaderVariant chooseKeyShaderVariant(const FrameLayout &layout, const KeyUniforms &key,
                                        bool canGather, bool cleanPlate = false);

} // namespace greenroom
