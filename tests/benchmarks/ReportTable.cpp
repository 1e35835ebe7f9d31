#include "ReportTable.h"

#include <QtCore/QStringList>

namespace greenroom::report {

namespace {

constexpr auto dash = "–";

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QStringList runCells(const Run &r)
{
    const QString cpu = fixed(r.number("cpu_ms_per_frame"), 2);
    if (r.path == QLatin1String("ffmpeg-chromakey"))
        return {
            sizeText(r.size), r.format, r.series, dash, dash, dash, cpu, dash, dash, dash, dash};
    const QString upload = r.has("upload_bytes_per_frame")
                               ? QString::number(qint64(r.number("upload_bytes_per_frame")))
                               : QStringLiteral("n/a");
    return {sizeText(r.size),
            r.format,
            r.series,
            QStringLiteral("%1 / %2").arg(r.number("frames_in")).arg(r.number("frames_presented")),
            QString::number(r.number("frames_dropped")),
            QStringLiteral("%1 / %2 / %3")
                .arg(fixed(r.number("latency_ms_p50"), 1), fixed(r.number("latency_ms_p95"), 1),
                     fixed(r.number("latency_ms_p99"), 1)),
            cpu,
            QStringLiteral("%1 + %2").arg(fixed(r.number("gui_thread_ms_per_frame"), 3),
                                          fixed(r.number("render_thread_ms_per_frame"), 3)),
            upload,
            fixed(r.number("cpu_copies_per_frame"), 1),
            fixed(r.number("peak_rss_mb"), 0)};
}

} // namespace

QString markdownReport(const QList<Run> &runs)
{
    QString md;
    const Run *any = nullptr;
    for (const Run &r : runs) {
        if (r.path != QLatin1String("ffmpeg-chromakey")) {
            any = &r;
            break;
        }
    }
    if (any) {
        md += QStringLiteral("Backend %1 (%2 render loop), window %3, %4 fps requested, %5 s per "
                             "run.\n\n")
                  .arg(any->json.value(QLatin1String("backend")).toString(),
                       any->json.value(QLatin1String("render_loop")).toString(),
                       any->json.value(QLatin1String("window")).toString(),
                       any->json.value(QLatin1String("fps_requested")).toVariant().toString(),
                       fixed(any->number("seconds"), 0));
    }
    md += row({QStringLiteral("size"), QStringLiteral("format"), QStringLiteral("path"),
               QStringLiteral("frames in / presented"), QStringLiteral("dropped"),
               QStringLiteral("latency p50 / p95 / p99 ms"), QStringLiteral("CPU ms/frame"),
               QStringLiteral("own code ms/frame (GUI + render)"), QStringLiteral("upload B/frame"),
               QStringLiteral("CPU copies/frame"), QStringLiteral("peak RSS MB")});
    md += row(QStringList(11, QStringLiteral("---")));
    for (const Run &r : runs)
        md += row(runCells(r));

    md += QStringLiteral("\nCPU per frame of each path divided by Greenroom's (higher: Greenroom "
                         "uses less), for each key Greenroom ran with:\n\n");
    const QString greenroom = pathOrder().constFirst();
    QStringList others;
    for (const QString &series : seriesOrder(runs)) {
        bool isGreenroom = series == greenroom;
        for (const Run &r : runs)
            isGreenroom = isGreenroom || (r.series == series && r.path == greenroom);
        if (!isGreenroom)
            others.append(series);
    }
    QStringList header{QStringLiteral("size"), QStringLiteral("format"), QStringLiteral("key")};
    header += others;
    md += row(header);
    md += row(QStringList(header.size(), QStringLiteral("---")));
    for (const Run &r : runs) {
        if (r.path != greenroom || r.number("cpu_ms_per_frame") <= 0)
            continue;
        QStringList cells{sizeText(r.size), r.format,
                          r.json.value(QLatin1String("key")).toString(QStringLiteral("defaults"))};
        for (const QString &path : others) {
            const Run *other = findRun(runs, r.size, r.format, path);
            cells.append(
                other ? fixed(other->number("cpu_ms_per_frame") / r.number("cpu_ms_per_frame"), 2) +
                            QStringLiteral("×")
                      : QString::fromUtf8(dash));
        }
        md += row(cells);
    }
    return md;
}

} // namespace greenroom::report
