// TestPatternSource: delivers frames of the configured kind into a sink, stops, follows a sink
// change, refuses formats it cannot write, and gives the same frame for the same index.
#include "FrameWriter.h"
#include "TestPatternScene.h"
#include "TestPatternSource.h"

#include <QtMultimedia/QVideoSink>
#include <QtTest/QtTest>

#include <cstring>
#include <memory>

using namespace greenroom;

namespace {

// Counts a sink's frames and remembers the last one.
struct FrameCounter {
    explicit FrameCounter(QVideoSink &sink)
    {
        QObject::connect(&sink, &QVideoSink::videoFrameChanged, &context,
                         [this](const QVideoFrame &frame) {
                             ++count;
                             last = frame;
                             if (frame.startTime() <= previousStart)
                                 timesIncreasing = false;
                             previousStart = frame.startTime();
                         });
    }
    QObject context;
    int count = 0;
    QVideoFrame last;
    qint64 previousStart = -1;
    bool timesIncreasing = true;
};

// The bytes of the image area of every plane (padding excluded).
QByteArray planeBytes(QVideoFrame frame)
{
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    QByteArray bytes;
    for (int p = 0; p < frame.planeCount(); ++p)
        bytes.append(reinterpret_cast<const char *>(frame.bits(p)), frame.mappedBytes(p));
    frame.unmap();
    return bytes;
}

std::unique_ptr<TestPatternSource> smallSource()
{
    auto source = std::make_unique<TestPatternSource>();
    source->setFrameSize(QSize(160, 90));
    source->setFrameRate(60);
    return source;
}

} // namespace

