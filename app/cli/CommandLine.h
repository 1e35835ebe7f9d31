// Parsing of Greenroom's command line into plain values.
//
// Parsing needs no display and no QGuiApplication, so `greenroom --version` and `--help` work
// on a headless machine, and every rule here is unit-testable: parseCommandLine() returns a
// value instead of printing or exiting.
#pragma once

#include "BenchOptions.h"
#include "GraphicsBackend.h"
#include "KeyOptions.h"

#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace greenroom {

// Which frame source the window starts with.
enum class SourceChoice {
    Default,     // a camera if one exists, else the test pattern
    TestPattern, // the built-in synthetic green-screen scene
    Camera,      // the system's default camera
};

// Everything the interactive window needs from the command line.
struct GuiOptions {
    SourceChoice source = SourceChoice::Default;
    // Test-pattern frame size and rate; invalid or 0: the source's own default.
    QSize testPatternSize;
    int testPatternFps = 0;
    GraphicsBackend backend = GraphicsBackend::Default;
    // When set, the window is grabbed to this image file once quitAfterMs has passed.
    QString screenshotPath;
    // Milliseconds after the window appears at which the app quits; negative: never.
    int quitAfterMs = -1;
    // View mode to start in: "composite", "matte", "source" or "split"; empty: as last time.
    QString view;
    // Interface language: "en", "de", "fr" or "es"; empty: as last time, else the system's.
    QString language;
};

struct ParseResult {
    enum class Action {
        RunGui,      // start the window with `gui`
        ShowVersion, // print `text` to stdout, exit 0
        ShowHelp,    // print `text` to stdout, exit 0
        Error,       // print `text` (one line) to stderr, exit 2
        RunBench,    // run `greenroom bench` with `bench`
        RunKey,      // run `greenroom key` with `key`
    };

    Action action = Action::RunGui;
    GuiOptions gui;
    BenchOptions bench;
    KeyOptions key;
    QString text;

    // The process exit status for actions that end the program before any window opens.
    int exitCode() const { return action == Action::Error ? 2 : 0; }
};

// The delay before the screenshot when --screenshot is given without --quit-after: long
// enough for the first frames to reach the window.
inline constexpr int defaultScreenshotDelayMs = 1500;

// Parses `arguments` (the program name first, as QCoreApplication::arguments() gives it).
ParseResult parseCommandLine(const QStringList &arguments);

// Shared with the subcommands' parsers (BenchCommandLine, KeyCommandLine). `command` is how the
// user invoked it: "greenroom", "greenroom bench", "greenroom key".
// An Error result: "<command>: <message> Try '<command> --help'."
ParseResult commandLineError(const QString &command, const QString &message);
// The parser's help with the usage line naming `command` instead of the program path.
QString commandHelpText(const QCommandLineParser &parser, const QString &command);

// Value parsers shared with the subcommands' parsers.
// A whole number in [min, max], written as plain digits: no sign, spaces or fraction.
std::optional<int> parseWholeNumber(QStringView value, int min, int max);
// WIDTHxHEIGHT with even sides in the range the test pattern accepts.
std::optional<QSize> parseFrameSize(const QString &value);
// A backend's command-line name, in any letter case.
std::optional<GraphicsBackend> parseBackendName(const QString &value);
// The names of the backends this build can use, comma-separated.
QString availableBackendNames();

// The name used on the command line for a backend ("opengl", ...), empty for Default.
QString backendName(GraphicsBackend backend);

// Whether this build's platform can provide the backend at all.
bool isBackendAvailable(GraphicsBackend backend);

} // namespace greenroom
