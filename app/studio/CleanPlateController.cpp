#include "CleanPlateController.h"

#include "CameraFormatChoice.h"
#include "FrameRouter.h"
#include "MappedFrameView.h"
#include "SourceController.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDebug>
#include <QtCore/QFile>

namespace greenroom {

namespace {

QString sizeText(QSize size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

} // namespace

CleanPlateController::CleanPlateController(FrameRouter *router, SourceController *sources,
                                           QObject *parent)
    : QObject(parent), m_router(router), m_sources(sources)
{
    // Queued: the router reports from whichever thread delivers frames.
    connect(m_router, &FrameRouter::frameFormatChanged, this,
            &CleanPlateController::onFrameFormatChanged, Qt::QueuedConnection);
    connect(m_sources, &SourceController::sourceChanged, this,
            &CleanPlateController::onSourceChanged);
    connect(m_sources, &SourceController::mediaFileChanged, this,
            &CleanPlateController::onSourceChanged);
    m_sourceWait.setInterval(30);
    connect(&m_sourceWait, &QTimer::timeout, this, [this] {
        if (m_router->frameCount() > m_framesBeforeSource) {
            m_sourceWait.stop();
            onFrameFormatChanged();
        }
    });
    m_poll.setInterval(5);
    connect(&m_poll, &QTimer::timeout, this, &CleanPlateController::takeFrame);
    connect(&m_adding, &QFutureWatcher<bool>::finished, this, &CleanPlateController::onFrameAdded);
    // Frames may have arrived before this object existed.
    QMetaObject::invokeMethod(this, &CleanPlateController::onFrameFormatChanged,
                              Qt::QueuedConnection);
}

CleanPlateController::~CleanPlateController()
{
    m_adding.waitForFinished();
}

QString CleanPlateController::currentFile() const
{
    return m_key.isEmpty() ? QString() : m_store.filePath(m_key);
}

QString CleanPlateController::status() const
{
    if (capturing())
        return tr("Capturing the clean plate: %1 of %2 pictures")
            .arg(framesCaptured())
            .arg(kFrames);
    if (m_plate.isNull())
        return tr("No clean plate");
    if (!inUse())
        return tr("Clean plate ignored: captured at %1, the picture is %2")
            .arg(sizeText(m_plate.frameSize), sizeText(m_frameSize));
    return tr("Clean plate in use (captured at %1)").arg(sizeText(m_plate.frameSize));
}

void CleanPlateController::onSourceChanged()
{
    if (capturing())
        failCapture(tr("the source changed"));
    // The new source's plate is looked up once its first frame is here.
    m_framesBeforeSource = m_router->frameCount();
    m_sourceWait.start();
}

void CleanPlateController::onFrameFormatChanged()
{
    const QSize size = m_router->latestFrameSize();
    const QVideoFrameFormat::PixelFormat format = m_router->latestPixelFormat();
    // A stopping source hands over an empty frame: keep everything until the next picture.
    if (format == QVideoFrameFormat::Format_Invalid || size.isEmpty() || m_sourceWait.isActive())
        return;
    m_frameSize = size;
    const QString key =
        CleanPlateStore::keyOf(m_sources->sourceIdentity(), pixelFormatName(format));
    if (key != m_key) {
        m_key = key;
        restore();
    }
    checkFit();
    Q_EMIT stateChanged();
}

void CleanPlateController::restore()
{
    QString error;
    const CleanPlate plate = m_store.load(m_key, &error);
    m_reportedMismatch = {};
    setPlate(plate);
    if (!error.isEmpty())
        report(tr("The clean plate could not be read (%1); keying without one.").arg(error));
    else if (plate.fits(m_frameSize) && m_sources->source())
        Q_EMIT toast(tr("Clean plate restored for %1 (%2).")
                         .arg(m_sources->source()->displayName(),
                              pixelFormatName(m_router->latestPixelFormat())));
}

void CleanPlateController::checkFit()
{
    if (m_plate.isNull() || m_plate.fits(m_frameSize)) {
        m_reportedMismatch = {};
        return;
    }
    if (m_reportedMismatch == m_frameSize)
        return;
    m_reportedMismatch = m_frameSize;
    report(tr("Clean plate ignored: it was captured at %1, the picture is %2. Capture a new one "
              "or clear it.")
               .arg(sizeText(m_plate.frameSize), sizeText(m_frameSize)));
}

bool CleanPlateController::capture()
{
    if (capturing()) {
        Q_EMIT toast(tr("Already capturing the clean plate."));
        return false;
    }
    const QVideoFrame frame = m_router->latestFrame();
    if (!frame.isValid() || m_key.isEmpty()) {
        report(tr("Clean plate: there is no picture to capture."));
        Q_EMIT captureFinished(false);
        return false;
    }
    m_builder = std::make_unique<CleanPlateBuilder>(frame.size());
    m_captureKey = m_key;
    m_captureFormat = frame.pixelFormat();
    m_lastFrame = 0; // the frame on screen now is the first
    m_sinceFrame.start();
    m_poll.start();
    Q_EMIT toast(tr("Capturing the clean plate: keep the screen empty…"));
    Q_EMIT stateChanged();
    return true;
}

void CleanPlateController::takeFrame()
{
    if (m_adding.isRunning())
        return;
    const quint64 count = m_router->frameCount();
    if (count == m_lastFrame) {
        if (m_sinceFrame.elapsed() > kStallMs)
            failCapture(tr("the source stopped delivering pictures"));
        return;
    }
    const QVideoFrame frame = m_router->latestFrame();
    m_lastFrame = count;
    m_sinceFrame.restart();
    if (!frame.isValid() || frame.size() != m_builder->frameSize() ||
        frame.pixelFormat() != m_captureFormat || m_key != m_captureKey) {
        failCapture(tr("the picture changed while capturing"));
        return;
    }
    CleanPlateBuilder *builder = m_builder.get();
    m_adding.setFuture(QtConcurrent::run([builder, frame] {
        const MappedFrameView mapped(frame);
        return builder->add(mapped.view());
    }));
}

void CleanPlateController::onFrameAdded()
{
    if (!m_builder)
        return; // cancelled meanwhile
    if (!m_adding.result()) {
        failCapture(tr("a picture could not be read"));
        return;
    }
    Q_EMIT stateChanged();
    if (m_builder->frameCount() >= kFrames)
        finishCapture();
}

void CleanPlateController::finishCapture()
{
    m_poll.stop();
    const CleanPlate plate = m_builder->plate();
    m_builder.reset();
    const QString problem = m_store.save(m_captureKey, plate);
    m_reportedMismatch = {};
    setPlate(plate);
    if (!problem.isEmpty())
        report(tr("Clean plate captured from %1 pictures, but not saved: %2")
                   .arg(kFrames)
                   .arg(problem));
    else
        Q_EMIT toast(tr("Clean plate captured from %1 pictures and saved: each pixel is keyed "
                        "against the screen behind it, so the similarity can be tight.")
                         .arg(kFrames));
    checkFit();
    Q_EMIT stateChanged();
    Q_EMIT captureFinished(true);
}

void CleanPlateController::failCapture(const QString &reason)
{
    cancelCapture();
    report(tr("Clean plate not captured: %1.").arg(reason));
    Q_EMIT stateChanged();
    Q_EMIT captureFinished(false);
}

bool CleanPlateController::cancelCapture()
{
    if (!m_builder)
        return false;
    m_poll.stop();
    m_adding.waitForFinished();
    m_builder.reset();
    return true;
}

bool CleanPlateController::clear()
{
    const bool cancelled = cancelCapture();
    const bool kept = !m_plate.isNull() || (!m_key.isEmpty() && QFile::exists(currentFile()));
    if (!kept) {
        Q_EMIT toast(cancelled ? tr("Clean plate capture cancelled.")
                               : tr("There is no clean plate to clear."));
        Q_EMIT stateChanged();
        return cancelled;
    }
    const bool removed = m_key.isEmpty() || m_store.remove(m_key);
    setPlate({});
    if (removed)
        Q_EMIT toast(tr("Clean plate cleared: the key colour keys every pixel again."));
    else
        report(tr("Clean plate cleared, but its file could not be removed: %1").arg(currentFile()));
    Q_EMIT stateChanged();
    return true;
}

void CleanPlateController::setPlate(const CleanPlate &plate)
{
    m_plate = plate;
    m_router->setCleanPlate(plate);
}

void CleanPlateController::report(const QString &problem)
{
    qWarning().noquote() << "Greenroom:" << problem;
    Q_EMIT toast(problem);
}

} // namespace greenroom
