#include "CleanPlateScenes.h"

#include "CleanPlateBuilder.h"
#include "KeyUniforms.h"
#include "MappedFrameView.h"
#include "ReferenceKeyer.h"

#include <algorithm>
#include <cmath>

namespace greenroom::test {

namespace {

float clamp01(float v)
{
    return std::clamp(v, 0.0f, 1.0f);
}

// A small deterministic hash: noise that depends on the position and the frame's seed only.
float noiseAt(int x, int y, quint32 seed, int channel)
{
    quint32 h = quint32(x) * 0x9e3779b1U ^ quint32(y) * 0x85ebca77U ^ seed * 0xc2b2ae3dU ^
                quint32(channel) * 0x27d4eb2fU;
    h ^= h >> 15;
    h *= 0x2c1b3c6dU;
    h ^= h >> 12;
    h *= 0x297a2d39U;
    h ^= h >> 15;
    return float(h & 0xffffU) / 32767.5f - 1.0f; // -1..1
}

Rgba screenAt(float u, float v)
{
    // Warm (yellowish) light from the left, cool (bluish) from the right, darker below, a hot
    // spot upper left.
    const std::array<float, 3> warm{0.30f, 0.68f, 0.16f};
    const std::array<float, 3> cool{0.08f, 0.54f, 0.36f};
    const float light =
        (1.0f - 0.35f * v) *
        (1.0f + 0.25f * std::exp(-((u - 0.25f) * (u - 0.25f) + (v - 0.2f) * (v - 0.2f)) / 0.05f));
    Rgba c{};
    for (std::size_t k = 0; k < 3; ++k)
        c[k] = clamp01((warm[k] * (1.0f - u) + cool[k] * u) * light);
    c[3] = 1.0f;
    return c;
}

} // namespace

RgbaImage unevenScreen(QSize size, quint32 seed, float noise)
{
    RgbaImage image(size.width(), size.height());
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            Rgba c = screenAt((float(x) + 0.5f) / float(size.width()),
                              (float(y) + 0.5f) / float(size.height()));
            for (int k = 0; k < 3; ++k)
                c[std::size_t(k)] = clamp01(c[std::size_t(k)] + noise * noiseAt(x, y, seed, k));
            image.at(x, y) = c;
        }
    return image;
}

RgbaImage unevenScene(QSize size, quint32 seed, float noise, std::vector<float> *alpha)
{
    RgbaImage image = unevenScreen(size, seed, noise);
    if (alpha)
        alpha->assign(std::size_t(size.width()) * std::size_t(size.height()), 0.0f);
    const float w = float(size.width()), h = float(size.height());
    // Solid patches (a column of colours each side: near-screen teal and olive, skin, dark hair,
    // a pale green shirt), and a translucent veil in the middle.
    struct Patch {
        QRectF rect; // normalised
        std::array<float, 3> colour;
        float coverage;
    };
    const Patch patches[] = {
        {{0.08, 0.10, 0.16, 0.22}, {0.10f, 0.50f, 0.42f}, 1.0f}, // teal
        {{0.08, 0.40, 0.16, 0.22}, {0.45f, 0.55f, 0.12f}, 1.0f}, // olive
        {{0.08, 0.70, 0.16, 0.22}, {0.85f, 0.62f, 0.50f}, 1.0f}, // skin
        {{0.76, 0.10, 0.16, 0.22}, {0.12f, 0.09f, 0.07f}, 1.0f}, // dark hair
        {{0.76, 0.40, 0.16, 0.22}, {0.55f, 0.75f, 0.50f}, 1.0f}, // pale green shirt
        {{0.76, 0.70, 0.16, 0.22}, {0.80f, 0.20f, 0.25f}, 1.0f}, // red
        {{0.38, 0.15, 0.24, 0.70}, {0.90f, 0.90f, 0.88f}, 0.4f}, // veil
    };
    for (const Patch &p : patches) {
        const QRect r(int(p.rect.x() * w), int(p.rect.y() * h), int(p.rect.width() * w),
                      int(p.rect.height() * h));
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x) {
                Rgba &c = image.at(x, y);
                for (std::size_t k = 0; k < 3; ++k)
                    c[k] = clamp01(c[k] * (1.0f - p.coverage) + p.colour[k] * p.coverage +
                                   noise * noiseAt(x, y, seed + 7, int(k)));
                if (alpha)
                    (*alpha)[std::size_t(y) * std::size_t(size.width()) + std::size_t(x)] =
                        p.coverage;
            }
    }
    return image;
}

CleanPlate buildPlate(const QList<QVideoFrame> &frames)
{
    if (frames.isEmpty())
        return {};
    CleanPlateBuilder builder(frames.constFirst().size());
    for (const QVideoFrame &frame : frames) {
        const MappedFrameView mapped(frame);
        if (!builder.add(mapped.view()))
            return {};
    }
    return builder.plate();
}

RgbaImage referenceOutputWithPlate(const QVideoFrame &frame, const KeyParams &params,
                                   const CleanPlate &plate)
{
    const MappedFrameView mapped(frame);
    if (mapped.view().width <= 0)
        return {};
    return keyFrame(mapped.view(), makeKeyUniforms(params), &plate);
}

} // namespace greenroom::test
