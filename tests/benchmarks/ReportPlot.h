// The figure of a comparison: per size and format, the latency distribution of each path as a
// cumulative curve (log time axis), and below, CPU time per frame of every path, FFmpeg's
// chromakey included, as grouped bars (log axis).
#pragma once

#include "ReportData.h"

#include <QtGui/QImage>

namespace greenroom::report {

QImage plotReport(const QList<Run> &runs);

} // namespace greenroom::report
