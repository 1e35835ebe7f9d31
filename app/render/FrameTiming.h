// Cheap instrumentation of the frame path for `greenroom bench`: one monotonic clock for frame
// arrival and presentation times, and a scoped timer that adds the time spent in a block of
// Greenroom's own code to a counter. Two clock reads per scope, no allocation, no lock, so the
// live path can keep it switched on without distorting what it measures.
#pragma once

#include <QtCore/QtGlobal>

#include <atomic>
#include <chrono>

namespace greenroom {

// Nanoseconds on the steady clock: comparable across threads, never jumps with the wall clock.
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

class ScopedCodeTimer {
public:
    explicit ScopedCodeTimer(std::atomic<quint64> &totalNs) : m_total(totalNs) {}
    ~ScopedCodeTimer()
    {
        m_total.fetch_add(quint64(monotonicNs() - m_start), std::memory_order_relaxed);
    }

    ScopedCodeTimer(const ScopedCodeTimer &) = delete;
    ScopedCodeTimer &operator=(const ScopedCodeTimer &) = delete;

private:
    std::atomic<quint64> &m_total;
    const qint64 m_start = monotonicNs();
};

} // namespace greenroom
