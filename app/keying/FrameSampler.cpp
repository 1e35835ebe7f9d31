#include "FrameSampler.h"

#include "KeyUniforms.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace greenroom {

ChromaGrid chromaGrid(const SampleLayout &l, int frameWidth, int frameHeight)
{
    if (l.mode == SampleMode::Packed422)
        return {(frameWidth + 1) / 2, frameHeight};
    return {(frameWidth + (1 << l.chromaShiftX) - 1) >> l.chromaShiftX,
            (frameHeight + (1 << l.chromaShiftY) - 1) >> l.chromaShiftY};
}

FrameSampler::FrameSampler(const FrameView &frame, float chromaGuide, float guideEpsilon)
    : m_frame(frame), m_chroma(chromaGrid(frame.layout, frame.width, frame.height)),
      m_guide(chromaGuide), m_epsilon(guideEpsilon),
      m_neutral(frame.layout.containerBits == 8 ? 128.0f / 255.0f : 32768.0f / 65535.0f),
      m_toRgb(yCbCrToRgbMatrix(frame.matrix, frame.range, frame.layout.containerBits))
{}

// Normalised value of component `c` of the texel at (tx, ty) of a plane, clamped to the edge.
float FrameSampler::texel(int plane, int planeWidth, int planeHeight, int components, int c, int tx,
                          int ty) const
{
    tx = std::clamp(tx, 0, planeWidth - 1);
    ty = std::clamp(ty, 0, planeHeight - 1);
    const FrameView::Plane &p = m_frame.planes[std::size_t(plane)];
    const int bpc = m_frame.layout.bytesPerComponent();
    const unsigned char *px = p.data + std::ptrdiff_t(ty) * p.bytesPerLine +
                              std::ptrdiff_t(tx) * components * bpc + c * bpc;
    if (bpc == 1)
        return float(*px) / 255.0f;
    quint16 v;
    std::memcpy(&v, px, 2); // little-endian storage, as on every platform Greenroom ships
    return float(v) / 65535.0f;
}

// A linear-filtered, clamp-to-edge sampler reading normalised coordinates (u, v).
float FrameSampler::linear(int plane, int planeWidth, int planeHeight, int components, int c,
                           float u, float v) const
{
    const float fx = u * float(planeWidth) - 0.5f;
    const float fy = v * float(planeHeight) - 0.5f;
    const float x0 = std::floor(fx);
    const float y0 = std::floor(fy);
    const float wx = fx - x0;
    const float wy = fy - y0;
    const int ix = int(x0);
    const int iy = int(y0);
    auto t = [&](int dx, int dy) {
        return texel(plane, planeWidth, planeHeight, components, c, ix + dx, iy + dy);
    };
    // Texel centres read back exactly, as they do from a GPU sampler.
    if (wx == 0.0f && wy == 0.0f)
        return t(0, 0);
    const float top = t(0, 0) * (1 - wx) + t(1, 0) * wx;
    const float bottom = t(0, 1) * (1 - wx) + t(1, 1) * wx;
    return top * (1 - wy) + bottom * wy;
}

// (Cb, Cr) of chroma sample (i, j), already clamped to the grid.
std::array<float, 2> FrameSampler::chromaTexel(int i, int j) const
{
    const SampleLayout &l = m_frame.layout;
    const int w = m_chroma.width, h = m_chroma.height;
    switch (l.mode) {
    case SampleMode::Planar:
        return {texel(l.framePlane[1], w, h, 1, 0, i, j), texel(l.framePlane[2], w, h, 1, 0, i, j)};
    case SampleMode::SemiPlanar: {
        const float a = texel(1, w, h, 2, 0, i, j);
        const float b = texel(1, w, h, 2, 1, i, j);
        return l.swapChroma ? std::array{b, a} : std::array{a, b};
    }
    case SampleMode::Packed422:
        return l.chromaFirst ? std::array{texel(0, w, h, 4, 0, i, j), texel(0, w, h, 4, 2, i, j)}
                             : std::array{texel(0, w, h, 4, 1, i, j), texel(0, w, h, 4, 3, i, j)};
    default:
        return {m_neutral, m_neutral};
    }
}

