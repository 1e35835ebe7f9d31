#include "ReferenceFrames.h"

#include "KeyUniforms.h"
#include "MappedFrameView.h"

#include <algorithm>
#include <cmath>

namespace greenroom::test {

KeyParams paletteKeyParams()
{
    KeyParams p;
    p.keyColor = QColor::fromRgbF(0.1f, 0.8f, 0.2f);
    p.similarity = 0.10;
    p.smoothness = 0.15;
    p.spill = 0.7;
    p.opacity = 1.0;
    return p;
}

RgbaImage paletteImage(QSize size, int block)
{
    std::vector<Rgba> palette = {
        {0.10f, 0.80f, 0.20f, 1},
        {0.15f, 0.75f, 0.25f, 1},
        {0.05f, 0.85f, 0.15f, 1}, // backdrop
        {0.20f, 0.65f, 0.30f, 1},
        {0.12f, 0.60f, 0.18f, 1},
        {0.90f, 0.60f, 0.50f, 1},
        {0.80f, 0.55f, 0.45f, 1},
        {0.35f, 0.22f, 0.15f, 1}, // skin, hair
        {1, 0, 0, 1},
        {0, 0, 1, 1},
        {0, 1, 1, 1},
        {1, 1, 0, 1},
        {0.5f, 0.5f, 0.1f, 1}, // primaries, olive
        {1, 1, 1, 1},
        {0, 0, 0, 1},
        {0.5f, 0.5f, 0.5f, 1},
        {0.25f, 0.25f, 0.25f, 1},
        {0.5f, 0.8f, 0.4f, 1},
        {0.6f, 0.7f, 0.5f, 1}, // green spill
        {0.9f, 0.6f, 0.5f, 0.5f},
        {0.2f, 0.3f, 0.9f, 0.25f}, // translucent
    };
    // Colours stepping from the key towards magenta: they land across the alpha ramp.
    for (int i = 1; i <= 12; ++i) {
        const float t = float(i) / 30.0f;
        palette.push_back({0.1f + 0.7f * t, 0.8f - 0.6f * t, 0.2f + 0.6f * t, 1});
    }
    RgbaImage image(size.width(), size.height());
    const int blocksPerRow = (size.width() + block - 1) / block;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const int index = (y / block) * blocksPerRow + x / block;
            image.at(x, y) = palette[std::size_t(index) % palette.size()];
        }
    return image;
}

RgbaImage referenceOutput(const QVideoFrame &input, const KeyParams &params)
{
    const MappedFrameView mapped(input);
    if (mapped.view().width <= 0)
        return {};
    return keyFrame(mapped.view(), makeKeyUniforms(params));
}

ImageDifference compareImages(const RgbaImage &actual, const RgbaImage &expected,
                              const std::function<bool(int, int)> &include)
{
    ImageDifference d;
    float worst = -1;
    for (int y = 0; y < std::min(actual.height, expected.height); ++y)
        for (int x = 0; x < std::min(actual.width, expected.width); ++x) {
            if (!include(x, y))
                continue;
            ++d.compared;
            const Rgba &a = actual.at(x, y);
            const Rgba &e = expected.at(x, y);
            float colour = 0;
            for (int c = 0; c < 3; ++c)
                colour = std::max(colour, std::abs(a[std::size_t(c)] - e[std::size_t(c)]));
            const float alpha = std::abs(a[3] - e[3]);
            d.maxColour = std::max(d.maxColour, colour);
            d.maxAlpha = std::max(d.maxAlpha, alpha);
            if (std::max(colour, alpha) > worst) {
                worst = std::max(colour, alpha);
                d.worstPixel = QPoint(x, y);
            }
        }
    return d;
}

QString describeDifference(const ImageDifference &d, const RgbaImage &actual,
                           const RgbaImage &expected)
{
    const Rgba &a = actual.at(d.worstPixel.x(), d.worstPixel.y());
    const Rgba &e = expected.at(d.worstPixel.x(), d.worstPixel.y());
    return QStringLiteral("colour off by %1/255, alpha by %2/255; worst at (%3,%4): GPU (%5 %6 %7 "
                          "%8) vs reference (%9 %10 %11 %12)")
        .arg(d.maxColour * 255)
        .arg(d.maxAlpha * 255)
        .arg(d.worstPixel.x())
        .arg(d.worstPixel.y())
        .arg(a[0])
        .arg(a[1])
        .arg(a[2])
        .arg(a[3])
        .arg(e[0])
        .arg(e[1])
        .arg(e[2])
        .arg(e[3]);
}

QImage toQImage(const RgbaImage &image)
{
    QImage out(image.width, image.height, QImage::Format_RGBA8888);
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const Rgba &c = image.at(x, y);
            out.setPixelColor(x, y, QColor::fromRgbF(c[0], c[1], c[2], c[3]));
        }
    return out;
}

QPair<float, float> pngDifference(const QImage &png, const RgbaImage &expected)
{
    const QImage image = png.convertToFormat(QImage::Format_RGBA8888);
    float colour = 0, alpha = 0;
    for (int y = 0; y < expected.height; ++y)
        for (int x = 0; x < expected.width; ++x) {
            const QColor c = image.pixelColor(x, y);
            const Rgba &e = expected.at(x, y);
            const float a = float(c.alphaF());
            alpha = std::max(alpha, std::abs(a - e[3]));
            colour = std::max({colour, std::abs(float(c.redF()) * a - e[0]),
                               std::abs(float(c.greenF()) * a - e[1]),
                               std::abs(float(c.blueF()) * a - e[2])});
        }
    return {colour, alpha};
}

} // namespace greenroom::test
