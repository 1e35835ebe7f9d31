#include "GroundTruth.h"

#include "CameraEncoding.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace greenroom::quality {

namespace {

using Colour = std::array<float, 3>;

// Stateless hash noise, so no pixel depends on the order in which others are drawn.
float hash01(int x, int y, quint32 salt)
{
    quint32 h = quint32(x) * 0x8da6b343u ^ quint32(y) * 0xd8163841u ^ salt * 0xcb1ab31fu;
    h ^= h >> 13;
    h *= 0x5bd1e995u;
    h ^= h >> 15;
    return float(h & 0xffffffu) / float(0x1000000);
}

// Smooth value noise in [-1, 1] with `cell`-pixel features.
float valueNoise(float x, float y, float cell, quint32 salt)
{
    const float fx = x / cell, fy = y / cell;
    const int ix = int(std::floor(fx)), iy = int(std::floor(fy));
    float tx = fx - float(ix), ty = fy - float(iy);
    tx = tx * tx * (3 - 2 * tx);
    ty = ty * ty * (3 - 2 * ty);
    const auto v = [&](int dx, int dy) { return hash01(ix + dx, iy + dy, salt) * 2 - 1; };
    const float top = v(0, 0) * (1 - tx) + v(1, 0) * tx;
    const float bottom = v(0, 1) * (1 - tx) + v(1, 1) * tx;
    return top * (1 - ty) + bottom * ty;
}

float luma(const Colour &c)
{
    return 0.2126f * c[0] + 0.7152f * c[1] + 0.0722f * c[2];
}

Colour scaled(const Colour &c, float s)
{
    return {c[0] * s, c[1] * s, c[2] * s};
}

// Coverage of an axis-aligned ellipse, antialiased over about one pixel.
float ellipseCoverage(float x, float y, float cx, float cy, float rx, float ry)
{
    const float nx = (x - cx) / rx, ny = (y - cy) / ry;
    const float r = std::sqrt(nx * nx + ny * ny);
    // Distance to the outline in pixels, approximately, along the radius.
    const float scale =
        std::sqrt((nx * rx) * (nx * rx) + (ny * ry) * (ny * ry)) / std::max(r, 1e-6f);
    return std::clamp(0.5f - (r - 1) * scale, 0.0f, 1.0f);
}

float boxCoverage(float x, float y, float x0, float y0, float x1, float y1)
{
    const float cx = std::clamp(std::min(x - x0, x1 - x) + 0.5f, 0.0f, 1.0f);
    const float cy = std::clamp(std::min(y - y0, y1 - y) + 0.5f, 0.0f, 1.0f);
    return cx * cy;
}

struct Canvas {
    int width, height;
    std::vector<Colour> premultiplied;
    std::vector<float> alpha;

    Canvas(int w, int h)
        : width(w), height(h), premultiplied(std::size_t(w * h), Colour{0, 0, 0}),
          alpha(std::size_t(w * h), 0.0f)
    {}

