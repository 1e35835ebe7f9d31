// keyquality: the key-quality benchmark (see tests/quality/README.md).
//
// Generates ground-truth cases of two independent families (CaseSets.h), a tuning set and a
// test set from different seeds; keys them with Greenroom (through the same offscreen GPU path
// as `greenroom key`), OBS Chroma Key v2 (re-implemented), FFmpeg chromakey + despill and
// GStreamer alpha (the real tools); tunes every keyer by grid search on the tuning set only
// (Tuning.h); scores all of them on the test set (KeyerRows.h), measures matte flicker on
// re-shot frames (MatteFlickerRun.h), and writes results.md and composite-error.png to the
// --out folder (Report.h). --explore (Explore.h) scores Greenroom on the tuning set and stops.
#include "CaseSets.h"
#include "Explore.h"
#include "ExternalKeyers.h"
#include "KeyerRows.h"
#include "Keyers.h"
#include "MatteFlickerRun.h"
#include "Report.h"
#include "Tuning.h"

#include "OffscreenKeyer.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtGui/QGuiApplication>

#include <cstdio>

using namespace greenroom;
using namespace greenroom::quality;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The keyers whose flicker is measured: Greenroom as it runs live, and the tuned peers.
const QStringList flickerKeyers = {QStringLiteral("Greenroom, default preset"),
                                   QStringLiteral("Greenroom, auto-key"),
                                   QStringLiteral("Greenroom, tuned"),
                                   QStringLiteral("OBS Chroma Key v2, tuned"),
                                   QStringLiteral("FFmpeg chromakey+despill, tuned"),
                                   QStringLiteral("GStreamer alpha, tuned")};

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
    const QCommandLineOption tuningOption(
        QStringLiteral("tuning-cases"), QStringLiteral("Tuning cases per family and backdrop (4)."),
        QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption testOption(QStringLiteral("test-cases"),
                                        QStringLiteral("Test cases per family and backdrop (6)."),
                                        QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption familiesOption(
        QStringLiteral("families"),
        QStringLiteral("Case families, comma-separated: groundtruth, studio (both)."),
        QStringLiteral("list"), QStringLiteral("groundtruth,studio"));
    const QCommandLineOption flickerFramesOption(
        QStringLiteral("flicker-frames"),
        QStringLiteral("Frames per flicker measurement, 0 for none (4)."), QStringLiteral("n"),
        QStringLiteral("4"));
    const QCommandLineOption flickerCasesOption(
        QStringLiteral("flicker-cases"),
        QStringLiteral("Test cases per family and backdrop whose flicker is measured (all)."),
        QStringLiteral("n"));
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
    parser.addOptions({outOption, sizeOption, tuningOption, testOption, familiesOption,
                       flickerFramesOption, flickerCasesOption, backendOption, quickOption,
                       exploreOption, setOption});
    parser.process(app);
    if (!parser.isSet(outOption) && !parser.isSet(exploreOption))
        parser.showHelp(2);
    const QStringList sizeParts = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    const int tuningCount = parser.value(tuningOption).toInt();
    const int testCount = parser.value(testOption).toInt();
    const int flickerFrames = parser.value(flickerFramesOption).toInt();
    const int flickerCount =
        parser.isSet(flickerCasesOption) ? parser.value(flickerCasesOption).toInt() : testCount;
    const bool quick = parser.isSet(quickOption);
    QList<Family> families;
    for (const QString &name : parser.value(familiesOption).split(QLatin1Char(','))) {
        for (Family f : {Family::GroundTruth, Family::Studio})
            if (name.trimmed() == familyName(f) && !families.contains(f))
                families.append(f);
    }
    if (families.isEmpty()) {
        say(QStringLiteral("keyquality: --families takes groundtruth and/or studio"));
        return 2;
    }
    GraphicsBackend backend = GraphicsBackend::Default;
    if (parser.value(backendOption) == QLatin1String("opengl"))
        backend = GraphicsBackend::OpenGL;
    else if (parser.value(backendOption) == QLatin1String("vulkan"))
        backend = GraphicsBackend::Vulkan;

    QElapsedTimer clock;
    clock.start();
    const auto seconds = [&clock] { return QString::number(clock.elapsed() / 1000.0, 'f', 1); };
    QString error;
    std::unique_ptr<OffscreenKeyer> gpu = OffscreenKeyer::create(backend, &error);
    if (!gpu) {
        say(QStringLiteral("keyquality: no GPU backend: ") + error);
        return 3;
    }
    QTemporaryDir work;
    Keyers keyers(*gpu, work.path());

    Cases tuningCases = makeCases(families, CaseSet::Tuning, tuningCount, size, work.path());
    say(QStringLiteral("generated %1 tuning cases (%2 s)").arg(tuningCases.size()).arg(seconds()));

    if (parser.isSet(exploreOption))
        return explore(tuningCases, families, keyers, parser.values(setOption),
                       parser.value(outOption));

    // --- tuning, per family and backdrop, on the tuning set only ---
    const Grids grids = makeGrids(quick);
    const PeerTools tools{ffmpegVersion(), gstreamerVersion()};
    TunedSettings tuned;
    for (Family family : families)
        for (Backdrop backdrop : {Backdrop::Green, Backdrop::Blue}) {
            const QString kind = familyName(family) + QLatin1Char(' ') + backdropName(backdrop);
            tuned[{family, backdrop}] = tuneKeyers(
                select(tuningCases, family, backdrop), grids, keyers, tools,
                [&](const QString &keyer) {
                    say(QStringLiteral("tuned %1 for %2 (%3 s)").arg(keyer, kind, seconds()));
                },
                &error);
        }
    keyers.forgetAll();
    tuningCases.clear();

    // --- the test set ---
    const Cases testCases = makeCases(families, CaseSet::Test, testCount, size, work.path());
    const std::vector<const Case *> tests = all(testCases);
    say(QStringLiteral("generated %1 test cases (%2 s)").arg(tests.size()).arg(seconds()));
    ReportInput report;
    report.families = families;
    for (const Case *c : tests)
        report.cases.push_back({c->truth.name, c->truth.description, c->family, c->truth.backdrop});
    const std::vector<KeyerRow> rows = keyerRows(keyers, tuned, tools, families);
    for (const KeyerRow &row : rows) {
        report.keyers.push_back(scoreRow(row, tests));
        say(QStringLiteral("scored %1 (%2 s)").arg(row.name, seconds()));
    }

    // --- matte flicker on re-shot frames of the first test cases of each kind ---
    if (flickerFrames >= 2 && flickerCount > 0) {
        std::vector<bool> chosen;
        for (const Case *c : tests)
            chosen.push_back(c->seed < firstTestSeed(c->family) + quint32(flickerCount));
        std::vector<const KeyerRow *> measured;
        for (const KeyerRow &row : rows)
            if (flickerKeyers.contains(row.name))
                measured.push_back(&row);
        const auto flicker = measureFlicker(
            tests, chosen, flickerFrames, measured, keyers, work.path(), [&](const QString &name) {
                say(QStringLiteral("flicker of %1 (%2 s)").arg(name, seconds()));
            });
        for (std::size_t r = 0; r < measured.size(); ++r)
            for (KeyerResult &k : report.keyers)
                if (k.name == measured[r]->name)
                    k.flicker = flicker[r];
        report.flickerNote =
            QStringLiteral("%1 frames per case (the case and %2 re-shoots with fresh noise), on "
                           "%3 of %4 test cases (the first %5 per family and backdrop). "
                           "Greenroom's auto-key runs on every frame; the peers keep the key "
                           "colour picked on the first frame.")
                .arg(flickerFrames)
                .arg(flickerFrames - 1)
                .arg(std::count(chosen.begin(), chosen.end(), true))
                .arg(tests.size())
                .arg(std::min(flickerCount, testCount));
    } else {
        report.flickerNote = QStringLiteral("Not measured in this run (--flicker-frames).");
    }

    // --- notes ---
    QStringList goals{goalNote(report, std::nullopt)};
    if (families.size() > 1)
        for (Family family : families)
            goals << goalNote(report, family);
    for (const QString &goal : goals)
        if (!goal.isEmpty())
            report.notes.append(goal);
    QStringList seedText;
    for (Family family : families)
        seedText << QStringLiteral("%1: tuning seeds %2..%3, test seeds %4..%5")
                        .arg(familyName(family))
                        .arg(firstTuningSeed(family))
                        .arg(firstTuningSeed(family) + quint32(tuningCount) - 1)
                        .arg(firstTestSeed(family))
                        .arg(firstTestSeed(family) + quint32(testCount) - 1);
    report.notes.append(QStringLiteral("Frames %1x%2; %3; each seed with a green and a blue "
                                       "backdrop. Keyers are tuned per family and backdrop.")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(seedText.join(QStringLiteral("; "))));
    report.notes.append(
        QStringLiteral("Peers' key colours come from an ideal eyedropper (the median "
                       "of each frame's pure backdrop pixels, from the ground truth); "
                       "Greenroom gets none: auto-key estimates its key from the frame."));
    report.notes.append(
        QStringLiteral("Greenroom ran on the %1 backend, offscreen, through the same "
                       "upload, material and shader as the live view.")
            .arg(gpu->backendName()));
    report.notes.append(QStringLiteral("FFmpeg: %1; GStreamer: %2.")
                            .arg(tools.ffmpeg.isEmpty() ? QStringLiteral("missing") : tools.ffmpeg,
                                 tools.gst.isEmpty() ? QStringLiteral("missing") : tools.gst));
    report.notes.append(QStringLiteral("Run took %1 s%2.")
                            .arg(clock.elapsed() / 1000.0, 0, 'f', 0)
                            .arg(quick ? QStringLiteral(" with --quick grids") : QString()));
    const QString out = parser.value(outOption);
    writeReport(report, out);

    // The first two test cases of each family and backdrop (for studio scenes: a studio and a
    // home set-up): input, ground truth and Greenroom's auto-key result, for looking at.
    const QString casesFolder = QDir(out).filePath(QStringLiteral("cases"));
    const Keying autoKeying = keyers.greenroomAutoKey();
    for (const Case *c : tests) {
        if (c->seed >= firstTestSeed(c->family) + 2)
            continue;
        saveCasePictures(*c, casesFolder);
        if (const auto keyed = autoKeying(*c, &error))
            keyed->save(
                QDir(casesFolder).filePath(c->truth.name + QStringLiteral("-greenroom.png")));
    }
    say(QStringLiteral("wrote %1/results.md (%2 s)").arg(out, seconds()));
    return 0;
}
