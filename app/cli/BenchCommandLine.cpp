#include "BenchCommandLine.h"

#include "KeyParamArguments.h"
#include "NamedValues.h"

#include <QtCore/QCommandLineParser>

#include <array>
#include <cmath>
#include <utility>

namespace greenroom {
namespace {

constexpr int maxBenchFps = 1000;
constexpr double maxBenchSeconds = 24 * 60 * 60;

constexpr std::array namedPaths{
    std::pair{BenchPath::Greenroom, "greenroom"},
    std::pair{BenchPath::VideoOutputShaderEffect, "videooutput-shadereffect"},
    std::pair{BenchPath::CpuConvert, "cpu-convert"},
};

constexpr std::array namedFormats{
    std::pair{QVideoFrameFormat::Format_NV12, "nv12"},
    std::pair{QVideoFrameFormat::Format_YUYV, "yuyv"},
    std::pair{QVideoFrameFormat::Format_YUV420P, "yuv420p"},
    std::pair{QVideoFrameFormat::Format_RGBA8888, "rgba"},
};

constexpr auto benchCommand = QLatin1String("greenroom bench");

ParseResult benchError(const QString &message)
{
    return commandLineError(benchCommand, message);
}

// Applies --source: testpattern, file:PATH or camera:ID (an empty ID is the default camera).
bool applySource(const QString &value, BenchOptions &bench)
{
    if (value.compare(QLatin1String("testpattern"), Qt::CaseInsensitive) == 0) {
        bench.source = BenchSource::TestPattern;
        return true;
    }
    if (value.startsWith(QLatin1String("file:")) && value.size() > 5) {
        bench.source = BenchSource::File;
        bench.sourceArgument = value.mid(5);
        return true;
    }
    if (value.startsWith(QLatin1String("camera:")) || value == QLatin1String("camera")) {
        bench.source = BenchSource::Camera;
        bench.sourceArgument = value.mid(7);
        return true;
    }
    return false;
}

std::optional<double> parseSeconds(const QString &value)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0.0 || seconds > maxBenchSeconds)
        return std::nullopt;
    return seconds;
}

} // namespace

QString benchPathName(BenchPath path)
{
    return nameOf(namedPaths, path);
}

QString benchFormatName(QVideoFrameFormat::PixelFormat format)
{
    return nameOf(namedFormats, format);
}

