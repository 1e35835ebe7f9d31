// keyquality: the key-quality benchmark (see tests/quality/README.md).
//
// Generates ground-truth cases (a tuning set and a test set from different seeds), keys them
// with Greenroom (through the same offscreen GPU path as `greenroom key`), OBS Chroma Key v2
// (re-implemented), FFmpeg chromakey + despill and GStreamer alpha (the real tools), tunes
// every keyer by grid search on the tuning set only, scores all of them on the test set, and
// writes results.md and composite-error.png to the --out folder.
#include "ExternalKeyers.h"
#include "GroundTruth.h"
#include "ObsChromaKey.h"
#include "Report.h"
#include "Scorer.h"

#include "AutoKey.h"
#include "KeyInput.h"
#include "KeyParamsText.h"
#include "KeyPresets.h"
#include "MappedFrameView.h"
#include "OffscreenKeyer.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtGui/QGuiApplication>

#include <cstdio>
#include <functional>
#include <limits>
#include <map>

using namespace greenroom;
using namespace greenroom::quality;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Case {
    GroundTruthCase truth;
    ScoringContext scoring;
    QString nv12Path;
    QVideoFrame frame; // the NV12 as `greenroom key --format nv12` reads it
};

using Keying = std::function<std::optional<QImage>(const Case &, QString *error)>;

// Keys every case; nothing when the keyer failed on any of them.
std::optional<std::vector<Score>> scoreAll(const std::vector<const Case *> &cases,
                                           const Keying &keying, QString *error)
{
    std::vector<Score> scores;
    for (const Case *c : cases) {
        const std::optional<QImage> result = keying(*c, error);
        if (!result)
            return std::nullopt;
        scores.push_back(scoreResult(c->truth, c->scoring, *result));
    }
    return scores;
}

// Grid search: the configuration with the lowest mean composite error on `cases`.
template<typename Config>
std::optional<Config> tune(const std::vector<Config> &grid, const std::vector<const Case *> &cases,
                           const std::function<Keying(const Config &)> &keyingFor, QString *error)
{
    double best = std::numeric_limits<double>::max();
    std::optional<Config> chosen;
    for (const Config &config : grid) {
        const auto scores = scoreAll(cases, keyingFor(config), error);
        if (!scores)
            return std::nullopt;
        const double composite = meanScore(*scores).composite;
        if (composite < best) {
            best = composite;
            chosen = config;
        }
    }
    return chosen;
}

// --- Greenroom ---

KeyParams presetFor(Backdrop backdrop)
{
    return *loadPreset(backdrop == Backdrop::Green ? QStringLiteral("green-screen")
                                                   : QStringLiteral("blue-screen"))
                .params;
}

KeyParams autoKeyed(const Case &c, KeyParams base)
{
    const MappedFrameView mapped(c.frame);
    return autoKey(FrameSampler(mapped.view()), base).appliedTo(base);
}

struct GreenroomGrid {
    double similarity, smoothness;
};

// --- peers' key colours: an ideal eyedropper on the pure backdrop of each case ---

QColor oracleRgb(const Case &c)
{
    const Rgba &k = c.truth.backdropRgb;
    return QColor::fromRgbF(k[0], k[1], k[2]);
}

