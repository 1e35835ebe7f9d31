// The hand-over of frames from the thread that delivers them (a capture or decoder thread, or
// the GUI thread) to the render thread: one slot, the newest frame wins. Small and explicit, so
// the two threads share nothing else about frames. `Frame` is what travels: KeyedVideoItem
// hands over frames already mapped (MappedFrame), the benchmark's CPU path plain QVideoFrames.
#pragma once

#include <QtCore/QMutex>

#include <optional>
#include <utility>

namespace greenroom {

template<typename Frame> class PendingFrame {
public:
    struct Entry {
        Frame frame;
        quint64 sequence = 0; // FrameCounters::framesReceived number of the frame
        qint64 arrivalNs = 0; // when it arrived, on monotonicNs()
    };

    // Any thread. True when it replaced a frame that was never taken: a dropped frame.
    bool put(Entry entry)
    {
        std::optional<Entry> replaced;
        {
            const QMutexLocker lock(&m_mutex);
            replaced = std::exchange(m_entry, std::move(entry));
        }
        // The dropped frame is released (and unmapped) here, outside the lock.
        return replaced.has_value();
    }

    // Render thread: the newest frame since the last take, if any, leaving the slot empty.
    std::optional<Entry> take()
    {
        const QMutexLocker lock(&m_mutex);
        return std::exchange(m_entry, std::nullopt);
    }

private:
    QMutex m_mutex;
    std::optional<Entry> m_entry;
};

} // namespace greenroom