// Mean of the luma texels chroma sample (i, j) covers, summed in the shader's order. At an odd
// edge the block is clamped to the frame and its last texel counts twice, as the shader's
// clamp-to-edge reads do.
float FrameSampler::coveredLuma(int i, int j) const
{
    const SampleLayout &l = m_frame.layout;
    const int sx = 1 << l.chromaShiftX, sy = 1 << l.chromaShiftY;
    const int x0 = i * sx, y0 = j * sy;
    const int x1 = std::min(x0 + sx - 1, m_frame.width - 1);
    const int y1 = std::min(y0 + sy - 1, m_frame.height - 1);
    const int plane = l.framePlane[0];
    const float a = texel(plane, m_frame.width, m_frame.height, 1, 0, x0, y0);
    const float b = texel(plane, m_frame.width, m_frame.height, 1, 0, x1, y0);
    const float c = texel(plane, m_frame.width, m_frame.height, 1, 0, x0, y1);
    const float d = texel(plane, m_frame.width, m_frame.height, 1, 0, x1, y1);
    return ((a + b) + (c + d)) * 0.25f;
}

bool FrameSampler::guideApplies(const std::array<std::array<float, 2>, 4> &chroma) const
{
    if (m_guide <= 0.0f)
        return false;
    for (std::size_t component = 0; component < 2; ++component) {
        float low = chroma[0][component], high = low;
        for (const std::array<float, 2> &sample : chroma) {
            low = std::min(low, sample[component]);
            high = std::max(high, sample[component]);
        }
        if (high - low > KeyUniforms::kGuideMinSpread)
            return true;
    }
    return false;
}

std::array<float, 2> FrameSampler::bilinearChroma(const std::array<float, 4> &w,
                                                  const std::array<std::array<float, 2>, 4> &chroma)
{
    float meanCb = 0, meanCr = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        meanCb += w[k] * chroma[k][0];
        meanCr += w[k] * chroma[k][1];
    }
    return {meanCb, meanCr};
}

std::array<float, 2>
FrameSampler::reconstruct(float lumaHere, const std::array<float, 4> &w,
                          const std::array<float, 4> &blockLuma,
                          const std::array<std::array<float, 2>, 4> &chroma) const
{
    float meanY = 0;
    for (std::size_t k = 0; k < 4; ++k)
        meanY += w[k] * blockLuma[k];
    const auto [meanCb, meanCr] = bilinearChroma(w, chroma);
    // Weighted least-squares fit of chroma against luma over the four samples: across an
    // edge between two colours, every mixture lies on one line in Y'CbCr, so the pixel's own
    // full-resolution luma says where on that line its chroma is.
    float var = 0, covCb = 0, covCr = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const float dy = blockLuma[k] - meanY;
        var += w[k] * dy * dy;
        covCb += w[k] * dy * (chroma[k][0] - meanCb);
        covCr += w[k] * dy * (chroma[k][1] - meanCr);
    }
    const float step = m_guide * (lumaHere - meanY) / (var + m_epsilon);
    return {meanCb + covCb * step, meanCr + covCr * step};
}

