#include "KeyMaterialShader.h"

#include "ColorSpace.h"
#include "KeyMaterial.h"

#include <cstring>

namespace greenroom {

namespace {

// Byte offsets of the std140 uniform block shared by keyer.vert and keyer.frag.
enum UniformOffset : int {
    MatrixOffset = 0,
    ColorMatrixOffset = 64,
    RgbSwizzleOffset = 128,
    RgbSwizzleAddOffset = 192,
    KeyCbCrOffset = 208,
    KeyParamsOffset = 224,
    KeyChannelOffset = 240,
    LayoutInfoOffset = 256,
    ChromaInfoOffset = 272,
    OpacityOffset = 288,
    UniformBlockSize = 292,
};

void writeVec4(QByteArray *buffer, int offset, float x, float y, float z, float w)
{
    const float v[4] = {x, y, z, w};
    std::memcpy(buffer->data() + offset, v, sizeof v);
}

void writeMatrix(QByteArray *buffer, int offset, const QMatrix4x4 &m)
{
    std::memcpy(buffer->data() + offset, m.constData(), 64); // column-major, as GLSL wants
}

// Maps a raw RGBA8 texel (bytes in memory order) to R'G'B'A for packed RGB layouts.
QMatrix4x4 rgbSwizzle(const SampleLayout &layout)
{
    QMatrix4x4 m;
    m.fill(0.0f);
    for (int channel = 0; channel < 4; ++channel) {
        const int byte = layout.rgbaByte[std::size_t(channel)];
        if (byte >= 0)
            m(channel, byte) = 1.0f;
    }
    return m;
}

} // namespace

KeyMaterialShader::KeyMaterialShader()
{
    setShaderFileName(VertexStage, QStringLiteral(":/greenroom/shaders/keyer.vert.qsb"));
    setShaderFileName(FragmentStage, QStringLiteral(":/greenroom/shaders/keyer.frag.qsb"));
}

bool KeyMaterialShader::updateUniformData(RenderState &state, QSGMaterial *newMaterial,
                                          QSGMaterial *)
{
    QByteArray *buffer = state.uniformData();
    Q_ASSERT(buffer->size() >= UniformBlockSize);
    const auto *material = static_cast<const KeyMaterial *>(newMaterial);

    if (state.isMatrixDirty())
        writeMatrix(buffer, MatrixOffset, state.combinedMatrix());
    if (state.isOpacityDirty()) {
        const float opacity = state.opacity();
        std::memcpy(buffer->data() + OpacityOffset, &opacity, sizeof opacity);
    }
    if (!material->hasFrame())
        return true;

    // A few hundred bytes: cheaper to rewrite than to track which of them changed.
    const FrameLayout &layout = material->layout();
    const SampleLayout &sample = layout.sample;
    writeMatrix(buffer, ColorMatrixOffset,
                yCbCrToRgbMatrix(layout.matrix, layout.range, sample.containerBits));
    writeMatrix(buffer, RgbSwizzleOffset, rgbSwizzle(sample));
    writeVec4(buffer, RgbSwizzleAddOffset, 0, 0, 0, sample.rgbaByte[3] < 0 ? 1.0f : 0.0f);

    const KeyUniforms &key = material->keyUniforms();
    writeVec4(buffer, KeyCbCrOffset, key.keyCbCr[0], key.keyCbCr[1], 0, 0);
    writeVec4(buffer, KeyParamsOffset, key.similarity, key.smoothness, key.spill, key.opacity);
    writeVec4(buffer, KeyChannelOffset, key.keyChannel[0], key.keyChannel[1], key.keyChannel[2], 0);
    writeVec4(buffer, LayoutInfoOffset, float(int(sample.mode)), sample.swapChroma ? 1.0f : 0.0f,
              sample.chromaFirst ? 1.0f : 0.0f, float(layout.textures[0].size.width()));
    const float neutral = sample.containerBits == 8 ? 128.0f / 255.0f : 32768.0f / 65535.0f;
    writeVec4(buffer, ChromaInfoOffset, neutral, 0, 0, 0);
    return true;
}

void KeyMaterialShader::updateSampledImage(RenderState &state, int binding, QSGTexture **texture,
                                           QSGMaterial *newMaterial, QSGMaterial *)
{
    const int slot = binding - 1; // bindings 1..3 are plane0..plane2
    if (slot < 0 || slot > 2)
        return;
    auto *material = static_cast<KeyMaterial *>(newMaterial);
    PlaneTexture *plane = material->texture(slot);
    plane->commitTextureOperations(state.rhi(), state.resourceUpdateBatch());
    *texture = plane;
}

} // namespace greenroom
