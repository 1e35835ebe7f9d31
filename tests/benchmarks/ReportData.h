// One measured run as compare.sh leaves it: a `greenroom bench` JSON file, or the FFmpeg
// reference's, which has only the CPU figures.
#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QSize>
#include <QtCore/QString>

#include <optional>

namespace greenroom::report {

struct Run {
    QString path; // greenroom, videooutput-shadereffect, cpu-convert or ffmpeg-chromakey
    QSize size;
    QString format;
    QJsonObject json;
    // What the run is shown as: the path, followed by its key in brackets when it ran with
    // another key than the defaults (`greenroom bench --set ...`), e.g.
    // "greenroom [chromaGuide=0]".
    QString series;

    double number(const char *field) const { return json.value(QLatin1String(field)).toDouble(); }
    bool has(const char *field) const
    {
        const QJsonValue v = json.value(QLatin1String(field));
        return !v.isUndefined() && !v.isNull();
    }
    // (lower edge in ms, count) of the latency histogram; empty for FFmpeg.
    QList<QPair<double, double>> latencyHistogram() const;
};

// The paths in the order they are shown.
const QStringList &pathOrder();

// The distinct series of `runs`, in path order; a path's keyed runs follow its default one.
QStringList seriesOrder(const QList<Run> &runs);

// Every *.json under `dir`, sorted by size, format, then path order.
QList<Run> loadRuns(const QString &dir, QString *error);

// The run of `series` (a path, for its default-key run) at `size` in `format`, if any.
const Run *findRun(const QList<Run> &runs, QSize size, const QString &format,
                   const QString &series);

// How the report writes figures: `value` with `decimals` decimals, and a size as "1920×1080".
QString fixed(double value, int decimals);
QString sizeText(QSize size);

} // namespace greenroom::report
