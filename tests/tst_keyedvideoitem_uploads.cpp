// Upload accounting through the real scene graph: each new frame is uploaded exactly once with
// exactly its plane bytes; key parameter changes upload nothing (but do change the picture);
// a burst of frames keeps only the newest; frames are mapped where they arrive and unmapped
// when replaced; textures are re-created only on size/format change.
#include "FrameLayout.h"
#include "FrameWriter.h"
#include "KeyerTestWindow.h"
#include "ReferenceFrames.h"

#include <QtCore/QThread>
#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

// Bytes of the frame's planes the picture occupies: each plane's rows times its stride.
quint64 frameBytes(QVideoFrame frame)
{
    const FrameLayout layout = *describeFrame(frame.surfaceFormat()).layout;
    frame.map(QVideoFrame::ReadOnly);
    quint64 bytes = 0;
    for (int slot = 0; slot < layout.textureCount; ++slot)
        bytes += quint64(frame.bytesPerLine(layout.sample.framePlane[std::size_t(slot)])) *
                 quint64(layout.textures[std::size_t(slot)].size.height());
    frame.unmap();
    return bytes;
}

QVideoFrame solidFrame(QSize size, Rgba colour, PF format = PF::Format_NV12)
{
    return encodeFrame(RgbaImage(size.width(), size.height(), colour), format);
}

struct Snapshot {
    quint64 received, dropped, uploaded, planeUploads, bytes, creations;
    explicit Snapshot(const FrameCounters &c)
        : received(c.framesReceived), dropped(c.framesDropped), uploaded(c.framesUploaded),
          planeUploads(c.planeUploads), bytes(c.bytesUploaded), creations(c.textureCreations)
    {}
};

} // namespace

