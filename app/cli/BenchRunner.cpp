#include "BenchRunner.h"

#include "BenchFrameFeed.h"
#include "BenchFrames.h"
#include "BenchMonitor.h"
#include "BenchReport.h"
#include "BenchScene.h"
#include "CameraSource.h"
#include "FrameTiming.h"
#include "GraphicsBackend.h"
#include "KeyShaderVariant.h"
#include "MediaFileSource.h"
#include "OffscreenQuickWindow.h"
#include "OutputFiles.h"
#include "ProcessUsage.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtQuick/QSGRendererInterface>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace greenroom {

namespace {

// Time for the first frame to reach the screen (4K on the CPU path takes a while).
constexpr int kFirstFrameTimeoutMs = 60'000;
// Frames that arrived before the end get this long to be drawn.
constexpr int kDrainTimeoutMs = 5'000;
constexpr qint64 kHistogramBinNs = 100'000; // 0.1 ms

void printLine(std::FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}

int fail(const QString &message)
{
    printLine(stderr, QStringLiteral("greenroom bench: ") + message);
    return 1;
}

// Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout. Sleeps in the
// event loop between checks, so waiting costs next to no CPU.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

void runEventLoopFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(std::chrono::milliseconds(ms), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

QString sourceDescription(const BenchOptions &options)
{
    switch (options.source) {
    case BenchSource::TestPattern:
        return QStringLiteral("testpattern");
    case BenchSource::File:
        return QStringLiteral("file:") + options.sourceArgument;
    case BenchSource::Camera:
        return QStringLiteral("camera:") + options.sourceArgument;
    }
    return {};
}

bool writeText(const QString &path, const QByteArray &bytes, QString *error)
{
    if (const QString problem = writeOutputFile(path, bytes); !problem.isEmpty()) {
        *error = QStringLiteral("cannot write '%1': %2").arg(path, problem);
        return false;
    }
    return true;
}

int dumpRawFrames(int &argc, char **argv, const BenchOptions &options)
{
    const QCoreApplication app(argc, argv);
    QString error;
    const std::vector<QVideoFrame> frames =
        makeBenchFrames(options.frameSize, options.pixelFormat, options.fps, &error);
    if (frames.empty() || !writeRawFrames(frames, options.dumpRawPath, &error))
        return fail(error);
    printLine(stdout, QStringLiteral("frames %1").arg(frames.size()));
    return 0;
}

// The frame source of the run: the paced test-pattern feed, or the app's own media file or
// camera source (both pace themselves).
class BenchSourceRunner {
public:
    bool start(const BenchOptions &options, QVideoSink *sink, QString *error)
    {
        if (options.source == BenchSource::TestPattern) {
            std::vector<QVideoFrame> frames =
                makeBenchFrames(options.frameSize, options.pixelFormat, options.fps, error);
            if (frames.empty())
                return false;
            m_feed = std::make_unique<BenchFrameFeed>(std::move(frames), options.fps, sink);
            m_feed->start();
            return true;
        }
        if (options.source == BenchSource::File) {
            auto file = std::make_unique<MediaFileSource>();
            file->setSource(QUrl::fromLocalFile(options.sourceArgument));
            m_source = std::move(file);
        } else {
            auto camera = std::make_unique<CameraSource>();
            camera->setCameraId(options.sourceArgument);
            m_source = std::move(camera);
        }
        m_source->setVideoSink(sink);
        m_source->start();
        *error = m_source->errorString();
        return error->isEmpty();
    }

    // After this returns no new frame is delivered by the feed (its thread has finished).
    void stop()
    {
        if (m_feed)
            m_feed->stop();
        if (m_source)
            m_source->stop();
    }

    void framePresented()
    {
        if (m_feed)
            m_feed->framePresented();
    }

private:
    std::unique_ptr<BenchFrameFeed> m_feed;
    std::unique_ptr<FrameSource> m_source;
};

constexpr QRgb kBackdrop = qRgb(0x30, 0x30, 0x30);

// The window the path draws in: on screen, rendered and presented by Qt Quick's render loop, or
// (--headless) offscreen, rendered on the GUI thread whenever the scene changes and presented
// when the GPU has finished the frame.
class BenchWindow {
public:
    bool open(const BenchOptions &options, QString *error)
    {
        if (options.headless) {
            m_offscreen = OffscreenQuickWindow::create(options.backend, QColor(kBackdrop), error);
            if (!m_offscreen || !m_offscreen->resize(options.windowSize, error))
                return false;
            m_offscreen->renderOnSceneChanges();
            return true;
        }
        m_onScreen = std::make_unique<QQuickWindow>();
        m_onScreen->setTitle(QStringLiteral("Greenroom bench"));
        m_onScreen->setColor(QColor(kBackdrop));
        m_onScreen->resize(options.windowSize);
        m_onScreen->show();
        if (!waitUntil([&] { return m_onScreen->isExposed(); }, 10'000)) {
            *error = QStringLiteral("the window was never shown");
            return false;
        }
        waitUntil([&] { return window()->contentItem()->size() == QSizeF(options.windowSize); },
                  2'000);
        return true;
    }

    QQuickWindow *window() const { return m_offscreen ? m_offscreen->window() : m_onScreen.get(); }
    BenchMonitor::PresentedAt presentedAt() const
    {
        return m_offscreen ? BenchMonitor::PresentedAt::FrameEnd : BenchMonitor::PresentedAt::Swap;
    }

private:
    std::unique_ptr<OffscreenQuickWindow> m_offscreen;
    std::unique_ptr<QQuickWindow> m_onScreen;
};

BenchResult makeResult(const BenchOptions &options, const BenchScene &scene,
                       const BenchMonitor::Measurement &m, quint64 endSequence, qint64 endNs,
                       qint64 endCpuNs)
{
    const CounterSnapshot end = CounterSnapshot::of(scene.counters());
    const CounterSnapshot &begin = m.baseline;
    const FramePresentationStats &frames = m.frames;
    const quint64 presented = frames.presented();
    const LatencyHistogram &latency = frames.latency();
    constexpr double nsPerMs = 1e6;

    BenchResult r;
    r.path = benchPathName(options.path);
    r.source = sourceDescription(options);
    r.key = describeKeyChoice(options.key);
    if (const auto variant = KeyShaderVariant::fromIndex(scene.counters().shaderVariant.load()))
        r.keyerShader = variant->name();
    r.size = options.frameSize;
    r.format = benchFormatName(options.pixelFormat);
    r.fpsRequested = options.fps;
    r.seconds = double(endNs - m.startNs) / 1e9;
    // Counting started after the frame the starting swap showed.
    r.framesIn = endSequence - frames.startSequence();
    r.framesPresented = presented;
    r.framesDropped = frames.dropped();
    r.fpsPresented = r.seconds > 0 ? double(presented) / r.seconds : 0.0;
    r.latencyMsP50 = double(latency.percentileNs(50)) / nsPerMs;
    r.latencyMsP95 = double(latency.percentileNs(95)) / nsPerMs;
    r.latencyMsP99 = double(latency.percentileNs(99)) / nsPerMs;
    r.latencyMsMean = latency.meanNs() / nsPerMs;
    r.latencyMsMax = double(latency.maxNs()) / nsPerMs;
    r.cpuMsPerFrame = perFrame(double(endCpuNs - m.startCpuNs) / nsPerMs, presented);
    r.guiThreadMsPerFrame =
        perFrame(double(end.handOverCodeNs - begin.handOverCodeNs) / nsPerMs, presented);
    r.renderThreadMsPerFrame =
        perFrame(double(end.renderCodeNs - begin.renderCodeNs) / nsPerMs, presented);
    // Bytes and copies per frame drawn: each presented frame is uploaded once, or not at all
    // when it arrived as GPU textures.
    const quint64 drawn = end.framesDrawn() - begin.framesDrawn();
    if (scene.observesUploads())
        r.uploadBytesPerFrame = perFrame(double(end.bytesUploaded - begin.bytesUploaded), drawn);
    r.cpuCopiesPerFrame = perFrame(double(end.cpuCopies - begin.cpuCopies),
                                   scene.observesUploads() ? drawn : presented);
    r.framesFromGpu = end.framesFromGpu - begin.framesFromGpu;
    r.peakRssMb = double(peakResidentBytes()) / (1024.0 * 1024.0);
    r.textureCreations = end.textureCreations - begin.textureCreations;
    r.notes = scene.notes();
    for (const LatencyHistogram::Bin &bin : latency.bins(kHistogramBinNs))
        r.latencyHistogramMs.emplace_back(double(bin.lowerNs) / nsPerMs, bin.count);
    return r;
}

} // namespace

int runBench(int &argc, char **argv, const BenchOptions &options)
{
    if (!options.dumpRawPath.isEmpty())
        return dumpRawFrames(argc, argv, options);
    // Report paths that cannot be written stop the run before it measures anything.
    for (const QString &path : {options.jsonPath, options.csvPath}) {
        if (const QString problem = path.isEmpty() ? QString() : outputFileProblem(path);
            !problem.isEmpty()) {
            fail(QStringLiteral("cannot write '%1': %2").arg(path, problem));
            return 2;
        }
    }

    const QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Greenroom"));
    QGuiApplication::setApplicationVersion(QStringLiteral(GREENROOM_VERSION));

    QString error;
    const std::optional<KeyParams> key = resolveKeyParams(options.key, &error);
    if (!key)
        return fail(error);
    BenchWindow window;
    if (!window.open(options, &error))
        return fail(error);
    const std::unique_ptr<BenchScene> scene =
        createBenchScene(options.path, window.window(), *key, &error);
    if (!scene)
        return fail(error);

    BenchSourceRunner source;
    BenchMonitor monitor(window.window(), window.presentedAt(), scene->counters(),
                         [&source] { source.framePresented(); });
    if (!source.start(options, scene->videoSink(), &error))
        return fail(error);
    if (!waitUntil([&] { return monitor.lastPresentedSequence() > 0; }, kFirstFrameTimeoutMs))
        return fail(QStringLiteral("no frame reached the screen"));

    // Warm-up: first texture creations, shader compilation and caches stay out of the figures.
    const qint64 warmUpMs = std::clamp<qint64>(qint64(options.seconds * 250.0), 250, 1000);
    runEventLoopFor(warmUpMs);
    monitor.requestStart();
    if (!waitUntil([&] { return monitor.started(); }, kFirstFrameTimeoutMs))
        return fail(QStringLiteral("frames stopped reaching the screen"));

    runEventLoopFor(qint64(options.seconds * 1000.0));
    source.stop();
    const qint64 endNs = monotonicNs();
    const quint64 endSequence = scene->counters().framesReceived.load();
    // The last frame that arrived is never replaced, so it is drawn unless the path is stuck.
    waitUntil([&] { return monitor.lastPresentedSequence() >= endSequence; }, kDrainTimeoutMs);
    const BenchMonitor::Measurement measurement = monitor.finish();
    const qint64 endCpuNs = processCpuTimeNs();

    BenchResult result = makeResult(options, *scene, measurement, endSequence, endNs, endCpuNs);
    result.backend = graphicsApiName(window.window()->rendererInterface()->graphicsApi());
    if (options.headless) {
        result.renderLoop = QStringLiteral("offscreen");
        result.notes += QStringLiteral("; headless: rendered offscreen into a texture on the GUI "
                                       "thread, a frame counts as presented when the GPU has "
                                       "finished it (no swap, no display refresh)");
    } else {
        result.renderLoop =
            monitor.swapsOnGuiThread() ? QStringLiteral("basic") : QStringLiteral("threaded");
    }
    result.window = options.windowSize;

    printLine(stdout, benchResultToText(result));
    if (!options.jsonPath.isEmpty() &&
        !writeText(options.jsonPath, QJsonDocument(benchResultToJson(result)).toJson(), &error))
        return fail(error);
    if (!options.csvPath.isEmpty() &&
        !writeText(options.csvPath, benchResultToCsv(result).toUtf8(), &error))
        return fail(error);
    return result.framesPresented > 0 ? 0 : 1;
}

} // namespace greenroom
