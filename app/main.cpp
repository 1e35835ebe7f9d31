// Greenroom's entry point: parses the command line, then starts the keying window.

#include "BenchRunner.h"
#include "CommandLine.h"
#include "DisplayProbe.h"
#include "GraphicsBackend.h"
#include "KeyCommand.h"
#include "OutputFiles.h"
#include "ParentConsole.h"
#include "UpdateIdleTime.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtCore/QVariantMap>
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickWindow>
#include <QtQuick/QSGRendererInterface>
#include <QtQuickControls2/QQuickStyle>

#include <cstdio>

// The Greenroom QML module is linked statically; this registers its types and files.
Q_IMPORT_QML_PLUGIN(GreenroomPlugin)

namespace {

using greenroom::GuiOptions;
using greenroom::ParseResult;
using greenroom::SourceChoice;

void printLine(std::FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}

// Parsing runs under a plain QCoreApplication: it decodes arguments the platform's way (UTF-16
// on Windows) and needs no display, so --help and --version work on headless machines.
ParseResult parseArguments(int &argc, char **argv)
{
    const QCoreApplication app(argc, argv);
    return greenroom::parseCommandLine(QCoreApplication::arguments());
}

QString sourceName(SourceChoice source)
{
    switch (source) {
    case SourceChoice::Default:
        break;
    case SourceChoice::TestPattern:
        return QStringLiteral("testpattern");
    case SourceChoice::Camera:
        return QStringLiteral("camera");
    }
    return {};
}

// Main.qml's startup properties; empty or zero values leave Main.qml's own defaults.
QVariantMap initialProperties(const GuiOptions &options)
{
    return {
        {QStringLiteral("startSource"), sourceName(options.source)},
        {QStringLiteral("testPatternSize"), options.testPatternSize},
        {QStringLiteral("testPatternFps"), options.testPatternFps},
        {QStringLiteral("startView"), options.view},
        {QStringLiteral("startLanguage"), options.language},
    };
}

// Counts --quit-after from the first frame on screen, not from process start, so a screenshot
// never catches a window that has not drawn yet.
void scheduleScreenshotAndQuit(QQuickWindow *window, const GuiOptions &options)
{
    if (options.quitAfterMs < 0)
        return;
    const auto finish = [window, path = options.screenshotPath] {
        if (!path.isEmpty()) {
            const QImage image = window->grabWindow();
            const QString problem =
                image.isNull() ? QStringLiteral("the window could not be grabbed")
                               : greenroom::writeOutputFile(path, greenroom::pngBytes(image));
            if (!problem.isEmpty()) {
                printLine(stderr,
                          QStringLiteral("greenroom: could not save the screenshot to '%1': %2")
                              .arg(path, problem));
                QCoreApplication::exit(1);
                return;
            }
        }
        QCoreApplication::quit();
    };
    // frameSwapped comes from the render thread; the window as context queues it to this one.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, delay = options.quitAfterMs, finish] {
            QTimer::singleShot(delay, window, finish);
        },
        Qt::SingleShotConnection);
}

int runGui(int &argc, char **argv, const GuiOptions &options)
{
    if (!options.screenshotPath.isEmpty()) {
        if (const QString problem = greenroom::outputFileProblem(options.screenshotPath);
            !problem.isEmpty()) {
            printLine(stderr, QStringLiteral("greenroom: cannot save the screenshot to '%1': %2")
                                  .arg(options.screenshotPath, problem));
            return 2;
        }
    }
    // Qt would abort (exit 134) on a display it cannot open: say so and exit 3 instead.
    if (const QString problem = greenroom::displayProblem(); !problem.isEmpty()) {
        printLine(stderr, QStringLiteral("greenroom: no usable display: %1. The studio needs one "
                                         "(or run it under xvfb-run -a); greenroom key and "
                                         "greenroom bench --headless need none.")
                              .arg(problem));
        return 3;
    }
    greenroom::applyGraphicsBackend(options.backend);
    greenroom::dropUpdateIdleTime();

    const QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Greenroom"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Greenroom"));
    QGuiApplication::setOrganizationName(QStringLiteral("Greenroom"));
    QGuiApplication::setApplicationVersion(QStringLiteral(GREENROOM_VERSION));
    // The application id: names the installed .desktop file, so desktops match the window to
    // its launcher and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.greenroom.Greenroom"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/greenroom/icons/greenroom.png")));

    // Fusion draws every control from the palette, so Main.qml's dark palette applies fully
    // and the window looks the same on every platform.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    // Windows get an alpha channel, so the output window can show the keyed subject over
    // transparency for capture; opaque windows look the same either way.
    QQuickWindow::setDefaultAlphaBuffer(true);

    QQmlApplicationEngine engine;
    engine.setInitialProperties(initialProperties(options));
    engine.load(QUrl(QStringLiteral("qrc:/Greenroom/Main.qml")));

    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        printLine(stderr, QStringLiteral("greenroom: could not load the user interface "
                                         "(qrc:/Greenroom/Main.qml); see the messages above"));
        return 1;
    }
    scheduleScreenshotAndQuit(window, options);
    return QGuiApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const ParseResult parsed = parseArguments(argc, argv);
    if (parsed.action != ParseResult::Action::RunGui)
        greenroom::attachParentConsole();
    switch (parsed.action) {
    case ParseResult::Action::ShowVersion:
    case ParseResult::Action::ShowHelp:
        printLine(stdout, parsed.text);
        return parsed.exitCode();
    case ParseResult::Action::Error:
        printLine(stderr, parsed.text);
        return parsed.exitCode();
    case ParseResult::Action::RunKey:
        return greenroom::runKeyCommand(argc, argv, parsed.key);
    case ParseResult::Action::RunBench: {
        greenroom::BenchOptions bench = parsed.bench;
        if (bench.headless) {
            bench.backend = greenroom::preferDisplaylessPlatform(bench.backend);
        } else if (const QString problem = greenroom::displayProblem(); !problem.isEmpty()) {
            printLine(stderr, QStringLiteral("greenroom bench: no usable display: %1 (--headless "
                                             "needs none)")
                                  .arg(problem));
            return 3;
        }
        greenroom::applyGraphicsBackend(bench.backend);
        greenroom::dropUpdateIdleTime();
        return greenroom::runBench(argc, argv, bench);
    }
    case ParseResult::Action::RunGui:
        break;
    }
    return runGui(argc, argv, parsed.gui);
}
