// Delivers pre-encoded frames into a QVideoSink at a steady rate from a thread of its own, the
// way a camera backend does: the schedule runs on the steady clock, so work on the GUI thread
// cannot delay or bunch up arrivals. In "max" mode (fps 0) each frame is delivered as soon as
// the previous one has been presented, which measures the path with no frame waiting.
#pragma once

#include <QtCore/QSemaphore>
#include <QtCore/QThread>
#include <QtMultimedia/QVideoFrame>
#include <QtMultimedia/QVideoSink>

#include <atomic>
#include <memory>
#include <vector>

namespace greenroom {

class BenchFrameFeed {
public:
    // Cycles through `frames` (at least two, so consecutive frames always differ). The sink
    // must outlive the feed.
    BenchFrameFeed(std::vector<QVideoFrame> frames, int fps, QVideoSink *sink);
    ~BenchFrameFeed();

    BenchFrameFeed(const BenchFrameFeed &) = delete;
    BenchFrameFeed &operator=(const BenchFrameFeed &) = delete;

    void start();
    // Stops delivering and waits for the thread to finish.
    void stop();

    // Any thread: a new frame reached the screen (paces "max" mode; ignored otherwise).
    void framePresented();

    quint64 framesDelivered() const { return m_delivered.load(std::memory_order_relaxed); }

private:
    void run();

    const std::vector<QVideoFrame> m_frames;
    const int m_fps;
    QVideoSink *const m_sink;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<quint64> m_delivered{0};
    QSemaphore m_presented;
};

} // namespace greenroom
