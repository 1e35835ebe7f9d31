#include "KeyMaterialShader.h"

#include "ColorSpace.h"
#include "FrameSampler.h"
#include "FrameTiming.h"
#include "KeyMaterial.h"

#include <array>
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
    FrameInfoOffset = 288,
    KeyRgbOffset = 304,
    MatteInfoOffset = 320,
    EdgeInfoOffset = 336,
    GarbageOuterOffset = 352,
    GarbageInnerOffset = 368,
    GarbageInfoOffset = 384,
    SpillToneOffset = 400,
    CorrectionOffset = 416,
    SubsamplingOffset = 432,
    DifferenceInfoOffset = 448,
    ScreenInfoOffset = 464,
    OpacityOffset = 480,
    // The view mode's vec4 closes the block, at the next 16-byte boundary after qt_Opacity
    // (std140 aligns a vec4 to 16), so it follows whatever is inserted before qt_Opacity.
    ViewInfoOffset = (OpacityOffset + int(sizeof(float)) + 15) / 16 * 16,
    PlateInfoOffset = ViewInfoOffset + 16,
    UniformBlockSize = PlateInfoOffset + 16,
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

KeyMaterialShader::KeyMaterialShader(const KeyShaderVariant &variant)
    : m_variantIndex(variant.index())
{
    setShaderFileName(VertexStage, QStringLiteral(":/greenroom/shaders/keyer.vert.qsb"));
    setShaderFileName(FragmentStage, variant.fileName());
}

bool KeyMaterialShader::updateUniformData(RenderState &state, QSGMaterial *newMaterial,
                                          QSGMaterial *)
{
    const auto *material = static_cast<const KeyMaterial *>(newMaterial);
    const ScopedCodeTimer timer(material->counters().renderCodeNs);
    material->counters().shaderVariant.store(m_variantIndex, std::memory_order_relaxed);
    QByteArray *buffer = state.uniformData();
    Q_ASSERT(buffer->size() >= UniformBlockSize);

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
    writeVec4(buffer, KeyCbCrOffset, key.screen.vector[0], key.screen.vector[1],
              key.screen.vector[2], key.screen.vectorInverseNorm);
    writeVec4(buffer, KeyParamsOffset, key.similarity, key.smoothness, key.spill, key.opacity);
    writeVec4(buffer, KeyChannelOffset, key.keyChannel[0], key.keyChannel[1], key.keyChannel[2],
              key.spillMethod);
    writeVec4(buffer, LayoutInfoOffset, float(int(sample.mode)), sample.swapChroma ? 1.0f : 0.0f,
              sample.chromaFirst ? 1.0f : 0.0f, key.lumaWeight);
    const float neutral = sample.containerBits == 8 ? 128.0f / 255.0f : 32768.0f / 65535.0f;
    const QSize frame = layout.frameSize;
    const ChromaGrid grid = chromaGrid(sample, frame.width(), frame.height());
    writeVec4(buffer, ChromaInfoOffset, neutral, key.chromaGuide, float(grid.width),
              float(grid.height));
    writeVec4(buffer, FrameInfoOffset, float(frame.width()), float(frame.height()), key.shadeLow,
              key.shadeHigh);
    writeVec4(buffer, KeyRgbOffset, key.screen.rgb[0], key.screen.rgb[1], key.screen.rgb[2],
              key.screenSubtraction);
    writeVec4(buffer, MatteInfoOffset, key.clipBlack, key.clipScale, key.matteExponent,
              key.guideEpsilon);
    writeVec4(buffer, EdgeInfoOffset, float(key.edgeRadius), float(key.featherRadius),
              key.featherWeight, 0);
    writeVec4(buffer, GarbageOuterOffset, key.garbageOuter[0], key.garbageOuter[1],
              key.garbageOuter[2], key.garbageOuter[3]);
    writeVec4(buffer, GarbageInnerOffset, key.garbageInner[0], key.garbageInner[1],
              key.garbageInner[2], key.garbageInner[3]);
    writeVec4(buffer, GarbageInfoOffset, key.garbageInverseFeather, key.garbageInnerEnabled, 0, 0);
    writeVec4(buffer, SpillToneOffset, key.spillTone[0], key.spillTone[1], key.spillTone[2], 0);
    writeVec4(buffer, CorrectionOffset, key.brightness, key.contrast, key.gammaExponent,
              key.saturation);
    writeVec4(buffer, SubsamplingOffset, float(1 << sample.chromaShiftX),
              float(1 << sample.chromaShiftY), 0, 0);
    writeVec4(buffer, DifferenceInfoOffset, key.screen.differenceStrength, key.differenceScale,
              key.screen.chromaInverseNorm, key.screen.lumaInverse);
    writeVec4(buffer, ScreenInfoOffset, key.screen.screenStrength, key.screenBalance,
              key.screen.screenScale, key.liftKnee);
    const std::array<float, 4> &view = material->viewInfo();
    writeVec4(buffer, ViewInfoOffset, view[0], view[1], view[2], view[3]);
    writeVec4(buffer, PlateInfoOffset, key.colorDifference, key.screenMatte, key.screenGain, 0);
    return true;
}

void KeyMaterialShader::updateSampledImage(RenderState &state, int binding, QSGTexture **texture,
                                           QSGMaterial *newMaterial, QSGMaterial *)
{
    auto *material = static_cast<KeyMaterial *>(newMaterial);
    if (binding == 4) { // the clean plate, in the plate variants only
        const ScopedCodeTimer timer(material->counters().renderCodeNs);
        PlateTexture *plate = material->plateTexture();
        plate->commitTextureOperations(state.rhi(), state.resourceUpdateBatch());
        *texture = plate;
        return;
    }
    const int slot = binding - 1; // bindings 1..3 are plane0..plane2
    if (slot < 0 || slot > 2)
        return;
    const ScopedCodeTimer timer(material->counters().renderCodeNs);
    PlaneTexture *plane = material->texture(slot);
    plane->commitTextureOperations(state.rhi(), state.resourceUpdateBatch());
    *texture = plane;
}

} // namespace greenroom
