#include "Scorer.h"

#include "AlphaClasses.h"

#include <algorithm>
#include <cmath>

namespace greenroom::quality {

namespace {

// Two backgrounds unlike any backdrop: a warm lit room and a cool dark checker.
std::array<float, 3> background(int which, int x, int y, QSize size)
{
    const float u = float(x) / float(size.width()), v = float(y) / float(size.height());
    if (which == 0) {
        const float t = 0.5f + 0.25f * std::sin(u * 9.0f) * std::cos(v * 7.0f);
        return {0.55f + 0.35f * t, 0.35f + 0.25f * u, 0.2f + 0.15f * v};
    }
    const bool dark = ((x / 16) + (y / 16)) % 2 == 0;
    return dark ? std::array{0.08f, 0.10f, 0.18f} : std::array{0.30f, 0.32f, 0.42f};
}

float saturation(float r, float g, float b)
{
    return std::max({r, g, b}) - std::min({r, g, b});
}

} // namespace

ScoringContext scoringContext(const GroundTruthCase &truth)
{
    ScoringContext context;
    context.size = truth.size;
    const int w = truth.size.width(), h = truth.size.height();
    for (int b = 0; b < 2; ++b) {
        auto &bg = context.backgrounds[std::size_t(b)];
        auto &want = context.truthComposites[std::size_t(b)];
        bg.resize(std::size_t(w * h));
        want.resize(std::size_t(w * h));
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const auto i = std::size_t(y * w + x);
                bg[i] = background(b, x, y, truth.size);
                const float at = truth.alpha[i];
                const Rgba &ft = truth.foreground.pixels[i];
                // The truth composited in 8 bits, as any real composite would be.
                for (std::size_t c = 0; c < 3; ++c)
                    want[i][c] = std::round((at * ft[c] + (1 - at) * bg[i][c]) * 255);
            }
    }
    return context;
}

Score scoreResult(const GroundTruthCase &truth, const QImage &result)
{
    return scoreResult(truth, scoringContext(truth), result);
}

Score scoreResult(const GroundTruthCase &truth, const ScoringContext &context,
                  const QImage &resultImage)
{
    const QImage result = resultImage.convertToFormat(QImage::Format_RGBA8888);
    const int w = truth.size.width(), h = truth.size.height();
    const int key = truth.backdrop == Backdrop::Green ? 1 : 2;
    double sad = 0, squared = 0, composite = 0, spill = 0, greying = 0;
    double sadByClass[3] = {0, 0, 0}, solidSum = 0;
    int subject = 0, solid = 0, holes = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *line = result.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            const auto i = std::size_t(y * w + x);
            const float at = truth.alpha[i];
            const Rgba &ft = truth.foreground.pixels[i];
            // The result as it is written: 8-bit straight colour and alpha.
            const float ar = float(line[4 * x + 3]) / 255.0f;
            const float fr[3] = {float(line[4 * x]) / 255.0f, float(line[4 * x + 1]) / 255.0f,
                                 float(line[4 * x + 2]) / 255.0f};
            const float e = ar - at;
            sad += std::abs(e);
            squared += double(e) * e;
            const AlphaClass kind = alphaClass(at);
            sadByClass[int(kind)] += std::abs(e);
            if (kind == AlphaClass::Solid) {
                ++solid;
                solidSum += ar;
                holes += ar < solidKeptFrom;
            }
            for (std::size_t b = 0; b < 2; ++b) {
                const auto &bg = context.backgrounds[b][i];
                const auto &want = context.truthComposites[b][i];
                for (std::size_t c = 0; c < 3; ++c)
                    composite +=
                        std::abs(want[c] - std::round((ar * fr[c] + (1 - ar) * bg[c]) * 255));
            }
            if (at >= 0.5f && ar > 0.02f) {
                ++subject;
                // The other two channels are red and (for green) blue or (for blue) green.
                const int other = 3 - key;
                const float excessResult = fr[key] - std::max(fr[0], fr[other]);
                const float excessTruth =
                    ft[std::size_t(key)] - std::max(ft[0], ft[std::size_t(other)]);
                spill += std::max(0.0f, std::max(excessResult, 0.0f) - std::max(excessTruth, 0.0f));
                greying += std::max(0.0f, saturation(ft[0], ft[1], ft[2]) -
                                              saturation(fr[0], fr[1], fr[2]));
            }
        }
    }
    const double pixels = double(w) * h;
    Score s;
    s.sad = sad / (pixels / 1e6) / 1000.0;
    s.mse = squared / pixels * 1000.0;
    s.composite = composite / (pixels * 6);
    s.spill = subject ? spill / subject * 255.0 : 0.0;
    s.greying = subject ? greying / subject * 255.0 : 0.0;
    s.sadSolid = sadByClass[int(AlphaClass::Solid)] / (pixels / 1e6) / 1000.0;
    s.sadPartial = sadByClass[int(AlphaClass::Partial)] / (pixels / 1e6) / 1000.0;
    s.sadBackground = sadByClass[int(AlphaClass::Background)] / (pixels / 1e6) / 1000.0;
    s.solidHoles = solid ? 100.0 * holes / solid : 0.0;
    s.solidMean = solid ? solidSum / solid : 1.0;
    return s;
}

Score meanScore(const std::vector<Score> &scores)
{
    Score m;
    for (const Score &s : scores) {
        m.sad += s.sad;
        m.mse += s.mse;
        m.composite += s.composite;
        m.spill += s.spill;
        m.greying += s.greying;
        m.sadSolid += s.sadSolid;
        m.sadPartial += s.sadPartial;
        m.sadBackground += s.sadBackground;
        m.solidHoles += s.solidHoles;
        m.solidMean += s.solidMean;
    }
    const double n = std::max<std::size_t>(scores.size(), 1);
    m.sad /= n;
    m.mse /= n;
    m.composite /= n;
    m.spill /= n;
    m.greying /= n;
    m.sadSolid /= n;
    m.sadPartial /= n;
    m.sadBackground /= n;
    m.solidHoles /= n;
    m.solidMean /= n;
    return m;
}

} // namespace greenroom::quality
