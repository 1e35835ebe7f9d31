#include "BenchReport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QStringList>
#include <QtCore/QVariant>

#include <cmath>

#include <utility>

namespace greenroom {

namespace {

// The scalar fields in report order, as (name, value) with numbers already rounded for
// reading; a null QVariant is a figure this path cannot observe.
QList<std::pair<QString, QVariant>> scalarFields(const BenchResult &r)
{
    auto ms = [](double v) { return QVariant(std::round(v * 1000.0) / 1000.0); };
    auto sizeText = [](QSize s) { return QStringLiteral("%1x%2").arg(s.width()).arg(s.height()); };
    return {
        {QStringLiteral("path"), r.path},
        {QStringLiteral("source"), r.source},
        {QStringLiteral("backend"), r.backend},
        {QStringLiteral("render_loop"), r.renderLoop},
        {QStringLiteral("size"), sizeText(r.size)},
        {QStringLiteral("format"), r.format},
        {QStringLiteral("window"), sizeText(r.window)},
        {QStringLiteral("key"), r.key},
        {QStringLiteral("keyer_shader"),
         r.keyerShader.isEmpty() ? QVariant() : QVariant(r.keyerShader)},
        {QStringLiteral("fps_requested"),
         r.fpsRequested > 0 ? QVariant(r.fpsRequested) : QVariant(QStringLiteral("max"))},
        {QStringLiteral("seconds"), ms(r.seconds)},
        {QStringLiteral("frames_in"), r.framesIn},
        {QStringLiteral("frames_presented"), r.framesPresented},
        {QStringLiteral("frames_dropped"), r.framesDropped},
        {QStringLiteral("fps_presented"), ms(r.fpsPresented)},
        {QStringLiteral("latency_ms_p50"), ms(r.latencyMsP50)},
        {QStringLiteral("latency_ms_p95"), ms(r.latencyMsP95)},
        {QStringLiteral("latency_ms_p99"), ms(r.latencyMsP99)},
        {QStringLiteral("latency_ms_mean"), ms(r.latencyMsMean)},
        {QStringLiteral("latency_ms_max"), ms(r.latencyMsMax)},
        {QStringLiteral("cpu_ms_per_frame"), ms(r.cpuMsPerFrame)},
        {QStringLiteral("gui_thread_ms_per_frame"), ms(r.guiThreadMsPerFrame)},
        {QStringLiteral("render_thread_ms_per_frame"), ms(r.renderThreadMsPerFrame)},
        {QStringLiteral("upload_bytes_per_frame"),
         r.uploadBytesPerFrame ? QVariant(std::round(*r.uploadBytesPerFrame)) : QVariant()},
        {QStringLiteral("cpu_copies_per_frame"), ms(r.cpuCopiesPerFrame)},
        {QStringLiteral("peak_rss_mb"), ms(r.peakRssMb)},
        {QStringLiteral("texture_creations"), r.textureCreations},
        {QStringLiteral("frames_from_gpu"), r.framesFromGpu},
        {QStringLiteral("notes"), r.notes},
    };
}

QString csvField(const QVariant &value)
{
    QString text = value.isNull() ? QString() : value.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QJsonObject benchResultToJson(const BenchResult &result)
{
    QJsonObject json;
    for (const auto &[name, value] : scalarFields(result))
        json.insert(name, QJsonValue::fromVariant(value));
    QJsonArray histogram;
    for (const auto &[lowerMs, count] : result.latencyHistogramMs)
        histogram.append(QJsonArray{lowerMs, double(count)});
    json.insert(QStringLiteral("latency_histogram_ms"), histogram);
    return json;
}

QString benchResultToText(const BenchResult &result)
{
    QString text;
    for (const auto &[name, value] : scalarFields(result)) {
        text += name.leftJustified(28) +
                (value.isNull() ? QStringLiteral("n/a") : value.toString()) + QLatin1Char('\n');
    }
    return text;
}

QString benchResultToCsv(const BenchResult &result)
{
    QStringList names;
    QStringList values;
    for (const auto &[name, value] : scalarFields(result)) {
        names.append(name);
        values.append(csvField(value));
    }
    return names.join(QLatin1Char(',')) + QLatin1Char('\n') + values.join(QLatin1Char(',')) +
           QLatin1Char('\n');
}

} // namespace greenroom
