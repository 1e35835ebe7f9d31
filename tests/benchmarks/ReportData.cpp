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

QList<QPair<double, double>> Run::latencyHistogram() const
{
    QList<QPair<double, double>> bins;
    for (const QJsonValue bin : json.value(QLatin1String("latency_histogram_ms")).toArray())
        bins.append({bin.toArray().at(0).toDouble(), bin.toArray().at(1).toDouble()});
    return bins;
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
        runs.append({json.value(QLatin1String("path")).toString(),
                     QSize(sides[0].toInt(), sides[1].toInt()),
                     json.value(QLatin1String("format")).toString(), json});
    }
    std::stable_sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) {
        const qint64 areaA = qint64(a.size.width()) * a.size.height();
        const qint64 areaB = qint64(b.size.width()) * b.size.height();
        if (areaA != areaB)
            return areaA < areaB;
        if (a.format != b.format)
            return a.format < b.format;
        return pathOrder().indexOf(a.path) < pathOrder().indexOf(b.path);
    });
    return runs;
}

} // namespace greenroom::report
