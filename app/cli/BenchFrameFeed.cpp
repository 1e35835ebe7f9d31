#include "BenchFrameFeed.h"

#include <chrono>
#include <thread>

namespace greenroom {

namespace {
// In max mode, a frame that never reaches the screen (say, one the path refused) must not stall
// the run: the next one goes out after this long.
constexpr int kPresentTimeoutMs = 250;
} // namespace

BenchFrameFeed::BenchFrameFeed(std::vector<QVideoFrame> frames, int fps, QVideoSink *sink)
    : m_frames(std::move(frames)), m_fps(fps), m_sink(sink)
{
    Q_ASSERT(m_frames.size() >= 2 && m_sink);
}

BenchFrameFeed::~BenchFrameFeed()
{
    stop();
}

void BenchFrameFeed::start()
{
    if (m_thread)
        return;
    m_stopRequested.store(false);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("greenroom bench feed"));
    m_thread->start(QThread::TimeCriticalPriority); // a hint; ignored without privileges
}

void BenchFrameFeed::stop()
{
    if (!m_thread)
        return;
    m_stopRequested.store(true);
    m_presented.release(); // wakes a max-mode wait
    m_thread->wait();
    m_thread.reset();
}

void BenchFrameFeed::framePresented()
{
    if (m_fps == 0)
        m_presented.release();
}

void BenchFrameFeed::run()
{
    using Clock = std::chrono::steady_clock;
    const auto period =
        m_fps > 0 ? std::chrono::nanoseconds(1'000'000'000 / m_fps) : std::chrono::nanoseconds(0);
    const Clock::time_point start = Clock::now();
    for (quint64 n = 0; !m_stopRequested.load(); ++n) {
        if (m_fps > 0) {
            // Frame n is due at start + n * period, whatever happened to earlier ones: a late
            // frame goes out at once, the ones after it keep the schedule.
            std::this_thread::sleep_until(start + period * qint64(n));
        } else if (n > 0) {
            m_presented.tryAcquire(1, kPresentTimeoutMs);
            // Several presentations may have been counted while one frame was out.
            while (m_presented.tryAcquire())
                ;
        }
        if (m_stopRequested.load())
            break;
        m_sink->setVideoFrame(m_frames[n % m_frames.size()]);
        m_delivered.fetch_add(1, std::memory_order_relaxed);
    }
}

} // namespace greenroom
