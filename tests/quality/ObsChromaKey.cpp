#include "ObsChromaKey.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace greenroom::quality {

namespace {

using Vec3 = std::array<float, 3>;

constexpr Vec3 kCb{-0.100644f, -0.338572f, 0.439216f};
constexpr Vec3 kCr{0.439216f, -0.398942f, -0.040274f};
constexpr float kChromaOffset = 0.501961f;

float srgbToLinear(float c)
{
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

float linearToSrgb(float c)
{
    c = std::clamp(c, 0.0f, 1.0f);
    return c <= 0.0031308f ? c * 12.92f : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
}

float dot(const Vec3 &a, const Vec3 &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

float saturate(float v)
{
    return std::clamp(v, 0.0f, 1.0f);
}

struct LinearImage {
    int width, height;
    std::vector<Vec3> pixels;

    // A linear-filtered, clamp-to-edge sample at normalised (u, v).
    Vec3 sample(float u, float v) const
    {
        const float fx = u * float(width) - 0.5f, fy = v * float(height) - 0.5f;
        const int x0 = int(std::floor(fx)), y0 = int(std::floor(fy));
        const float wx = fx - float(x0), wy = fy - float(y0);
        const auto at = [&](int x, int y) -> const Vec3 & {
            return pixels[std::size_t(std::clamp(y, 0, height - 1) * width +
                                      std::clamp(x, 0, width - 1))];
        };
        Vec3 out{};
        for (std::size_t c = 0; c < 3; ++c) {
            const float top = at(x0, y0)[c] * (1 - wx) + at(x0 + 1, y0)[c] * wx;
            const float bottom = at(x0, y0 + 1)[c] * (1 - wx) + at(x0 + 1, y0 + 1)[c] * wx;
            out[c] = top * (1 - wy) + bottom * wy;
        }
        return out;
    }
};

} // namespace

ObsPrepared obsPrepare(const QImage &input, const QColor &keyColor)
{
    const QImage rgb = input.convertToFormat(QImage::Format_RGB888);
    const int w = rgb.width(), h = rgb.height();
    std::array<float, 256> toLinear{};
    for (int i = 0; i < 256; ++i)
        toLinear[std::size_t(i)] = srgbToLinear(float(i) / 255.0f);
    LinearImage image{w, h, std::vector<Vec3>(std::size_t(w * h))};
    for (int y = 0; y < h; ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < w; ++x)
            image.pixels[std::size_t(y * w + x)] = {
                toLinear[line[3 * x]], toLinear[line[3 * x + 1]], toLinear[line[3 * x + 2]]};
    }

    // chroma-key-filter.c: the key colour decoded from sRGB, then OBS's Cb/Cr vectors.
    const Vec3 key{srgbToLinear(float(keyColor.redF())), srgbToLinear(float(keyColor.greenF())),
                   srgbToLinear(float(keyColor.blueF()))};
    const float keyX = dot(key, kCb) + kChromaOffset; // chroma_key.x
    const float keyY = dot(key, kCr) + kChromaOffset; // chroma_key.y
    // GetChromaDist: distance(chroma_key, float2(cb, cr)).
    const auto chromaDist = [&](const Vec3 &c) {
        const float cb = dot(c, kCb) + kChromaOffset;
        const float cr = dot(c, kCr) + kChromaOffset;
        return std::hypot(keyX - cb, keyY - cr);
    };
    ObsPrepared prepared{w, h, keyColor, image.pixels, std::vector<float>(std::size_t(w * h))};
    const float px = 1.0f / float(w), py = 1.0f / float(h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float u = (float(x) + 0.5f) * px, v = (float(y) + 0.5f) * py;
            // GetBoxFilteredChromaDist.
            float d = chromaDist(image.sample(u - px, v - py / 2));
            d += chromaDist(image.sample(u + px, v + py / 2));
            d += chromaDist(image.sample(u - px / 2, v + py));
            d += chromaDist(image.sample(u + px / 2, v - py));
            prepared.distance[std::size_t(y * w + x)] =
                (d * 2.0f + chromaDist(image.pixels[std::size_t(y * w + x)])) / 9.0f;
        }
    return prepared;
}

QImage obsChromaKey(const ObsPrepared &prepared, const ObsSettings &settings)
{
    // Linear light back to 8-bit sRGB through a fine table.
    static const std::vector<uchar> toSrgb = [] {
        std::vector<uchar> table(4097);
        for (std::size_t i = 0; i < table.size(); ++i)
            table[i] = uchar(std::lround(linearToSrgb(float(i) / 4096.0f) * 255.0f));
        return table;
    }();
    const float similarity = float(settings.similarity) / 1000.0f;
    const float smoothness = float(settings.smoothness) / 1000.0f;
    const float spill = float(settings.spill) / 1000.0f;
    QImage out(prepared.width, prepared.height, QImage::Format_RGBA8888);
    for (int y = 0; y < prepared.height; ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < prepared.width; ++x) {
            const auto i = std::size_t(y * prepared.width + x);
            const Vec3 &rgba = prepared.linear[i];
            // ProcessChromaKey.
            const float baseMask = prepared.distance[i] - similarity;
            const float alpha = std::pow(saturate(baseMask / smoothness), 1.5f);
            const float spillValue = std::pow(saturate(baseMask / spill), 1.5f);
            const float desat = 0.2126f * rgba[0] + 0.7152f * rgba[1] + 0.0722f * rgba[2];
            for (int c = 0; c < 3; ++c) {
                const float linear = desat + (rgba[std::size_t(c)] - desat) * spillValue;
                line[4 * x + c] = toSrgb[std::size_t(std::lround(saturate(linear) * 4096.0f))];
            }
            line[4 * x + 3] = uchar(std::lround(alpha * 255.0f));
        }
    }
    return out;
}

QImage obsChromaKey(const QImage &rgb, const ObsSettings &settings)
{
    return obsChromaKey(obsPrepare(rgb, settings.keyColor), settings);
}

} // namespace greenroom::quality
