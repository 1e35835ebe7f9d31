#include "Report.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtGui/QFont>
#include <QtGui/QImage>
#include <QtGui/QPainter>

#include <algorithm>
#include <cmath>

namespace greenroom::quality {

namespace {

QString number(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

Score meanOver(const KeyerResult &k, const QStringList &cases, const QString &prefix)
{
    std::vector<Score> picked;
    for (std::size_t i = 0; i < k.perCase.size(); ++i)
        if (prefix.isEmpty() || cases[int(i)].startsWith(prefix))
            picked.push_back(k.perCase[i]);
    return meanScore(picked);
}

QString table(const ReportInput &in, const QString &prefix)
{
    QString md =
        QStringLiteral("| Keyer | Composite error | Alpha SAD / MP (k) | Alpha MSE (x1000) "
                       "| Spill residual | Greying |\n|---|---:|---:|---:|---:|---:|\n");
    for (const KeyerResult &k : in.keyers) {
        if (k.perCase.empty()) {
            md += QStringLiteral("| %1 | n/a | n/a | n/a | n/a | n/a |\n").arg(k.name);
            continue;
        }
        const Score s = meanOver(k, in.caseNames, prefix);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(k.name, number(s.composite), number(s.sad), number(s.mse), number(s.spill),
                       number(s.greying));
    }
    return md;
}

void drawPlot(const ReportInput &in, const QString &path)
{
    std::vector<const KeyerResult *> keyers;
    for (const KeyerResult &k : in.keyers)
        if (k.inPlot && !k.perCase.empty())
            keyers.push_back(&k);
    const int cases = int(in.caseNames.size());
    const int groupWidth = std::max(60, int(keyers.size()) * 12 + 16);
    const int left = 70, top = 40, plotHeight = 360, bottom = 90;
    const int width = left + cases * groupWidth + 260, height = top + plotHeight + bottom;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);

    double top_value = 1;
    for (const KeyerResult *k : keyers)
        for (const Score &s : k->perCase)
            top_value = std::max(top_value, s.composite);
    top_value = std::ceil(top_value);
    const auto yOf = [&](double v) { return top + plotHeight - int(v / top_value * plotHeight); };

    p.drawText(QRect(0, 5, width, 25), Qt::AlignCenter,
               QStringLiteral("Composite error per test case (8-bit mean absolute error, lower is "
                              "better)"));
    p.setPen(QColor(200, 200, 200));
    for (int t = 0; t <= 5; ++t) {
        const double v = top_value * t / 5;
        p.drawLine(left, yOf(v), left + cases * groupWidth, yOf(v));
        p.setPen(Qt::black);
        p.drawText(QRect(0, yOf(v) - 8, left - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   number(v, 1));
        p.setPen(QColor(200, 200, 200));
    }
    const QList<QColor> palette = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c),
                                   QColor(0xd62728), QColor(0x9467bd), QColor(0x8c564b),
                                   QColor(0xe377c2), QColor(0x7f7f7f), QColor(0xbcbd22),
                                   QColor(0x17becf), QColor(0x393b79), QColor(0xad494a)};
    for (int c = 0; c < cases; ++c) {
        const int x0 = left + c * groupWidth + 8;
        for (std::size_t k = 0; k < keyers.size(); ++k) {
            const double v = keyers[k]->perCase[std::size_t(c)].composite;
            p.fillRect(QRect(x0 + int(k) * 12, yOf(v), 10, top + plotHeight - yOf(v)),
                       palette[int(k) % palette.size()]);
        }
        p.setPen(Qt::black);
        p.save();
        p.translate(x0 + groupWidth / 2 - 8, top + plotHeight + 8);
        p.rotate(35);
        p.drawText(0, 10, in.caseNames[c]);
        p.restore();
    }
    p.setPen(Qt::black);
    p.drawLine(left, top + plotHeight, left + cases * groupWidth, top + plotHeight);
    for (std::size_t k = 0; k < keyers.size(); ++k) {
        const int y = top + 10 + int(k) * 20;
        const int x = left + cases * groupWidth + 16;
        p.fillRect(QRect(x, y, 14, 14), palette[int(k) % palette.size()]);
        p.drawText(x + 20, y + 12, keyers[k]->name);
    }
    p.end();
    image.save(path);
}

} // namespace

QString writeReport(const ReportInput &in, const QString &folder)
{
    QString md = QStringLiteral("# Key quality benchmark\n\n");
    md += QStringLiteral("Means over the test set (NV12 input). Composite error: 8-bit mean "
                         "absolute error of the straight-alpha result composited over two new "
                         "backgrounds, against the ground truth composited the same way. Alpha "
                         "SAD in thousands per megapixel and MSE x1000, as alphamatting.com "
                         "reports them. Spill residual: mean excess of the key channel over the "
                         "other two, beyond the true subject's own, on pixels the subject covers "
                         "at least half (8-bit units). Greying: mean saturation (max - min "
                         "channel) lost on those pixels (8-bit units).\n\n");
    md += QStringLiteral("## All test cases\n\n") + table(in, {}) + QLatin1Char('\n');
    md += QStringLiteral("## Green backdrop\n\n") + table(in, QStringLiteral("green")) +
          QLatin1Char('\n');
    md += QStringLiteral("## Blue backdrop\n\n") + table(in, QStringLiteral("blue")) +
          QLatin1Char('\n');
    md += QStringLiteral("![Composite error per case](composite-error.png)\n\n## Settings\n\n");
    for (const KeyerResult &k : in.keyers) {
        md += QStringLiteral("- **%1**: %2").arg(k.name, k.settings);
        if (!k.failure.isEmpty())
            md += QStringLiteral(" (did not run: %1)").arg(k.failure);
        md += QLatin1Char('\n');
    }
    md += QStringLiteral("\n## Run\n\n");
    for (const QString &note : in.notes)
        md += QStringLiteral("- ") + note + QLatin1Char('\n');

    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("results.md")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(md.toUtf8());
    drawPlot(in, QDir(folder).filePath(QStringLiteral("composite-error.png")));
    return md;
}

} // namespace greenroom::quality