class TestKeyedVideoItemUploads : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::KeyerTestWindow> m_window;
    const FrameCounters &counters() const { return m_window->item()->counters(); }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<test::KeyerTestWindow>(QSize(64, 48));
        QString error;
        QVERIFY2(m_window->show(&error), qPrintable(error));
    }
    void cleanup() { m_window.reset(); }

    void eachFrameIsUploadedOnceWithItsOwnBytes_data()
    {
        QTest::addColumn<PF>("format");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("bytesPerPixel");
        QTest::newRow("NV12") << PF::Format_NV12 << QSize(64, 48) << 1.5;
        QTest::newRow("YUYV") << PF::Format_YUYV << QSize(64, 48) << 2.0;
        QTest::newRow("YUV420P") << PF::Format_YUV420P << QSize(64, 48) << 1.5;
        QTest::newRow("P010") << PF::Format_P010 << QSize(64, 48) << 3.0;
        QTest::newRow("BGRA8888") << PF::Format_BGRA8888 << QSize(64, 48) << 4.0;
        QTest::newRow("NV12 padded rows") << PF::Format_NV12 << QSize(70, 38) << 0.0;
    }
    void eachFrameIsUploadedOnceWithItsOwnBytes()
    {
        QFETCH(PF, format);
        QFETCH(QSize, size);
        QFETCH(double, bytesPerPixel);
        m_window->resize(size);
        constexpr int frames = 6;
        const Snapshot before(counters());
        quint64 expectedBytes = 0;
        for (int i = 0; i < frames; ++i) {
            const QVideoFrame frame = solidFrame(size, {0.1f * float(i), 0.5f, 0.3f, 1}, format);
            QVERIFY(frame.isValid());
            expectedBytes += frameBytes(frame);
            QVERIFY(m_window->presentAndWait(frame));
            // Rendering again without a new frame must not upload again.
            m_window->grab();
            m_window->grab();
        }
        const Snapshot after(counters());
        QCOMPARE(after.uploaded - before.uploaded, quint64(frames));
        QCOMPARE(after.bytes - before.bytes, expectedBytes);
        if (bytesPerPixel > 0) // unpadded: exactly the frame's own size, not its RGBA size
            QCOMPARE(double(after.bytes - before.bytes) / frames,
                     bytesPerPixel * size.width() * size.height());
        QCOMPARE(after.dropped - before.dropped, quint64(0));
    }

    void keyParameterChangesUploadNothing()
    {
        QVERIFY(
            m_window->presentAndWait(encodeFrame(test::paletteImage({64, 48}), PF::Format_NV12)));
        const Snapshot before(counters());
        const QImage first = m_window->grab();
        KeyParams p = m_window->item()->keyParams();
        for (double similarity : {0.1, 0.2, 0.3, 0.45}) {
            p.similarity = similarity;
            p.spill = similarity;
            m_window->item()->setKeyParams(p);
            m_window->grab();
        }
        const QImage last = m_window->grab();
        const Snapshot after(counters());
        QCOMPARE(after.uploaded, before.uploaded);
        QCOMPARE(after.planeUploads, before.planeUploads);
        QCOMPARE(after.bytes, before.bytes);
        QCOMPARE(after.creations, before.creations);
        QVERIFY2(first != last, "changing the key parameters did not change the picture");
    }

    void burstKeepsOnlyTheNewestFrame()
    {
        QVERIFY(m_window->presentAndWait(solidFrame({64, 48}, {0, 0, 0, 1})));
        const Snapshot before(counters());
        // Ten frames arrive before the GUI thread gets a chance to sync a render.
        constexpr int burst = 10;
        for (int i = 0; i < burst; ++i)
            m_window->item()->presentFrame(solidFrame({64, 48}, {float(i) / burst, 0.2f, 0.9f, 1}));
        const QImage shown = m_window->grab();
        const Snapshot after(counters());
        QCOMPARE(after.received - before.received, quint64(burst));
        QCOMPARE(after.uploaded - before.uploaded, quint64(1));
        QCOMPARE(after.dropped - before.dropped, quint64(burst - 1));
        // The picture is the last frame's colour (red 0.9 after 4:2:0 round trip).
        const QColor c = shown.pixelColor(32, 24);
        QVERIFY2(qAbs(c.redF() - 0.9) < 0.03, qPrintable(QStringLiteral("red %1").arg(c.redF())));
    }

    void framesFromAnotherThreadAreAllAccountedFor()
    {
        const QVideoFrame a = solidFrame({64, 48}, {0.9f, 0.1f, 0.1f, 1});
        const QVideoFrame b = solidFrame({64, 48}, {0.1f, 0.1f, 0.9f, 1});
        const Snapshot before(counters());
        constexpr int frames = 300;
        QVideoSink *sink = m_window->item()->videoSink();
        std::unique_ptr<QThread> producer(QThread::create([&] {
            for (int i = 0; i < frames; ++i) {
                sink->setVideoFrame(i % 2 ? b : a);
                QThread::usleep(200);
            }
        }));
        producer->start();
        while (!producer->isFinished()) {
            m_window->grab();
            QCoreApplication::processEvents();
        }
        producer->wait();
        m_window->grab();
        QTRY_VERIFY(counters().framesUploaded - before.uploaded + counters().framesDropped -
                        before.dropped ==
                    frames);
        QCOMPARE(counters().framesReceived - before.received, quint64(frames));
        QVERIFY(counters().framesUploaded - before.uploaded >= 1);
    }

    // Frames are mapped on the thread that delivers them, not while the GUI thread waits for
    // the render thread (mapping is where a hardware-decoded frame is copied into memory), and a
    // frame's mapping ends when a newer frame replaces it, drawn or not.
    void framesAreMappedWhereTheyArriveAndUnmappedWhenReplaced()
    {
        const QVideoFrame a = solidFrame({64, 48}, {0.9f, 0.1f, 0.1f, 1});
        const QVideoFrame b = solidFrame({64, 48}, {0.1f, 0.1f, 0.9f, 1});
        const QVideoFrame c = solidFrame({64, 48}, {0.1f, 0.9f, 0.1f, 1});
        QVideoSink *sink = m_window->item()->videoSink();
        bool aMappedOnArrival = false, aUnmappedWhenDropped = false, bMappedOnArrival = false;
        // QVideoFrame copies share one mapping, so the frames here show what the item did.
        std::unique_ptr<QThread> producer(QThread::create([&] {
            sink->setVideoFrame(a);
            aMappedOnArrival = a.isMapped();
            sink->setVideoFrame(b); // replaces a before any render: a is dropped
            aUnmappedWhenDropped = !a.isMapped();
            bMappedOnArrival = b.isMapped();
        }));
        producer->start();
        QVERIFY(producer->wait(10'000));
        QVERIFY2(aMappedOnArrival, "a frame was not mapped by the thread that delivered it");
        QVERIFY2(aUnmappedWhenDropped, "a dropped frame stayed mapped");
        QVERIFY(bMappedOnArrival);

        QCoreApplication::processEvents(); // the update the producer thread queued
        const QColor shownB = m_window->grab().pixelColor(32, 24);
        QVERIFY2(shownB.blueF() > 0.8, qPrintable(QStringLiteral("blue %1").arg(shownB.blueF())));
        QVERIFY(b.isMapped()); // the drawn frame's upload may still read it

        QVERIFY(m_window->presentAndWait(c));
        QVERIFY2(!b.isMapped(), "a drawn frame stayed mapped after a newer one replaced it");
        QVERIFY(c.isMapped());
    }

    void texturesAreRecreatedOnlyOnSizeOrFormatChange()
    {
        QVERIFY(m_window->presentAndWait(solidFrame({64, 48}, {0.5f, 0.5f, 0.5f, 1})));
        const quint64 initial = counters().textureCreations;
        QCOMPARE(initial, quint64(2)); // NV12: luma and chroma
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                m_window->presentAndWait(solidFrame({64, 48}, {0.1f * float(i), 0.5f, 0.5f, 1})));
        QCOMPARE(counters().textureCreations, initial);

        m_window->resize({32, 24});
        QVERIFY(m_window->presentAndWait(solidFrame({32, 24}, {0.5f, 0.5f, 0.5f, 1})));
        QCOMPARE(counters().textureCreations, initial + 2);

        QVERIFY(m_window->presentAndWait(
            solidFrame({32, 24}, {0.5f, 0.5f, 0.5f, 1}, PF::Format_RGBA8888)));
        QCOMPARE(counters().textureCreations, initial + 3); // RGBA8 replaces the luma texture
        QVERIFY(m_window->presentAndWait(
            solidFrame({32, 24}, {0.2f, 0.5f, 0.5f, 1}, PF::Format_RGBA8888)));
        QCOMPARE(counters().textureCreations, initial + 3);
    }
};

QTEST_MAIN(TestKeyedVideoItemUploads)
#include "tst_keyedvideoitem_uploads.moc"
