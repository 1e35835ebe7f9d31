#include "ReportTargets.h"

#include <algorithm>

namespace greenroom::report {

namespace {

constexpr double kMinRatioVideoOutput = 1.5;
constexpr double kMinRatioCpuConvert = 3.0;
constexpr double kMaxOwnCodeMs = 0.5;
constexpr double kMaxCpuCopies = 1.0;
constexpr double kMinSustainedSeconds = 30.0;
constexpr double kMaxMemoryGrowth = 0.05;
const QSize kFullHd(1920, 1080);

QString runName(const Run &r)
{
    return sizeText(r.size) + QLatin1Char(' ') + r.format;
}

bool isDefaultGreenroom(const Run &r)
{
    return r.path == QLatin1String("greenroom") && r.series == r.path;
}

qint64 area(QSize size)
{
    return qint64(size.width()) * size.height();
}

void checkRatio(QList<TargetCheck> &checks, const Run &greenroom, const QList<Run> &runs,
                const QString &other, double minimum)
{
    const Run *o = findRun(runs, greenroom.size, greenroom.format, other);
    const double own = greenroom.number("cpu_ms_per_frame");
    if (!o || own <= 0)
        return;
    const double ratio = o->number("cpu_ms_per_frame") / own;
    checks.append(
        {QStringLiteral("CPU per frame ≥ %1× lower than %2 (%3)")
             .arg(fixed(minimum, 1), other, runName(greenroom)),
         QStringLiteral("%1× (%2 against %3 ms)")
             .arg(fixed(ratio, 2), fixed(own, 2), fixed(o->number("cpu_ms_per_frame"), 2)),
         ratio >= minimum});
}

} // namespace

qint64 frameBytes(QSize size, const QString &format)
{
    const qint64 pixels = area(size);
    if (format == QLatin1String("nv12") || format == QLatin1String("yuv420p"))
        return pixels + 2 * (qint64((size.width() + 1) / 2) * ((size.height() + 1) / 2));
    if (format == QLatin1String("yuyv"))
        return qint64((size.width() + 1) / 2) * 4 * size.height();
    if (format == QLatin1String("rgba"))
        return pixels * 4;
    return 0;
}

QList<TargetCheck> checkTargets(const QList<Run> &runs, const QList<Run> &endurance)
{
    QList<TargetCheck> checks;
    for (const Run &r : runs) {
        if (!isDefaultGreenroom(r))
            continue;
        const qint64 expected = frameBytes(r.size, r.format);
        const double uploaded = r.number("upload_bytes_per_frame");
        const double copies = r.number("cpu_copies_per_frame");
        checks.append(
            {QStringLiteral("upload = the frame's own size, ≤ 1 CPU copy (%1)").arg(runName(r)),
             QStringLiteral("%1 of %2 B, %3 copies")
                 .arg(qint64(uploaded))
                 .arg(expected)
                 .arg(fixed(copies, 1)),
             expected > 0 && qint64(uploaded) == expected && copies <= kMaxCpuCopies});
        if (area(r.size) >= area(kFullHd)) {
            checkRatio(checks, r, runs, QStringLiteral("videooutput-shadereffect"),
                       kMinRatioVideoOutput);
            checkRatio(checks, r, runs, QStringLiteral("cpu-convert"), kMinRatioCpuConvert);
        }
        if (r.size == kFullHd) {
            const double own =
                r.number("gui_thread_ms_per_frame") + r.number("render_thread_ms_per_frame");
            checks.append({QStringLiteral("own code < %1 ms per frame (%2)")
                               .arg(fixed(kMaxOwnCodeMs, 1), runName(r)),
                           QStringLiteral("%1 ms").arg(fixed(own, 3)), own < kMaxOwnCodeMs});
        }
    }

    // Endurance runs of one size and format (the shortest run's), shortest first.
    QList<Run> longRuns;
    for (const Run &r : endurance) {
        if (isDefaultGreenroom(r))
            longRuns.append(r);
    }
    std::sort(longRuns.begin(), longRuns.end(),
              [](const Run &a, const Run &b) { return a.number("seconds") < b.number("seconds"); });
    if (!longRuns.isEmpty()) {
        const Run first = longRuns.constFirst();
        longRuns.removeIf(
            [&first](const Run &r) { return r.size != first.size || r.format != first.format; });
    }
    // A run's "seconds" is the length it measured, a little over the one asked for.
    const auto sustained = std::find_if(longRuns.cbegin(), longRuns.cend(), [](const Run &r) {
        return r.number("seconds") >= kMinSustainedSeconds;
    });
    if (sustained != longRuns.cend()) {
        const Run &r = *sustained;
        const double fps = r.number("fps_requested");
        const double interval = fps > 0 ? 1000.0 / fps : 0;
        const double dropped = r.number("frames_dropped");
        const double p99 = r.number("latency_ms_p99");
        checks.append(
            {QStringLiteral("%1 at %2 fps for %3 s: no frame dropped, p99 latency < %4 ms")
                 .arg(runName(r), fixed(fps, 0), fixed(r.number("seconds"), 0), fixed(interval, 1)),
             QStringLiteral("%1 of %2 presented, %3 dropped, p99 %4 ms")
                 .arg(r.number("frames_presented"))
                 .arg(r.number("frames_in"))
                 .arg(dropped)
                 .arg(fixed(p99, 1)),
             fps > 0 && dropped == 0 && p99 < interval});
    }
    if (longRuns.size() >= 2 &&
        longRuns.constLast().number("seconds") > longRuns.constFirst().number("seconds")) {
        const Run &shortest = longRuns.constFirst();
        const Run &longest = longRuns.constLast();
        const double before = shortest.number("peak_rss_mb");
        const double after = longest.number("peak_rss_mb");
        const double growth = before > 0 ? after / before - 1.0 : 0;
        checks.append(
            {QStringLiteral("peak memory of a %1 s run within %2% of a %3 s run (%4)")
                 .arg(fixed(longest.number("seconds"), 0), fixed(kMaxMemoryGrowth * 100, 0),
                      fixed(shortest.number("seconds"), 0), runName(longest)),
             QStringLiteral("%1 against %2 MB (%3%4%)")
                 .arg(fixed(after, 1), fixed(before, 1),
                      growth >= 0 ? QStringLiteral("+") : QString(), fixed(growth * 100, 1)),
             before > 0 && growth <= kMaxMemoryGrowth});
    }
    return checks;
}

QString targetsMarkdown(const QList<TargetCheck> &checks)
{
    const qsizetype met =
        std::count_if(checks.cbegin(), checks.cend(), [](const TargetCheck &c) { return c.met; });
    QString md = QStringLiteral("Targets (default key): %1 of %2 met in this run.\n\n")
                     .arg(met)
                     .arg(checks.size());
    md += QStringLiteral("| target | measured | met |\n| --- | --- | --- |\n");
    for (const TargetCheck &c : checks) {
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(c.target, c.measured, c.met ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return md;
}

} // namespace greenroom::report
