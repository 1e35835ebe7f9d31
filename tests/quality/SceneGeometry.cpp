#include "SceneGeometry.h"

#include <algorithm>
#include <cmath>

namespace greenroom::quality::scene {

namespace {

float dot(Vec2 a, Vec2 b)
{
    return a.x * b.x + a.y * b.y;
}

Vec2 minus(Vec2 a, Vec2 b)
{
    return {a.x - b.x, a.y - b.y};
}

// A turn by some angle, its cosine and sine worked out once per shape.
struct Turn {
    float c = 1, s = 0;
    explicit Turn(float angle) : c(std::cos(angle)), s(std::sin(angle)) {}
    // `p` relative to `centre`, in the turned shape's frame.
    Vec2 local(Vec2 p, Vec2 centre) const
    {
        const Vec2 d = minus(p, centre);
        return {c * d.x + s * d.y, -s * d.x + c * d.y};
    }
};

float ellipseDistance(Vec2 p, Vec2 centre, Vec2 radii, const Turn &turn)
{
    // The usual first-order estimate k0 (k0 - 1) / k1: exact on the outline, close near it,
    // which is all coverage() needs.
    const Vec2 q = turn.local(p, centre);
    const float k0 = std::hypot(q.x / radii.x, q.y / radii.y);
    const float k1 = std::hypot(q.x / (radii.x * radii.x), q.y / (radii.y * radii.y));
    if (k1 < 1e-9f)
        return -std::min(radii.x, radii.y);
    return k0 * (k0 - 1) / k1;
}

float roundedBoxDistance(Vec2 p, Vec2 centre, Vec2 halfSize, float radius, const Turn &turn)
{
    const Vec2 q = turn.local(p, centre);
    const float dx = std::abs(q.x) - (halfSize.x - radius);
    const float dy = std::abs(q.y) - (halfSize.y - radius);
    const float outside = std::hypot(std::max(dx, 0.0f), std::max(dy, 0.0f));
    return outside + std::min(std::max(dx, dy), 0.0f) - radius;
}

QRectF around(Vec2 centre, float reach)
{
    return {double(centre.x - reach), double(centre.y - reach), double(2 * reach),
            double(2 * reach)};
}

float capsuleDistance(Vec2 p, Vec2 a, Vec2 b, float radius)
{
    const Vec2 pa = minus(p, a), ba = minus(b, a);
    const float h = std::clamp(dot(pa, ba) / std::max(dot(ba, ba), 1e-9f), 0.0f, 1.0f);
    return std::hypot(pa.x - ba.x * h, pa.y - ba.y * h) - radius;
}

float roundedPolygonDistance(Vec2 p, const std::vector<Vec2> &v, float radius)
{
    // Distance to the nearest edge, signed by the crossing-number rule.
    float d = dot(minus(p, v[0]), minus(p, v[0]));
    float sign = 1;
    for (std::size_t i = 0, j = v.size() - 1; i < v.size(); j = i, ++i) {
        const Vec2 e = minus(v[j], v[i]), w = minus(p, v[i]);
        const float t = std::clamp(dot(w, e) / std::max(dot(e, e), 1e-9f), 0.0f, 1.0f);
        const Vec2 b{w.x - e.x * t, w.y - e.y * t};
        d = std::min(d, dot(b, b));
        const bool fromBelow = p.y >= v[i].y;
        const bool toAbove = p.y < v[j].y;
        const bool onLeft = e.x * w.y > e.y * w.x;
        if ((fromBelow && toAbove && onLeft) || (!fromBelow && !toAbove && !onLeft))
            sign = -sign;
    }
    return sign * std::sqrt(d) - radius;
}

} // namespace

Shape ellipseShape(Vec2 centre, Vec2 radii, float angle)
{
    const Turn turn(angle);
    return {[=](Vec2 p) { return ellipseDistance(p, centre, radii, turn); },
            around(centre, std::max(radii.x, radii.y) + 2)};
}

Shape capsuleShape(Vec2 a, Vec2 b, float radius)
{
    const QRectF box = QRectF(QPointF(a.x, a.y), QPointF(b.x, b.y)).normalized();
    return {[=](Vec2 p) { return capsuleDistance(p, a, b, radius); },
            box.adjusted(-radius - 2, -radius - 2, radius + 2, radius + 2)};
}

Shape roundedBoxShape(Vec2 centre, Vec2 halfSize, float radius, float angle)
{
    const Turn turn(angle);
    return {[=](Vec2 p) { return roundedBoxDistance(p, centre, halfSize, radius, turn); },
            around(centre, std::hypot(halfSize.x, halfSize.y) + 2)};
}

Shape roundedPolygonShape(std::vector<Vec2> points, float radius)
{
    float x0 = points[0].x, x1 = x0, y0 = points[0].y, y1 = y0;
    for (const Vec2 &q : points) {
        x0 = std::min(x0, q.x);
        x1 = std::max(x1, q.x);
        y0 = std::min(y0, q.y);
        y1 = std::max(y1, q.y);
    }
    const QRectF box(double(x0 - radius - 2), double(y0 - radius - 2),
                     double(x1 - x0 + 2 * radius + 4), double(y1 - y0 + 2 * radius + 4));
    return {[points = std::move(points), radius](Vec2 p) {
                return roundedPolygonDistance(p, points, radius);
            },
            box};
}

Shape differenceOf(const Shape &a, const Shape &b)
{
    return {[a, b](Vec2 p) { return std::max(a.distance(p), -b.distance(p)); }, a.bounds};
}

float coverage(const Shape &shape, int x, int y)
{
    const float d = shape.distance({float(x) + 0.5f, float(y) + 0.5f});
    // Half the pixel's diagonal is 0.71; the margin covers the ellipse estimate's error.
    if (d > 1.5f)
        return 0.0f;
    if (d < -1.5f)
        return 1.0f;
    int inside = 0;
    for (int j = 0; j < 8; ++j)
        for (int i = 0; i < 8; ++i)
            inside += shape.distance({float(x) + (float(i) + 0.5f) / 8.0f,
                                      float(y) + (float(j) + 0.5f) / 8.0f}) < 0.0f;
    return float(inside) / 64.0f;
}

Layer::Layer(int w, int h)
    : width(w), height(h), premultiplied(std::size_t(w) * std::size_t(h), Linear{0, 0, 0}),
      alpha(std::size_t(w) * std::size_t(h), 0.0f)
{}

void Layer::over(int x, int y, const Linear &colour, float a)
{
    if (a <= 0.0f)
        return;
    const auto i = std::size_t(y) * std::size_t(width) + std::size_t(x);
    for (std::size_t c = 0; c < 3; ++c)
        premultiplied[i][c] = colour[c] * a + premultiplied[i][c] * (1 - a);
    alpha[i] = a + alpha[i] * (1 - a);
}

void Layer::atop(int x, int y, const Linear &colour, float a)
{
    if (a <= 0.0f)
        return;
    const auto i = std::size_t(y) * std::size_t(width) + std::size_t(x);
    for (std::size_t c = 0; c < 3; ++c)
        premultiplied[i][c] = colour[c] * a * alpha[i] + premultiplied[i][c] * (1 - a);
}

void paint(Layer &layer, const Shape &shape, const std::function<Linear(float, float)> &colourAt,
           Paint mode, float opacity)
{
    const int x0 = std::max(0, int(std::floor(shape.bounds.left())));
    const int x1 = std::min(layer.width - 1, int(std::ceil(shape.bounds.right())));
    const int y0 = std::max(0, int(std::floor(shape.bounds.top())));
    const int y1 = std::min(layer.height - 1, int(std::ceil(shape.bounds.bottom())));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const float a = coverage(shape, x, y) * opacity;
            if (a <= 0.0f)
                continue;
            const Linear c = colourAt(float(x) + 0.5f, float(y) + 0.5f);
            if (mode == Paint::Over)
                layer.over(x, y, c, a);
            else
                layer.atop(x, y, c, a);
        }
}

