#include "SceneMaterials.h"

#include <algorithm>
#include <cmath>

namespace greenroom::quality::scene {

namespace {

// Lattice value in [-1, 1], a stateless hash so no pixel depends on drawing order.
float lattice(int x, int y, quint32 salt)
{
    quint32 h = salt * 0x27d4eb2du + quint32(x) * 0x165667b1u + quint32(y) * 0x9e3779b9u;
    h = (h ^ (h >> 15)) * 0x2c1b3c6du;
    h = (h ^ (h >> 12)) * 0x297a2d39u;
    h ^= h >> 15;
    return float(h >> 8) / float(1u << 23) - 1.0f;
}

float quintic(float t)
{
    return t * t * t * (t * (t * 6 - 15) + 10);
}

float noiseOctave(float x, float y, quint32 salt)
{
    const int ix = int(std::floor(x)), iy = int(std::floor(y));
    const float tx = quintic(x - float(ix)), ty = quintic(y - float(iy));
    const float a = lattice(ix, iy, salt), b = lattice(ix + 1, iy, salt);
    const float c = lattice(ix, iy + 1, salt), d = lattice(ix + 1, iy + 1, salt);
    return (a + (b - a) * tx) * (1 - ty) + (c + (d - c) * tx) * ty;
}

} // namespace

float cameraEncode(float l)
{
    // Tabulated: every pixel of every frame passes through here. Linear interpolation between
    // 16385 entries is within 1e-7 of the curve, far below a code value.
    static const std::vector<float> table = [] {
        std::vector<float> t(16385);
        for (std::size_t i = 0; i < t.size(); ++i) {
            const double v = double(i) / 16384.0;
            t[i] = float(v < 0.018 ? 4.5 * v : 1.099 * std::pow(v, 0.45) - 0.099);
        }
        return t;
    }();
    const float at = std::clamp(l, 0.0f, 1.0f) * 16384.0f;
    const auto i = std::min(std::size_t(at), std::size_t(16383));
    return table[i] + (table[i + 1] - table[i]) * (at - float(i));
}

float cameraDecode(float v)
{
    v = std::clamp(v, 0.0f, 1.0f);
    return v < 0.081f ? v / 4.5f : std::pow((v + 0.099f) / 1.099f, 1.0f / 0.45f);
}

Linear fromCodes(int r, int g, int b)
{
    return {cameraDecode(float(r) / 255.0f), cameraDecode(float(g) / 255.0f),
            cameraDecode(float(b) / 255.0f)};
}

float fractalNoise(float x, float y, float cell, quint32 salt)
{
    float sum = 0, weight = 1, total = 0;
    for (int octave = 0; octave < 3; ++octave) {
        sum += weight * noiseOctave(x / cell, y / cell, salt + quint32(octave) * 101u);
        total += weight;
        weight *= 0.5f;
        cell *= 0.5f;
    }
    return sum / total;
}

Linear Material::at(float x, float y) const
{
    float t = 1.0f;
    switch (pattern) {
    case Pattern::Mottled:
        t += depth * fractalNoise(x, y, 3 * period, salt);
        break;
    case Pattern::Stripes: {
        // Two-tone stripes with soft (woven) borders across the direction `angle`.
        const float u = (x * std::cos(angle) + y * std::sin(angle)) / period;
        const float s = std::clamp(3.0f * std::sin(6.2832f * u), -1.0f, 1.0f);
        t += depth * s + 0.02f * fractalNoise(x, y, period, salt);
        break;
    }
    case Pattern::Weave: {
        // Basket weave: cells alternate warp and weft, each thread shaded across its width.
        const int cx = int(std::floor(x / period)), cy = int(std::floor(y / period));
        const bool warp = ((cx + cy) & 1) == 0;
        const float f = (warp ? x : y) / period * 3.0f;
        const float thread = std::sin(3.1416f * (f - std::floor(f)));
        t += depth * (0.6f * thread - 0.3f + (warp ? 0.15f : -0.15f));
        break;
    }
    case Pattern::Heather:
        // Fibres of two shades: fine, high-contrast noise.
        t += depth * fractalNoise(x, y, 0.8f * period, salt) +
             0.5f * depth * fractalNoise(x, y, 6 * period, salt + 7);
        break;
    }
    t = std::max(t, 0.3f);
    return {std::min(albedo[0] * t, 1.0f), std::min(albedo[1] * t, 1.0f),
            std::min(albedo[2] * t, 1.0f)};
}

Material cloth(const QString &name, const Linear &albedo, std::mt19937 &rng, float unit)
{
    const auto uniform = [&](float a, float b) {
        return std::uniform_real_distribution<float>(a, b)(rng);
    };
    Material m;
    m.name = name;
    m.albedo = albedo;
    m.pattern = Pattern(rng() % 4);
    m.salt = quint32(rng());
    m.angle = uniform(0.0f, 3.1416f);
    switch (m.pattern) {
    case Pattern::Mottled:
        m.depth = uniform(0.04f, 0.1f);
        m.period = uniform(4, 10) * unit;
        break;
    case Pattern::Stripes:
        m.depth = uniform(0.08f, 0.2f);
        m.period = uniform(5, 18) * unit;
        break;
    case Pattern::Weave:
        m.depth = uniform(0.1f, 0.22f);
        m.period = uniform(2.5f, 5) * unit;
        break;
    case Pattern::Heather:
        m.depth = uniform(0.08f, 0.16f);
        m.period = uniform(1.5f, 3) * unit;
        break;
    }
    return m;
}

Material skinMaterial(const Linear &albedo, quint32 salt, float unit)
{
    Material m;
    m.name = QStringLiteral("skin");
    m.albedo = albedo;
    m.pattern = Pattern::Mottled;
    m.depth = 0.05f;
    m.period = 5 * unit;
    m.salt = salt;
    return m;
}

std::vector<NamedColour> hardColours(const NamedColour &skin)
{
    return {{QStringLiteral("teal"), {0, 122, 122}},
            {QStringLiteral("cyan"), {40, 190, 205}},
            {QStringLiteral("olive"), {125, 118, 30}},
            {QStringLiteral("dark olive"), {78, 88, 36}},
            {QStringLiteral("dark green-grey"), {60, 72, 64}},
            {QStringLiteral("white"), {238, 238, 232}},
            skin,
            {QStringLiteral("yellow"), {240, 208, 36}},
            {QStringLiteral("black"), {18, 18, 20}},
            {QStringLiteral("denim"), {52, 72, 112}}};
}

std::vector<NamedColour> skinTones()
{
    return {{QStringLiteral("skin"), {232, 188, 160}},
            {QStringLiteral("skin"), {200, 146, 110}},
            {QStringLiteral("skin"), {150, 100, 72}},
            {QStringLiteral("skin"), {96, 64, 48}}};
}

} // namespace greenroom::quality::scene