    // Draws `colour` with coverage `a` over what is there.
    void over(int x, int y, const Colour &colour, float a)
    {
        if (a <= 0.0f)
            return;
        const auto i = std::size_t(y * width + x);
        for (std::size_t c = 0; c < 3; ++c)
            premultiplied[i][c] = colour[c] * a + premultiplied[i][c] * (1 - a);
        alpha[i] = a + alpha[i] * (1 - a);
    }
};

struct Look {
    Colour backdrop;
    float lightX, lightY, foldPhase;
    Colour skin, hair;
    float headX, headY;
    float spill;
    std::array<Colour, 5> bands;
};

Look chooseLook(quint32 seed, Backdrop backdrop, QSize size)
{
    std::mt19937 rng(seed * 7919u + (backdrop == Backdrop::Blue ? 104729u : 0u));
    const auto uniform = [&](float a, float b) {
        return std::uniform_real_distribution<float>(a, b)(rng);
    };
    Look l;
    l.backdrop = backdrop == Backdrop::Green
                     ? Colour{uniform(0.12f, 0.24f), uniform(0.56f, 0.70f), uniform(0.20f, 0.32f)}
                     : Colour{uniform(0.05f, 0.12f), uniform(0.20f, 0.32f), uniform(0.58f, 0.78f)};
    l.lightX = uniform(0.2f, 0.8f) * float(size.width());
    l.lightY = uniform(0.1f, 0.5f) * float(size.height());
    l.foldPhase = uniform(0.0f, 6.28f);
    const std::array<Colour, 3> skins = {Colour{0.87f, 0.65f, 0.53f}, Colour{0.72f, 0.50f, 0.38f},
                                         Colour{0.45f, 0.30f, 0.22f}};
    const std::array<Colour, 4> hairs = {Colour{0.22f, 0.14f, 0.08f}, Colour{0.78f, 0.62f, 0.36f},
                                         Colour{0.06f, 0.05f, 0.05f}, Colour{0.55f, 0.22f, 0.10f}};
    l.skin = skins[rng() % skins.size()];
    l.hair = hairs[rng() % hairs.size()];
    l.headX = uniform(0.42f, 0.58f) * float(size.width());
    l.headY = uniform(0.33f, 0.40f) * float(size.height());
    l.spill = uniform(0.25f, 0.45f);
    // Cyan, yellow, olive, white and black, in a shuffled order across the torso.
    l.bands = {Colour{0.10f, 0.72f, 0.78f}, Colour{0.93f, 0.82f, 0.12f},
               Colour{0.50f, 0.48f, 0.14f}, Colour{0.93f, 0.93f, 0.92f},
               Colour{0.05f, 0.05f, 0.06f}};
    std::shuffle(l.bands.begin(), l.bands.end(), rng);
    return l;
}

Colour backdropAt(const Look &l, float x, float y, QSize size)
{
    const float w = float(size.width()), h = float(size.height());
    const float dx = x - l.lightX, dy = y - l.lightY;
    const float hotspot = std::exp(-(dx * dx + dy * dy) / (2 * (0.35f * w) * (0.35f * w)));
    const float u = x / w - 0.5f, v = y / h - 0.5f;
    const float folds = 0.03f * std::sin(6.2832f * (x / w * 2.3f) + l.foldPhase) * (y / h);
    const float light = 0.72f + 0.38f * hotspot - 0.3f * (u * u + v * v) + folds;
    return scaled(l.backdrop, light);
}

// Draws the subject, back to front.
void drawSubject(Canvas &canvas, const Look &l, quint32 seed, QSize size)
{
    const float w = float(size.width()), h = float(size.height());
    const float unit = h / 540.0f; // shapes are designed at 540 lines
    std::mt19937 rng(seed * 31u + 7u);
    const auto uniform = [&](float a, float b) {
        return std::uniform_real_distribution<float>(a, b)(rng);
    };
    const auto textured = [&](const Colour &c, int x, int y, quint32 salt) {
        const float t = 1.0f + 0.07f * valueNoise(float(x), float(y), 6.0f * unit, salt) +
                        0.03f * valueNoise(float(x), float(y), 1.5f * unit, salt + 1);
        return Colour{std::clamp(c[0] * t, 0.0f, 1.0f), std::clamp(c[1] * t, 0.0f, 1.0f),
                      std::clamp(c[2] * t, 0.0f, 1.0f)};
    };

    // A semi-transparent veil behind the subject, on the right.
    const float vx0 = 0.74f * w, vx1 = 0.93f * w, vy0 = 0.12f * h, vy1 = 0.58f * h;
    const Colour veil{0.76f, 0.78f, 0.86f};
    // Torso, neck, head, hair cap.
    const float torsoX = l.headX, torsoY = 1.02f * h, torsoRx = 0.26f * w, torsoRy = 0.42f * h;
    const float headRx = 78 * unit, headRy = 100 * unit;
    const float capY = l.headY - 18 * unit;
    // A hand moving sideways: the shutter smears it over 16 pixels.
    const float handX = 0.17f * w, handY = 0.64f * h, handRx = 46 * unit, handRy = 30 * unit;
    const float blur = 16 * unit;

    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const float px = float(x) + 0.5f, py = float(y) + 0.5f;
            const float veilCover = 0.5f * boxCoverage(px, py, vx0, vy0, vx1, vy1);
            canvas.over(x, y, textured(veil, x, y, seed + 11), veilCover);

            const float torso = ellipseCoverage(px, py, torsoX, torsoY, torsoRx, torsoRy);
            if (torso > 0) {
                const int band =
                    std::clamp(int((px - (torsoX - torsoRx)) / (2 * torsoRx) * 5), 0, 4);
                canvas.over(x, y, textured(l.bands[std::size_t(band)], x, y, seed + 12), torso);
            }
            const float neck = boxCoverage(px, py, l.headX - 30 * unit, l.headY,
                                           l.headX + 30 * unit, torsoY - torsoRy + 20 * unit);
            canvas.over(x, y, textured(scaled(l.skin, 0.9f), x, y, seed + 13), neck);
            const float head = ellipseCoverage(px, py, l.headX, l.headY, headRx, headRy);
            canvas.over(x, y, textured(l.skin, x, y, seed + 14), head);
            const float cap =
                ellipseCoverage(px, py, l.headX, capY, headRx * 1.08f, headRy * 0.95f) *
                std::clamp((l.headY - 30 * unit - py) / (6 * unit) + 0.5f, 0.0f, 1.0f);
            canvas.over(x, y, textured(l.hair, x, y, seed + 15), cap);

            float hand = 0;
            for (int s = 0; s < 16; ++s)
                hand += ellipseCoverage(px, py, handX + blur * (float(s) / 15.0f - 0.5f), handY,
                                        handRx, handRy);
            canvas.over(x, y, textured(l.skin, x, y, seed + 16), hand / 16.0f);
        }

