#include "ReportPlot.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>
#include <cmath>

namespace greenroom::report {

namespace {

constexpr int kWidth = 1800;
constexpr int kPanelHeight = 330;
constexpr int kBarsHeight = 420;
constexpr int kColumns = 3;
constexpr int kMargin = 16;

QColor pathColor(const QString &path)
{
    switch (pathOrder().indexOf(path)) {
    case 0:
        return QColor(0x2f, 0xb3, 0x6f); // greenroom
    case 1:
        return QColor(0x3b, 0x7d, 0xd8); // videooutput-shadereffect
    case 2:
        return QColor(0xd8, 0x5b, 0x3b); // cpu-convert
    default:
        return QColor(0x88, 0x88, 0x88); // ffmpeg-chromakey
    }
}

// A run's colour: its path's, lighter for each further key the path ran with (seriesOrder
// lists a path's keyed series right after the path itself).
QColor seriesColor(const Run &run, const QStringList &order)
{
    const qsizetype variant = order.indexOf(run.series) - order.indexOf(run.path);
    return pathColor(run.path).lighter(100 + 45 * int(variant));
}

QString comboName(const Run &r)
{
    return QStringLiteral("%1x%2 %3").arg(r.size.width()).arg(r.size.height()).arg(r.format);
}

// Maps v in [lo, hi] on a log scale to [0, 1].
double logPosition(double v, double lo, double hi)
{
    v = std::clamp(v, lo, hi);
    return (std::log10(v) - std::log10(lo)) / (std::log10(hi) - std::log10(lo));
}

// Powers of ten and their 2x and 5x between lo and hi, for axis ticks.
QList<double> logTicks(double lo, double hi)
{
    QList<double> ticks;
    for (double decade = std::pow(10.0, std::floor(std::log10(lo))); decade <= hi; decade *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            if (decade * m >= lo && decade * m <= hi)
                ticks.append(decade * m);
        }
    }
    return ticks;
}

QString tickText(double v)
{
    return v < 1 ? QString::number(v, 'g', 2) : QString::number(v, 'f', 0);
}

void drawLatencyPanel(QPainter &p, const QRectF &box, const QString &title,
                      const QList<const Run *> &runs, const QStringList &order, double loMs,
                      double hiMs)
{
    p.setPen(Qt::black);
    p.drawText(box.adjusted(0, 0, 0, -box.height() + 20), Qt::AlignHCenter,
               title + QStringLiteral(": latency, share of frames at or below"));
    const QRectF plot = box.adjusted(46, 26, -10, -34);
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (double t : logTicks(loMs, hiMs)) {
        const double x = plot.left() + logPosition(t, loMs, hiMs) * plot.width();
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    p.setPen(Qt::black);
    p.drawRect(plot);
    for (double t : logTicks(loMs, hiMs)) {
        const double x = plot.left() + logPosition(t, loMs, hiMs) * plot.width();
        p.drawText(QRectF(x - 20, plot.bottom() + 2, 40, 14), Qt::AlignHCenter, tickText(t));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 14), Qt::AlignHCenter,
               QStringLiteral("ms (log)"));
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.drawText(QRectF(plot.left() - 44, y - 7, 40, 14), Qt::AlignRight,
                   QString::number(i * 25) + QLatin1Char('%'));
    }

    for (const Run *run : runs) {
        const QList<QPair<double, double>> bins = run->latencyHistogram();
        double total = 0;
        for (const auto &bin : bins)
            total += bin.second;
        if (total <= 0)
            continue;
        QPainterPath curve;
        double seen = 0;
        curve.moveTo(plot.left(), plot.bottom());
        for (const auto &[lowerMs, count] : bins) {
            const double x = plot.left() + logPosition(lowerMs + 0.05, loMs, hiMs) * plot.width();
            curve.lineTo(x, plot.bottom() - plot.height() * seen / total);
            seen += count;
            curve.lineTo(x, plot.bottom() - plot.height() * seen / total);
        }
        curve.lineTo(plot.right(), plot.top());
        p.setPen(QPen(seriesColor(*run, order), 2));
        p.drawPath(curve);
    }
}

