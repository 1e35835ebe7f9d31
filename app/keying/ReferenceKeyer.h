// The CPU reference of the GPU keyer: the same math as shaders/keyer.frag, in plain C++.
// Tests compare the GPU output with it pixel by pixel; auto-key builds on it. It is not on the
// live path.
#pragma once

#include "ColorSpace.h"
#include "KeyUniforms.h"
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
};

// Straight R'G'B'A of the frame at pixel (x, y), sampled as the GPU samples it when the frame
// is drawn 1:1: full-resolution planes at texel centres, subsampled chroma bilinearly with
// centre siting and clamp-to-edge, packed 4:2:2 chroma shared by the pixel pair.
Rgba sampleFrame(const FrameView &frame, int x, int y);

// Keys one straight R'G'B'A colour: returns premultiplied RGBA, as the shader writes it.
Rgba keyColor(const Rgba &straight, const KeyUniforms &key);

// The whole frame keyed: premultiplied RGBA per pixel.
RgbaImage keyFrame(const FrameView &frame, const KeyUniforms &key);

} // namespace greenroom
