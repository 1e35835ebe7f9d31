#include "StudioScenes.h"

#include "CameraEncoding.h"
#include "SceneGeometry.h"
#include "SceneMaterials.h"
#include "StudioFigure.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace greenroom::quality {

using namespace scene;

namespace {

// Sensor noise for every channel of every pixel, so it must be cheap: xorshift64 and the sum
// of four uniforms (Irwin-Hall), a Gaussian of unit variance within 3.5 standard deviations.
class SensorNoise {
public:
    explicit SensorNoise(quint64 seed) : m_state(seed * 0x9e3779b97f4a7c15ull | 1u) {}
    float next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        float sum = 0;
        for (int k = 0; k < 4; ++k)
            sum += float((m_state >> (16 * k)) & 0xffffu);
        return (sum / 65535.0f - 2.0f) * 1.7320508f;
    }

private:
    quint64 m_state;
};

// Everything about a scene's light and camera, drawn from its seed.
struct SetUp {
    bool home = false;
    Linear paint{};                            // the screen's reflectance
    float screenLevel = 1;                     // mean light on the screen
    float lampX = 0, lampY = 0, lampReach = 1; // home: the lamp's position and falloff
    float tilt = 0;                            // studio: a slight left-right gradient
    quint32 wrinkles = 0;                      // salt of the screen's low-frequency unevenness
    float subjectLevel = 1;                    // mean light on the subject
    float keyX = 0, keyY = 0, keySlope = 0;    // the subject light's direction and gradient
    float spill = 0, spillReach = 1; // bounce light at the outline, its falloff inside (px)
    float lensBlur = 0;              // the lens kernel's side weight
    float shadowDepth = 0, shadowX = 0, shadowY = 0; // the subject's shadow on the screen
    float noiseCodes = 1; // sensor noise, standard deviation in 8-bit codes
};

SetUp chooseSetUp(quint32 seed, Backdrop backdrop, QSize size)
{
    const float w = float(size.width()), h = float(size.height()), unit = h / 540.0f;
    std::mt19937 rng(seed * 0x85ebca6bu + (backdrop == Backdrop::Blue ? 0xc2b2ae35u : 0u));
    const auto uniform = [&](float a, float b) {
        return std::uniform_real_distribution<float>(a, b)(rng);
    };
    SetUp s;
    s.home = studioSetUp(seed) == StudioSetUp::Home;
    // Paint as the camera sees it under the reference light: chroma-key green or blue fabric.
    s.paint = backdrop == Backdrop::Green
                  ? fromCodes(int(uniform(50, 80)), int(uniform(165, 190)), int(uniform(70, 105)))
                  : fromCodes(int(uniform(15, 45)), int(uniform(70, 110)), int(uniform(175, 210)));
    s.screenLevel = s.home ? uniform(0.28f, 0.42f) : uniform(0.85f, 1.0f);
    const bool lampLeft = rng() % 2 == 0;
    s.lampX = lampLeft ? -uniform(0.2f, 0.5f) * w : w * (1 + uniform(0.2f, 0.5f));
    s.lampY = uniform(-0.2f, 0.6f) * h;
    s.lampReach = uniform(0.45f, 0.8f) * w;
    s.tilt = uniform(-0.06f, 0.06f);
    s.wrinkles = quint32(rng());
    s.subjectLevel = s.home ? uniform(0.55f, 0.85f) : uniform(0.9f, 1.05f);
    // The key light comes from the lamp's side at home, from anywhere in a studio.
    const float keyAngle =
        s.home ? (lampLeft ? 3.1416f : 0.0f) + uniform(-0.5f, 0.5f) : uniform(0.0f, 6.2832f);
    s.keyX = std::cos(keyAngle);
    s.keyY = std::sin(keyAngle);
    s.keySlope = s.home ? uniform(0.2f, 0.35f) : uniform(0.03f, 0.1f);
    s.spill = s.home ? uniform(0.35f, 0.7f) : uniform(0.2f, 0.4f);
    s.spillReach = uniform(6, 16) * unit;
    s.lensBlur = s.home ? uniform(0.12f, 0.2f) : uniform(0.04f, 0.1f);
    s.shadowDepth = s.home ? uniform(0.2f, 0.35f) : uniform(0.04f, 0.1f);
    s.shadowX = (lampLeft ? 1.0f : -1.0f) * uniform(20, 50) * unit;
    s.shadowY = uniform(5, 20) * unit;
    // Spread over 0.5..3 codes across a family's cases (golden-ratio steps), not at random.
    const float step = float(seed) * 0.618034f + (backdrop == Backdrop::Blue ? 0.5f : 0.0f);
    s.noiseCodes = 0.5f + 2.5f * (step - std::floor(step));
    return s;
}