    // Fine strands of hair leaving the cap: thin curves at partial coverage.
    const int strands = 140;
    for (int s = 0; s < strands; ++s) {
        const float angle = uniform(3.4f, 6.0f); // the top half of the head
        const float sx = l.headX + std::cos(angle) * headRx * 1.02f;
        const float sy = capY + std::sin(angle) * headRy * 0.95f;
        const float length = uniform(18, 70) * unit;
        const float bend = uniform(-0.6f, 0.6f);
        const float width = uniform(0.35f, 1.3f) * unit;
        const float opacity = uniform(0.55f, 0.95f);
        const float ex = sx + std::cos(angle + bend) * length;
        const float ey = sy + std::sin(angle + bend) * length;
        const float mx = (sx + ex) / 2 + std::cos(angle) * length * 0.2f;
        const float my = (sy + ey) / 2 + std::sin(angle) * length * 0.2f;
        std::array<std::array<float, 2>, 21> points{};
        for (int i = 0; i <= 20; ++i) {
            const float t = float(i) / 20.0f;
            points[std::size_t(i)] = {(1 - t) * (1 - t) * sx + 2 * (1 - t) * t * mx + t * t * ex,
                                      (1 - t) * (1 - t) * sy + 2 * (1 - t) * t * my + t * t * ey};
        }
        const int x0 = std::max(0, int(std::min({sx, mx, ex})) - 3);
        const int x1 = std::min(size.width() - 1, int(std::max({sx, mx, ex})) + 3);
        const int y0 = std::max(0, int(std::min({sy, my, ey})) - 3);
        const int y1 = std::min(size.height() - 1, int(std::max({sy, my, ey})) + 3);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const float px = float(x) + 0.5f, py = float(y) + 0.5f;
                float d = 1e9f;
                for (std::size_t i = 0; i + 1 < points.size(); ++i) {
                    const float ax = points[i][0], ay = points[i][1];
                    const float bx = points[i + 1][0] - ax, by = points[i + 1][1] - ay;
                    const float t = std::clamp(((px - ax) * bx + (py - ay) * by) /
                                                   std::max(bx * bx + by * by, 1e-6f),
                                               0.0f, 1.0f);
                    d = std::min(d, std::hypot(px - ax - t * bx, py - ay - t * by));
                }
                const float cover =
                    opacity * std::min(width, 1.0f) * std::clamp(width / 2 + 0.5f - d, 0.0f, 1.0f);
                canvas.over(x, y, l.hair, cover);
            }
    }
}