void drawCpuBars(QPainter &p, const QRectF &box, const QList<Run> &runs, const QStringList &order)
{
    QStringList combos;
    double hi = 1;
    double lo = 1e9;
    for (const Run &r : runs) {
        if (!combos.contains(comboName(r)))
            combos.append(comboName(r));
        const double cpu = r.number("cpu_ms_per_frame");
        if (cpu > 0) {
            hi = std::max(hi, cpu);
            lo = std::min(lo, cpu);
        }
    }
    lo = std::pow(10.0, std::floor(std::log10(std::max(lo, 0.01))));
    hi = std::pow(10.0, std::ceil(std::log10(hi)));

    p.setPen(Qt::black);
    p.drawText(box.adjusted(0, 0, 0, -box.height() + 20), Qt::AlignHCenter,
               QStringLiteral("CPU time per presented frame, whole process (ms, log)"));
    const QRectF plot = box.adjusted(56, 26, -10, -60);
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (double t : logTicks(lo, hi)) {
        const double y = plot.bottom() - logPosition(t, lo, hi) * plot.height();
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    p.setPen(Qt::black);
    p.drawRect(plot);
    for (double t : logTicks(lo, hi)) {
        const double y = plot.bottom() - logPosition(t, lo, hi) * plot.height();
        p.drawText(QRectF(plot.left() - 54, y - 7, 50, 14), Qt::AlignRight, tickText(t));
    }

    const double groupWidth = plot.width() / std::max<qsizetype>(1, combos.size());
    const double barWidth = groupWidth * 0.8 / double(order.size());
    for (qsizetype g = 0; g < combos.size(); ++g) {
        const double groupLeft = plot.left() + groupWidth * g + groupWidth * 0.1;
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + groupWidth * g, plot.bottom() + 4, groupWidth, 16),
                   Qt::AlignHCenter, combos[g]);
        for (const Run &r : runs) {
            const double cpu = r.number("cpu_ms_per_frame");
            if (comboName(r) != combos[g] || cpu <= 0)
                continue;
            const double x = groupLeft + barWidth * double(order.indexOf(r.series));
            const double top = plot.bottom() - logPosition(cpu, lo, hi) * plot.height();
            p.fillRect(QRectF(x, top, barWidth - 2, plot.bottom() - top), seriesColor(r, order));
        }
    }
    // Legend.
    double x = plot.left();
    for (const QString &series : order) {
        // seriesOrder lists every path; one that did not run (no FFmpeg on the machine, say)
        // gets no legend entry.
        const auto run = std::find_if(runs.begin(), runs.end(),
                                      [&series](const Run &r) { return r.series == series; });
        if (run == runs.end())
            continue;
        p.fillRect(QRectF(x, plot.bottom() + 30, 14, 14), seriesColor(*run, order));
        p.setPen(Qt::black);
        p.drawText(QPointF(x + 20, plot.bottom() + 42), series);
        x += 20 + p.fontMetrics().horizontalAdvance(series) + 40;
    }
}

} // namespace

QImage plotReport(const QList<Run> &runs)
{
    QStringList combos;
    double hiMs = 10;
    for (const Run &r : runs) {
        if (r.path == QLatin1String("ffmpeg-chromakey"))
            continue;
        if (!combos.contains(comboName(r)))
            combos.append(comboName(r));
        hiMs = std::max(hiMs, r.number("latency_ms_max"));
    }
    hiMs = std::pow(10.0, std::ceil(std::log10(hiMs)));
    const double loMs = 1.0;
    const int rows = int((combos.size() + kColumns - 1) / kColumns);
    QImage image(kWidth, rows * kPanelHeight + kBarsHeight + 2 * kMargin, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);

    const QStringList order = seriesOrder(runs);
    const double panelWidth = double(kWidth - 2 * kMargin) / kColumns;
    for (qsizetype i = 0; i < combos.size(); ++i) {
        QList<const Run *> inCombo;
        for (const Run &r : runs) {
            if (comboName(r) == combos[i] && r.path != QLatin1String("ffmpeg-chromakey"))
                inCombo.append(&r);
        }
        const QRectF box(kMargin + panelWidth * double(i % kColumns),
                         kMargin + double(kPanelHeight) * double(i / kColumns), panelWidth,
                         kPanelHeight);
        drawLatencyPanel(p, box.adjusted(4, 4, -4, -4), combos[i], inCombo, order, loMs, hiMs);
    }
    drawCpuBars(p,
                QRectF(kMargin, kMargin + rows * kPanelHeight, kWidth - 2 * kMargin, kBarsHeight),
                runs, order);
    return image;
}

} // namespace greenroom::report
