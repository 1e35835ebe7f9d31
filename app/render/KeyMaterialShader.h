// Feeds shaders/keyer.{vert,frag} from a KeyMaterial: the colour conversion and key values as
// uniforms (a parameter change only rewrites these), and the plane textures, whose pending
// uploads are committed here, once per new frame.
#pragma once

#include "KeyShaderVariant.h"

#include <QtQuick/QSGMaterialShader>

namespace greenroom {

class KeyMaterialShader : public QSGMaterialShader {
public:
    // Loads the baked keyer variant.
    explicit KeyMaterialShader(const KeyShaderVariant &variant);

    bool updateUniformData(RenderState &state, QSGMaterial *newMaterial,
                           QSGMaterial *oldMaterial) override;
    void updateSampledImage(RenderState &state, int binding, QSGTexture **texture,
                            QSGMaterial *newMaterial, QSGMaterial *oldMaterial) override;

private:
    int m_variantIndex; // reported in FrameCounters::shaderVariant by each draw
};

} // namespace greenroom
