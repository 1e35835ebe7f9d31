// Geometry and painting for the studio scenes (StudioScenes.cpp): shapes as signed distance
// functions, their pixel coverage measured by supersampling the pixel's area, hair strands as
// thin polylines, and a layer of linear-light premultiplied colour. Deliberately unlike
// GroundTruth.cpp (axis-aligned ellipses and boxes with analytic edges), so that the two case
// families share no drawing code.
#pragma once

#include <QtCore/QRectF>

#include <array>
#include <functional>
#include <vector>

namespace greenroom::quality::scene {

using Linear = std::array<float, 3>; // linear-light RGB

struct Vec2 {
    float x = 0, y = 0;
};

// A shape: its signed distance function (pixels, negative inside) and the box outside which
// it is surely empty. Angles are in radians.
struct Shape {
    std::function<float(Vec2)> distance;
    QRectF bounds;
};
Shape ellipseShape(Vec2 centre, Vec2 radii, float angle);
Shape capsuleShape(Vec2 a, Vec2 b, float radius);
Shape roundedBoxShape(Vec2 centre, Vec2 halfSize, float radius, float angle);
// A convex or concave polygon grown by `radius` (its corners rounded).
Shape roundedPolygonShape(std::vector<Vec2> points, float radius);
Shape differenceOf(const Shape &a, const Shape &b); // a without b

// The share of pixel (x, y)'s square that lies inside: 8x8 samples where the outline is near,
// one distance look-up elsewhere.
float coverage(const Shape &shape, int x, int y);

// Linear-light premultiplied colour and coverage, composited back to front.
struct Layer {
    int width = 0, height = 0;
    std::vector<Linear> premultiplied;
    std::vector<float> alpha;

    Layer(int w, int h);
    // Porter-Duff over: `colour` with coverage `a` in front of what is there.
    void over(int x, int y, const Linear &colour, float a);
    // Porter-Duff atop: paints on what is there without adding coverage (clothing regions on a
    // torso keep the torso's outline exactly).
    void atop(int x, int y, const Linear &colour, float a);
};

// Paints `shape` onto `layer` with the colour `colourAt(x, y)` (pixel centre), over or atop.
enum class Paint { Over, Atop };
void paint(Layer &layer, const Shape &shape, const std::function<Linear(float, float)> &colourAt,
           Paint mode = Paint::Over, float opacity = 1.0f);

// A hair strand: a polyline `width` pixels wide (often less than one) at `opacity`. A strand
// thinner than a pixel covers each pixel it crosses by its width times a tent of the distance,
// so its total coverage is its area whatever its position.
void paintStrand(Layer &layer, const std::vector<Vec2> &points, float width, float opacity,
                 const Linear &colour);

// Distance in pixels (3-4 chamfer / 3) from each pixel where `inside` is false to the nearest
// pixel where it is true; 0 on those.
std::vector<float> distanceTo(const std::vector<bool> &inside, int width, int height);

// Mean over a (2r + 1)-pixel square, clamped at the borders.
std::vector<float> boxBlurred(const std::vector<float> &plane, int width, int height, int r);

// Separable blur with the kernel [a, 1 - 2a, a], clamped at the borders.
void softenInPlace(std::vector<float> &plane, int width, int height, float a);

} // namespace greenroom::quality::scene
