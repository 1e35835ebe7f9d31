// The benchmark's output: Markdown tables (means over the test set, for all cases, per case
// family and per backdrop; the alpha error split by true alpha; matte flicker; per-case
// figures; each keyer's settings) and a PNG bar chart of per-case composite error per keyer.
#pragma once

#include "CaseSets.h"
#include "MatteFlicker.h"
#include "Scorer.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>
#include <vector>

namespace greenroom::quality {

struct CaseInfo {
    QString name;
    QString description; // what the scene holds, where its generator says
    Family family = Family::GroundTruth;
    Backdrop backdrop = Backdrop::Green;
};

struct KeyerResult {
    QString name;       // "OBS Chroma Key v2 (tuned)", ...
    QString settings;   // how it was run (green / blue)
    bool isPeer = true; // false for Greenroom's rows
    bool tuned = false;
    bool inPlot = true;
    std::vector<Score> perCase; // in test-case order; empty when the tool could not run
    QString failure;            // why perCase is empty
    // Per test case where flicker was measured (empty: not measured for this keyer).
    std::vector<std::optional<MatteFlicker>> flicker;
};

struct ReportInput {
    std::vector<CaseInfo> cases; // the test cases, in order
    QList<Family> families;
    QStringList notes;   // tool versions, sizes, seeds, timing, ...
    QString flickerNote; // how flicker was measured
    std::vector<KeyerResult> keyers;
};

// Writes results.md and composite-error.png into `folder`; returns the Markdown.
QString writeReport(const ReportInput &input, const QString &folder);

} // namespace greenroom::quality
