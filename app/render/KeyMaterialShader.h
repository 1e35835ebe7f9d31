// Feeds shaders/keyer.{vert,frag} from a KeyMaterial: the colour conversion and key values as
// uniforms (a parameter change only rewrites these), and the plane textures, whose pending
// uploads are committed here, once per new frame.
#pragma once

#include "SampleLayout.h"

#include <QtQuick/QSGMaterialShader>

namespace greenroom {

class KeyMaterialShader : public QSGMaterialShader {
public:
    // Loads the keyer variant baked for `mode`, with or without the neighbour taps.
    KeyMaterialShader(SampleMode mode, bool neighbourTaps);

    bool updateUniformData(RenderState &state, QSGMaterial *newMaterial,
                           QSGMaterial *oldMaterial) override;
    void updateSampledImage(RenderState &state, int binding, QSGTexture **texture,
                            QSGMaterial *newMaterial, QSGMaterial *oldMaterial) override;
};

} // namespace greenroom
