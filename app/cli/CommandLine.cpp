#include "CommandLine.h"

#include "BenchCommandLine.h"
#include "KeyCommandLine.h"
#include "NamedValues.h"

#include <QtCore/QCommandLineParser>
#include <QtGui/qtguiglobal.h>

#include <array>
#include <optional>
#include <utility>

namespace greenroom {
namespace {

// Bounds that keep a mistyped value from asking for absurd frames. Sizes must be even because
// the test pattern is 4:2:0 video, whose chroma planes have half the luma resolution.
constexpr int minFrameSide = 16;
constexpr int maxFrameSide = 8192;
constexpr int minFps = 1;
constexpr int maxFps = 240;
constexpr int maxQuitAfterMs = 24 * 60 * 60 * 1000;

constexpr auto programName = QLatin1String("greenroom");

constexpr std::array namedBackends{
    std::pair{GraphicsBackend::OpenGL, "opengl"},
    std::pair{GraphicsBackend::Vulkan, "vulkan"},
    std::pair{GraphicsBackend::Direct3D11, "d3d11"},
    std::pair{GraphicsBackend::Metal, "metal"},
};

ParseResult error(const QString &message)
{
    return commandLineError(programName, message);
}

std::optional<SourceChoice> parseSource(const QString &value)
{
    const QString name = value.toLower();
    if (name == QLatin1String("testpattern"))
        return SourceChoice::TestPattern;
    if (name == QLatin1String("camera"))
        return SourceChoice::Camera;
    return std::nullopt;
}

} // namespace

std::optional<int> parseWholeNumber(QStringView value, int min, int max)
{
    constexpr qsizetype maxDigits = 9; // keeps the value inside int before the range check
    if (value.isEmpty() || value.size() > maxDigits)
        return std::nullopt;
    for (const QChar c : value) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const int number = value.toInt();
    if (number < min || number > max)
        return std::nullopt;
    return number;
}

std::optional<QSize> parseFrameSize(const QString &value)
{
    const QList<QStringView> sides =
        QStringView(value).split(QLatin1Char('x'), Qt::KeepEmptyParts, Qt::CaseInsensitive);
    if (sides.size() != 2)
        return std::nullopt;
    const std::optional<int> width = parseWholeNumber(sides[0], minFrameSide, maxFrameSide);
    const std::optional<int> height = parseWholeNumber(sides[1], minFrameSide, maxFrameSide);
    if (!width || !height || *width % 2 != 0 || *height % 2 != 0)
        return std::nullopt;
    return QSize(*width, *height);
}

ParseResult commandLineError(const QString &command, const QString &message)
{
    ParseResult result;
    result.action = ParseResult::Action::Error;
    result.text = command + QStringLiteral(": ") + message + QStringLiteral(" Try '") + command +
                  QStringLiteral(" --help'.");
    return result;
}

// QCommandLineParser names the program as invoked (a full path) or, without an application
// object, as a placeholder; the usage line reads better with the plain command.
QString commandHelpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString usagePrefix = QStringLiteral("Usage: ");
    // Searched for rather than split at a space: a Windows program path may contain spaces.
    const qsizetype nameEnd = text.indexOf(QStringLiteral(" [options]"));
    if (text.startsWith(usagePrefix) && nameEnd > 0)
        text.replace(usagePrefix.size(), nameEnd - usagePrefix.size(), command);
    return text;
}

std::optional<GraphicsBackend> parseBackendName(const QString &value)
{
    return valueNamed(namedBackends, value);
}

QString availableBackendNames()
{
    QStringList names;
    for (const auto &[backend, name] : namedBackends) {
        if (isBackendAvailable(backend))
            names.append(QLatin1String(name));
    }
    return names.join(QStringLiteral(", "));
}

QString backendName(GraphicsBackend backend)
{
    return nameOf(namedBackends, backend);
}

bool isBackendAvailable(GraphicsBackend backend)
{
    switch (backend) {
    case GraphicsBackend::Default:
    case GraphicsBackend::OpenGL:
        return true;
    case GraphicsBackend::Vulkan:
#if QT_CONFIG(vulkan)
        return true;
#else
        return false;
#endif
    case GraphicsBackend::Direct3D11:
#ifdef Q_OS_WIN
        return true;
#else
        return false;
#endif
    case GraphicsBackend::Metal:
#ifdef Q_OS_DARWIN
        return true;
#else
        return false;
#endif
    }
    return false;
}

