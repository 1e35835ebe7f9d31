// The arithmetic behind `greenroom bench` on known inputs: nearest-rank percentiles (also for
// tiny and empty sets), the latency histogram, presented/dropped accounting from frame numbers,
// the per-frame averages, and the counter snapshot the bench reads.
#include "BenchMonitor.h"
#include "FrameStats.h"

#include <QtTest/QtTest>

#include <vector>

using namespace greenroom;

namespace {
constexpr qint64 ms = 1'000'000; // ns
} // namespace

class TestFrameStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentileOfKnownSets_data()
    {
        QTest::addColumn<std::vector<double>>("samples");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        const std::vector<double> oneToTen{7, 3, 10, 1, 5, 2, 9, 4, 8, 6}; // unsorted on purpose
        QTest::newRow("p50 of 1..10") << oneToTen << 50.0 << 5.0;
        QTest::newRow("p95 of 1..10") << oneToTen << 95.0 << 10.0;
        QTest::newRow("p99 of 1..10") << oneToTen << 99.0 << 10.0;
        QTest::newRow("p10 of 1..10") << oneToTen << 10.0 << 1.0;
        QTest::newRow("p100 of 1..10") << oneToTen << 100.0 << 10.0;
        std::vector<double> hundred;
        for (int i = 1; i <= 100; ++i)
            hundred.push_back(double(i));
        QTest::newRow("p50 of 1..100") << hundred << 50.0 << 50.0;
        QTest::newRow("p95 of 1..100") << hundred << 95.0 << 95.0;
        QTest::newRow("p99 of 1..100") << hundred << 99.0 << 99.0;
        QTest::newRow("single sample") << std::vector<double>{4.5} << 99.0 << 4.5;
        QTest::newRow("two samples p50") << std::vector<double>{8, 2} << 50.0 << 2.0;
        QTest::newRow("two samples p95") << std::vector<double>{8, 2} << 95.0 << 8.0;
        QTest::newRow("empty") << std::vector<double>{} << 50.0 << 0.0;
    }
    void percentileOfKnownSets()
    {
        QFETCH(std::vector<double>, samples);
        QFETCH(double, p);
        QFETCH(double, expected);
        QCOMPARE(nearestRankPercentile(samples, p), expected);
    }

    void histogramMatchesExactPercentiles()
    {
        // Latencies on the histogram's grid, so its percentiles are exact.
        std::vector<double> samples;
        LatencyHistogram histogram;
        for (int i = 0; i < 1000; ++i) {
            const qint64 latency = (i * 37 % 1000) * LatencyHistogram::kBucketNs * 3;
            histogram.add(latency);
            samples.push_back(double(latency));
        }
        QCOMPARE(histogram.count(), quint64(1000));
        for (double p : {1.0, 50.0, 95.0, 99.0, 100.0})
            QCOMPARE(double(histogram.percentileNs(p)), nearestRankPercentile(samples, p));
        QCOMPARE(histogram.maxNs(), qint64(999 * LatencyHistogram::kBucketNs * 3));
    }

    void histogramRoundsDownToItsBucket()
    {
        LatencyHistogram histogram;
        histogram.add(5 * ms + 7'000); // 5.007 ms: bucket [5.000, 5.010)
        QCOMPARE(histogram.percentileNs(50), 5 * ms);
        QCOMPARE(histogram.maxNs(), 5 * ms + 7'000);
        QCOMPARE(histogram.meanNs(), double(5 * ms + 7'000));
    }

    void histogramSmallAndEmpty()
    {
        LatencyHistogram histogram;
        QCOMPARE(histogram.count(), quint64(0));
        QCOMPARE(histogram.percentileNs(50), qint64(0));
        QCOMPARE(histogram.meanNs(), 0.0);
        QVERIFY(histogram.bins(100'000).empty());

        histogram.add(2 * ms);
        histogram.add(4 * ms);
        histogram.add(-1); // clock oddities count as zero rather than corrupting the buckets
        QCOMPARE(histogram.count(), quint64(3));
        QCOMPARE(histogram.percentileNs(50), 2 * ms);
        QCOMPARE(histogram.percentileNs(95), 4 * ms);
        QCOMPARE(histogram.percentileNs(1), qint64(0));

        histogram.clear();
        QCOMPARE(histogram.count(), quint64(0));
        QCOMPARE(histogram.percentileNs(99), qint64(0));
    }

    void histogramOverflowKeepsTheLongest()
    {
        LatencyHistogram histogram;
        histogram.add(1 * ms);
        histogram.add(LatencyHistogram::kRangeNs + 5 * ms);
        QCOMPARE(histogram.percentileNs(50), 1 * ms);
        QCOMPARE(histogram.percentileNs(99), LatencyHistogram::kRangeNs + 5 * ms);
        const std::vector<LatencyHistogram::Bin> bins = histogram.bins(100'000);
        QCOMPARE(bins.size(), std::size_t(2));
        QCOMPARE(bins.back().lowerNs, LatencyHistogram::kRangeNs + 5 * ms);
        QCOMPARE(bins.back().count, quint64(1));
    }

    void histogramBinsMergeBuckets()
    {
        LatencyHistogram histogram;
        for (qint64 latency : {qint64(1'000'000), qint64(1'020'000), qint64(1'099'999),
                               qint64(1'100'000), qint64(3'000'000)})
            histogram.add(latency);
        const std::vector<LatencyHistogram::Bin> bins = histogram.bins(100'000); // 0.1 ms
        QCOMPARE(bins.size(), std::size_t(3));
        QCOMPARE(bins[0].lowerNs, qint64(1'000'000));
        QCOMPARE(bins[0].count, quint64(3));
        QCOMPARE(bins[1].lowerNs, qint64(1'100'000));
        QCOMPARE(bins[1].count, quint64(1));
        QCOMPARE(bins[2].lowerNs, qint64(3'000'000));
    }

    void presentedAndDroppedFromFrameNumbers()
    {
        FramePresentationStats stats;
        stats.start(10); // frame 10 was on screen when counting began: not counted
        QCOMPARE(stats.startSequence(), quint64(10));
        stats.recordSwap(10, 0, 5 * ms);        // the same frame again: nothing new
        stats.recordSwap(11, 1 * ms, 6 * ms);   // presented, 5 ms
        stats.recordSwap(11, 1 * ms, 20 * ms);  // redrawn (say, a resize): not counted again
        stats.recordSwap(14, 10 * ms, 22 * ms); // 12 and 13 were replaced: dropped
        stats.recordSwap(15, 20 * ms, 23 * ms);
        stats.recordSwap(13, 0, 30 * ms); // an older number never counts
        QCOMPARE(stats.presented(), quint64(3));
        QCOMPARE(stats.dropped(), quint64(2));
        QCOMPARE(stats.lastPresentedSequence(), quint64(15));
        QCOMPARE(stats.latency().count(), quint64(3));
        QCOMPARE(stats.latency().percentileNs(50), 5 * ms);
        QCOMPARE(stats.latency().percentileNs(99), 12 * ms);
        QCOMPARE(stats.latency().maxNs(), 12 * ms);

        // Every frame that arrived after the start is either presented or dropped.
        const quint64 framesIn = 15 - stats.startSequence();
        QCOMPARE(stats.presented() + stats.dropped(), framesIn);

        stats.start(15);
        QCOMPARE(stats.presented(), quint64(0));
        QCOMPARE(stats.dropped(), quint64(0));
        QCOMPARE(stats.latency().count(), quint64(0));
    }

    void perFrameAverages()
    {
        QCOMPARE(perFrame(300.0, 100), 3.0);
        QCOMPARE(perFrame(3110400.0 * 7, 7), 3110400.0); // 1920x1080 NV12 bytes per frame
        QCOMPARE(perFrame(5.0, 0), 0.0);                 // nothing presented: no division
    }

    void counterSnapshotReadsCopiesAndBytes()
    {
        FrameCounters counters;
        counters.framesReceived = 12;
        counters.framesUploaded = 10;
        counters.bytesUploaded = 10 * 1382400; // 1280x720 NV12
        counters.cpuCopies = 20;
        counters.handOverCodeNs = 123;
        counters.renderCodeNs = 456;
        counters.textureCreations = 2;
        const CounterSnapshot begin = CounterSnapshot::of(counters);
        counters.framesUploaded += 5;
        counters.bytesUploaded += 5 * 1382400;
        counters.cpuCopies += 10;
        const CounterSnapshot end = CounterSnapshot::of(counters);

        QCOMPARE(begin.framesReceived, quint64(12));
        QCOMPARE(begin.handOverCodeNs, quint64(123));
        QCOMPARE(begin.renderCodeNs, quint64(456));
        QCOMPARE(begin.textureCreations, quint64(2));
        const quint64 uploaded = end.framesUploaded - begin.framesUploaded;
        QCOMPARE(perFrame(double(end.bytesUploaded - begin.bytesUploaded), uploaded),
                 1.5 * 1280 * 720);
        QCOMPARE(perFrame(double(end.cpuCopies - begin.cpuCopies), uploaded), 2.0);
    }

    // A frame drawn from the textures it arrived in uploads nothing, and still counts as a
    // drawn frame: the bytes per frame fall with each such frame.
    void framesFromTheGpuAreDrawnWithoutUpload()
    {
        FrameCounters counters;
        const CounterSnapshot begin = CounterSnapshot::of(counters);
        counters.framesUploaded += 2;
        counters.bytesUploaded += 2 * 1382400;
        counters.framesBorrowed += 6;
        const CounterSnapshot end = CounterSnapshot::of(counters);

        QCOMPARE(end.framesFromGpu - begin.framesFromGpu, quint64(6));
        const quint64 drawn = end.framesDrawn() - begin.framesDrawn();
        QCOMPARE(drawn, quint64(8));
        QCOMPARE(perFrame(double(end.bytesUploaded - begin.bytesUploaded), drawn), 0.25 * 1382400);
    }
};

QTEST_MAIN(TestFrameStats)
#include "tst_framestats.moc"
