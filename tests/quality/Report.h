// The benchmark's output: a Markdown table (means over the test set, per backdrop and overall,
// with each keyer's settings) and a PNG bar chart of per-case composite error per keyer.
#pragma once

#include "Scorer.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <vector>

namespace greenroom::quality {

struct KeyerResult {
    QString name;       // "OBS Chroma Key v2 (tuned)", ...
    QString settings;   // how it was run (green / blue)
    bool isPeer = true; // false for Greenroom's rows
    bool tuned = false;
    bool inPlot = true;
    std::vector<Score> perCase; // in test-case order; empty when the tool could not run
    QString failure;            // why perCase is empty
};

struct ReportInput {
    QStringList caseNames;
    QStringList notes; // tool versions, sizes, seeds, timing, ...
    std::vector<KeyerResult> keyers;
};

// Writes results.md and composite-error.png into `folder`; returns the Markdown.
QString writeReport(const ReportInput &input, const QString &folder);

} // namespace greenroom::quality