ParseResult parseCommandLine(const QStringList &arguments)
{
    // Subcommands have options of their own.
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("bench"))
        return parseBenchCommandLine(arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("key"))
        return parseKeyCommandLine(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Greenroom: live chroma keying on the GPU.\n"
                       "Opens the keying window; a camera is used when one exists, "
                       "otherwise the built-in test pattern.\n"
                       "'greenroom bench --help' describes the frame-path benchmark; "
                       "'greenroom key --help' the headless keyer."));
    // -v/--version and -h/--help are registered for the help text; they are handled below
    // rather than by QCommandLineParser::process(), which would print and exit by itself.
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption helpOption = parser.addHelpOption();

    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        QStringLiteral("Frame source: testpattern or camera (default: camera if one exists, "
                       "else testpattern)."),
        QStringLiteral("kind"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("Test-pattern frame size, for example 1920x1080 (even numbers, %1 to %2).")
            .arg(minFrameSide)
            .arg(maxFrameSide),
        QStringLiteral("WxH"));
    const QCommandLineOption fpsOption(
        QStringLiteral("fps"),
        QStringLiteral("Test-pattern frame rate in frames per second (%1 to %2).")
            .arg(minFps)
            .arg(maxFps),
        QStringLiteral("N"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QStringLiteral("Graphics API: opengl, vulkan, d3d11 or metal (available here: %1). "
                       "Overrides QSG_RHI_BACKEND.")
            .arg(availableBackendNames()),
        QStringLiteral("api"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save an image of the window to <file> (PNG), then quit."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QStringLiteral("Quit <ms> milliseconds after the window opens; with --screenshot, "
                       "the image is taken then (default %1 ms).")
            .arg(defaultScreenshotDelayMs),
        QStringLiteral("ms"));
    const QStringList viewNames{QStringLiteral("composite"), QStringLiteral("matte"),
                                QStringLiteral("source"), QStringLiteral("split")};
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("View mode to start in: %1 (default: as last time).")
            .arg(viewNames.join(QStringLiteral(", "))),
        QStringLiteral("mode"));
    const QStringList languageNames{QStringLiteral("en"), QStringLiteral("de"),
                                    QStringLiteral("fr"), QStringLiteral("es")};
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Interface language: %1 (default: as last time, else the system's).")
            .arg(languageNames.join(QStringLiteral(", "))),
        QStringLiteral("code"));
    parser.addOptions({sourceOption, sizeOption, fpsOption, backendOption, screenshotOption,
                       quitAfterOption, viewOption, languageOption});

    // `greenroom bench` and `greenroom key` are dispatched above; any other positional
    // argument is an error.
    if (!parser.parse(arguments))
        return error(parser.errorText());

    // --help-all would add Qt's own options, which this program does not forward; it shows
    // the same text as --help.
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        ParseResult result;
        result.action = ParseResult::Action::ShowHelp;
        result.text = commandHelpText(parser, programName);
        return result;
    }
    if (parser.isSet(versionOption)) {
        ParseResult result;
        result.action = ParseResult::Action::ShowVersion;
        result.text = programName + QLatin1Char(' ') + QStringLiteral(GREENROOM_VERSION);
        return result;
    }
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty())
        return error(QStringLiteral("unexpected argument '%1'.").arg(positional.constFirst()));

    ParseResult result;
    GuiOptions &gui = result.gui;

    if (parser.isSet(sourceOption)) {
        const QString value = parser.value(sourceOption);
        const std::optional<SourceChoice> source = parseSource(value);
        if (!source)
            return error(QStringLiteral("invalid --source '%1': expected testpattern or camera.")
                             .arg(value));
        gui.source = *source;
    }
    if (parser.isSet(sizeOption)) {
        const QString value = parser.value(sizeOption);
        const std::optional<QSize> size = parseFrameSize(value);
        if (!size)
            return error(QStringLiteral("invalid --size '%1': expected WIDTHxHEIGHT with even "
                                        "sides from %2 to %3, for example 1920x1080.")
                             .arg(value)
                             .arg(minFrameSide)
                             .arg(maxFrameSide));
        gui.testPatternSize = *size;
    }
    if (parser.isSet(fpsOption)) {
        const QString value = parser.value(fpsOption);
        const std::optional<int> fps = parseWholeNumber(value, minFps, maxFps);
        if (!fps)
            return error(
                QStringLiteral("invalid --fps '%1': expected a whole number from %2 to %3.")
                    .arg(value)
                    .arg(minFps)
                    .arg(maxFps));
        gui.testPatternFps = *fps;
    }
    if (parser.isSet(backendOption)) {
        const QString value = parser.value(backendOption);
        const std::optional<GraphicsBackend> backend = parseBackendName(value);
        if (!backend)
            return error(QStringLiteral("invalid --backend '%1': expected one of %2.")
                             .arg(value, availableBackendNames()));
        if (!isBackendAvailable(*backend))
            return error(
                QStringLiteral("the %1 backend is not available on this platform (available: %2).")
                    .arg(backendName(*backend), availableBackendNames()));
        gui.backend = *backend;
    }
    if (parser.isSet(screenshotOption)) {
        gui.screenshotPath = parser.value(screenshotOption);
        if (!gui.screenshotPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            return error(QStringLiteral("invalid --screenshot '%1': expected a .png file name.")
                             .arg(gui.screenshotPath));
    }
    if (parser.isSet(viewOption)) {
        gui.view = parser.value(viewOption).toLower();
        if (!viewNames.contains(gui.view))
            return error(QStringLiteral("invalid --view '%1': expected one of %2.")
                             .arg(parser.value(viewOption), viewNames.join(QStringLiteral(", "))));
    }
    if (parser.isSet(languageOption)) {
        gui.language = parser.value(languageOption).toLower();
        if (!languageNames.contains(gui.language))
            return error(
                QStringLiteral("invalid --language '%1': expected one of %2.")
                    .arg(parser.value(languageOption), languageNames.join(QStringLiteral(", "))));
    }
    if (parser.isSet(quitAfterOption)) {
        const QString value = parser.value(quitAfterOption);
        const std::optional<int> delay = parseWholeNumber(value, 0, maxQuitAfterMs);
        if (!delay)
            return error(
                QStringLiteral("invalid --quit-after '%1': expected milliseconds from 0 to %2.")
                    .arg(value)
                    .arg(maxQuitAfterMs));
        gui.quitAfterMs = *delay;
    } else if (!gui.screenshotPath.isEmpty()) {
        gui.quitAfterMs = defaultScreenshotDelayMs;
    }
    return result;
}

} // namespace greenroom
