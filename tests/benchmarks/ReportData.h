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

// Every *.json under `dir`, sorted by size, format, then path order.
QList<Run> loadRuns(const QString &dir, QString *error);

} // namespace greenroom::report