class tst_TestPatternSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        TestPatternSource source;
        QCOMPARE(source.displayName(), QStringLiteral("Test pattern"));
        QCOMPARE(source.frameSize(), QSize(1280, 720));
        QCOMPARE(source.frameRate(), 30.0);
        QCOMPARE(source.pixelFormat(), QVideoFrameFormat::Format_NV12);
        QCOMPARE(source.seed(), 1u);
        QCOMPARE(source.colorMatrix(), YCbCrMatrix::Bt709);
        QCOMPARE(source.colorRange(), YCbCrRange::Limited);
        QVERIFY(!source.isActive());
        QVERIFY(source.errorString().isEmpty());
        // The scene's 4 s loop at 30 fps, all of it within the cache budget at 720p NV12.
        QCOMPARE(source.loopFrameCount(), 120);
    }

    void deliversConfiguredFrames()
    {
        auto source = smallSource();
        source->setPixelFormat(QVideoFrameFormat::Format_YUYV);
        source->setColorMatrix(YCbCrMatrix::Bt601);
        source->setColorRange(YCbCrRange::Full);
        QVideoSink sink;
        FrameCounter counter(sink);
        source->setVideoSink(&sink);
        QCOMPARE(source->videoSink(), &sink);
        QSignalSpy activeSpy(source.get(), &FrameSource::activeChanged);

        source->start();
        QVERIFY(source->isActive());
        QCOMPARE(activeSpy.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(counter.count >= 6, 3000);

        const QVideoFrame frame = counter.last;
        QVERIFY(frame.isValid());
        QCOMPARE(frame.size(), QSize(160, 90));
        QCOMPARE(frame.pixelFormat(), QVideoFrameFormat::Format_YUYV);
        QCOMPARE(frame.surfaceFormat().colorSpace(), QVideoFrameFormat::ColorSpace_BT601);
        QCOMPARE(frame.surfaceFormat().colorRange(), QVideoFrameFormat::ColorRange_Full);
        // Start and end times in microseconds, one frame period apart at 60 fps.
        QVERIFY(frame.startTime() >= 0);
        QVERIFY(qAbs(frame.endTime() - frame.startTime() - 16667) <= 1);
        QVERIFY(counter.timesIncreasing);
    }

    void framePacingFollowsFrameRate()
    {
        auto source = smallSource();
        source->setFrameRate(20);
        QVideoSink sink;
        FrameCounter counter(sink);
        source->setVideoSink(&sink);
        source->start();
        QTest::qWait(500);
        // 20 fps for 0.5 s: about 11 frames (one at once); allow for a busy machine.
        QVERIFY2(counter.count >= 3 && counter.count <= 13,
                 qPrintable(QString::number(counter.count)));
    }

    void stopStopsDelivery()
    {
        auto source = smallSource();
        QVideoSink sink;
        FrameCounter counter(sink);
        source->setVideoSink(&sink);
        source->start();
        QTRY_VERIFY(counter.count >= 3);
        source->stop();
        QVERIFY(!source->isActive());
        const int stoppedAt = counter.count;
        QTest::qWait(200);
        QCOMPARE(counter.count, stoppedAt);

        source->start(); // and it can start again
        QTRY_VERIFY(counter.count > stoppedAt);
    }

    void switchingSinkWhileRunning()
    {
        auto source = smallSource();
        QVideoSink first, second;
        FrameCounter a(first), b(second);
        source->setVideoSink(&first);
        source->start();
        QTRY_VERIFY(a.count >= 3);

        source->setVideoSink(&second);
        const int firstAtSwitch = a.count;
        QTRY_VERIFY(b.count >= 3);
        QCOMPARE(a.count, firstAtSwitch);

        source->setVideoSink(nullptr); // detached: nothing goes anywhere, nothing breaks
        const int secondAtDetach = b.count;
        QTest::qWait(100);
        QCOMPARE(b.count, secondAtDetach);
        QVERIFY(source->isActive());
    }

    void sinkDestroyedWhileRunning()
    {
        auto source = smallSource();
        auto sink = std::make_unique<QVideoSink>();
        FrameCounter counter(*sink);
        source->setVideoSink(sink.get());
        source->start();
        QTRY_VERIFY(counter.count >= 2);
        sink.reset();
        QCOMPARE(source->videoSink(), nullptr);
        QTest::qWait(100); // would crash on a dangling sink
        QVERIFY(source->isActive());
    }

    void refusesUnwritableFormat()
    {
        auto source = smallSource();
        source->setPixelFormat(QVideoFrameFormat::Format_UYVY);
        QSignalSpy errorSpy(source.get(), &FrameSource::errorStringChanged);
        QSignalSpy formatSpy(source.get(), &TestPatternSource::pixelFormatChanged);

        source->setPixelFormat(QVideoFrameFormat::Format_AYUV);
        QCOMPARE(source->pixelFormat(), QVideoFrameFormat::Format_UYVY);
        QCOMPARE(formatSpy.count(), 0);
        QCOMPARE(errorSpy.count(), 1);
        QVERIFY(source->errorString().contains(QLatin1String("AYUV")));

        // A good format afterwards clears the complaint.
        source->setPixelFormat(QVideoFrameFormat::Format_NV21);
        QCOMPARE(source->pixelFormat(), QVideoFrameFormat::Format_NV21);
        QVERIFY(source->errorString().isEmpty());
        QCOMPARE(formatSpy.count(), 1);
    }

    void refusesBadFrameRateAndSize()
    {
        auto source = smallSource();
        source->setFrameRate(0);
        QCOMPARE(source->frameRate(), 60.0);
        QVERIFY(!source->errorString().isEmpty());
        source->setFrameSize(QSize(0, 10));
        QCOMPARE(source->frameSize(), QSize(160, 90));
    }

    void frameAtIsDeterministic()
    {
        auto a = smallSource();
        auto b = smallSource();
        const QByteArray a5 = planeBytes(a->frameAt(5));
        QVERIFY(!a5.isEmpty());
        QCOMPARE(planeBytes(b->frameAt(5)), a5);
        QVERIFY(planeBytes(a->frameAt(6)) != a5);
        // The loop wraps, and repeated requests are served from the cache.
        QCOMPARE(a->frameAt(5 + a->loopFrameCount()), a->frameAt(5));
        QCOMPARE(a->frameAt(-1), a->frameAt(a->loopFrameCount() - 1));

        // The frame is the scene at that point of the loop, encoded by FrameWriter.
        const double time = 5.0 * kTestPatternLoopSeconds / a->loopFrameCount();
        QCOMPARE(planeBytes(encodeFrame(renderCameraView(QSize(160, 90), time, 1),
                                        QVideoFrameFormat::Format_NV12)),
                 a5);
    }

    void settingsChangeDropsTheCache()
    {
        auto source = smallSource();
        const QByteArray before = planeBytes(source->frameAt(3));
        source->setSeed(2);
        const QByteArray reseeded = planeBytes(source->frameAt(3));
        QVERIFY(reseeded != before);
        source->setSeed(1);
        QCOMPARE(planeBytes(source->frameAt(3)), before);

        source->setFrameSize(QSize(96, 54));
        QCOMPARE(source->frameAt(3).size(), QSize(96, 54));
        source->setPixelFormat(QVideoFrameFormat::Format_BGRA8888);
        QCOMPARE(source->frameAt(3).pixelFormat(), QVideoFrameFormat::Format_BGRA8888);
        source->setColorMatrix(YCbCrMatrix::Bt2020);
        QCOMPARE(source->frameAt(3).surfaceFormat().colorSpace(),
                 QVideoFrameFormat::ColorSpace_BT2020);
    }

    // Large frames: the loop is cut to what fits the cache budget, never fewer than two frames.
    void cacheBudgetBoundsTheLoop()
    {
        TestPatternSource source;
        source.setFrameSize(QSize(3840, 2160));
        source.setPixelFormat(QVideoFrameFormat::Format_BGRA8888);
        const qsizetype frameBytes = qsizetype(3840) * 2160 * 4;
        QCOMPARE(source.loopFrameCount(), int(TestPatternSource::kCacheBudgetBytes / frameBytes));
        QVERIFY(source.loopFrameCount() >= 2);
        source.setFrameSize(QSize(64, 36));
        QCOMPARE(source.loopFrameCount(), 120);
    }

    // Steady state: once the loop is cached, delivering a frame encodes nothing new.
    void steadyStateServesCachedFrames()
    {
        auto source = smallSource();
        source->setFrameRate(60);
        QVideoSink sink;
        FrameCounter counter(sink);
        source->setVideoSink(&sink);
        QList<QVideoFrame> cached;
        for (int i = 0; i < source->loopFrameCount(); ++i)
            cached.append(source->frameAt(i));
        source->start();
        QTRY_VERIFY(counter.count >= 5);
        QVERIFY(cached.contains(counter.last)); // the very same frame object, not a new encode
    }

    void destroyedWhileActive()
    {
        QVideoSink sink;
        auto source = smallSource();
        source->setVideoSink(&sink);
        source->start();
        QTest::qWait(50);
        source.reset(); // stops its timer; nothing may fire afterwards
        QTest::qWait(50);
    }
};

QTEST_MAIN(tst_TestPatternSource)
#include "tst_testpatternsource.moc"