void paintStrand(Layer &layer, const std::vector<Vec2> &points, float width, float opacity,
                 const Linear &colour)
{
    float bx0 = points[0].x, bx1 = bx0, by0 = points[0].y, by1 = by0;
    for (const Vec2 &q : points) {
        bx0 = std::min(bx0, q.x);
        bx1 = std::max(bx1, q.x);
        by0 = std::min(by0, q.y);
        by1 = std::max(by1, q.y);
    }
    const float reach = width / 2 + 1.5f;
    const int x0 = std::max(0, int(bx0 - reach)), x1 = std::min(layer.width - 1, int(bx1 + reach));
    const int y0 = std::max(0, int(by0 - reach)), y1 = std::min(layer.height - 1, int(by1 + reach));
    if (x1 < x0 || y1 < y0)
        return;
    // The distance to the nearest segment, segment by segment over each one's own box.
    const int bw = x1 - x0 + 1;
    std::vector<float> nearest(std::size_t(bw) * std::size_t(y1 - y0 + 1), 1e9f);
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const Vec2 a = points[i], b = points[i + 1];
        const int sx0 = std::max(x0, int(std::min(a.x, b.x) - reach));
        const int sx1 = std::min(x1, int(std::max(a.x, b.x) + reach));
        const int sy0 = std::max(y0, int(std::min(a.y, b.y) - reach));
        const int sy1 = std::min(y1, int(std::max(a.y, b.y) + reach));
        for (int y = sy0; y <= sy1; ++y)
            for (int x = sx0; x <= sx1; ++x) {
                float &d = nearest[std::size_t((y - y0) * bw + (x - x0))];
                d = std::min(d, capsuleDistance({float(x) + 0.5f, float(y) + 0.5f}, a, b, 0.0f));
            }
    }
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const float d = nearest[std::size_t((y - y0) * bw + (x - x0))];
            const float cover = width < 1.0f ? width * std::max(0.0f, 1.0f - d)
                                             : std::clamp(width / 2 + 0.5f - d, 0.0f, 1.0f);
            layer.over(x, y, colour, opacity * cover);
        }
}