ParseResult parseBenchCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the frame path: opens the real window and scene graph, feeds it frames at a "
        "steady rate from a separate thread, and reports frames presented and dropped, latency "
        "from arrival in the video sink to the swap that showed the frame, CPU time, uploads, "
        "CPU copies and peak memory."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        QStringLiteral("testpattern (default), file:PATH (played in a loop at its own rate) or "
                       "camera:ID (empty ID: the default camera)."),
        QStringLiteral("source"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Test-pattern frame size (default 1920x1080)."),
        QStringLiteral("WxH"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral("Test-pattern pixel format: nv12 (default), yuyv, yuv420p or rgba."),
        QStringLiteral("format"));
    const QCommandLineOption fpsOption(
        QStringLiteral("fps"),
        QStringLiteral("Frames per second delivered (default 60), or max: a new frame as soon "
                       "as the previous one is on screen."),
        QStringLiteral("N|max"));
    const QCommandLineOption secondsOption(
        QStringLiteral("seconds"), QStringLiteral("Length of the measurement (default 10)."),
        QStringLiteral("S"));
    const QCommandLineOption pathOption(
        QStringLiteral("path"),
        QStringLiteral("What is measured: greenroom (default), videooutput-shadereffect (Qt's "
                       "VideoOutput keyed by a ShaderEffect in a second pass) or cpu-convert "
                       "(toImage, keyed on the CPU, uploaded as RGBA)."),
        QStringLiteral("path"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QStringLiteral("Graphics API: opengl, vulkan, d3d11 or metal (available here: %1).")
            .arg(availableBackendNames()),
        QStringLiteral("api"));
    const QCommandLineOption windowOption(
        QStringLiteral("window"),
        QStringLiteral("Window size; the video is fitted into it (default 1280x720)."),
        QStringLiteral("WxH"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QStringLiteral("Render offscreen into a texture of the window's size instead of a window "
                       "on screen; a frame counts as presented when the GPU has finished it. "
                       "Without a display server it runs Vulkan on Qt's vkkhrdisplay platform."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also write the figures as JSON to <file>."),
                                        QStringLiteral("file"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        QStringLiteral("Also write the figures as CSV (a header and one row) to <file>."),
        QStringLiteral("file"));
    QCommandLineOption dumpRawOption(QStringLiteral("dump-raw"),
                                     QStringLiteral("Write the test pattern's frames as raw "
                                                    "video to <file> and quit."),
                                     QStringLiteral("file"));
    dumpRawOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption presetOption = keyPresetOption();
    const QCommandLineOption setOption = keySetOption(QStringLiteral("the preset"));
    parser.addOptions({sourceOption, sizeOption, formatOption, fpsOption, secondsOption, pathOption,
                       backendOption, windowOption, headlessOption, presetOption, setOption,
                       jsonOption, csvOption, dumpRawOption});

    // arguments[1] is "bench" itself.
    QStringList withoutSubcommand = arguments;
    withoutSubcommand.removeAt(1);
    if (!parser.parse(withoutSubcommand))
        return benchError(parser.errorText());
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        ParseResult result;
        result.action = ParseResult::Action::ShowHelp;
        result.text = commandHelpText(parser, benchCommand);
        return result;
    }
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty())
        return benchError(QStringLiteral("unexpected argument '%1'.").arg(positional.constFirst()));

    ParseResult result;
    result.action = ParseResult::Action::RunBench;
    BenchOptions &bench = result.bench;

    if (parser.isSet(sourceOption) && !applySource(parser.value(sourceOption), bench))
        return benchError(QStringLiteral("invalid --source '%1': expected testpattern, "
                                         "file:PATH or camera:ID.")
                              .arg(parser.value(sourceOption)));
    for (const auto &[option, target] :
         {std::pair{&sizeOption, &bench.frameSize}, std::pair{&windowOption, &bench.windowSize}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QSize> size = parseFrameSize(parser.value(*option));
        if (!size)
            return benchError(QStringLiteral("invalid --%1 '%2': expected WIDTHxHEIGHT with even "
                                             "sides, for example 1920x1080.")
                                  .arg(option->names().constFirst(), parser.value(*option)));
        *target = *size;
    }
    if (parser.isSet(formatOption)) {
        const auto format = valueNamed(namedFormats, parser.value(formatOption));
        if (!format)
            return benchError(QStringLiteral("invalid --format '%1': expected nv12, yuyv, "
                                             "yuv420p or rgba.")
                                  .arg(parser.value(formatOption)));
        bench.pixelFormat = *format;
    }
    if (parser.isSet(fpsOption)) {
        const QString value = parser.value(fpsOption);
        const std::optional<int> fps = parseWholeNumber(value, 1, maxBenchFps);
        if (value.compare(QLatin1String("max"), Qt::CaseInsensitive) == 0)
            bench.fps = 0;
        else if (fps)
            bench.fps = *fps;
        else
            return benchError(
                QStringLiteral("invalid --fps '%1': expected max or a whole number from 1 to %2.")
                    .arg(value)
                    .arg(maxBenchFps));
    }
    if (parser.isSet(secondsOption)) {
        const std::optional<double> seconds = parseSeconds(parser.value(secondsOption));
        if (!seconds)
            return benchError(QStringLiteral("invalid --seconds '%1': expected a positive "
                                             "number of seconds.")
                                  .arg(parser.value(secondsOption)));
        bench.seconds = *seconds;
    }
    if (parser.isSet(pathOption)) {
        const auto path = valueNamed(namedPaths, parser.value(pathOption));
        if (!path)
            return benchError(QStringLiteral("invalid --path '%1': expected greenroom, "
                                             "videooutput-shadereffect or cpu-convert.")
                                  .arg(parser.value(pathOption)));
        bench.path = *path;
    }
    if (parser.isSet(backendOption)) {
        const QString value = parser.value(backendOption);
        const std::optional<GraphicsBackend> backend = parseBackendName(value);
        if (!backend || !isBackendAvailable(*backend))
            return benchError(QStringLiteral("invalid --backend '%1': available here: %2.")
                                  .arg(value, availableBackendNames()));
        bench.backend = *backend;
    }
    if (const QString error =
            parseKeyChoice(parser.value(presetOption), parser.values(setOption), &bench.key);
        !error.isEmpty())
        return benchError(error);
    bench.headless = parser.isSet(headlessOption);
    bench.jsonPath = parser.value(jsonOption);
    bench.csvPath = parser.value(csvOption);
    bench.dumpRawPath = parser.value(dumpRawOption);
    return result;
}

} // namespace greenroom
