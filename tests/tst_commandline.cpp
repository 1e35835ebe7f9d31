// The command line: parse rules on their own, then the real executable on a machine without
// a display, where --version, --help and argument errors must still work.
#include "CommandLine.h"

#include <QtCore/QProcess>
#include <QtTest/QtTest>

namespace greenroom {

class CommandLineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsRunsGuiWithDefaults();
    void versionAndHelp();
    void guiOptions();
    void screenshotDefaultsQuitDelay();
    void viewAndLanguage();
    void badArguments_data();
    void badArguments();
    void backendAvailability();

    void executableVersion();
    void executableHelp();
    void executableBadOption();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run runGreenroom(const QStringList &arguments);
};

namespace {
ParseResult parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("greenroom"));
    return parseCommandLine(arguments);
}
} // namespace

void CommandLineTest::noArgumentsRunsGuiWithDefaults()
{
    const ParseResult result = parse({});
    QCOMPARE(result.action, ParseResult::Action::RunGui);
    QCOMPARE(result.exitCode(), 0);
    QCOMPARE(result.gui.source, SourceChoice::Default);
    QCOMPARE(result.gui.backend, GraphicsBackend::Default);
    QVERIFY(!result.gui.testPatternSize.isValid());
    QCOMPARE(result.gui.testPatternFps, 0);
    QVERIFY(result.gui.screenshotPath.isEmpty());
    QCOMPARE(result.gui.quitAfterMs, -1);
}

void CommandLineTest::versionAndHelp()
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const ParseResult result = parse({flag});
        QCOMPARE(result.action, ParseResult::Action::ShowVersion);
        QCOMPARE(result.text, QStringLiteral("greenroom " GREENROOM_VERSION));
        QCOMPARE(result.exitCode(), 0);
    }
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const ParseResult result = parse({flag});
        QCOMPARE(result.action, ParseResult::Action::ShowHelp);
        QCOMPARE(result.exitCode(), 0);
        QVERIFY(result.text.startsWith(QStringLiteral("Usage: greenroom [options]")));
        for (const char *option :
             {"--source", "--size", "--fps", "--backend", "--screenshot", "--quit-after"})
            QVERIFY2(result.text.contains(QLatin1String(option)), option);
    }
    // Help wins over other options, as users expect from `greenroom --size 1x1 --help`.
    QCOMPARE(
        parse({QStringLiteral("--size"), QStringLiteral("1x1"), QStringLiteral("--help")}).action,
        ParseResult::Action::ShowHelp);
}

void CommandLineTest::guiOptions()
{
    const ParseResult result =
        parse({QStringLiteral("--source"), QStringLiteral("testpattern"), QStringLiteral("--size"),
               QStringLiteral("1920x1080"), QStringLiteral("--fps=60"), QStringLiteral("--backend"),
               QStringLiteral("OpenGL"), QStringLiteral("--screenshot"), QStringLiteral("shot.png"),
               QStringLiteral("--quit-after"), QStringLiteral("250")});
    QCOMPARE(result.action, ParseResult::Action::RunGui);
    QVERIFY2(result.text.isEmpty(), qPrintable(result.text));
    QCOMPARE(result.gui.source, SourceChoice::TestPattern);
    QCOMPARE(result.gui.testPatternSize, QSize(1920, 1080));
    QCOMPARE(result.gui.testPatternFps, 60);
    QCOMPARE(result.gui.backend, GraphicsBackend::OpenGL);
    QCOMPARE(result.gui.screenshotPath, QStringLiteral("shot.png"));
    QCOMPARE(result.gui.quitAfterMs, 250);

    QCOMPARE(parse({QStringLiteral("--source"), QStringLiteral("camera")}).gui.source,
             SourceChoice::Camera);
    QCOMPARE(parse({QStringLiteral("--size"), QStringLiteral("16X8192")}).gui.testPatternSize,
             QSize(16, 8192));
    QCOMPARE(parse({QStringLiteral("--quit-after"), QStringLiteral("0")}).gui.quitAfterMs, 0);
}

void CommandLineTest::screenshotDefaultsQuitDelay()
{
    const ParseResult result = parse({QStringLiteral("--screenshot"), QStringLiteral("a.PNG")});
    QCOMPARE(result.action, ParseResult::Action::RunGui);
    QCOMPARE(result.gui.quitAfterMs, defaultScreenshotDelayMs);
}

void CommandLineTest::viewAndLanguage()
{
    QCOMPARE(parse({}).gui.view, QString());
    QCOMPARE(parse({}).gui.language, QString());
    const ParseResult result = parse({QStringLiteral("--view"), QStringLiteral("Split"),
                                      QStringLiteral("--language"), QStringLiteral("DE")});
    QCOMPARE(result.action, ParseResult::Action::RunGui);
    QCOMPARE(result.gui.view, QStringLiteral("split"));
    QCOMPARE(result.gui.language, QStringLiteral("de"));
    for (const char *view : {"composite", "matte", "source", "split"})
        QCOMPARE(parse({QStringLiteral("--view"), QLatin1String(view)}).gui.view,
                 QLatin1String(view));
    for (const char *language : {"en", "de", "fr", "es"})
        QCOMPARE(parse({QStringLiteral("--language"), QLatin1String(language)}).gui.language,
                 QLatin1String(language));
}

