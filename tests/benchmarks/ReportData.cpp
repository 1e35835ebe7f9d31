#include "ReportData.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <algorithm>

namespace greenroom::report {

const QStringList &pathOrder()
{
    static const QStringList order{
        QStringLiteral("greenroom"), QStringLiteral("videooutput-shadereffect"),
        QStringLiteral("cpu-convert"), QStringLiteral("ffmpeg-chromakey")};
    return order;
}

namespace {

QString seriesName(const QString &path, const QJsonObject &json)
{
    const QString key = json.value(QLatin1String("key")).toString();
    if (key.isEmpty() || key == QLatin1String("defaults"))
        return path;
    return QStringLiteral("%1 [%2]").arg(path, key);
}

} // namespace

QStringList seriesOrder(const QList<Run> &runs)
{
    QStringList order;
    for (const QString &path : pathOrder()) {
        if (!order.contains(path))
            order.append(path); // default runs of a path come first, even if absent
        for (const Run &r : runs) {
            if (r.path == path && !order.contains(r.series))
                order.append(r.series);
        }
    }
    for (const Run &r : runs) {
        if (!order.contains(r.series))
            order.append(r.series);
    }
    return order;
}

QList<QPair<double, double>> Run::latencyHistogram() const
{
    QList<QPair<double, double>> bins;
    for (const QJsonValue bin : json.value(QLatin1String("latency_histogram_ms")).toArray())
        bins.append({bin.toArray().at(0).toDouble(), bin.toArray().at(1).toDouble()});
    return bins;
}

const Run *findRun(const QList<Run> &runs, QSize size, const QString &format, const QString &series)
{
    for (const Run &r : runs) {
        if (r.size == size && r.format == format && r.series == series)
            return &r;
    }
    return nullptr;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString sizeText(QSize size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

QList<Run> loadRuns(const QString &dir, QString *error)
{
    QList<Run> runs;
    const QDir folder(dir);
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return {};
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QStringList sides =
            json.value(QLatin1String("size")).toString().split(QLatin1Char('x'));
        if (json.isEmpty() || sides.size() != 2) {
            *error = QStringLiteral("%1 is not a bench result").arg(file.fileName());
            return {};
        }
        const QString path = json.value(QLatin1String("path")).toString();
        runs.append({path, QSize(sides[0].toInt(), sides[1].toInt()),
                     json.value(QLatin1String("format")).toString(), json, seriesName(path, json)});
    }
    const QStringList order = seriesOrder(runs);
    std::stable_sort(runs.begin(), runs.end(), [&order](const Run &a, const Run &b) {
        const qint64 areaA = qint64(a.size.width()) * a.size.height();
        const qint64 areaB = qint64(b.size.width()) * b.size.height();
        if (areaA != areaB)
            return areaA < areaB;
        if (a.format != b.format)
            return a.format < b.format;
        return order.indexOf(a.series) < order.indexOf(b.series);
    });
    return runs;
}

} // namespace greenroom::report
