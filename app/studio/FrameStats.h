// The arithmetic behind `greenroom bench`: latency percentiles, which frames were presented or
// dropped, and per-frame averages. Plain values and a fixed-size histogram, so recording one
// frame allocates nothing and memory does not grow with the length of a run.
#pragma once

#include <QtCore/QtGlobal>

#include <span>
#include <vector>

namespace greenroom {

// The p-th percentile (0 < p <= 100) of `samples` by the nearest-rank method: the smallest
// sample that at least p% of the samples are less than or equal to. 0 for an empty set.
double nearestRankPercentile(std::span<const double> samples, double p);

// Latencies in nanoseconds, counted in buckets of kBucketNs up to kRangeNs; longer ones are
// kept in an overflow count together with the longest seen.
class LatencyHistogram {
public:
    static constexpr qint64 kBucketNs = 10'000;       // 10 µs
    static constexpr qint64 kRangeNs = 2'000'000'000; // 2 s
    static constexpr int kBucketCount = int(kRangeNs / kBucketNs);

    LatencyHistogram();

    void add(qint64 latencyNs);
    void clear();

    quint64 count() const { return m_count; }
    qint64 maxNs() const { return m_maxNs; }
    double meanNs() const { return m_count ? double(m_sumNs) / double(m_count) : 0.0; }
    // nearestRankPercentile() over the recorded latencies, to the bucket: the lower edge of the
    // bucket holding the nearest-rank sample (exact for latencies on a kBucketNs grid); the
    // longest latency when that sample overflowed. 0 when empty.
    qint64 percentileNs(double p) const;

    // Non-empty buckets, merged into `binNs`-wide bins (a multiple of kBucketNs): the lower
    // edge of each bin and how many latencies fell into it. Overflow comes last, at maxNs().
    struct Bin {
        qint64 lowerNs;
        quint64 count;
    };
    std::vector<Bin> bins(qint64 binNs) const;

private:
    std::vector<quint32> m_buckets; // allocated once
    quint64 m_count = 0;
    quint64 m_overflow = 0;
    qint64 m_maxNs = 0;
    qint64 m_sumNs = 0;
};

// Which frames made it to the screen. Frames are numbered 1, 2, ... in arrival order; after
// every swapped render the caller reports the number and arrival time of the newest frame
// drawn so far. A newer number than last time means that frame was presented, and every frame
// between the two arrived but was replaced before being drawn (dropped). Not thread-safe: the
// caller records from one thread at a time.
class FramePresentationStats {
public:
    // Starts counting after frame `lastSeenSequence`, which is not counted itself.
    void start(quint64 lastSeenSequence);
    void recordSwap(quint64 drawnSequence, qint64 arrivalNs, qint64 swapNs);

    quint64 startSequence() const { return m_startSequence; }
    quint64 presented() const { return m_presented; }
    quint64 dropped() const { return m_dropped; }
    quint64 lastPresentedSequence() const { return m_lastSequence; }
    const LatencyHistogram &latency() const { return m_latency; }

private:
    quint64 m_startSequence = 0;
    quint64 m_lastSequence = 0;
    quint64 m_presented = 0;
    quint64 m_dropped = 0;
    LatencyHistogram m_latency;
};

// `total` per presented frame, 0 when nothing was presented.
inline double perFrame(double total, quint64 frames)
{
    return frames ? total / double(frames) : 0.0;
}

} // namespace greenroom