// Box blur of a float image, radius r, separable, clamped at the borders.
std::vector<float> boxBlur(const std::vector<float> &in, int w, int h, int r)
{
    std::vector<float> tmp(in.size()), out(in.size());
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            float s = 0;
            for (int k = -r; k <= r; ++k)
                s += in[std::size_t(y * w + std::clamp(x + k, 0, w - 1))];
            tmp[std::size_t(y * w + x)] = s / float(2 * r + 1);
        }
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            float s = 0;
            for (int k = -r; k <= r; ++k)
                s += tmp[std::size_t(std::clamp(y + k, 0, h - 1) * w + x)];
            out[std::size_t(y * w + x)] = s / float(2 * r + 1);
        }
    return out;
}

} // namespace

GroundTruthCase generateCase(quint32 seed, Backdrop backdrop, QSize size, quint32 noiseSeed)
{
    const int w = size.width(), h = size.height();
    const Look look = chooseLook(seed, backdrop, size);
    Canvas canvas(w, h);
    drawSubject(canvas, look, seed, size);

    GroundTruthCase c;
    c.name = (backdrop == Backdrop::Green ? QStringLiteral("green-") : QStringLiteral("blue-")) +
             QString::number(seed);
    c.backdrop = backdrop;
    c.size = size;
    c.alpha = canvas.alpha;
    c.foreground = RgbaImage(w, h, {0, 0, 0, 1});

    // Spill: backdrop light on the subject, strongest near its outline.
    const int reach = std::max(2, int(18 * float(h) / 540.0f));
    const std::vector<float> nearby = boxBlur(canvas.alpha, w, h, reach);
    // Noise seed 0 is the case's own noise; others re-shoot the same scene.
    std::mt19937 rng((seed ^ 0x5eed5eedu) + noiseSeed * 0x9e3779b9u);
    std::normal_distribution<float> noise(0.0f, 1.5f / 255.0f);
    RgbaImage observed(w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const auto i = std::size_t(y * w + x);
            const float a = canvas.alpha[i];
            Colour f{0, 0, 0};
            if (a > 0)
                for (std::size_t k = 0; k < 3; ++k)
                    f[k] = std::clamp(canvas.premultiplied[i][k] / a, 0.0f, 1.0f);
            c.foreground.at(x, y) = {f[0], f[1], f[2], 1};

            const Colour b = backdropAt(look, float(x) + 0.5f, float(y) + 0.5f, size);
            const float s = look.spill * std::clamp(2.0f * (1.0f - nearby[i]), 0.0f, 1.0f);
            const float lb = luma(b), lf = luma(f);
            Rgba out{0, 0, 0, 1};
            for (std::size_t k = 0; k < 3; ++k) {
                const float spilled = std::clamp(f[k] + s * (b[k] - lb) * (0.3f + lf), 0.0f, 1.0f);
                out[k] = std::clamp(a * spilled + (1 - a) * b[k] + noise(rng), 0.0f, 1.0f);
            }
            observed.at(x, y) = out;
        }

    // The eyedropper reads where neither the subject nor its spill reaches.
    std::vector<bool> pure(canvas.alpha.size());
    for (std::size_t i = 0; i < pure.size(); ++i)
        pure[i] = canvas.alpha[i] == 0.0f && nearby[i] == 0.0f;
    encodeForCamera(c, observed, pure);
    return c;
}

} // namespace greenroom::quality
