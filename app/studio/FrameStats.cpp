#include "FrameStats.h"

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

// 1-based nearest rank of the p-th percentile among `count` values.
quint64 nearestRank(double p, quint64 count)
{
    // p * count first: exact for whole percentages, so 99% of 100 is rank 99, not 100; the
    // tolerance absorbs rounding for fractional ones.
    const double rank = std::ceil(std::clamp(p, 0.0, 100.0) * double(count) / 100.0 - 1e-9);
    return std::clamp<quint64>(quint64(rank), 1, count);
}

} // namespace

double nearestRankPercentile(std::span<const double> samples, double p)
{
    if (samples.empty())
        return 0.0;
    std::vector<double> sorted(samples.begin(), samples.end());
    const auto index = std::ptrdiff_t(nearestRank(p, sorted.size()) - 1);
    std::nth_element(sorted.begin(), sorted.begin() + index, sorted.end());
    return sorted[std::size_t(index)];
}

LatencyHistogram::LatencyHistogram() : m_buckets(std::size_t(kBucketCount), 0) {}

void LatencyHistogram::add(qint64 latencyNs)
{
    latencyNs = std::max<qint64>(latencyNs, 0);
    ++m_count;
    m_sumNs += latencyNs;
    m_maxNs = std::max(m_maxNs, latencyNs);
    if (latencyNs >= kRangeNs)
        ++m_overflow;
    else
        ++m_buckets[std::size_t(latencyNs / kBucketNs)];
}

void LatencyHistogram::clear()
{
    std::fill(m_buckets.begin(), m_buckets.end(), 0);
    m_count = m_overflow = 0;
    m_maxNs = m_sumNs = 0;
}

qint64 LatencyHistogram::percentileNs(double p) const
{
    if (m_count == 0)
        return 0;
    const quint64 rank = nearestRank(p, m_count);
    quint64 seen = 0;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen >= rank)
            return qint64(i) * kBucketNs;
    }
    return m_maxNs; // the rank lies among the overflowed latencies
}

std::vector<LatencyHistogram::Bin> LatencyHistogram::bins(qint64 binNs) const
{
    const qint64 bucketsPerBin = std::max<qint64>(1, binNs / kBucketNs);
    std::vector<Bin> result;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        if (m_buckets[i] == 0)
            continue;
        const qint64 lower = qint64(i) / bucketsPerBin * bucketsPerBin * kBucketNs;
        if (result.empty() || result.back().lowerNs != lower)
            result.push_back({lower, 0});
        result.back().count += m_buckets[i];
    }
    if (m_overflow)
        result.push_back({m_maxNs, m_overflow});
    return result;
}

void FramePresentationStats::start(quint64 lastSeenSequence)
{
    m_startSequence = m_lastSequence = lastSeenSequence;
    m_presented = m_dropped = 0;
    m_latency.clear();
}

void FramePresentationStats::recordSwap(quint64 drawnSequence, qint64 arrivalNs, qint64 swapNs)
{
    if (drawnSequence <= m_lastSequence)
        return; // the render showed a frame already counted (or none at all)
    m_dropped += drawnSequence - m_lastSequence - 1;
    ++m_presented;
    m_lastSequence = drawnSequence;
    m_latency.add(swapNs - arrivalNs);
}

} // namespace greenroom
