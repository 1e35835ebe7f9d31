// Scores one keyed result against its ground truth, the way matting benchmarks do
// (alphamatting.com: SAD and MSE of alpha), plus what a viewer sees: the composite over two
// new backgrounds, the key colour's excess left on the subject, and colour lost to greying.
#pragma once

#include "GroundTruth.h"

#include <QtGui/QImage>

#include <array>
#include <vector>

namespace greenroom::quality {

struct Score {
    double sad = 0;       // sum of |alpha error| per megapixel, in thousands
    double mse = 0;       // mean squared alpha error, x 1000
    double composite = 0; // mean |error| of the composites over two backgrounds, 8-bit units
    double spill = 0;     // mean key-channel excess beyond the truth's, on the subject, 8-bit
    double greying = 0;   // mean saturation lost on the subject, 8-bit units
    // The alpha SAD split by true alpha (AlphaClasses.h): each class's sum of |alpha error|,
    // per megapixel of the whole frame, in thousands, so the three add up to `sad`.
    double sadSolid = 0;
    double sadPartial = 0;
    double sadBackground = 0;
    double solidHoles = 0; // % of solid pixels keyed below alpha 0.98
    double solidMean = 0;  // mean alpha on solid pixels
};

// What scoring needs besides the result, computed once per case: the two backgrounds and the
// ground truth composited over them (8-bit).
struct ScoringContext {
    QSize size;
    std::array<std::vector<std::array<float, 3>>, 2> backgrounds;
    std::array<std::vector<std::array<float, 3>>, 2> truthComposites;
};
ScoringContext scoringContext(const GroundTruthCase &truth);

// `result` is straight-alpha RGBA (any format QImage converts to RGBA8888).
Score scoreResult(const GroundTruthCase &truth, const ScoringContext &context,
                  const QImage &result);
Score scoreResult(const GroundTruthCase &truth, const QImage &result);

// Mean of several scores, field by field.
Score meanScore(const std::vector<Score> &scores);

} // namespace greenroom::quality
