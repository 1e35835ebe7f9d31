#include "SubjectProtection.h"

#include "ReferenceKeyer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace greenroom {

namespace {

constexpr int kTargetPoints = 40000;
// Neighbours this far away in each direction: far enough to leave a soft edge's own gradient,
// near enough to find flat areas in small patches (a badge, a sleeve).
constexpr int kNeighbourDistance = 3;
// Flat: no neighbour differs from the centre by more than this many times the typical
// difference on the screen (its noise), nor by more than kMaxFlatness.
constexpr float kNoiseMultiple = 3.0f;
constexpr float kMinFlatness = 0.05f;
constexpr float kMaxFlatness = 0.1f;
// The matte may vary this much between a flat point and its neighbours (noise), not more.
constexpr float kMaxAlphaStep = 0.08f;
// What the matte already takes for the screen.
constexpr float kScreenAlpha = 0.05f;
// Colour groups: cubes of this size in R'G'B'; a group is dense with at least this share of
// the flat subject points (and kMinGroupPoints of them).
constexpr int kBinsPerChannel = 12;
constexpr double kDenseShare = 0.004;
constexpr int kMinGroupPoints = 8;
// A dense group is lifted so that this share of its points reaches alpha 1, and counts as
// solid from kSolidAlpha.
constexpr double kLiftPercentile = 0.01;
constexpr double kLiftMargin = 0.005;
constexpr double kSolidAlpha = 0.98;
// The width of the band of medians around kSolidMedian over which a group counts in part.
constexpr double kSolidBand = 0.1;

struct FlatPoint {
    Rgba colour;
    float alpha;
};

float largestDifference(const Rgba &a, const Rgba &b)
{
    return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

float percentileOf(std::vector<float> values, double p)
{
    if (values.empty())
        return 0.0f;
    const auto k = std::size_t(std::clamp(p, 0.0, 1.0) * double(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

int binOf(const Rgba &c)
{
    int bin = 0;
    for (std::size_t i = 0; i < 3; ++i)
        bin = bin * kBinsPerChannel +
              std::clamp(int(c[i] * float(kBinsPerChannel)), 0, kBinsPerChannel - 1);
    return bin;
}

QColor medianColour(const std::vector<const FlatPoint *> &points)
{
    std::array<std::vector<float>, 3> channels;
    for (const FlatPoint *p : points)
        for (std::size_t i = 0; i < 3; ++i)
            channels[i].push_back(p->colour[i]);
    return QColor::fromRgbF(percentileOf(channels[0], 0.5), percentileOf(channels[1], 0.5),
                            percentileOf(channels[2], 0.5));
}

} // namespace

SubjectProtection protectSubject(const FrameSampler &sampler, const KeyParams &params)
{
    KeyParams unclipped = params;
    unclipped.clipBlack = 0.0;
    unclipped.clipWhite = 1.0;
    unclipped.matteGamma = 1.0;
    unclipped.solidLift = 0.0;
    const KeyUniforms key = makeKeyUniforms(unclipped);

    const FrameView &f = sampler.frame();
    const int d = kNeighbourDistance;
    const double pixels = double(f.width) * double(f.height);
    const int step = std::max(2, int(std::ceil(std::sqrt(pixels / kTargetPoints))));

    // Every grid point with its largest difference to its four neighbours.
    struct Point {
        Rgba colour;
        float alpha;
        float difference;
        float alphaStep;
    };
    std::vector<Point> points;
    std::vector<float> screenDifferences;
    for (int y = d; y + d < f.height; y += step)
        for (int x = d; x + d < f.width; x += step) {
            const Rgba c = sampler.pixel(x, y);
            const float alpha = matteAlpha(c, key);
            float difference = 0.0f, alphaStep = 0.0f;
            for (const auto &[dx, dy] : {std::pair{d, 0}, {-d, 0}, {0, d}, {0, -d}}) {
                const Rgba n = sampler.pixel(x + dx, y + dy);
                difference = std::max(difference, largestDifference(c, n));
                alphaStep = std::max(alphaStep, std::abs(matteAlpha(n, key) - alpha));
            }
            if (alpha < kScreenAlpha)
                screenDifferences.push_back(difference);
            else
                points.push_back({c, alpha, difference, alphaStep});
        }

    const float flatness = std::clamp(kNoiseMultiple * percentileOf(screenDifferences, 0.5),
                                      kMinFlatness, kMaxFlatness);
    std::vector<FlatPoint> flat;
    for (const Point &p : points)
        if (p.difference <= flatness && p.alphaStep <= kMaxAlphaStep)
            flat.push_back({p.colour, p.alpha});

    SubjectProtection result;
    if (flat.empty())
        return result;
    std::map<int, std::vector<const FlatPoint *>> groups;
    for (const FlatPoint &p : flat)
        groups[binOf(p.colour)].push_back(&p);

    const auto dense = std::max(std::size_t(kMinGroupPoints),
                                std::size_t(std::ceil(kDenseShare * double(flat.size()))));
    struct Group {
        QColor colour;
        double share, median, low;
    };
    std::vector<Group> denseGroups;
    double lift = 0.0;
    for (const auto &[bin, members] : groups) {
        if (members.size() < dense)
            continue;
        std::vector<float> alphas;
        alphas.reserve(members.size());
        for (const FlatPoint *p : members)
            alphas.push_back(p->alpha);
        const Group g{medianColour(members), double(members.size()) / double(flat.size()),
                      percentileOf(alphas, 0.5), percentileOf(alphas, kLiftPercentile)};
        denseGroups.push_back(g);
        // Across a band around the threshold a group counts in part, so that a colour whose
        // median sits at the threshold does not switch the lift on and off from frame to frame
        // with the sensor noise.
        const double solidness =
            std::clamp((g.median - SubjectProtection::kSolidMedian) / kSolidBand + 0.5, 0.0, 1.0);
        if (g.low < kSolidAlpha)
            lift = std::max(lift, solidness * (1.0 - g.low + kLiftMargin));
    }
    result.solidLift = std::min(lift, SubjectProtection::kMaxLift);
    // What stays partly transparent after the lift: the median still short of solid.
    const double knee = 1.0 - 2.0 * result.solidLift;
    for (const Group &g : denseGroups) {
        const double lifted = std::min(g.median + std::max(g.median - knee, 0.0), 1.0);
        if (lifted < kSolidAlpha)
            result.unseparated.push_back({g.colour, g.share, lifted});
    }
    std::sort(
        result.unseparated.begin(), result.unseparated.end(),
        [](const UnseparatedColour &a, const UnseparatedColour &b) { return a.share > b.share; });
    return result;
}

} // namespace greenroom
