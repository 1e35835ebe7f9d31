#include "AutoKeyRunner.h"

#include "FrameSampler.h"
#include "MappedFrameView.h"

#include <QtConcurrent/QtConcurrentRun>

namespace greenroom {

namespace {

AutoKeyOutcome measure(const QVideoFrame &frame)
{
    const MappedFrameView mapped(frame);
    if (mapped.view().width <= 0)
        return {};
    return {true, autoKey(FrameSampler(mapped.view()))};
}

} // namespace

AutoKeyRunner::AutoKeyRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<AutoKeyOutcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

AutoKeyRunner::~AutoKeyRunner()
{
    m_watcher.waitForFinished();
}

bool AutoKeyRunner::start(const QVideoFrame &frame)
{
    if (m_watcher.isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run(measure, frame));
    return true;
}

} // namespace greenroom