// The light on the screen, before the subject's shadow: the set-up's field scaled so that its
// mean over the frame is screenLevel.
std::vector<float> screenLight(const SetUp &s, QSize size)
{
    const int w = size.width(), h = size.height();
    const float unit = float(h) / 540.0f;
    std::vector<float> light(std::size_t(w) * std::size_t(h));
    double sum = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float px = float(x) + 0.5f, py = float(y) + 0.5f;
            float l;
            if (s.home) {
                const float dx = (px - s.lampX) / s.lampReach, dy = (py - s.lampY) / s.lampReach;
                l = 0.3f + 1.0f / (1.0f + dx * dx + dy * dy);
            } else {
                l = 1.0f + s.tilt * (2 * px / float(w) - 1);
            }
            l *= 1.0f + (s.home ? 0.06f : 0.03f) * fractalNoise(px, py, 90 * unit, s.wrinkles);
            light[std::size_t(y * w + x)] = l;
            sum += l;
        }
    const float scale = float(double(s.screenLevel) * double(w) * h / sum);
    for (float &l : light)
        l *= scale;
    return light;
}

} // namespace

StudioSetUp studioSetUp(quint32 seed)
{
    return seed % 2 == 1 ? StudioSetUp::Studio : StudioSetUp::Home;
}

GroundTruthCase generateStudioCase(quint32 seed, Backdrop backdrop, QSize size, quint32 noiseSeed)
{
    const int w = size.width(), h = size.height();
    const auto n = std::size_t(w) * std::size_t(h);
    const SetUp s = chooseSetUp(seed, backdrop, size);
    const float halfHeight = 0.5f * float(h);
    const auto subjectLight = [&s, w, h, halfHeight](float x, float y) {
        const float p =
            ((x - 0.5f * float(w)) * s.keyX + (y - 0.5f * float(h)) * s.keyY) / halfHeight;
        return std::clamp(s.subjectLevel * (1 + s.keySlope * std::clamp(p, -1.5f, 1.5f)), 0.25f,
                          1.3f);
    };

    Layer layer(w, h);
    // Seeds alternate the hair between darker and lighter than the screen within each set-up.
    const bool lightHair = (seed / 2) % 2 == 1;
    const QStringList contents = drawFigure(
        layer, {seed * 2 + (backdrop == Backdrop::Blue ? 1 : 0), size, lightHair}, subjectLight);

    // The lens softens the subject's colour and coverage alike (the screen is smooth anyway).
    std::array<std::vector<float>, 3> premultiplied;
    for (std::size_t k = 0; k < 3; ++k) {
        premultiplied[k].resize(n);
        for (std::size_t i = 0; i < n; ++i)
            premultiplied[k][i] = layer.premultiplied[i][k];
        softenInPlace(premultiplied[k], w, h, s.lensBlur);
    }
    std::vector<float> alpha = layer.alpha;
    softenInPlace(alpha, w, h, s.lensBlur);
    for (float &a : alpha)
        a = std::clamp(a, 0.0f, 1.0f);

    GroundTruthCase c;
    c.name = (s.home ? QStringLiteral("home-") : QStringLiteral("studio-")) +
             (backdrop == Backdrop::Green ? QStringLiteral("green-") : QStringLiteral("blue-")) +
             QString::number(seed);
    c.backdrop = backdrop;
    c.size = size;
    c.alpha = alpha;
    c.foreground = RgbaImage(w, h, {0, 0, 0, 1});

    // Spill falls off with the distance inside the outline; the shadow is the subject's
    // coverage, blurred and shifted away from the light.
    std::vector<bool> outside(n), touched(n);
    for (std::size_t i = 0; i < n; ++i) {
        outside[i] = alpha[i] < 0.5f;
        touched[i] = alpha[i] > 0.0f;
    }
    const std::vector<float> depth = distanceTo(outside, w, h);
    const std::vector<float> fromSubject = distanceTo(touched, w, h);
    const std::vector<float> shadow =
        boxBlurred(boxBlurred(alpha, w, h, std::max(2, h / 40)), w, h, std::max(2, h / 40));
    const std::vector<float> light = screenLight(s, size);

    SensorNoise noise(quint64(seed) * 4 + (backdrop == Backdrop::Blue ? 1 : 0) +
                      (quint64(noiseSeed) << 32));
    const float sigma = s.noiseCodes / 255.0f;
    RgbaImage observed(w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const auto i = std::size_t(y) * std::size_t(w) + std::size_t(x);
            const float px = float(x) + 0.5f, py = float(y) + 0.5f;
            const int sx = std::clamp(int(px - s.shadowX), 0, w - 1);
            const int sy = std::clamp(int(py - s.shadowY), 0, h - 1);
            const float shade = 1 - s.shadowDepth * shadow[std::size_t(sy * w + sx)];
            Linear screen;
            for (std::size_t k = 0; k < 3; ++k)
                screen[k] = s.paint[k] * light[i] * shade;

            const float a = alpha[i];
            Linear lit{0, 0, 0};
            if (a > 0) {
                Linear fg;
                for (std::size_t k = 0; k < 3; ++k)
                    fg[k] = std::clamp(premultiplied[k][i] / a, 0.0f, 1.0f);
                c.foreground.at(x, y) = {cameraEncode(fg[0]), cameraEncode(fg[1]),
                                         cameraEncode(fg[2]), 1};
                // Bounce light: the screen's radiance on the subject's reflectance.
                const float bounce =
                    s.spill * std::exp(-depth[i] / s.spillReach) / subjectLight(px, py);
                for (std::size_t k = 0; k < 3; ++k)
                    lit[k] = std::min(fg[k] * (1 + bounce * screen[k]), 1.0f);
            }
            // Part of the noise is common to the three channels (demosaicing correlates them).
            const float common = noise.next();
            Rgba out{0, 0, 0, 1};
            for (std::size_t k = 0; k < 3; ++k) {
                const float mixed = a * lit[k] + (1 - a) * screen[k];
                out[k] =
                    std::clamp(cameraEncode(mixed) + sigma * (0.8f * noise.next() + 0.6f * common),
                               0.0f, 1.0f);
            }
            observed.at(x, y) = out;
        }

    std::vector<bool> pure(n);
    for (std::size_t i = 0; i < n; ++i)
        pure[i] = fromSubject[i] > 8.0f * float(h) / 540.0f;
    encodeForCamera(c, observed, pure);
    c.description =
        QStringLiteral("%1, screen R'G'B' %2 %3 %4 (median), noise %5 codes, spill %6, lens %7; ")
            .arg(s.home ? QStringLiteral("home set-up") : QStringLiteral("studio"))
            .arg(std::lround(c.backdropRgb[0] * 255))
            .arg(std::lround(c.backdropRgb[1] * 255))
            .arg(std::lround(c.backdropRgb[2] * 255))
            .arg(s.noiseCodes, 0, 'f', 1)
            .arg(s.spill, 0, 'f', 2)
            .arg(s.lensBlur, 0, 'f', 2) +
        contents.join(QStringLiteral(", "));
    return c;
}

} // namespace greenroom::quality
