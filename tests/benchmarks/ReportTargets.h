// The performance targets Greenroom's frame path is held to, checked against the runs of one
// compare.sh invocation: each target with the figure measured and whether it was reached. The
// figures decide nothing in CI; they are printed beside the table so that a reader sees at a
// glance which targets a machine reaches and by how much it misses the others.
#pragma once

#include "ReportData.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace greenroom::report {

struct TargetCheck {
    QString target;   // what is asked, and of which run
    QString measured; // the figures it was judged on
    bool met = false;
};

// Frame bytes of one frame in `format` (nv12, yuv420p, yuyv, rgba) at `size`: what the keyed
// path should upload per frame. 0 for an unknown format.
qint64 frameBytes(QSize size, const QString &format);

// The targets that the table's runs answer: for each default-key greenroom run, the upload is
// the frame's own size with at most one CPU copy; at 1920×1080 and larger, CPU per frame at
// least 1.5× below videooutput-shadereffect and 3× below cpu-convert; at 1920×1080, Greenroom's
// own code under 0.5 ms per frame.
// From `endurance`, default-key greenroom runs of one size and format at different lengths:
// the shortest run of at least 30 s drops no frame and keeps p99 latency under one frame
// interval, and the longest run's peak memory is within 5% of the shortest's.
QList<TargetCheck> checkTargets(const QList<Run> &runs, const QList<Run> &endurance);

// The checks as a Markdown table, with a line saying how many were met.
QString targetsMarkdown(const QList<TargetCheck> &checks);

} // namespace greenroom::report
