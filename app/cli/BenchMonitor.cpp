#include "BenchMonitor.h"

#include "FrameTiming.h"
#include "ProcessUsage.h"

#include <QtCore/QThread>
#include <QtQuick/QQuickWindow>

namespace greenroom {

CounterSnapshot CounterSnapshot::of(const FrameCounters &c)
{
    return {c.framesReceived.load(),   c.framesUploaded.load(), c.bytesUploaded.load(),
            c.cpuCopies.load(),        c.handOverCodeNs.load(), c.renderCodeNs.load(),
            c.textureCreations.load(), c.framesBorrowed.load()};
}

BenchMonitor::BenchMonitor(QQuickWindow *window, PresentedAt presentedAt,
                           const FrameCounters &counters, std::function<void()> onPresented)
    : m_window(window), m_counters(counters), m_onPresented(std::move(onPresented))
{
    // Direct: the presentation is timed where it happens, not when the GUI thread gets round
    // to it.
    if (presentedAt == PresentedAt::Swap)
        connect(
            window, &QQuickWindow::frameSwapped, this, [this] { recordPresentation(); },
            Qt::DirectConnection);
    else
        connect(
            window, &QQuickWindow::afterFrameEnd, this, [this] { recordPresentation(); },
            Qt::DirectConnection);
}

BenchMonitor::~BenchMonitor()
{
    disconnect(m_window, nullptr, this, nullptr);
}

void BenchMonitor::requestStart()
{
    QMutexLocker lock(&m_mutex);
    m_startRequested = true;
}

bool BenchMonitor::started() const
{
    QMutexLocker lock(&m_mutex);
    return m_measuring;
}

BenchMonitor::Measurement BenchMonitor::finish()
{
    QMutexLocker lock(&m_mutex);
    m_measuring = false;
    m_startRequested = false;
    return m_measurement;
}

void BenchMonitor::recordPresentation()
{
    const qint64 presentedNs = monotonicNs();
    const quint64 sequence = m_counters.takenSequence.load(std::memory_order_acquire);
    const qint64 arrivalNs = m_counters.takenArrivalNs.load(std::memory_order_relaxed);
    m_swapsOnGuiThread.store(QThread::currentThread() == thread(), std::memory_order_relaxed);
    const bool newFrame = sequence > m_lastPresented.load(std::memory_order_relaxed);
    {
        QMutexLocker lock(&m_mutex);
        if (m_startRequested) {
            // The frame this shows belongs to the warm-up; counting starts after it.
            m_startRequested = false;
            m_measuring = true;
            m_measurement.frames.start(sequence);
            m_measurement.baseline = CounterSnapshot::of(m_counters);
            m_measurement.startNs = presentedNs;
            m_measurement.startCpuNs = processCpuTimeNs();
        } else if (m_measuring) {
            m_measurement.frames.recordSwap(sequence, arrivalNs, presentedNs);
        }
    }
    if (newFrame) {
        m_lastPresented.store(sequence);
        if (m_onPresented)
            m_onPresented();
    }
}

} // namespace greenroom
