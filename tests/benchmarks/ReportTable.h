// The Markdown tables of a comparison: every run's figures, then the CPU-per-frame ratios of
// the other paths to Greenroom's at each size and format.
#pragma once

#include "ReportData.h"

namespace greenroom::report {

QString markdownReport(const QList<Run> &runs);

} // namespace greenroom::report
