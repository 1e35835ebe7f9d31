#include "ReferenceKeyer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace greenroom {

namespace {

// Normalised value of component `c` of the texel at (tx, ty) of a plane, clamped to the edge.
float texel(const FrameView &frame, int plane, int planeWidth, int planeHeight, int components,
            int c, int tx, int ty)
{
    tx = std::clamp(tx, 0, planeWidth - 1);
    ty = std::clamp(ty, 0, planeHeight - 1);
    const FrameView::Plane &p = frame.planes[std::size_t(plane)];
    const int bpc = frame.layout.bytesPerComponent();
    const unsigned char *px = p.data + std::ptrdiff_t(ty) * p.bytesPerLine +
                              std::ptrdiff_t(tx) * components * bpc + c * bpc;
    if (bpc == 1)
        return float(*px) / 255.0f;
    quint16 v;
    std::memcpy(&v, px, 2); // little-endian storage, as on every platform Greenroom ships
    return float(v) / 65535.0f;
}

// Bilinear sample of a subsampled plane at normalised coordinates (u, v), as a linear-filtered
// clamp-to-edge sampler does it.
float bilinear(const FrameView &frame, int plane, int planeWidth, int planeHeight, int components,
               int c, float u, float v)
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
        return texel(frame, plane, planeWidth, planeHeight, components, c, ix + dx, iy + dy);
    };
    const float top = t(0, 0) * (1 - wx) + t(1, 0) * wx;
    const float bottom = t(0, 1) * (1 - wx) + t(1, 1) * wx;
    return top * (1 - wy) + bottom * wy;
}

Rgba yCbCrToRgba(const FrameView &frame, float y, float cb, float cr)
{
    const QMatrix4x4 m = yCbCrToRgbMatrix(frame.matrix, frame.range, frame.layout.containerBits);
    const QVector4D rgb = m.map(QVector4D(y, cb, cr, 1.0f));
    return {rgb.x(), rgb.y(), rgb.z(), 1.0f};
}

} // namespace

Rgba sampleFrame(const FrameView &frame, int x, int y)
{
    const SampleLayout &l = frame.layout;
    const float u = (float(x) + 0.5f) / float(frame.width);
    const float v = (float(y) + 0.5f) / float(frame.height);
    const int chromaW = (frame.width + (1 << l.chromaShiftX) - 1) >> l.chromaShiftX;
    const int chromaH = (frame.height + (1 << l.chromaShiftY) - 1) >> l.chromaShiftY;
    const float neutral = l.containerBits == 8 ? 128.0f / 255.0f : 32768.0f / 65535.0f;

    Rgba out{};
    switch (l.mode) {
    case SampleMode::PackedRgb: {
        std::array<float, 4> bytes{};
        for (int c = 0; c < 4; ++c)
            bytes[std::size_t(c)] = texel(frame, 0, frame.width, frame.height, 4, c, x, y);
        for (int c = 0; c < 3; ++c)
            out[std::size_t(c)] = bytes[std::size_t(l.rgbaByte[std::size_t(c)])];
        out[3] = l.rgbaByte[3] < 0 ? 1.0f : bytes[std::size_t(l.rgbaByte[3])];
        break;
    }
    case SampleMode::Planar: {
        const float ly = texel(frame, l.framePlane[0], frame.width, frame.height, 1, 0, x, y);
        const float cb = bilinear(frame, l.framePlane[1], chromaW, chromaH, 1, 0, u, v);
        const float cr = bilinear(frame, l.framePlane[2], chromaW, chromaH, 1, 0, u, v);
        out = yCbCrToRgba(frame, ly, cb, cr);
        break;
    }
    case SampleMode::SemiPlanar: {
        const float ly = texel(frame, 0, frame.width, frame.height, 1, 0, x, y);
        float cb = bilinear(frame, 1, chromaW, chromaH, 2, 0, u, v);
        float cr = bilinear(frame, 1, chromaW, chromaH, 2, 1, u, v);
        if (l.swapChroma)
            std::swap(cb, cr);
        out = yCbCrToRgba(frame, ly, cb, cr);
        break;
    }
    case SampleMode::Packed422: {
        const int pairs = (frame.width + 1) / 2;
        std::array<float, 4> t{};
        for (int c = 0; c < 4; ++c)
            t[std::size_t(c)] = texel(frame, 0, pairs, frame.height, 4, c, x / 2, y);
        const bool odd = (x & 1) != 0;
        if (l.chromaFirst) // Cb Y0 Cr Y1
            out = yCbCrToRgba(frame, odd ? t[3] : t[1], t[0], t[2]);
        else // Y0 Cb Y1 Cr
            out = yCbCrToRgba(frame, odd ? t[2] : t[0], t[1], t[3]);
        break;
    }
    case SampleMode::LumaOnly: {
        const float ly = texel(frame, 0, frame.width, frame.height, 1, 0, x, y);
        out = yCbCrToRgba(frame, ly, neutral, neutral);
        break;
    }
    }
    for (int c = 0; c < 3; ++c)
        out[std::size_t(c)] = std::clamp(out[std::size_t(c)], 0.0f, 1.0f);
    return out;
}

Rgba keyColor(const Rgba &straight, const KeyUniforms &key)
{
    float r = straight[0], g = straight[1], b = straight[2];
    const QVector3D ycc = keyingYCbCr(QVector3D(r, g, b));
    const float dcb = ycc.y() - key.keyCbCr[0];
    const float dcr = ycc.z() - key.keyCbCr[1];
    const float distance = std::sqrt(dcb * dcb + dcr * dcr);
    float alpha = std::clamp((distance - key.similarity) / key.smoothness, 0.0f, 1.0f);

    // Despill: pull the key channel down toward the strongest of the other two channels.
    const auto &m = key.keyChannel;
    const float k = r * m[0] + g * m[1] + b * m[2];
    const float limit = std::max({r * (1 - m[0]), g * (1 - m[1]), b * (1 - m[2])});
    const float excess = std::max(k - limit, 0.0f) * key.spill;
    r -= m[0] * excess;
    g -= m[1] * excess;
    b -= m[2] * excess;

    alpha *= straight[3] * key.opacity;
    return {r * alpha, g * alpha, b * alpha, alpha};
}

RgbaImage keyFrame(const FrameView &frame, const KeyUniforms &key)
{
    RgbaImage out(frame.width, frame.height);
    for (int y = 0; y < frame.height; ++y)
        for (int x = 0; x < frame.width; ++x)
            out.at(x, y) = keyColor(sampleFrame(frame, x, y), key);
    return out;
}

} // namespace greenroom
