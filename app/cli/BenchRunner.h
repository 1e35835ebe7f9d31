// `greenroom bench`: opens the bench window with the chosen frame path, feeds it, measures, and
// prints and writes the figures (see BenchReport.h).
#pragma once

#include "BenchOptions.h"

namespace greenroom {

// Runs the benchmark; returns the process exit status. The graphics API must already be chosen
// (QQuickWindow::setGraphicsApi) and no application object may exist yet.
int runBench(int &argc, char **argv, const BenchOptions &options);

} // namespace greenroom
