// Reads straight R'G'B'A out of a frame's planes exactly as shaders/keyer.frag samples its
// plane textures: the CPU half of "one keyer" (DESIGN.md, invariant 6). Used by the reference
// keyer, auto-key and the eyedropper.
//
// Positions are continuous, in pixels, with pixel centres at x + 0.5 (the shader's
// texCoord * frameSize). Full-resolution planes are read as a linear-filtered clamp-to-edge
// sampler reads them; subsampled chroma is reconstructed from the 2x2 nearest chroma samples,
// bilinearly, optionally steered by luma (see KeyParams::chromaGuide).
#pragma once

#include "ColorSpace.h"
#include "RgbaImage.h"
#include "SampleLayout.h"

#include <array>

namespace greenroom {

// A mapped frame as plain memory: planes in the frame's own order.
struct FrameView {
    SampleLayout layout;
    int width = 0;
    int height = 0;
    YCbCrMatrix matrix = YCbCrMatrix::Bt709;
    YCbCrRange range = YCbCrRange::Limited;
    struct Plane {
        const unsigned char *data = nullptr;
        int bytesPerLine = 0;
    };
    std::array<Plane, 3> planes{};

    // 4:2:0 semi-planar (NV12) planes: luma, then interleaved Cb Cr.
    static FrameView semiPlanar420(int width, int height, Plane luma, Plane chroma)
    {
        FrameView view;
        view.layout.mode = SampleMode::SemiPlanar;
        view.layout.planeCount = 2;
        view.layout.chromaShiftX = view.layout.chromaShiftY = 1;
        view.width = width;
        view.height = height;
        view.planes[0] = luma;
        view.planes[1] = chroma;
        return view;
    }
};

// Chroma plane size in texels: what the shader's chroma texture holds (for 4:2:2 packed
// formats, one texel per pixel pair).
struct ChromaGrid {
    int width = 0;
    int height = 0;
};
ChromaGrid chromaGrid(const SampleLayout &layout, int frameWidth, int frameHeight);

class FrameSampler {
public:
    // `chromaGuide` and `guideEpsilon` as in KeyUniforms; 0 gives plain bilinear chroma.
    explicit FrameSampler(const FrameView &frame, float chromaGuide = 0.0f,
                          float guideEpsilon = 2.0e-5f);

    // Straight R'G'B'A at pixel-space position (px, py), R'G'B' clamped to [0, 1].
    Rgba at(float px, float py) const;
    Rgba pixel(int x, int y) const { return at(float(x) + 0.5f, float(y) + 0.5f); }

    const FrameView &frame() const { return m_frame; }

private:
    // Normalised texel values (Y', Cb, Cr) of a Y'CbCr frame.
    std::array<float, 3> yccAt(float px, float py) const;
    // Whether the guide steers these four chroma samples: only where they differ by more than
    // KeyUniforms::kGuideMinSpread in Cb or Cr (keyer.frag's guideApplies).
    bool guideApplies(const std::array<std::array<float, 2>, 4> &chroma) const;
    // The weighted mean of four chroma samples: bilinear chroma.
    static std::array<float, 2> bilinearChroma(const std::array<float, 4> &weights,
                                               const std::array<std::array<float, 2>, 4> &chroma);
    // Luma-guided reconstruction from four chroma samples and the luma they cover, for samples
    // that guideApplies to.
    std::array<float, 2> reconstruct(float lumaHere, const std::array<float, 4> &weights,
                                     const std::array<float, 4> &blockLuma,
                                     const std::array<std::array<float, 2>, 4> &chroma) const;
    float texel(int plane, int planeWidth, int planeHeight, int components, int c, int tx,
                int ty) const;
    float linear(int plane, int planeWidth, int planeHeight, int components, int c, float u,
                 float v) const;
    std::array<float, 2> chromaTexel(int i, int j) const;
    float coveredLuma(int i, int j) const;

    FrameView m_frame;
    ChromaGrid m_chroma;
    float m_guide;
    float m_epsilon;
    float m_neutral;
    QMatrix4x4 m_toRgb;
};

// Straight R'G'B'A of the frame at pixel (x, y) with plain bilinear chroma, as the GPU samples
// it when the frame is drawn 1:1 and chromaGuide is 0.
Rgba sampleFrame(const FrameView &frame, int x, int y);

} // namespace greenroom
