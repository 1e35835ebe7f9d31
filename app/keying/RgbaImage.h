// A straight-alpha R'G'B'A image with float components in [0, 1]: the currency between the
// synthetic scene generator, the frame writer and the CPU reference keyer.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace greenroom {

using Rgba = std::array<float, 4>;

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<Rgba> pixels; // row-major, width * height

    RgbaImage() = default;
    RgbaImage(int w, int h, Rgba fill = {0, 0, 0, 1})
        : width(w), height(h), pixels(std::size_t(w) * std::size_t(h), fill)
    {}

    Rgba &at(int x, int y) { return pixels[std::size_t(y) * std::size_t(width) + std::size_t(x)]; }
    const Rgba &at(int x, int y) const
    {
        return pixels[std::size_t(y) * std::size_t(width) + std::size_t(x)];
    }
    bool isNull() const { return width <= 0 || height <= 0; }
};

} // namespace greenroom
