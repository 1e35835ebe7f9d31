#include "Report.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtGui/QFont>
#include <QtGui/QImage>
#include <QtGui/QPainter>

#include <algorithm>
#include <cmath>
#include <functional>

namespace greenroom::quality {

namespace {

QString number(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

// Which test cases a table covers: a family, a backdrop, both or neither.
struct Filter {
    std::optional<Family> family;
    std::optional<Backdrop> backdrop;
    bool covers(const CaseInfo &c) const
    {
        return (!family || c.family == *family) && (!backdrop || c.backdrop == *backdrop);
    }
};

Score meanOver(const KeyerResult &k, const std::vector<CaseInfo> &cases, const Filter &filter)
{
    std::vector<Score> picked;
    for (std::size_t i = 0; i < k.perCase.size(); ++i)
        if (filter.covers(cases[i]))
            picked.push_back(k.perCase[i]);
    return meanScore(picked);
}

QString table(const ReportInput &in, const Filter &filter)
{
    QString md =
        QStringLiteral("| Keyer | Composite error | Alpha SAD / MP (k) | Alpha MSE (x1000) "
                       "| Spill residual | Greying |\n|---|---:|---:|---:|---:|---:|\n");
    for (const KeyerResult &k : in.keyers) {
        if (k.perCase.empty()) {
            md += QStringLiteral("| %1 | n/a | n/a | n/a | n/a | n/a |\n").arg(k.name);
            continue;
        }
        const Score s = meanOver(k, in.cases, filter);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(k.name, number(s.composite), number(s.sad), number(s.mse), number(s.spill),
                       number(s.greying));
    }
    return md;
}

// The alpha SAD split by true alpha (AlphaClasses.h), and the holes in the solid subject.
QString splitTable(const ReportInput &in, const Filter &filter)
{
    QString md = QStringLiteral(
        "| Keyer | Alpha SAD / MP (k) | solid | partial | background | Solid < 0.98 (%) "
        "| Solid mean alpha |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (const KeyerResult &k : in.keyers) {
        if (k.perCase.empty()) {
            md += QStringLiteral("| %1 | n/a | n/a | n/a | n/a | n/a | n/a |\n").arg(k.name);
            continue;
        }
        const Score s = meanOver(k, in.cases, filter);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                  .arg(k.name, number(s.sad), number(s.sadSolid), number(s.sadPartial),
                       number(s.sadBackground), number(s.solidHoles, 1), number(s.solidMean, 4));
    }
    return md;
}

QString section(const ReportInput &in, const QString &title, const Filter &filter,
                const QString &level)
{
    return level + QLatin1Char(' ') + title + QStringLiteral("\n\n") + table(in, filter) +
           QStringLiteral("\nBy true alpha:\n\n") + splitTable(in, filter) + QLatin1Char('\n');
}

QString flickerTable(const ReportInput &in)
{
    if (std::none_of(in.keyers.begin(), in.keyers.end(),
                     [](const KeyerResult &k) { return !k.flicker.empty(); }))
        return {};
    QString md = QStringLiteral("| Keyer |");
    QString rule = QStringLiteral("|---|");
    std::vector<Filter> columns;
    for (Family f : in.families) {
        md += QStringLiteral(" %1: partial | %1: all |").arg(familyName(f));
        rule += QStringLiteral("---:|---:|");
        columns.push_back({f, {}});
    }
    if (in.families.size() > 1) {
        md += QStringLiteral(" all cases: partial | all cases: all |");
        rule += QStringLiteral("---:|---:|");
        columns.push_back({});
    }
    md += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const KeyerResult &k : in.keyers) {
        if (k.flicker.empty())
            continue;
        md += QStringLiteral("| ") + k.name + QStringLiteral(" |");
        for (const Filter &filter : columns) {
            std::vector<MatteFlicker> picked;
            for (std::size_t i = 0; i < k.flicker.size(); ++i)
                if (k.flicker[i] && filter.covers(in.cases[i]))
                    picked.push_back(*k.flicker[i]);
            if (picked.empty()) {
                md += QStringLiteral(" n/a | n/a |");
                continue;
            }
            const MatteFlicker m = meanFlicker(picked);
            md += QStringLiteral(" %1 | %2 |").arg(number(m.partial), number(m.all));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

// One figure per case and keyer: rows are cases, columns keyers.
QString perCaseTable(const ReportInput &in, const std::function<QString(const Score &)> &figure)
{
    QString md = QStringLiteral("| Case |");
    QString rule = QStringLiteral("|---|");
    for (const KeyerResult &k : in.keyers) {
        md += QLatin1Char(' ') + k.name + QStringLiteral(" |");
        rule += QStringLiteral("---:|");
    }
    md += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (std::size_t i = 0; i < in.cases.size(); ++i) {
        md += QStringLiteral("| ") + in.cases[i].name + QStringLiteral(" |");
        for (const KeyerResult &k : in.keyers)
            md += QLatin1Char(' ') +
                  (i < k.perCase.size() ? figure(k.perCase[i]) : QStringLiteral("n/a")) +
                  QStringLiteral(" |");
        md += QLatin1Char('\n');
    }
    return md;
}

void drawPlot(const ReportInput &in, const QString &path)
{
    std::vector<const KeyerResult *> keyers;
    for (const KeyerResult &k : in.keyers)
        if (k.inPlot && !k.perCase.empty())
            keyers.push_back(&k);
    const int cases = int(in.cases.size());
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
        p.drawText(0, 10, in.cases[std::size_t(c)].name);
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
    md += QStringLiteral(
        "**By true alpha**: the alpha SAD split into pixels the subject covers fully (solid: "
        "true alpha >= 0.99), partly (partial: between) and not at all (background: true "
        "alpha <= 0.01), each class's error summed per megapixel of the whole frame, so the "
        "three add up to the SAD. Solid < 0.98: the share of solid pixels keyed below alpha "
        "0.98 (holes); solid mean alpha: the mean keyed alpha on solid pixels (1 is "
        "perfect).\n\n");
    md += QStringLiteral("Case families: **groundtruth** (GroundTruth.cpp, the scenes the keyer "
                         "was developed on) and **studio** (StudioScenes.cpp, an independent "
                         "generator: other shapes, cloth textures, linear-light compositing, "
                         "evenly lit studios and unevenly lit home set-ups with darker "
                         "screens).\n\n");
    md += section(in, QStringLiteral("All test cases"), {}, QStringLiteral("##"));
    for (Family family : in.families) {
        if (in.families.size() > 1)
            md += section(in, familyTitle(family), {family, {}}, QStringLiteral("##"));
        const QString level = in.families.size() > 1 ? QStringLiteral("###") : QStringLiteral("##");
        for (Backdrop backdrop : {Backdrop::Green, Backdrop::Blue}) {
            const QString title =
                (backdrop == Backdrop::Green ? QStringLiteral("Green backdrop")
                                             : QStringLiteral("Blue backdrop")) +
                (in.families.size() > 1 ? QStringLiteral(" (%1)").arg(familyName(family))
                                        : QString());
            md += level + QLatin1Char(' ') + title + QStringLiteral("\n\n") +
                  table(in, {family, backdrop}) + QLatin1Char('\n');
        }
    }
    md += QStringLiteral("## Matte flicker\n\nA still scene shot several times, only the "
                         "sensor noise changing: mean |alpha(t) - alpha(t-1)| x 1000 over "
                         "consecutive frames, on partially covered pixels (true alpha between "
                         "0.01 and 0.99) and on all pixels. A still subject should get a still "
                         "matte (0). ") +
          in.flickerNote + QStringLiteral("\n\n") + flickerTable(in) + QLatin1Char('\n');
    md += QStringLiteral("## Per case\n\nSolid pixels keyed below alpha 0.98 (%):\n\n") +
          perCaseTable(in, [](const Score &s) { return number(s.solidHoles, 1); }) +
          QStringLiteral("\nAlpha SAD on partially covered pixels (k per MP):\n\n") +
          perCaseTable(in, [](const Score &s) { return number(s.sadPartial); }) + QLatin1Char('\n');
    QString contents;
    for (const CaseInfo &c : in.cases)
        if (!c.description.isEmpty())
            contents += QStringLiteral("- %1: %2\n").arg(c.name, c.description);
    if (!contents.isEmpty())
        md += QStringLiteral("## Cases\n\n") + contents + QLatin1Char('\n');
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
