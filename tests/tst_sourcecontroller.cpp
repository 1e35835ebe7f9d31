// SourceController: switching sources destroys the old one, keeps exactly one alive, keeps
// frames flowing into the sink, and falls back to the test pattern when there is no camera.
#include "CameraSource.h"
#include "SourceController.h"
#include "TestPatternSource.h"

#include <QtMultimedia/QVideoSink>
#include <QtTest/QtTest>

using namespace greenroom;
using Kind = SourceController::SourceKind;

class tst_SourceController : public QObject {
    Q_OBJECT

private:
    QVideoSink *m_sink = nullptr;
    int m_frames = 0;

    // Lets every frame of the default 720p loop be made once at most; keeps the test quick.
    static void shrink(FrameSource *source)
    {
        if (auto *pattern = qobject_cast<TestPatternSource *>(source))
            pattern->setFrameSize(QSize(160, 90));
    }

private Q_SLOTS:
    void init()
    {
        m_sink = new QVideoSink(this);
        m_frames = 0;
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this] { ++m_frames; });
    }

    void cleanup()
    {
        delete m_sink;
        m_sink = nullptr;
    }

    void startsWithRunningTestPattern()
    {
        SourceController controller;
        QCOMPARE(controller.sourceKind(), Kind::TestPattern);
        QVERIFY(qobject_cast<TestPatternSource *>(controller.source()));
        QVERIFY(controller.isRunning());
        QVERIFY(controller.source()->isActive());
        QVERIFY(controller.errorString().isEmpty());

        shrink(controller.source());
        QSignalSpy sinkSpy(&controller, &SourceController::videoSinkChanged);
        controller.setVideoSink(m_sink);
        QCOMPARE(sinkSpy.count(), 1);
        QCOMPARE(controller.source()->videoSink(), m_sink);
        QTRY_VERIFY(m_frames >= 3);
    }

    void switchingDestroysTheOldSource()
    {
        if (CameraSource::anyCameraAvailable())
            QSKIP("a camera is attached: the fallback cannot be tested here");
        SourceController controller;
        controller.setVideoSink(m_sink);
        shrink(controller.source());
        QSignalSpy sourceSpy(&controller, &SourceController::sourceChanged);
        QSignalSpy kindSpy(&controller, &SourceController::sourceKindChanged);
        QSignalSpy errorSpy(&controller, &SourceController::errorStringChanged);

        QList<QPointer<FrameSource>> seen{controller.source()};
        for (int round = 0; round < 3; ++round) {
            for (Kind kind : {Kind::Camera, Kind::TestPattern}) {
                QPointer<FrameSource> previous = controller.source();
                controller.setSourceKind(kind);
                QCOMPARE(controller.sourceKind(), kind);
                QVERIFY2(previous.isNull(), "the previous source is still alive");
                QVERIFY(controller.source());
                shrink(controller.source());
                seen.append(controller.source());

                // No camera here: the test pattern stands in, and says why.
                QVERIFY(qobject_cast<TestPatternSource *>(controller.source()));
                if (kind == Kind::Camera)
                    QCOMPARE(controller.errorString(),
                             QStringLiteral("No camera found; showing the test pattern"));
                else
                    QVERIFY(controller.errorString().isEmpty());

                // Only the current source is alive, and frames keep coming from it.
                for (qsizetype i = 0; i + 1 < seen.size(); ++i)
                    QVERIFY(seen[i].isNull());
                QVERIFY(controller.source()->isActive());
                QCOMPARE(controller.source()->videoSink(), m_sink);
                const int before = m_frames;
                QTRY_VERIFY(m_frames >= before + 2);
            }
        }
        QCOMPARE(sourceSpy.count(), 6);
        QCOMPARE(kindSpy.count(), 6);
        QCOMPARE(errorSpy.count(), 6); // the fallback note appears and goes each time
    }

    void choosingTheCurrentKindKeepsTheSource()
    {
        SourceController controller;
        QPointer<FrameSource> source = controller.source();
        controller.setSourceKind(Kind::TestPattern);
        QCOMPARE(controller.source(), source.data());
    }

    void useDefaultSourcePicksTestPatternWithoutCamera()
    {
        if (CameraSource::anyCameraAvailable())
            QSKIP("a camera is attached");
        SourceController controller;
        controller.setSourceKind(Kind::Camera); // falls back
        controller.useDefaultSource();
        QCOMPARE(controller.sourceKind(), Kind::TestPattern);
        QVERIFY(qobject_cast<TestPatternSource *>(controller.source()));
        QVERIFY(controller.errorString().isEmpty());
    }

    void runningStartsAndStopsTheSource()
    {
        SourceController controller;
        shrink(controller.source());
        controller.setVideoSink(m_sink);
        QSignalSpy runningSpy(&controller, &SourceController::runningChanged);

        controller.setRunning(false);
        QCOMPARE(runningSpy.count(), 1);
        QVERIFY(!controller.source()->isActive());
        const int stoppedAt = m_frames;
        QTest::qWait(150);
        QCOMPARE(m_frames, stoppedAt);

        // A source chosen while stopped stays stopped.
        controller.setSourceKind(Kind::Camera);
        QVERIFY(!controller.source()->isActive());

        controller.setRunning(true);
        QVERIFY(controller.source()->isActive());
        shrink(controller.source());
        QTRY_VERIFY(m_frames > stoppedAt);
    }

    void sinkChangeReachesTheSource()
    {
        SourceController controller;
        shrink(controller.source());
        controller.setVideoSink(m_sink);
        QTRY_VERIFY(m_frames >= 2);

        QVideoSink other;
        int otherFrames = 0;
        connect(&other, &QVideoSink::videoFrameChanged, this, [&] { ++otherFrames; });
        controller.setVideoSink(&other);
        const int firstAtSwitch = m_frames;
        QTRY_VERIFY(otherFrames >= 2);
        QCOMPARE(m_frames, firstAtSwitch);
        controller.setVideoSink(nullptr);
        QCOMPARE(controller.source()->videoSink(), nullptr);
    }

    void cameraSourceWithoutCameraSaysSo()
    {
        if (CameraSource::anyCameraAvailable())
            QSKIP("a camera is attached");
        CameraSource camera;
        QVideoSink sink;
        camera.setVideoSink(&sink);
        QSignalSpy errorSpy(&camera, &FrameSource::errorStringChanged);
        camera.start();
        QVERIFY(!camera.isActive());
        QCOMPARE(errorSpy.count(), 1);
        QCOMPARE(camera.errorString(), QStringLiteral("No camera found"));
        camera.setCameraId("no-such-camera");
        QCOMPARE(camera.errorString(), QStringLiteral("Camera no-such-camera not found"));
        camera.stop();
    }

    // The source's own errors come through the controller.
    void forwardsSourceErrors()
    {
        SourceController controller;
        auto *pattern = qobject_cast<TestPatternSource *>(controller.source());
        QVERIFY(pattern);
        QSignalSpy errorSpy(&controller, &SourceController::errorStringChanged);
        pattern->setPixelFormat(QVideoFrameFormat::Format_AYUV);
        QCOMPARE(errorSpy.count(), 1);
        QCOMPARE(controller.errorString(), pattern->errorString());
        QVERIFY(!controller.errorString().isEmpty());
    }
};

QTEST_MAIN(tst_SourceController)
#include "tst_sourcecontroller.moc"
