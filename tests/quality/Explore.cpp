#include "Explore.h"

#include "AutoKey.h"
#include "KeyParamsText.h"
#include "MappedFrameView.h"
#include "MatteFlicker.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>

#include <cstdio>

namespace greenroom::quality {

namespace {

constexpr quint32 kFlickerReshoots = 3;

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The error split by true alpha (AlphaClasses.h), as the report's tables give it.
QString byTrueAlpha(const Score &s)
{
    return QStringLiteral("sad solid %1 partial %2 background %3, solid < 0.98 %4%, solid mean %5")
        .arg(s.sadSolid, 0, 'f', 2)
        .arg(s.sadPartial, 0, 'f', 2)
        .arg(s.sadBackground, 0, 'f', 2)
        .arg(s.solidHoles, 0, 'f', 2)
        .arg(s.solidMean, 0, 'f', 4);
}

// Where the alpha error lies by shape: the subject's flat inside, the open backdrop, and
// edges (pixels whose 5x5 neighbourhood's true alpha is not uniform). Returns the error map.
QImage printRegions(const Case &c, const QImage &keyed)
{
    const QSize size = c.truth.size;
    const int w = size.width(), h = size.height();
    double region[3] = {0, 0, 0};
    int count[3] = {0, 0, 0};
    QImage errors(size, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float at = c.truth.alpha[std::size_t(y * w + x)];
            bool flat = true;
            for (int d = -2; d <= 2 && flat; ++d)
                for (int e = -2; e <= 2 && flat; ++e)
                    flat = c.truth.alpha[std::size_t(std::clamp(y + d, 0, h - 1) * w +
                                                     std::clamp(x + e, 0, w - 1))] == at;
            const int r = !flat ? 2 : (at == 0.0f ? 1 : 0);
            const float err = std::abs(qAlpha(keyed.pixel(x, y)) / 255.0f - at);
            region[r] += err;
            ++count[r];
            errors.scanLine(y)[x] = uchar(std::min(255.0f, err * 255 * 4));
        }
    say(QStringLiteral("  %1 SAD share: solid %2, backdrop %3, edges %4 (edge pixels "
                       "%5%, their mean error %6)")
            .arg(c.truth.name)
            .arg(region[0] / (w * h / 1e6) / 1000, 0, 'f', 1)
            .arg(region[1] / (w * h / 1e6) / 1000, 0, 'f', 1)
            .arg(region[2] / (w * h / 1e6) / 1000, 0, 'f', 1)
            .arg(100.0 * count[2] / (w * h), 0, 'f', 1)
            .arg(region[2] / std::max(count[2], 1), 0, 'f', 3));
    return errors;
}

} // namespace

int explore(const Cases &tuningCases, const QList<Family> &families, Keyers &keyers,
            const QStringList &sets, const QString &outFolder)
{
    // The preset, auto-key, and the --set values applied before auto-key (so it measures
    // with them) and after it (so they win over its estimates).
    const auto applySets = [&sets](KeyParams &p) {
        for (const QString &set : sets)
            setKeyParam(p, set.section(QLatin1Char('='), 0, 0), set.section(QLatin1Char('='), 1));
    };
    const auto exploreParams = [&](const Case &c) {
        KeyParams p = presetFor(c.truth.backdrop);
        applySets(p);
        p = autoKeyed(c, p);
        applySets(p);
        return p;
    };
    const Keying keying = keyers.greenroom(exploreParams);
    QString error;
    const QTemporaryDir reshoots;
    for (Family family : families)
        for (Backdrop backdrop : {Backdrop::Green, Backdrop::Blue}) {
            const auto cases = select(tuningCases, family, backdrop);
            std::vector<Score> scores;
            for (const Case *c : cases) {
                const std::optional<QImage> keyed = keying(*c, &error);
                if (!keyed) {
                    say(error);
                    return 1;
                }
                scores.push_back(scoreResult(c->truth, c->scoring, *keyed));
                {
                    const MappedFrameView mapped(c->frame);
                    const AutoKeyResult r = autoKey(FrameSampler(mapped.view()));
                    say(QStringLiteral("  %1 auto-key: %2 similarity %3 smoothness %4 coverage %5 "
                                       "spread %6; eyedropper truth %7")
                            .arg(c->truth.name, r.keyColor.name())
                            .arg(r.similarity, 0, 'f', 3)
                            .arg(r.smoothness, 0, 'f', 3)
                            .arg(r.coverage, 0, 'f', 3)
                            .arg(r.spread, 0, 'f', 4)
                            .arg(oracleRgb(*c).name()));
                    say(QStringLiteral("  %1 screen gain %2, solid lift %3. %4")
                            .arg(c->truth.name)
                            .arg(r.screenGain, 0, 'f', 3)
                            .arg(r.solidLift, 0, 'f', 3)
                            .arg(r.advice()));
                }
                const QImage errors = printRegions(*c, *keyed);
                say(QStringLiteral("  %1 by true alpha: %2")
                        .arg(c->truth.name, byTrueAlpha(scores.back())));
                if (!outFolder.isEmpty()) {
                    const QDir dir(outFolder);
                    QDir().mkpath(outFolder);
                    keyed->save(dir.filePath(c->truth.name + QStringLiteral("-keyed.png")));
                    errors.save(dir.filePath(c->truth.name + QStringLiteral("-error.png")));
                    c->truth.rgb.save(dir.filePath(c->truth.name + QStringLiteral("-input.png")));
                }
            }
            // Matte flicker: each case and kFlickerReshoots re-shoots with fresh noise, each
            // auto-keyed on its own, as live.
            std::vector<MatteFlicker> flickers;
            for (const Case *c : cases) {
                std::vector<std::vector<float>> alphas{alphaPlane(*keying(*c, &error))};
                for (quint32 shot = 1; shot <= kFlickerReshoots; ++shot) {
                    const auto again = makeCase(c->family, c->seed, c->truth.backdrop,
                                                c->truth.size, reshoots.path(), shot);
                    const std::optional<QImage> keyed = keying(*again, &error);
                    if (!keyed) {
                        say(error);
                        return 1;
                    }
                    alphas.push_back(alphaPlane(*keyed));
                }
                flickers.push_back(matteFlicker(alphas, c->truth.alpha));
            }
            const MatteFlicker flicker = meanFlicker(flickers);
            for (std::size_t i = 0; i < scores.size(); ++i)
                say(QStringLiteral("  %1: composite %2 sad %3 spill %4 greying %5")
                        .arg(cases[i]->truth.name)
                        .arg(scores[i].composite, 0, 'f', 3)
                        .arg(scores[i].sad, 0, 'f', 2)
                        .arg(scores[i].spill, 0, 'f', 2)
                        .arg(scores[i].greying, 0, 'f', 2));
            const Score m = meanScore(scores);
            say(QStringLiteral("%1%2 tuning mean: composite %3 sad %4 mse %5 spill %6 greying %7; "
                               "%8; flicker partial %9 all %10")
                    .arg(family == Family::GroundTruth ? QString()
                                                       : familyName(family) + QLatin1Char(' '))
                    .arg(backdropName(backdrop))
                    .arg(m.composite, 0, 'f', 3)
                    .arg(m.sad, 0, 'f', 2)
                    .arg(m.mse, 0, 'f', 2)
                    .arg(m.spill, 0, 'f', 2)
                    .arg(m.greying, 0, 'f', 2)
                    .arg(byTrueAlpha(m))
                    .arg(flicker.partial, 0, 'f', 2)
                    .arg(flicker.all, 0, 'f', 2));
        }
    return 0;
}

} // namespace greenroom::quality
