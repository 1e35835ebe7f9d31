#include "AutoKey.h"

#include "ColorSpace.h"
#include "ColourNames.h"
#include "ReferenceKeyer.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace greenroom {

namespace {

constexpr int kTargetSamples = 131072;
constexpr int kBins = 64; // per axis over Cb, Cr in [-0.5, 0.5]: bins of 1/64 (~4 code values)
// A backdrop is a saturated colour: the neutral middle of the histogram never seeds it.
constexpr float kMinSaturation = 0.05f;
// The cluster grows downhill from the peak over neighbouring bins holding at least this share
// of the peak bin, and no farther than kMaxClusterRadius from it: dense enough to be backdrop,
// not the sparse bridge of edge pixels toward the subject, and never uphill into another
// colour's cluster (a translucent veil over the backdrop, say).
constexpr float kGrowShare = 0.02f;
constexpr float kMaxClusterRadius = 0.25f;
constexpr double kMinCoverage = 0.05;
// Refinement: rounds of re-centring, and what counts as the backdrop's own noise around it.
constexpr int kRefinements = 3;
constexpr float kOutlierMads = 6.0f;
constexpr float kMinOutlierLimit = 0.02f;
// Light tolerance: the backdrop's shades from this percentile to its complement, plus a margin.
constexpr double kShadePercentile = 0.005;
constexpr double kShadeMargin = 0.05;
// Similarity: this share of the backdrop's pixels key out fully.
constexpr double kBackdropPercentile = 0.99;
// Smoothness: the ramp ends a quarter beyond the median distance of the clearly foreground
// colours. Mixtures of the backdrop with a typical subject colour get about their true coverage
// (alpha grows linearly along the mixture); the screen matte keeps near-key subject colours
// solid, so the ramp need not, and a longer ramp stops it overstating the coverage of pale hair,
// veils and blur (chosen on the tuning sets of both case families of tests/quality).
constexpr double kForegroundPercentile = 0.5;
constexpr double kRampShare = 1.25;
// Colour-difference floor: this share of the backdrop's pixels counts as backdrop, plus a
// margin for what the sample grid did not see.
constexpr double kDifferencePercentile = 0.995;
constexpr double kDifferenceMargin = 0.05;
// Screen matte: the balance between the mean (0) and the maximum (1) of the other channels,
// and a gain that keys out this share of the backdrop, plus a margin.
constexpr double kScreenBalance = 1.0;
constexpr double kScreenPercentile = 0.005;
constexpr double kScreenGainMargin = 1.03;
// Colours reported as unseparated: at most this many names, each covering at least this share
// of the flat subject area.
constexpr int kMaxReportedColours = 3;
constexpr double kReportedShare = 0.01;

struct Sample {
    Rgba rgb;
    float y, cb, cr;
};

float percentile(std::vector<float> values, double p)
{
    if (values.empty())
        return 0.0f;
    const auto k = std::size_t(std::clamp(p, 0.0, 1.0) * double(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

int binOf(float value)
{
    return std::clamp(int((value + 0.5f) * float(kBins)), 0, kBins - 1);
}

float binCentre(int bin)
{
    return (float(bin) + 0.5f) / float(kBins) - 0.5f;
}

// R'G'B' whose keying (Y', Cb, Cr) is the given one (the inverse of keyingYCbCr).
QColor colourOf(float y, float cb, float cr)
{
    const float r = y + 1.5748f * cr;
    const float b = y + 1.8556f * cb;
    const float g = (y - 0.2126f * r - 0.0722f * b) / 0.7152f;
    return QColor::fromRgbF(std::clamp(r, 0.0f, 1.0f), std::clamp(g, 0.0f, 1.0f),
                            std::clamp(b, 0.0f, 1.0f));
}

std::vector<Sample> readSamples(const FrameSampler &sampler)
{
    const FrameView &f = sampler.frame();
    const double pixels = double(f.width) * double(f.height);
    const int step = std::max(1, int(std::ceil(std::sqrt(pixels / kTargetSamples))));
    std::vector<Sample> samples;
    samples.reserve(std::size_t((f.width / step + 1) * (f.height / step + 1)));
    for (int y = step / 2; y < f.height; y += step)
        for (int x = step / 2; x < f.width; x += step) {
            const Rgba c = sampler.pixel(x, y);
            const QVector3D ycc = keyingYCbCr(QVector3D(c[0], c[1], c[2]));
            samples.push_back({c, ycc.x(), ycc.y(), ycc.z()});
        }
    return samples;
}

// Bins of the backdrop cluster: grown from the peak of the smoothed histogram.
std::vector<bool> backdropBins(const std::vector<Sample> &samples)
{
    std::vector<int> counts(kBins * kBins, 0);
    for (const Sample &s : samples)
        ++counts[std::size_t(binOf(s.cr) * kBins + binOf(s.cb))];
    std::vector<int> smooth(counts.size(), 0);
    for (int j = 0; j < kBins; ++j)
        for (int i = 0; i < kBins; ++i)
            for (int dj = -1; dj <= 1; ++dj)
                for (int di = -1; di <= 1; ++di) {
                    const int ii = i + di, jj = j + dj;
                    if (ii >= 0 && ii < kBins && jj >= 0 && jj < kBins)
                        smooth[std::size_t(j * kBins + i)] += counts[std::size_t(jj * kBins + ii)];
                }

    int peak = -1;
    for (int b = 0; b < kBins * kBins; ++b) {
        if (std::hypot(binCentre(b % kBins), binCentre(b / kBins)) < kMinSaturation)
            continue;
        if (peak < 0 || smooth[std::size_t(b)] > smooth[std::size_t(peak)])
            peak = b;
    }
    std::vector<bool> inCluster(counts.size(), false);
    if (peak < 0 || smooth[std::size_t(peak)] == 0)
        return inCluster;

    const int threshold = std::max(1, int(float(smooth[std::size_t(peak)]) * kGrowShare));
    const float peakCb = binCentre(peak % kBins), peakCr = binCentre(peak / kBins);
    std::vector<int> stack{peak};
    inCluster[std::size_t(peak)] = true;
    while (!stack.empty()) {
        const int b = stack.back();
        stack.pop_back();
        for (int dj = -1; dj <= 1; ++dj)
            for (int di = -1; di <= 1; ++di) {
                const int i = b % kBins + di, j = b / kBins + dj;
                if (i < 0 || i >= kBins || j < 0 || j >= kBins)
                    continue;
                const auto n = std::size_t(j * kBins + i);
                // Downhill only, with a little slack for the histogram's own noise.
                const bool downhill =
                    smooth[n] <= smooth[std::size_t(b)] + smooth[std::size_t(b)] / 16 + 2;
                if (inCluster[n] || smooth[n] < threshold || !downhill ||
                    std::hypot(binCentre(i) - peakCb, binCentre(j) - peakCr) > kMaxClusterRadius)
                    continue;
                inCluster[n] = true;
                stack.push_back(int(n));
            }
    }
    return inCluster;
}

} // namespace

KeyParams AutoKeyResult::appliedTo(KeyParams base) const
{
    if (!valid)
        return base;
    base.keyColor = keyColor;
    base.lightTolerance = lightTolerance;
    base.similarity = similarity;
    base.smoothness = smoothness;
    base.colorDifference = 1.0;
    base.differenceFloor = differenceFloor;
    base.screenMatte = 1.0;
    base.screenBalance = screenBalance;
    base.screenGain = screenGain;
    base.clipBlack = 0.0;
    base.clipWhite = 1.0;
    base.solidLift = solidLift;
    return base;
}

QString AutoKeyResult::advice() const
{
    if (!valid)
        return {};
    QStringList names;
    for (const UnseparatedColour &c : unseparated) {
        const QString name = colourName(c.colour);
        if (c.share >= kReportedShare && !names.contains(name) &&
            names.size() < kMaxReportedColours)
            names.append(name);
    }
    QStringList sentences;
    if (!names.isEmpty())
        sentences.append(QCoreApplication::translate(
                             "AutoKey", "%1 areas close to the screen colour: expect partial "
                                        "transparency; capture a clean plate")
                             .arg(names.join(QStringLiteral(", "))));
    if (screenGain > kUnevenScreenGain)
        sentences.append(QCoreApplication::translate(
            "AutoKey", "the screen is unevenly lit: fine edges lose some coverage; even out the "
                       "light or capture a clean plate"));
    if (sentences.isEmpty())
        return {};
    for (QString &sentence : sentences)
        sentence[0] = sentence[0].toUpper();
    return sentences.join(QStringLiteral(". ")) + QLatin1Char('.');
}

AutoKeyResult autoKey(const FrameSampler &sampler, const KeyParams &base)
{
    AutoKeyResult result;
    const std::vector<Sample> samples = readSamples(sampler);
    result.samples = int(samples.size());
    if (samples.empty())
        return result;

    // A first cut by chroma alone: the bins of the dominant chroma cluster.
    const std::vector<bool> inCluster = backdropBins(samples);
    std::vector<const Sample *> backdrop;
    for (const Sample &s : samples)
        if (inCluster[std::size_t(binOf(s.cr) * kBins + binOf(s.cb))])
            backdrop.push_back(&s);
    if (double(backdrop.size()) / double(samples.size()) < kMinCoverage) {
        result.coverage = double(backdrop.size()) / double(samples.size());
        return result;
    }

    // Then refined with the keyer's own distance, which sees luma too: a translucent veil or
    // a grey subject can share the backdrop's chroma but not its shades.
    KeyParams params = base;
    KeyUniforms key;
    std::vector<float> distances;
    for (int round = 0; round < kRefinements; ++round) {
        std::vector<float> ys, cbs, crs;
        for (const Sample *s : backdrop) {
            ys.push_back(s->y);
            cbs.push_back(s->cb);
            crs.push_back(s->cr);
        }
        // Robust centre: per-axis medians.
        const float keyY = percentile(ys, 0.5), keyCb = percentile(cbs, 0.5);
        const float keyCr = percentile(crs, 0.5);
        std::vector<float> spread(cbs.size());
        for (std::size_t i = 0; i < cbs.size(); ++i)
            spread[i] = std::hypot(cbs[i] - keyCb, crs[i] - keyCr);
        // Median distance of a 2D normal spread is 1.1774 sigma.
        result.spread = percentile(spread, 0.5) / 1.1774;

        // How uneven the light is: the range of shades of the key the backdrop shows.
        params.keyColor = colourOf(keyY, keyCb, keyCr);
        params.lightTolerance = 0.0;
        KeyUniforms unclamped = makeKeyUniforms(params);
        unclamped.shadeLow = 0.0f;
        unclamped.shadeHigh = 1.0e6f;
        std::vector<float> shades;
        for (const Sample *s : backdrop)
            shades.push_back(std::max(keyShade(s->rgb, unclamped), 1.0e-3f));
        const double darkest = -std::log(double(percentile(shades, kShadePercentile)));
        const double brightest = std::log(double(percentile(shades, 1.0 - kShadePercentile)));
        params.lightTolerance = std::clamp(std::max(darkest, brightest) + kShadeMargin, 0.0, 2.0);
        key = makeKeyUniforms(params);

        distances.clear();
        for (const Sample *s : backdrop)
            distances.push_back(keyDistance(s->rgb, key));
        if (round + 1 == kRefinements)
            break;
        // Keep what lies within the backdrop's own noise: median + k MAD of the distances.
        const float median = percentile(distances, 0.5);
        std::vector<float> deviations(distances.size());
        for (std::size_t i = 0; i < distances.size(); ++i)
            deviations[i] = std::abs(distances[i] - median);
        const float limit = std::max(median + kOutlierMads * 1.4826f * percentile(deviations, 0.5),
                                     kMinOutlierLimit);
        std::vector<const Sample *> kept;
        for (std::size_t i = 0; i < backdrop.size(); ++i)
            if (distances[i] <= limit)
                kept.push_back(backdrop[i]);
        backdrop.swap(kept);
    }
    result.coverage = double(backdrop.size()) / double(samples.size());
    if (result.coverage < kMinCoverage)
        return result;
    // Similarity: the distance under which the backdrop keys out.
    const float similarity = percentile(distances, kBackdropPercentile);
    // The colour-difference floor: how far below a full share of the key's chroma the backdrop
    // itself reaches.
    std::vector<float> shortfalls;
    shortfalls.reserve(backdrop.size());
    for (const Sample *s : backdrop)
        shortfalls.push_back(1.0f - keyChromaShare(s->rgb, key));
    const double floor = percentile(shortfalls, kDifferencePercentile) + kDifferenceMargin;

    // The clearly foreground colours: well beyond the backdrop's reach.
    std::vector<float> foreground;
    const float beyond = std::max(2.5f * similarity, similarity + 0.05f);
    for (const Sample &s : samples) {
        const float d = keyDistance(s.rgb, key);
        if (d > beyond)
            foreground.push_back(d);
    }
    const float typical =
        foreground.empty() ? similarity + 0.2f : percentile(foreground, kForegroundPercentile);

    // Screen gain: the backdrop's excess of its primary channel against the key's, low end.
    params.screenMatte = 1.0;
    params.screenBalance = kScreenBalance;
    params.screenGain = 1.0;
    const KeyUniforms unitGain = makeKeyUniforms(params);
    std::vector<float> ratios;
    ratios.reserve(backdrop.size());
    for (const Sample *s : backdrop)
        ratios.push_back(1.0f - screenAlpha(s->rgb, unitGain));
    const double lowRatio = percentile(ratios, kScreenPercentile);
    const double gain = lowRatio > 0.0 ? kScreenGainMargin / lowRatio : KeyParams::kMaxScreenGain;

    result.valid = true;
    result.keyColor = params.keyColor;
    result.lightTolerance = params.lightTolerance;
    result.similarity = similarity;
    result.smoothness = std::clamp(kRampShare * (typical - similarity), 0.04, 0.5);
    result.differenceFloor = std::clamp(floor, 0.05, 0.9);
    result.screenBalance = kScreenBalance;
    result.screenGain = std::clamp(gain, 1.0, KeyParams::kMaxScreenGain);

    // Subject protection, on the key as estimated so far.
    const SubjectProtection protection = protectSubject(sampler, result.appliedTo(base));
    result.solidLift = protection.solidLift;
    result.unseparated = protection.unseparated;
    return result;
}

} // namespace greenroom
