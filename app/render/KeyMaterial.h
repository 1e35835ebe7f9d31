// The scene-graph material of the keyed video: the current frame's plane textures plus the
// values the keyer shader needs. Lives on the render thread.
#pragma once

#include "FrameCounters.h"
#include "FrameLayout.h"
#include "KeyShaderVariant.h"
#include "KeyUniforms.h"
#include "MappedFrame.h"
#include "PlaneTexture.h"
#include "PlateTexture.h"
#include "SourceTextures.h"

#include <QtQuick/QSGMaterial>

#include <array>
#include <memory>
#include <optional>

namespace greenroom {

class KeyMaterial : public QSGMaterial {
public:
    explicit KeyMaterial(std::shared_ptr<FrameCounters> counters);
    ~KeyMaterial() override;

    // One type per baked shader variant (KeyShaderVariant), chosen by the current frame's
    // layout and the key.
    QSGMaterialType *type() const override;
    QSGMaterialShader *createShader(QSGRendererInterface::RenderMode renderMode) const override;
    int compare(const QSGMaterial *other) const override;

    // Checks that the mapped frame holds what its format promises and queues each plane for
    // one upload; a frame left on the GPU lends its own textures instead, when they are laid out
    // as the keyer samples them, and is mapped and uploaded when not. Returns an empty string on
    // success, else a message saying what is wrong (and the material keeps nothing of the
    // frame).
    QString setFrame(std::unique_ptr<MappedFrame> mapped);
    void setKeyUniforms(const KeyUniforms &uniforms) { m_key = uniforms; }
    // The clean plate to key against (null: none), uploaded once. Used only while it fits the
    // frame's size (usesCleanPlate); otherwise the frame is keyed as if there were none.
    void setCleanPlate(const CleanPlate &plate) { m_plate->setPlate(plate); }
    const CleanPlate &cleanPlate() const { return m_plate->plate(); }
    bool usesCleanPlate() const;
    PlateTexture *plateTexture() const { return m_plate.get(); }
    // The graphics device the material draws with: borrowed frame textures must belong to it,
    // and it decides whether the variants that read with textureGather run.
    void setRhi(QRhi *rhi);
    // keyer.frag's viewInfo: view mode, split position, split axis, side (see the shader).
    void setViewInfo(const std::array<float, 4> &info) { m_viewInfo = info; }
    const std::array<float, 4> &viewInfo() const { return m_viewInfo; }

    bool hasFrame() const { return m_layout.has_value(); }
    const FrameLayout &layout() const { return *m_layout; }
    const KeyUniforms &keyUniforms() const { return m_key; }
    PlaneTexture *texture(int slot) const { return m_textures[std::size_t(slot)].get(); }
    FrameCounters &counters() const { return *m_counters; }

private:
    KeyShaderVariant shaderVariant() const;
    // The layout the frame's lent textures are sampled with, when they fit the keyer.
    std::optional<FrameLayout> borrowTextures(const FrameLayout &layout, const MappedFrame &mapped);
    void clearFrame();

    const std::shared_ptr<FrameCounters> m_counters;
    std::optional<FrameLayout> m_layout;
    std::unique_ptr<MappedFrame> m_mapped;
    std::unique_ptr<SourceTextures> m_borrowed; // of m_mapped's frame, when it lent them
    QRhi *m_rhi = nullptr;
    std::array<std::unique_ptr<PlaneTexture>, 3> m_textures;
    std::unique_ptr<PlateTexture> m_plate;
    KeyUniforms m_key;
    std::array<float, 4> m_viewInfo{0.0f, 0.0f, 0.0f, 1.0f};
    bool m_textureGather = false;
    bool m_plateTextures = false; // the device samples RGBA32F textures
};

} // namespace greenroom