// R'G'B' whose BT.601 limited-range encoding is the backdrop's video codes: GStreamer's alpha
// element converts its target colour with BT.601 coefficients.
std::array<int, 3> bt601Rgb(const std::array<int, 3> &yuv)
{
    const double y = (yuv[0] - 16) / 219.0, cb = (yuv[1] - 128) / 224.0,
                 cr = (yuv[2] - 128) / 224.0;
    const double r = y + 1.402 * cr, b = y + 1.772 * cb;
    const double g = (y - 0.299 * r - 0.114 * b) / 0.587;
    const auto byte = [](double v) { return int(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    return {byte(r), byte(g), byte(b)};
}

struct GstGrid {
    int target; // 0: method green/blue, 1: custom (BT.709 R'G'B'), 2: custom (BT.601 R'G'B')
    double angle, noise;
};

} // namespace

int main(int argc, char *argv[])
{
    // Qt's GPU backends need a platform; headless machines can use vkkhrdisplay with Vulkan.
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Greenroom key-quality benchmark"));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for results."),
                                       QStringLiteral("folder"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Frame size (960x540)."),
                                        QStringLiteral("WxH"), QStringLiteral("960x540"));
    const QCommandLineOption tuningOption(QStringLiteral("tuning-cases"),
                                          QStringLiteral("Tuning cases per backdrop (4)."),
                                          QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption testOption(QStringLiteral("test-cases"),
                                        QStringLiteral("Test cases per backdrop (6)."),
                                        QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption backendOption(QStringLiteral("backend"),
                                           QStringLiteral("opengl or vulkan (default: Qt's)."),
                                           QStringLiteral("api"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Small grids (a smoke run)."));
    const QCommandLineOption exploreOption(
        QStringLiteral("explore"),
        QStringLiteral("Score Greenroom with auto-key on the TUNING set only, with --set "
                       "overrides, and stop (for developing the keyer without seeing the test "
                       "set)."));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       QStringLiteral("Greenroom parameter override (--explore)."),
                                       QStringLiteral("name=value"));
    parser.addOptions({outOption, sizeOption, tuningOption, testOption, backendOption, quickOption,
                       exploreOption, setOption});
    parser.process(app);
    if (!parser.isSet(outOption) && !parser.isSet(exploreOption))
        parser.showHelp(2);
    const QStringList sizeParts = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    const int tuningCount = parser.value(tuningOption).toInt();
    const int testCount = parser.value(testOption).toInt();
    const bool quick = parser.isSet(quickOption);
    GraphicsBackend backend = GraphicsBackend::Default;
    if (parser.value(backendOption) == QLatin1String("opengl"))
        backend = GraphicsBackend::OpenGL;
    else if (parser.value(backendOption) == QLatin1String("vulkan"))
        backend = GraphicsBackend::Vulkan;

    QElapsedTimer clock;
    clock.start();
    QString error;
    std::unique_ptr<OffscreenKeyer> gpu = OffscreenKeyer::create(backend, &error);
    if (!gpu) {
        say(QStringLiteral("keyquality: no GPU backend: ") + error);
        return 3;
    }
    QTemporaryDir work;

    // Cases: the tuning set from seeds 1001.., the test set from seeds 1.., for each backdrop.
    const auto makeCases = [&](quint32 firstSeed, int count) {
        std::vector<std::unique_ptr<Case>> cases;
        for (Backdrop backdrop : {Backdrop::Green, Backdrop::Blue})
            for (int i = 0; i < count; ++i) {
                auto c = std::make_unique<Case>();
                c->truth = generateCase(firstSeed + quint32(i), backdrop, size);
                c->scoring = scoringContext(c->truth);
                c->nv12Path = work.filePath(c->truth.name + QStringLiteral(".nv12"));
                QFile file(c->nv12Path);
                file.open(QIODevice::WriteOnly);
                file.write(c->truth.nv12);
                file.close();
                c->frame = readRawInput(c->nv12Path, RawFormat::Nv12, size, YCbCrMatrix::Bt709,
                                        YCbCrRange::Limited)
                               .frame;
                cases.push_back(std::move(c));
            }
        return cases;
    };
    const auto tuningCases = makeCases(1001, tuningCount);
    const auto select = [](const std::vector<std::unique_ptr<Case>> &cases, Backdrop backdrop) {
        std::vector<const Case *> picked;
        for (const auto &c : cases)
            if (c->truth.backdrop == backdrop)
                picked.push_back(c.get());
        return picked;
    };
    say(QStringLiteral("generated %1 tuning cases (%2 s)")
            .arg(tuningCases.size())
            .arg(clock.elapsed() / 1000.0, 0, 'f', 1));

    const auto greenroomKeying = [&](std::function<KeyParams(const Case &)> paramsFor) -> Keying {
        return [&, paramsFor](const Case &c, QString *err) -> std::optional<QImage> {
            QImage keyed = gpu->key(c.frame, paramsFor(c), err);
            if (keyed.isNull())
                return std::nullopt;
            return keyed.convertToFormat(QImage::Format_RGBA8888); // straight, as PNG holds it
        };
    };

    if (parser.isSet(exploreOption)) {
        const QStringList sets = parser.values(setOption);
        // The preset, auto-key, and the --set values applied before auto-key (so it measures
        // with them) and after it (so they win over its estimates).
        const auto applySets = [&sets](KeyParams &p) {
            for (const QString &set : sets)
                setKeyParam(p, set.section(QLatin1Char('='), 0, 0),
                            set.section(QLatin1Char('='), 1));
        };
        const auto exploreParams = [&](const Case &c) {
            KeyParams p = presetFor(c.truth.backdrop);
            applySets(p);
            p = autoKeyed(c, p);
            applySets(p);
            return p;
        };
        for (Backdrop backdrop : {Backdrop::Green, Backdrop::Blue}) {
            const auto cases = select(tuningCases, backdrop);
            const auto scores = scoreAll(cases, greenroomKeying(exploreParams), &error);
            if (!scores) {
                say(error);
                return 1;
            }
            // Where the alpha error lies: the subject's solid inside, the open backdrop, edges.
            for (const Case *c : cases) {
                const QImage keyed = *greenroomKeying(exploreParams)(*c, &error);
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
                }
                const int w = size.width(), h = size.height();
                double region[3] = {0, 0, 0};
                int count[3] = {0, 0, 0};
                QImage errors(size, QImage::Format_Grayscale8);
                for (int y = 0; y < h; ++y)
                    for (int x = 0; x < w; ++x) {
                        const float at = c->truth.alpha[std::size_t(y * w + x)];
                        bool flat = true;
                        for (int d = -2; d <= 2 && flat; ++d)
                            for (int e = -2; e <= 2 && flat; ++e)
                                flat =
                                    c->truth.alpha[std::size_t(std::clamp(y + d, 0, h - 1) * w +
                                                               std::clamp(x + e, 0, w - 1))] == at;
                        const int r = !flat ? 2 : (at == 0.0f ? 1 : 0);
                        const float err = std::abs(qAlpha(keyed.pixel(x, y)) / 255.0f - at);
                        region[r] += err;
                        ++count[r];
                        errors.scanLine(y)[x] = uchar(std::min(255.0f, err * 255 * 4));
                    }
                say(QStringLiteral("  %1 SAD share: solid %2, backdrop %3, edges %4 (edge pixels "
                                   "%5%, their mean error %6)")
                        .arg(c->truth.name)
                        .arg(region[0] / (w * h / 1e6) / 1000, 0, 'f', 1)
                        .arg(region[1] / (w * h / 1e6) / 1000, 0, 'f', 1)
                        .arg(region[2] / (w * h / 1e6) / 1000, 0, 'f', 1)
                        .arg(100.0 * count[2] / (w * h), 0, 'f', 1)
                        .arg(region[2] / std::max(count[2], 1), 0, 'f', 3));
                if (parser.isSet(outOption)) {
                    const QString dir = parser.value(outOption);
                    QDir().mkpath(dir);
                    keyed.save(dir + QLatin1Char('/') + c->truth.name +
                               QStringLiteral("-keyed.png"));
                    errors.save(dir + QLatin1Char('/') + c->truth.name +
                                QStringLiteral("-error.png"));
                    c->truth.rgb.save(dir + QLatin1Char('/') + c->truth.name +
                                      QStringLiteral("-input.png"));
                }
            }
            for (std::size_t i = 0; i < scores->size(); ++i)
                say(QStringLiteral("  %1: composite %2 sad %3 spill %4 greying %5")
                        .arg(cases[i]->truth.name)
                        .arg((*scores)[i].composite, 0, 'f', 3)
                        .arg((*scores)[i].sad, 0, 'f', 2)
                        .arg((*scores)[i].spill, 0, 'f', 2)
                        .arg((*scores)[i].greying, 0, 'f', 2));
            const Score m = meanScore(*scores);
            say(QStringLiteral("%1 tuning mean: composite %2 sad %3 mse %4 spill %5 greying %6")
                    .arg(backdrop == Backdrop::Green ? QStringLiteral("green")
                                                     : QStringLiteral("blue"))
                    .arg(m.composite, 0, 'f', 3)
                    .arg(m.sad, 0, 'f', 2)
                    .arg(m.mse, 0, 'f', 2)
                    .arg(m.spill, 0, 'f', 2)
                    .arg(m.greying, 0, 'f', 2));
        }
        return 0;
    }

    // --- grids (the same small search for every keyer, on the tuning set only) ---
    std::vector<ObsSettings> obsGrid;
    for (int sim : quick ? std::vector<int>{60, 150}
                         : std::vector<int>{30, 50, 70, 90, 110, 140, 180, 230, 300, 400})
        for (int smooth : quick ? std::vector<int>{40, 120}
                                : std::vector<int>{5, 10, 25, 45, 70, 100, 140, 200, 280})
            for (int spill : quick ? std::vector<int>{100} : std::vector<int>{1, 100, 400})
                obsGrid.push_back({QColor(), sim, smooth, spill});
    std::vector<FfmpegSettings> ffmpegGrid;
    for (double sim : quick ? std::vector<double>{0.05, 0.12}
                            : std::vector<double>{0.02, 0.04, 0.06, 0.08, 0.10, 0.13, 0.16, 0.20})
        for (double blend : quick ? std::vector<double>{0.0, 0.1}
                                  : std::vector<double>{0.0, 0.02, 0.05, 0.1, 0.15, 0.2})
            for (int despill : quick ? std::vector<int>{1} : std::vector<int>{0, 1, 2}) {
                FfmpegSettings s;
                s.similarity = sim;
                s.blend = blend;
                s.despill = despill > 0;
                s.despillMix = despill == 2 ? 1.0 : 0.5;
                ffmpegGrid.push_back(s);
            }
    std::vector<GstGrid> gstGrid;
    for (int target : quick ? std::vector<int>{1} : std::vector<int>{0, 1, 2})
        for (double angle : quick ? std::vector<double>{15, 30}
                                  : std::vector<double>{2, 5, 10, 15, 20, 25, 30, 40, 50})
            for (double noise :
                 quick ? std::vector<double>{2} : std::vector<double>{1, 2, 4, 8, 16, 32, 64})
                gstGrid.push_back({target, angle, noise});
    std::vector<GreenroomGrid> greenroomGrid;
    for (double sim : quick ? std::vector<double>{0.04, 0.08}
                            : std::vector<double>{0.02, 0.03, 0.045, 0.06, 0.08, 0.1, 0.13})
        for (double smooth : quick ? std::vector<double>{0.06, 0.12}
                                   : std::vector<double>{0.03, 0.05, 0.07, 0.1, 0.14, 0.2, 0.28})
            greenroomGrid.push_back({sim, smooth});

    // OBS's distance map depends only on the frame and the key colour: computed once each.
    std::map<std::pair<const Case *, QRgb>, ObsPrepared> obsCache;
    const auto obsKeying = [&obsCache](const ObsSettings &s, bool oracle) -> Keying {
        return [s, oracle, &obsCache](const Case &c, QString *) -> std::optional<QImage> {
            ObsSettings settings = s;
            if (oracle)
                settings.keyColor = oracleRgb(c);
            const auto key = std::make_pair(&c, settings.keyColor.rgb());
            auto it = obsCache.find(key);
            if (it == obsCache.end())
                it = obsCache.emplace(key, obsPrepare(c.truth.rgb, settings.keyColor)).first;
            return obsChromaKey(it->second, settings);
        };
    };
    const QString workDir = work.path();
    const auto ffmpegKeying = [workDir](const FfmpegSettings &s, bool oracle) -> Keying {
        return [s, oracle, workDir](const Case &c, QString *err) {
            FfmpegSettings settings = s;
            if (oracle)
                settings.keyYuv = c.truth.backdropYuv;
            return runFfmpeg(c.truth, c.nv12Path, settings, workDir, err);
        };
    };
    const auto gstSettings = [](const GstGrid &g, const Case &c) {
        GstAlphaSettings s;
        s.angle = g.angle;
        s.noiseLevel = g.noise;
        if (g.target == 0) {
            s.method = c.truth.backdrop == Backdrop::Green ? QStringLiteral("green")
                                                           : QStringLiteral("blue");
        } else {
            s.method = QStringLiteral("custom");
            const QColor k = oracleRgb(c);
            s.target = g.target == 1 ? std::array{k.red(), k.green(), k.blue()}
                                     : bt601Rgb(c.truth.backdropYuv);
        }
        return s;
    };
    const auto gstKeying = [workDir, gstSettings](const GstGrid &g) -> Keying {
        return [g, workDir, gstSettings](const Case &c, QString *err) {
            return runGstAlpha(c.truth, c.nv12Path, gstSettings(g, c), workDir, err);
        };
    };
    const auto greenroomTuned = [&](const GreenroomGrid &g) {
        return greenroomKeying([g](const Case &c) {
            KeyParams p = autoKeyed(c, presetFor(c.truth.backdrop));
            p.similarity = g.similarity;
            p.smoothness = g.smoothness;
            return p;
        });
    };

    // --- tuning, per backdrop ---
    struct Tuned {
        std::optional<ObsSettings> obs;
        std::optional<FfmpegSettings> ffmpeg;
        std::optional<GstGrid> gst;
        std::optional<GreenroomGrid> greenroom;
        QString ffmpegError, gstError;
    };
    std::map<Backdrop, Tuned> tuned;
    const QString ffmpeg = ffmpegVersion(), gst = gstreamerVersion();
    for (Backdrop backdrop : {Backdrop::Green, Backdrop::Blue}) {
        const auto cases = select(tuningCases, backdrop);
        Tuned &t = tuned[backdrop];
        t.obs = tune<ObsSettings>(
            obsGrid, cases, [&](const ObsSettings &s) { return obsKeying(s, true); }, &error);
        say(QStringLiteral("tuned OBS (%1 s)").arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        if (!ffmpeg.isEmpty())
            t.ffmpeg = tune<FfmpegSettings>(
                ffmpegGrid, cases, [&](const FfmpegSettings &s) { return ffmpegKeying(s, true); },
                &t.ffmpegError);
        else
            t.ffmpegError = QStringLiteral("ffmpeg not found");
        say(QStringLiteral("tuned FFmpeg (%1 s)").arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        if (!gst.isEmpty())
            t.gst = tune<GstGrid>(gstGrid, cases, gstKeying, &t.gstError);
        else
            t.gstError = QStringLiteral("gst-launch-1.0 not found");
        say(QStringLiteral("tuned GStreamer (%1 s)").arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        t.greenroom = tune<GreenroomGrid>(greenroomGrid, cases, greenroomTuned, &error);
        say(QStringLiteral("tuned Greenroom (%1 s)").arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    }

    // --- the test set ---
    const auto testCases = makeCases(1, testCount);
    std::vector<const Case *> allTests;
    for (const auto &c : testCases)
        allTests.push_back(c.get());
    ReportInput report;
    for (const Case *c : allTests)
        report.caseNames.append(c->truth.name);

    // A row: each case keyed with the keying its backdrop calls for.
    const auto row = [&](const QString &name, const QString &settings, bool peer, bool isTuned,
                         const std::function<std::optional<Keying>(Backdrop, QString *)>
                             &keyingFor) {
        KeyerResult k;
        k.name = name;
        k.settings = settings;
        k.isPeer = peer;
        k.tuned = isTuned;
        for (const Case *c : allTests) {
            QString err;
            const std::optional<Keying> keying = keyingFor(c->truth.backdrop, &err);
            const std::optional<QImage> result = keying ? (*keying)(*c, &err) : std::nullopt;
            if (!result) {
                k.perCase.clear();
                k.failure = err;
                break;
            }
            k.perCase.push_back(scoreResult(c->truth, c->scoring, *result));
        }
        say(QStringLiteral("scored %1 (%2 s)").arg(name).arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        report.keyers.push_back(k);
    };
    const auto perBackdrop = [](const QString &green, const QString &blue) {
        return QStringLiteral("green: %1; blue: %2").arg(green, blue);
    };

    row(QStringLiteral("OBS Chroma Key v2, defaults"),
        QStringLiteral("key colour type Green (0x00FF00) / Blue (0x0099FF), similarity 400, "
                       "smoothness 80, spill 100"),
        true, false, [&](Backdrop b, QString *) -> std::optional<Keying> {
            ObsSettings s;
            s.keyColor = b == Backdrop::Green ? QColor(0, 255, 0) : QColor(0, 0x99, 0xFF);
            return obsKeying(s, false);
        });
    const auto obsText = [&](Backdrop b) {
        const auto &s = tuned[b].obs;
        return s ? QStringLiteral("similarity %1, smoothness %2, spill %3 (key: eyedropper)")
                       .arg(s->similarity)
                       .arg(s->smoothness)
                       .arg(s->spill)
                 : QStringLiteral("n/a");
    };
    row(QStringLiteral("OBS Chroma Key v2, tuned"),
        perBackdrop(obsText(Backdrop::Green), obsText(Backdrop::Blue)), true, true,
        [&](Backdrop b, QString *) -> std::optional<Keying> {
            return obsKeying(*tuned[b].obs, true);
        });

    row(QStringLiteral("FFmpeg chromakey+despill, defaults"),
        QStringLiteral("similarity 0.01, blend 0, despill mix 0.5 expand 0 (key: eyedropper)"),
        true, false, [&](Backdrop, QString *err) -> std::optional<Keying> {
            if (ffmpeg.isEmpty()) {
                *err = QStringLiteral("ffmpeg not found");
                return std::nullopt;
            }
            return ffmpegKeying(FfmpegSettings{}, true);
        });
    const auto ffmpegText = [&](Backdrop b) {
        const auto &s = tuned[b].ffmpeg;
        return s ? describe(*s, b) + QStringLiteral(" (color: eyedropper)") : tuned[b].ffmpegError;
    };
    row(QStringLiteral("FFmpeg chromakey+despill, tuned"),
        perBackdrop(ffmpegText(Backdrop::Green), ffmpegText(Backdrop::Blue)), true, true,
        [&](Backdrop b, QString *err) -> std::optional<Keying> {
            if (!tuned[b].ffmpeg) {
                *err = tuned[b].ffmpegError;
                return std::nullopt;
            }
            return ffmpegKeying(*tuned[b].ffmpeg, true);
        });

    row(QStringLiteral("GStreamer alpha, defaults"),
        QStringLiteral("method=green / method=blue, angle 20, noise-level 2"), true, false,
        [&](Backdrop, QString *err) -> std::optional<Keying> {
            if (gst.isEmpty()) {
                *err = QStringLiteral("gst-launch-1.0 not found");
                return std::nullopt;
            }
            return gstKeying({0, 20, 2});
        });
    const auto gstText = [&](Backdrop b) {
        const auto &g = tuned[b].gst;
        if (!g)
            return tuned[b].gstError;
        const char *targets[] = {"built-in method", "custom target = eyedropper R'G'B' (BT.709)",
                                 "custom target = eyedropper codes as BT.601 R'G'B'"};
        return QStringLiteral("%1, angle %2, noise-level %3")
            .arg(QLatin1String(targets[g->target]))
            .arg(g->angle)
            .arg(g->noise);
    };
    row(QStringLiteral("GStreamer alpha, tuned"),
        perBackdrop(gstText(Backdrop::Green), gstText(Backdrop::Blue)), true, true,
        [&](Backdrop b, QString *err) -> std::optional<Keying> {
            if (!tuned[b].gst) {
                *err = tuned[b].gstError;
                return std::nullopt;
            }
            return gstKeying(*tuned[b].gst);
        });

    row(QStringLiteral("Greenroom, default preset"),
        QStringLiteral("built-in green-screen / blue-screen preset"), false, false,
        [&](Backdrop, QString *) -> std::optional<Keying> {
            return greenroomKeying([](const Case &c) { return presetFor(c.truth.backdrop); });
        });
    row(QStringLiteral("Greenroom, auto-key"),
        QStringLiteral("preset + auto-key from each frame, nothing tuned"), false, false,
        [&](Backdrop, QString *) -> std::optional<Keying> {
            return greenroomKeying(
                [](const Case &c) { return autoKeyed(c, presetFor(c.truth.backdrop)); });
        });
    const auto greenroomText = [&](Backdrop b) {
        const auto &g = tuned[b].greenroom;
        return g ? QStringLiteral("auto-key colour, similarity %1, smoothness %2")
                       .arg(g->similarity)
                       .arg(g->smoothness)
                 : QStringLiteral("n/a");
    };
    row(QStringLiteral("Greenroom, tuned"),
        perBackdrop(greenroomText(Backdrop::Green), greenroomText(Backdrop::Blue)), false, true,
        [&](Backdrop b, QString *) -> std::optional<Keying> {
            return greenroomTuned(*tuned[b].greenroom);
        });

    // --- the goal, stated as numbers ---
    const KeyerResult *autoKeyRow = nullptr;
    const KeyerResult *bestComposite = nullptr, *bestSad = nullptr;
    for (const KeyerResult &k : report.keyers) {
        if (k.name == QLatin1String("Greenroom, auto-key"))
            autoKeyRow = &k;
        if (!k.isPeer || !k.tuned || k.perCase.empty())
            continue;
        if (!bestComposite ||
            meanScore(k.perCase).composite < meanScore(bestComposite->perCase).composite)
            bestComposite = &k;
        if (!bestSad || meanScore(k.perCase).sad < meanScore(bestSad->perCase).sad)
            bestSad = &k;
    }
    if (autoKeyRow && bestComposite && bestSad) {
        const Score a = meanScore(autoKeyRow->perCase);
        const Score pc = meanScore(bestComposite->perCase), ps = meanScore(bestSad->perCase);
        report.notes.append(
            QStringLiteral(
                "**Goal**: Greenroom with auto-key, untuned, against the best tuned peer: "
                "composite "
                "error %1 vs %2 (%3, %4% lower; goal 30%), alpha SAD %5 vs %6 (%7, %8% lower; goal "
                "30%), spill residual %9 (goal < 0.5) with greying %10.")
                .arg(a.composite, 0, 'f', 2)
                .arg(pc.composite, 0, 'f', 2)
                .arg(bestComposite->name)
                .arg(100.0 * (1 - a.composite / pc.composite), 0, 'f', 1)
                .arg(a.sad, 0, 'f', 2)
                .arg(ps.sad, 0, 'f', 2)
                .arg(bestSad->name)
                .arg(100.0 * (1 - a.sad / ps.sad), 0, 'f', 1)
                .arg(a.spill, 0, 'f', 2)
                .arg(a.greying, 0, 'f', 2));
    }
    report.notes.append(QStringLiteral("Frames %1x%2; tuning set: seeds 1001..%3, test set: seeds "
                                       "1..%4, each with a green and a blue backdrop.")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(1000 + tuningCount)
                            .arg(testCount));
    report.notes.append(
        QStringLiteral("Peers' key colours come from an ideal eyedropper (the median "
                       "of each frame's pure backdrop pixels, from the ground truth); "
                       "Greenroom gets none: auto-key estimates its key from the frame."));
    report.notes.append(
        QStringLiteral("Greenroom ran on the %1 backend, offscreen, through the same "
                       "upload, material and shader as the live view.")
            .arg(gpu->backendName()));
    report.notes.append(QStringLiteral("FFmpeg: %1; GStreamer: %2.")
                            .arg(ffmpeg.isEmpty() ? QStringLiteral("missing") : ffmpeg,
                                 gst.isEmpty() ? QStringLiteral("missing") : gst));
    report.notes.append(QStringLiteral("Run took %1 s%2.")
                            .arg(clock.elapsed() / 1000.0, 0, 'f', 0)
                            .arg(quick ? QStringLiteral(" with --quick grids") : QString()));
    const QString out = parser.value(outOption);
    writeReport(report, out);
    // The first test cases' inputs and ground truth, for looking at.
    QDir().mkpath(out + QStringLiteral("/cases"));
    for (const Case *c : allTests) {
        if (!c->truth.name.endsWith(QLatin1String("-1")))
            continue;
        c->truth.rgb.save(out + QStringLiteral("/cases/") + c->truth.name +
                          QStringLiteral("-input.png"));
        QImage alpha(size, QImage::Format_Grayscale8);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                alpha.scanLine(y)[x] =
                    uchar(std::lround(c->truth.alpha[std::size_t(y * size.width() + x)] * 255));
        alpha.save(out + QStringLiteral("/cases/") + c->truth.name + QStringLiteral("-alpha.png"));
        const auto keyed = greenroomKeying(
            [](const Case &cc) { return autoKeyed(cc, presetFor(cc.truth.backdrop)); })(*c, &error);
        if (keyed)
            keyed->save(out + QStringLiteral("/cases/") + c->truth.name +
                        QStringLiteral("-greenroom.png"));
    }
    say(QStringLiteral("wrote %1/results.md").arg(out));
    return 0;
}