std::array<float, 3> FrameSampler::yccAt(float px, float py) const
{
    const SampleLayout &l = m_frame.layout;
    const int width = m_frame.width, height = m_frame.height;
    const int cw = m_chroma.width, ch = m_chroma.height;
    std::array<float, 4> weights{};
    std::array<float, 4> blockLuma{};
    std::array<std::array<float, 2>, 4> chroma{};
    float luma = 0;

    if (l.mode == SampleMode::Packed422) {
        // Nearest texel for the pixel's own luma; each texel is a pixel pair whose chroma
        // sample sits at the pair's centre and covers both lumas.
        const int x = std::clamp(int(std::floor(px)), 0, width - 1);
        const int y = std::clamp(int(std::floor(py)), 0, height - 1);
        const int lumaOffset = l.chromaFirst ? 1 : 0;
        luma = texel(0, cw, ch, 4, lumaOffset + ((x & 1) ? 2 : 0), x / 2, y);
        const float q = px * 0.5f - 0.5f;
        const float i0 = std::floor(q);
        const float f = q - i0;
        weights = {1 - f, f, 0, 0};
        const std::array<int, 2> pairs{std::clamp(int(i0), 0, cw - 1),
                                       std::clamp(int(i0) + 1, 0, cw - 1)};
        // Two samples; the unused weights' slots repeat the first, as keyer.frag passes them.
        const std::array<float, 2> first = chromaTexel(pairs[0], y);
        chroma = {first, chromaTexel(pairs[1], y), first, first};
        if (!guideApplies(chroma)) {
            const std::array<float, 2> c = bilinearChroma(weights, chroma);
            return {luma, c[0], c[1]};
        }
        for (std::size_t k = 0; k < 2; ++k)
            blockLuma[k] = (texel(0, cw, ch, 4, lumaOffset, pairs[k], y) +
                            texel(0, cw, ch, 4, lumaOffset + 2, pairs[k], y)) *
                           0.5f;
        blockLuma[2] = blockLuma[3] = blockLuma[0];
        const std::array<float, 2> c = reconstruct(luma, weights, blockLuma, chroma);
        return {luma, c[0], c[1]};
    }

    const float u = px / float(width);
    const float v = py / float(height);
    luma = linear(l.framePlane[0], width, height, 1, 0, u, v);
    if (l.mode == SampleMode::LumaOnly)
        return {luma, m_neutral, m_neutral};

    const float qx = u * float(cw) - 0.5f;
    const float qy = v * float(ch) - 0.5f;
    const float i0 = std::floor(qx), j0 = std::floor(qy);
    const float fx = qx - i0, fy = qy - j0;
    weights = {(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy};
    const std::array<int, 2> columns{std::clamp(int(i0), 0, cw - 1),
                                     std::clamp(int(i0) + 1, 0, cw - 1)};
    const std::array<int, 2> rows{std::clamp(int(j0), 0, ch - 1),
                                  std::clamp(int(j0) + 1, 0, ch - 1)};
    for (std::size_t k = 0; k < 4; ++k)
        chroma[k] = chromaTexel(columns[k & 1], rows[k >> 1]);
    // As in keyer.frag, the luma under the samples is read only where the guide applies.
    if (!guideApplies(chroma)) {
        const std::array<float, 2> c = bilinearChroma(weights, chroma);
        return {luma, c[0], c[1]};
    }
    for (std::size_t k = 0; k < 4; ++k)
        blockLuma[k] = coveredLuma(columns[k & 1], rows[k >> 1]);
    const std::array<float, 2> c = reconstruct(luma, weights, blockLuma, chroma);
    return {luma, c[0], c[1]};
}

Rgba FrameSampler::at(float px, float py) const
{
    const SampleLayout &l = m_frame.layout;
    Rgba out{};
    if (l.mode == SampleMode::PackedRgb) {
        const float u = px / float(m_frame.width);
        const float v = py / float(m_frame.height);
        std::array<float, 4> bytes{};
        for (int c = 0; c < 4; ++c)
            bytes[std::size_t(c)] = linear(0, m_frame.width, m_frame.height, 4, c, u, v);
        for (int c = 0; c < 3; ++c)
            out[std::size_t(c)] = bytes[std::size_t(l.rgbaByte[std::size_t(c)])];
        out[3] = l.rgbaByte[3] < 0 ? 1.0f : bytes[std::size_t(l.rgbaByte[3])];
    } else {
        const std::array<float, 3> ycc = yccAt(px, py);
        const QVector4D rgb = m_toRgb.map(QVector4D(ycc[0], ycc[1], ycc[2], 1.0f));
        out = {rgb.x(), rgb.y(), rgb.z(), 1.0f};
    }
    for (int c = 0; c < 3; ++c)
        out[std::size_t(c)] = std::clamp(out[std::size_t(c)], 0.0f, 1.0f);
    return out;
}

Rgba sampleFrame(const FrameView &frame, int x, int y)
{
    return FrameSampler(frame).pixel(x, y);
}

} // namespace greenroom
