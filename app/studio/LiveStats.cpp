#include "LiveStats.h"

#include "FrameTiming.h"

#include <QtQuick/QQuickWindow>
#include <QtQuick/QSGRendererInterface>

namespace greenroom {

namespace {

QString apiName(QSGRendererInterface::GraphicsApi api)
{
    switch (api) {
    case QSGRendererInterface::OpenGL:
        return QStringLiteral("OpenGL");
    case QSGRendererInterface::Vulkan:
        return QStringLiteral("Vulkan");
    case QSGRendererInterface::Direct3D11:
        return QStringLiteral("Direct3D 11");
    case QSGRendererInterface::Metal:
        return QStringLiteral("Metal");
    case QSGRendererInterface::Software:
        return QStringLiteral("Software");
    default:
        return {};
    }
}

constexpr double nsPerMs = 1e6;

} // namespace

LiveStats::LiveStats(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveStats::sample);
}

LiveStats::~LiveStats()
{
    detach();
}

void LiveStats::setItem(KeyedVideoItem *item)
{
    if (item == m_item)
        return;
    detach();
    m_item = item;
    attach();
    Q_EMIT itemChanged();
}

void LiveStats::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    detach();
    attach();
    Q_EMIT activeChanged();
}

void LiveStats::attach()
{
    if (!m_item || !m_active)
        return;
    // The item may move to (or first get) a window after it is set here.
    m_windowConnection = connect(m_item, &QQuickItem::windowChanged, this, [this] {
        detach();
        attach();
    });
    {
        QMutexLocker lock(&m_mutex);
        m_counters = m_item->sharedCounters();
        m_stats.start(m_counters->takenSequence.load(std::memory_order_acquire));
    }
    m_lastReceived = m_item->counters().framesReceived.load(std::memory_order_relaxed);
    m_lastSampleNs = monotonicNs();
    if (QQuickWindow *window = m_item->window()) {
        m_swapConnection = connect(window, &QQuickWindow::frameSwapped, this,
                                   &LiveStats::recordSwap, Qt::DirectConnection);
    }
    m_timer.start();
}

void LiveStats::detach()
{
    disconnect(m_windowConnection);
    disconnect(m_swapConnection);
    m_timer.stop();
    QMutexLocker lock(&m_mutex);
    m_counters.reset();
}

void LiveStats::recordSwap()
{
    // Reads only the shared counters' atomics, never the item, which belongs to the GUI thread
    // and may be going away meanwhile.
    const qint64 now = monotonicNs();
    QMutexLocker lock(&m_mutex);
    if (!m_counters)
        return;
    const quint64 sequence = m_counters->takenSequence.load(std::memory_order_acquire);
    const qint64 arrival = m_counters->takenArrivalNs.load(std::memory_order_relaxed);
    m_stats.recordSwap(sequence, arrival, now);
}

void LiveStats::sample()
{
    if (!m_item)
        return;
    const qint64 now = monotonicNs();
    const double seconds = double(now - m_lastSampleNs) / 1e9;
    m_lastSampleNs = now;
    const quint64 received = m_item->counters().framesReceived.load(std::memory_order_relaxed);
    const quint64 newFrames = received - m_lastReceived;
    m_lastReceived = received;

    quint64 presented = 0;
    quint64 dropped = 0;
    double meanNs = 0;
    qint64 p95Ns = 0;
    {
        QMutexLocker lock(&m_mutex);
        presented = m_stats.presented();
        dropped = m_stats.dropped();
        meanNs = m_stats.latency().meanNs();
        p95Ns = m_stats.latency().percentileNs(95);
        m_stats.start(m_stats.lastPresentedSequence());
    }
    if (seconds > 0) {
        m_inputFps = double(newFrames) / seconds;
        m_presentedFps = double(presented) / seconds;
    }
    m_dropped += dropped;
    if (presented > 0) {
        m_latencyMs = meanNs / nsPerMs;
        m_latencyP95Ms = double(p95Ns) / nsPerMs;
    }
    if (QQuickWindow *window = m_item->window())
        m_backend = apiName(window->rendererInterface()->graphicsApi());
    Q_EMIT updated();
}

} // namespace greenroom
