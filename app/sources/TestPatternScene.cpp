#include "TestPatternScene.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace greenroom {

namespace {

using Colour = std::array<float, 3>;

constexpr int kStrandCount = 56;
constexpr int kStrandSegments = 3;
constexpr int kPatchCount = 6;
constexpr float kShutterSeconds = 1.0f / 60.0f; // motion blur of a camera at 1/60 s

// PCG32 (O'Neill, pcg-random.org): tiny, fast, and the same sequence everywhere for a seed,
// unlike std::rand or the distributions of <random>.
class Pcg32 {
public:
    explicit Pcg32(quint64 seed, quint64 stream = 0x5851f42dULL) : m_increment((stream << 1u) | 1u)
    {
        next();
        m_state += seed;
        next();
    }

    quint32 next()
    {
        const quint64 old = m_state;
        m_state = old * 6364136223846793005ULL + m_increment;
        const auto xorShifted = quint32(((old >> 18u) ^ old) >> 27u);
        const auto rotation = quint32(old >> 59u);
        return (xorShifted >> rotation) | (xorShifted << ((32u - rotation) & 31u));
    }

    float uniform(float lo, float hi)
    {
        return lo + (hi - lo) * float(next() >> 8) * (1.0f / 16777216.0f);
    }

    template<typename T, std::size_t N> const T &pick(const std::array<T, N> &choices)
    {
        return choices[next() % N];
    }

private:
    quint64 m_state = 0;
    quint64 m_increment;
};

// A 32-bit integer hash with good avalanche (Wellons' "lowbias32").
quint32 mix32(quint32 h)
{
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    h *= 0x846ca68bU;
    h ^= h >> 16;
    return h;
}

// Hash of a pixel position: stateless, so no pixel's noise depends on the drawing order.
quint32 hashPosition(int x, int y, quint32 salt)
{
    return mix32(quint32(x) * 0x9E3779B1U ^ mix32(quint32(y) * 0x85EBCA77U ^ salt));
}

// Noise in [-1, 1) from `bits` bits of a hash.
float signedUnit(quint32 value, int bits)
{
    return float(value & ((1u << bits) - 1u)) * (2.0f / float(1u << bits)) - 1.0f;
}

float clamp01(float v)
{
    return std::clamp(v, 0.0f, 1.0f);
}

// Triangle wave with period 1 and range [0, 1]: a cheap stand-in for sin in textures.
float triangle(float v)
{
    return std::abs(2.0f * (v - std::floor(v)) - 1.0f);
}

Colour mix(const Colour &a, const Colour &b, float t)
{
    return {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
}

Colour scaled(const Colour &c, float f)
{
    return {c[0] * f, c[1] * f, c[2] * f};
}

// Axis-aligned ellipse; distance() is Quilez's approximation of the signed distance in pixels:
// exact on the outline and close near it, which is all an anti-aliased edge needs.
struct Ellipse {
    float cx = 0, cy = 0, rx = 1, ry = 1;

    float distance(float x, float y) const
    {
        const float ux = (x - cx) * (1.0f / rx);
        const float uy = (y - cy) * (1.0f / ry);
        const float k0 = std::sqrt(ux * ux + uy * uy);
        const float k1 = std::sqrt(ux * ux * (1.0f / (rx * rx)) + uy * uy * (1.0f / (ry * ry)));
        return k1 > 0.0f ? k0 * (k0 - 1.0f) / k1 : -std::min(rx, ry);
    }
    float top() const { return cy - ry; }
    float bottom() const { return cy + ry; }
};

struct RoundedBox {
    float cx = 0, cy = 0, halfWidth = 1, halfHeight = 1, radius = 0;

    float distance(float x, float y) const
    {
        const float qx = std::abs(x - cx) - halfWidth + radius;
        const float qy = std::abs(y - cy) - halfHeight + radius;
        const float ox = std::max(qx, 0.0f);
        const float oy = std::max(qy, 0.0f);
        return std::sqrt(ox * ox + oy * oy) + std::min(std::max(qx, qy), 0.0f) - radius;
    }
    float top() const { return cy - halfHeight; }
    float bottom() const { return cy + halfHeight; }
};

struct Point {
    float x = 0, y = 0;
};

struct StrandShape {
    float angle = 0;  // where on the hair outline it grows, radians (0 = right, -pi/2 = up)
    float lean = 0;   // outward direction relative to the outline normal
    float bend = 0;   // turn per segment
    float length = 0; // in units of frame height
    float width = 0;  // peak coverage across the strand, < 1: strands are finer than a pixel
    float phase = 0;  // of its sway
};

struct PatchShape {
    float u = 0, v = 0; // centre relative to the torso, in torso half-sizes
    Colour colour;
};

// Everything a seed decides; the same for every frame of that seed.
struct Look {
    Colour backdrop;
    float lightX = 0, lightY = 0; // brightest spot on the backdrop, normalised
    float foldPhase = 0;
    Colour skin, hair, shirt;
    float stripePeriod = 0; // in units of frame height
    float swayPhase = 0, bobPhase = 0;
    quint32 textureSalt = 0;
    std::array<StrandShape, kStrandCount> strands{};
    std::array<PatchShape, kPatchCount> patches{};
};

Look makeLook(quint32 seed)
{
    Pcg32 rng(seed);
    Look look;
    look.backdrop = {rng.uniform(0.10f, 0.20f), rng.uniform(0.58f, 0.70f),
                     rng.uniform(0.20f, 0.30f)};
    look.lightX = rng.uniform(0.2f, 0.5f);
    look.lightY = rng.uniform(0.1f, 0.4f);
    look.foldPhase = rng.uniform(0.0f, 1.0f);
    look.skin = rng.pick(std::array<Colour, 4>{{{0.92f, 0.72f, 0.60f},
                                                {0.80f, 0.58f, 0.44f},
                                                {0.56f, 0.37f, 0.26f},
                                                {0.37f, 0.24f, 0.17f}}});
    look.hair = rng.pick(std::array<Colour, 4>{{{0.22f, 0.14f, 0.09f},
                                                {0.07f, 0.06f, 0.06f},
                                                {0.45f, 0.20f, 0.10f},
                                                {0.72f, 0.60f, 0.36f}}});
    look.shirt = rng.pick(std::array<Colour, 3>{
        {{0.60f, 0.12f, 0.16f}, {0.16f, 0.21f, 0.46f}, {0.46f, 0.45f, 0.48f}}});
    look.stripePeriod = rng.uniform(0.03f, 0.05f);
    look.swayPhase = rng.uniform(0.0f, 2.0f * std::numbers::pi_v<float>);
    look.bobPhase = rng.uniform(0.0f, 2.0f * std::numbers::pi_v<float>);
    look.textureSalt = rng.next();
    for (StrandShape &s : look.strands) {
        s.angle = rng.uniform(-2.9f, -0.25f);
        s.lean = rng.uniform(-0.4f, 0.4f);
        s.bend = rng.uniform(-0.35f, 0.35f);
        s.length = rng.uniform(0.025f, 0.085f);
        s.width = rng.uniform(0.35f, 0.9f);
        s.phase = rng.uniform(0.0f, 2.0f * std::numbers::pi_v<float>);
    }
    // Saturated badges on the chest, among them colours near green that must survive the key.
    const std::array<Colour, kPatchCount> colours{{
        {0.05f, 0.78f, 0.82f}, // cyan
        {0.95f, 0.85f, 0.10f}, // yellow
        {0.46f, 0.47f, 0.12f}, // olive
        {0.10f, 0.52f, 0.46f}, // teal
        {0.85f, 0.10f, 0.55f}, // magenta
        {0.95f, 0.45f, 0.05f}, // orange
    }};
    for (int i = 0; i < kPatchCount; ++i) {
        look.patches[std::size_t(i)] = {-0.62f + 0.3f * float(i % 3) + rng.uniform(-0.03f, 0.03f),
                                        -0.45f + 0.28f * float(i / 3) + rng.uniform(-0.03f, 0.03f),
                                        colours[std::size_t(i)]};
    }
    return look;
}

// The figure's geometry at one moment, in pixels.
struct Figure {
    float cx = 0;
    Ellipse head, hair;
    float hairBottom = 0; // the hair volume is cut off below this line
    RoundedBox neck, torso;
    std::array<RoundedBox, kPatchCount> patches;
    std::array<std::array<Point, kStrandSegments + 1>, kStrandCount> strands{};
    float edge = 1;       // width of the anti-aliased, motion-blurred outline
    float spillWidth = 1; // how far green spill reaches into the figure
    int left = 0, top = 0, right = 0, bottom = 0; // pixels the silhouette can touch
};

Figure placeFigure(const Look &look, int width, int height, double timeSeconds)
{
    const float w = float(width);
    const float h = float(height);
    const auto omega = float(2.0 * std::numbers::pi / kTestPatternLoopSeconds);
    // Wrapping the time keeps the phase exact however long a source has been running.
    const auto t = float(std::fmod(timeSeconds, kTestPatternLoopSeconds));
    const float swayAmplitude = 0.11f * w;
    const float bob = 0.012f * h * std::sin(2.0f * omega * t + look.bobPhase);

    Figure f;
    f.cx = 0.5f * w + swayAmplitude * std::sin(omega * t + look.swayPhase);
    const float headCy = 0.34f * h + bob;
    f.head = {f.cx, headCy, 0.085f * h, 0.115f * h};
    f.hair = {f.cx, headCy - 0.022f * h, 0.098f * h, 0.127f * h};
    f.hairBottom = headCy + 0.03f * h;
    f.neck = {f.cx, headCy + 0.15f * h, 0.042f * h, 0.09f * h, 0.02f * h};
    f.torso = {f.cx, 0.83f * h + bob, 0.30f * h, 0.30f * h, 0.14f * h};
    for (int i = 0; i < kPatchCount; ++i) {
        const PatchShape &p = look.patches[std::size_t(i)];
        f.patches[std::size_t(i)] = {f.cx + p.u * f.torso.halfWidth,
                                     f.torso.cy + p.v * f.torso.halfHeight, 0.03f * h, 0.022f * h,
                                     0.006f * h};
    }

    const float speed = std::abs(swayAmplitude * omega * std::cos(omega * t + look.swayPhase));
    f.edge = 1.2f + 0.5f * speed * kShutterSeconds;
    f.spillWidth = 0.035f * h;

    // Strands grow from the hair outline, outwards, bending and swaying a little.
    for (int i = 0; i < kStrandCount; ++i) {
        const StrandShape &s = look.strands[std::size_t(i)];
        auto &points = f.strands[std::size_t(i)];
        const float c = std::cos(s.angle);
        const float sn = std::sin(s.angle);
        points[0] = {f.hair.cx + 0.96f * f.hair.rx * c, f.hair.cy + 0.96f * f.hair.ry * sn};
        float direction = s.angle + s.lean + 0.15f * std::sin(omega * t + s.phase);
        const float step = s.length * h / float(kStrandSegments);
        for (int k = 1; k <= kStrandSegments; ++k) {
            points[std::size_t(k)] = {points[std::size_t(k - 1)].x + step * std::cos(direction),
                                      points[std::size_t(k - 1)].y + step * std::sin(direction)};
            direction += s.bend;
        }
    }

    const float margin = f.edge + 2.0f;
    f.left = std::max(0, int(f.cx - f.torso.halfWidth - margin));
    f.right = std::min(width, int(f.cx + f.torso.halfWidth + margin) + 1);
    f.top = std::max(0, int(f.hair.cy - f.hair.ry - margin));
    f.bottom = height;
    return f;
}

// The backdrop's lighting, split into a row part and a column part so the per-pixel work is a
// few multiplications: a green cloth, brightest near a light, darker at the corners, with folds.
struct BackdropTerms {
    float light = 0;    // falloff from the light along this axis
    float vignette = 0; // this axis's share of the corner darkening
    float fold = 0;     // this axis's share of the fold pattern's phase
};

BackdropTerms backdropTerms(float position, float lightAt, float foldFrequency)
{
    const float l = position - lightAt;
    const float c = position - 0.5f;
    return {1.0f / (1.0f + 4.0f * l * l), 0.55f * c * c, foldFrequency * position};
}

Colour backdropColour(const Look &look, const BackdropTerms &column, const BackdropTerms &row)
{
    const float light = 0.80f + 0.32f * column.light * row.light;
    const float vignette = 1.0f - column.vignette - row.vignette;
    const float folds = 0.96f + 0.06f * triangle(column.fold + row.fold + look.foldPhase);
    return scaled(look.backdrop, light * vignette * folds);
}

Colour shirtColour(const Look &look, const Figure &f, float x, float y, float height)
{
    // Plaid: darker lines where either of two triangle waves dips, plus a soft weave.
    const float period = look.stripePeriod * height;
    const float a = triangle((x - f.cx) / period);
    const float b = triangle((y - f.torso.cy) / period);
    float shade = 0.88f + 0.12f * a * b;
    if (a < 0.12f || b < 0.12f)
        shade *= 0.72f;
    // The shoulders turn away from the light.
    const float across = std::abs(x - f.cx) / f.torso.halfWidth;
    shade *= 1.0f - 0.25f * across * across;
    Colour c = scaled(look.shirt, shade);
    for (int i = 0; i < kPatchCount; ++i) {
        const float d = f.patches[std::size_t(i)].distance(x, y);
        if (d < 0.5f)
            c = mix(c, look.patches[std::size_t(i)].colour, clamp01(0.5f - d));
    }
    return c;
}

Colour headColour(const Look &look, const Figure &f, int px, int py, float x, float y)
{
    const float dx = (x - f.head.cx) / f.head.rx;
    const float dy = (y - f.head.cy) / f.head.ry;
    // Hair above a curved hairline and outside the face.
    const float hairline = -0.55f + 0.5f * dx * dx;
    const quint32 texture = hashPosition(px - int(f.cx), py - int(f.head.cy), look.textureSalt);
    if (dx * dx + dy * dy > 1.0f || dy < hairline) {
        // Streaks that run down the hair, fixed to the head.
        const int streak = int(x - f.cx + 0.4f * (y - f.head.cy));
        const float s = signedUnit(mix32(quint32(streak) ^ look.textureSalt), 12);
        return scaled(look.hair, 0.85f + 0.25f * s);
    }
    // A lit, slightly uneven face with two eyes and a mouth.
    const float nz = std::sqrt(std::max(0.0f, 1.0f - dx * dx - dy * dy));
    const float lambert = std::max(0.0f, -0.45f * dx - 0.35f * dy + 0.82f * nz);
    Colour c = scaled(look.skin, 0.55f + 0.5f * lambert + 0.03f * signedUnit(texture, 16));
    const float ex = std::abs(dx) - 0.36f;
    const float ey = dy + 0.05f;
    if (ex * ex / 0.014f + ey * ey / 0.004f < 1.0f)
        c = {0.10f, 0.07f, 0.06f};
    const float mouthY = dy - 0.5f;
    if (dx * dx / 0.07f + mouthY * mouthY / 0.0035f < 1.0f)
        c = {0.62f, 0.26f, 0.26f};
    return c;
}

// Hair strands composited over the image, each finer than a pixel: partial coverage by design.
void drawStrands(const Look &look, const Figure &f, RgbaImage &image, std::vector<float> *alpha)
{
    const Colour strandColour = {look.hair[0] * 1.3f + 0.02f, look.hair[1] * 1.3f + 0.10f,
                                 look.hair[2] * 1.3f + 0.02f};
    for (int i = 0; i < kStrandCount; ++i) {
        const auto &points = f.strands[std::size_t(i)];
        const float strandWidth = look.strands[std::size_t(i)].width;
        float minX = points[0].x, maxX = minX, minY = points[0].y, maxY = minY;
        for (const Point &p : points) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        const int x0 = std::max(0, int(std::floor(minX)) - 1);
        const int x1 = std::min(image.width - 1, int(std::ceil(maxX)) + 1);
        const int y0 = std::max(0, int(std::floor(minY)) - 1);
        const int y1 = std::min(image.height - 1, int(std::ceil(maxY)) + 1);
        for (int py = y0; py <= y1; ++py) {
            for (int px = x0; px <= x1; ++px) {
                const float x = float(px) + 0.5f;
                const float y = float(py) + 0.5f;
                // Distance to the polyline and how far along it (0 root, 1 tip) that point is.
                float best = 1e9f;
                float along = 0.0f;
                for (int k = 0; k < kStrandSegments; ++k) {
                    const Point &a = points[std::size_t(k)];
                    const Point &b = points[std::size_t(k + 1)];
                    const float abx = b.x - a.x, aby = b.y - a.y;
                    const float t = clamp01(((x - a.x) * abx + (y - a.y) * aby) /
                                            std::max(abx * abx + aby * aby, 1e-6f));
                    const float ex = x - a.x - t * abx, ey = y - a.y - t * aby;
                    const float d2 = ex * ex + ey * ey;
                    if (d2 < best) {
                        best = d2;
                        along = (float(k) + t) / float(kStrandSegments);
                    }
                }
                const float coverage =
                    strandWidth * std::max(0.0f, 1.0f - std::sqrt(best)) * (1.0f - 0.6f * along);
                if (coverage <= 0.0f)
                    continue;
                Rgba &c = image.at(px, py);
                for (int ch = 0; ch < 3; ++ch)
                    c[std::size_t(ch)] +=
                        (strandColour[std::size_t(ch)] - c[std::size_t(ch)]) * coverage;
                if (alpha) {
                    float &a =
                        (*alpha)[std::size_t(py) * std::size_t(image.width) + std::size_t(px)];
                    a += (1.0f - a) * coverage;
                }
            }
        }
    }
}

} // namespace

RgbaImage renderCameraView(QSize size, double timeSeconds, quint32 seed,
                           std::vector<float> *groundTruthAlpha)
{
    if (size.isEmpty()) {
        if (groundTruthAlpha)
            groundTruthAlpha->clear();
        return {};
    }
    const int width = size.width();
    const int height = size.height();
    const float h = float(height);
    const Look look = makeLook(seed);
    const Figure f = placeFigure(look, width, height, timeSeconds);
    // Sensor noise changes every frame: salted by seed and time (in whole milliseconds).
    const quint32 noiseSalt =
        mix32(seed ^ mix32(quint32(std::llround(timeSeconds * 1000.0)) + 0x68e31da4U));

    RgbaImage image(width, height);
    if (groundTruthAlpha)
        groundTruthAlpha->assign(std::size_t(width) * std::size_t(height), 0.0f);
    std::vector<BackdropTerms> columns(static_cast<std::size_t>(width));
    for (int px = 0; px < width; ++px)
        columns[std::size_t(px)] =
            backdropTerms((float(px) + 0.5f) / float(width), look.lightX, 2.3f);

    // Shapes only matter within a margin of their rows; elsewhere they are "far away".
    constexpr float kFar = 1e6f;
    const float margin = f.edge + 2.0f;
    auto nearRows = [margin](float y, float top, float bottom) {
        return y > top - margin && y < bottom + margin;
    };

    for (int py = 0; py < height; ++py) {
        const float y = float(py) + 0.5f;
        const BackdropTerms row = backdropTerms(y / h, look.lightY, 0.35f);
        const bool rowHasFigure = py >= f.top && py < f.bottom;
        const bool rowHasHead = nearRows(y, f.hair.top(), f.head.bottom());
        const bool rowHasNeck = nearRows(y, f.neck.top(), f.neck.bottom());
        const bool rowHasTorso = nearRows(y, f.torso.top(), f.torso.bottom());
        for (int px = 0; px < width; ++px) {
            const float x = float(px) + 0.5f;
            const Colour backdrop = backdropColour(look, columns[std::size_t(px)], row);
            Colour c = backdrop;
            float alpha = 0.0f;
            if (rowHasFigure && px >= f.left && px < f.right) {
                const float dHead = rowHasHead ? f.head.distance(x, y) : kFar;
                const float dHair =
                    rowHasHead ? std::max(f.hair.distance(x, y), y - f.hairBottom) : kFar;
                const float dNeck = rowHasNeck ? f.neck.distance(x, y) : kFar;
                const float dTorso = rowHasTorso ? f.torso.distance(x, y) : kFar;
                const float dUpper = std::min(dHead, dHair);
                const float d = std::min({dUpper, dNeck, dTorso});
                alpha = clamp01(0.5f - d / f.edge);
                if (alpha > 0.0f) {
                    Colour subject;
                    if (dTorso <= std::min(dUpper, dNeck))
                        subject = shirtColour(look, f, x, y, h);
                    else if (dNeck < dUpper)
                        subject = scaled(look.skin, 0.62f); // in the chin's shadow
                    else
                        subject = headColour(look, f, px, py, x, y);
                    // Green light bounced off the backdrop, strongest at the outline.
                    const float spill = clamp01(1.0f + d / f.spillWidth);
                    const float s = spill * spill;
                    subject = {subject[0] * (1.0f - 0.12f * s),
                               subject[1] + 0.35f * s * backdrop[1],
                               subject[2] * (1.0f - 0.12f * s)};
                    c = mix(backdrop, subject, alpha);
                }
            }
            const quint32 n = hashPosition(px, py, noiseSalt);
            Rgba &out = image.at(px, py);
            out = {clamp01(c[0] + 0.012f * signedUnit(n, 10)),
                   clamp01(c[1] + 0.012f * signedUnit(n >> 10, 10)),
                   clamp01(c[2] + 0.012f * signedUnit(n >> 20, 10)), 1.0f};
            if (groundTruthAlpha)
                (*groundTruthAlpha)[std::size_t(py) * std::size_t(width) + std::size_t(px)] = alpha;
        }
    }
    drawStrands(look, f, image, groundTruthAlpha);
    return image;
}

} // namespace greenroom