void CommandLineTest::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    const auto row = [](const char *name, QStringList arguments, const char *mentions) {
        QTest::newRow(name) << arguments << QString::fromLatin1(mentions);
    };
    row("unknown option", {QStringLiteral("--bogus")}, "bogus");
    row("positional", {QStringLiteral("frobnicate")}, "frobnicate");
    row("missing value", {QStringLiteral("--size")}, "size");
    row("source", {QStringLiteral("--source"), QStringLiteral("webcam")}, "webcam");
    row("size no x", {QStringLiteral("--size"), QStringLiteral("1920")}, "1920");
    row("size odd", {QStringLiteral("--size"), QStringLiteral("1921x1080")}, "1921x1080");
    row("size small", {QStringLiteral("--size"), QStringLiteral("8x8")}, "8x8");
    row("size large", {QStringLiteral("--size"), QStringLiteral("16384x16")}, "16384x16");
    row("size negative", {QStringLiteral("--size"), QStringLiteral("-64x64")}, "-64x64");
    row("size three", {QStringLiteral("--size"), QStringLiteral("64x64x64")}, "64x64x64");
    row("size spaces", {QStringLiteral("--size"), QStringLiteral(" 64x64")}, "64x64");
    row("fps zero", {QStringLiteral("--fps"), QStringLiteral("0")}, "fps");
    row("fps too high", {QStringLiteral("--fps"), QStringLiteral("241")}, "241");
    row("fps fraction", {QStringLiteral("--fps"), QStringLiteral("29.97")}, "29.97");
    row("fps sign", {QStringLiteral("--fps"), QStringLiteral("+30")}, "+30");
    row("fps text", {QStringLiteral("--fps"), QStringLiteral("fast")}, "fast");
    row("backend", {QStringLiteral("--backend"), QStringLiteral("glide")}, "glide");
    row("screenshot format", {QStringLiteral("--screenshot"), QStringLiteral("a.jpg")}, "a.jpg");
    row("view", {QStringLiteral("--view"), QStringLiteral("hologram")}, "hologram");
    row("language", {QStringLiteral("--language"), QStringLiteral("tlh")}, "tlh");
    row("quit-after negative", {QStringLiteral("--quit-after"), QStringLiteral("-1")}, "-1");
    row("quit-after huge", {QStringLiteral("--quit-after"), QStringLiteral("99999999999")},
        "99999999999");
}

void CommandLineTest::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    const ParseResult result = parse(arguments);
    QCOMPARE(result.action, ParseResult::Action::Error);
    QCOMPARE(result.exitCode(), 2);
    QVERIFY2(result.text.startsWith(QStringLiteral("greenroom: ")), qPrintable(result.text));
    QVERIFY2(result.text.contains(mentions), qPrintable(result.text));
    QVERIFY2(!result.text.contains(QLatin1Char('\n')), "errors are one line");
}

void CommandLineTest::backendAvailability()
{
    QVERIFY(isBackendAvailable(GraphicsBackend::OpenGL));
#ifdef Q_OS_WIN
    QVERIFY(isBackendAvailable(GraphicsBackend::Direct3D11));
#else
    QVERIFY(!isBackendAvailable(GraphicsBackend::Direct3D11));
    const ParseResult d3d = parse({QStringLiteral("--backend"), QStringLiteral("d3d11")});
    QCOMPARE(d3d.action, ParseResult::Action::Error);
    QVERIFY2(d3d.text.contains(QStringLiteral("not available")), qPrintable(d3d.text));
#endif
#ifdef Q_OS_DARWIN
    QVERIFY(isBackendAvailable(GraphicsBackend::Metal));
#else
    QVERIFY(!isBackendAvailable(GraphicsBackend::Metal));
#endif
    QCOMPARE(backendName(GraphicsBackend::Vulkan), QStringLiteral("vulkan"));
    QCOMPARE(backendName(GraphicsBackend::Default), QString());
}

CommandLineTest::Run CommandLineTest::runGreenroom(const QStringList &arguments)
{
    // No display of any kind: these paths must never try to open one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GREENROOM_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("greenroom did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void CommandLineTest::executableVersion()
{
    const Run run = runGreenroom({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("greenroom " GREENROOM_VERSION "\n"));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void CommandLineTest::executableHelp()
{
    const Run run = runGreenroom({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("--screenshot")), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void CommandLineTest::executableBadOption()
{
    const Run run = runGreenroom({QStringLiteral("--no-such-option")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
}

} // namespace greenroom

QTEST_GUILESS_MAIN(greenroom::CommandLineTest)
#include "tst_commandline.moc"
