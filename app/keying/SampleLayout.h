// How the keyer reads one pixel out of a frame's planes: the part of a pixel format that the
// shader and the CPU reference both need. render/FrameLayout maps Qt's pixel formats onto it.
#pragma once

#include <array>

namespace greenroom {

// Numbered as the shader's `layoutInfo.x` expects them.
enum class SampleMode : int {
    PackedRgb = 0,  // one RGBA8 texture holding 32-bit RGB(A/X) pixels in some byte order
    Planar = 1,     // three single-component textures: Y', Cb, Cr
    SemiPlanar = 2, // Y' texture plus one two-component chroma texture
    Packed422 = 3,  // one RGBA8 texture, each texel holding two pixels (Y0 Cb Y1 Cr or Cb Y0 Cr Y1)
    LumaOnly = 4,   // one single-component Y' texture; chroma is neutral
};

struct SampleLayout {
    SampleMode mode = SampleMode::Planar;
    int planeCount = 1;
    int containerBits = 8;    // bits per stored component: 8, or 16 (P010, P016, Y16)
    int chromaShiftX = 0;     // log2 of horizontal chroma subsampling (Planar, SemiPlanar)
    int chromaShiftY = 0;     // log2 of vertical chroma subsampling (Planar, SemiPlanar)
    bool swapChroma = false;  // SemiPlanar: Cr stored before Cb (NV21)
    bool chromaFirst = false; // Packed422: Cb Y0 Cr Y1 (UYVY) rather than Y0 Cb Y1 Cr (YUYV)
    bool isYCbCr = true;
    // PackedRgb: byte index (0..3) within a pixel of R, G, B and A; -1 for A means opaque.
    std::array<int, 4> rgbaByte{0, 1, 2, 3};
    // Shader texture slot i samples the frame's plane framePlane[i] (YV12 stores Cr before Cb).
    std::array<int, 3> framePlane{0, 1, 2};

    int bytesPerComponent() const { return containerBits / 8; }
};

} // namespace greenroom