std::vector<float> distanceTo(const std::vector<bool> &inside, int w, int h)
{
    const float far = 1e9f;
    std::vector<float> d(inside.size());
    for (std::size_t i = 0; i < inside.size(); ++i)
        d[i] = inside[i] ? 0.0f : far;
    const auto at = [&](int x, int y) -> float & { return d[std::size_t(y * w + x)]; };
    // Two passes of the 3-4 chamfer mask: forward from the top left, backward from the bottom
    // right.
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            float &v = at(x, y);
            if (x > 0)
                v = std::min(v, at(x - 1, y) + 3);
            if (y > 0) {
                v = std::min(v, at(x, y - 1) + 3);
                if (x > 0)
                    v = std::min(v, at(x - 1, y - 1) + 4);
                if (x + 1 < w)
                    v = std::min(v, at(x + 1, y - 1) + 4);
            }
        }
    for (int y = h - 1; y >= 0; --y)
        for (int x = w - 1; x >= 0; --x) {
            float &v = at(x, y);
            if (x + 1 < w)
                v = std::min(v, at(x + 1, y) + 3);
            if (y + 1 < h) {
                v = std::min(v, at(x, y + 1) + 3);
                if (x + 1 < w)
                    v = std::min(v, at(x + 1, y + 1) + 4);
                if (x > 0)
                    v = std::min(v, at(x - 1, y + 1) + 4);
            }
        }
    for (float &v : d)
        v /= 3.0f;
    return d;
}

std::vector<float> boxBlurred(const std::vector<float> &plane, int w, int h, int r)
{
    // Running sums along rows, then along columns.
    std::vector<float> rows(plane.size()), out(plane.size());
    const float n = float(2 * r + 1);
    for (int y = 0; y < h; ++y) {
        const float *in = plane.data() + std::size_t(y * w);
        float sum = 0;
        for (int k = -r; k <= r; ++k)
            sum += in[std::clamp(k, 0, w - 1)];
        for (int x = 0; x < w; ++x) {
            rows[std::size_t(y * w + x)] = sum / n;
            sum += in[std::min(x + r + 1, w - 1)] - in[std::max(x - r, 0)];
        }
    }
    for (int x = 0; x < w; ++x) {
        float sum = 0;
        for (int k = -r; k <= r; ++k)
            sum += rows[std::size_t(std::clamp(k, 0, h - 1) * w + x)];
        for (int y = 0; y < h; ++y) {
            out[std::size_t(y * w + x)] = sum / n;
            sum += rows[std::size_t(std::min(y + r + 1, h - 1) * w + x)] -
                   rows[std::size_t(std::max(y - r, 0) * w + x)];
        }
    }
    return out;
}

void softenInPlace(std::vector<float> &plane, int w, int h, float a)
{
    std::vector<float> tmp(plane.size());
    const float c = 1 - 2 * a;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const auto row = std::size_t(y * w);
            tmp[row + std::size_t(x)] = a * plane[row + std::size_t(std::max(x - 1, 0))] +
                                        c * plane[row + std::size_t(x)] +
                                        a * plane[row + std::size_t(std::min(x + 1, w - 1))];
        }
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            plane[std::size_t(y * w + x)] = a * tmp[std::size_t(std::max(y - 1, 0) * w + x)] +
                                            c * tmp[std::size_t(y * w + x)] +
                                            a * tmp[std::size_t(std::min(y + 1, h - 1) * w + x)];
}

} // namespace greenroom::quality::scene
