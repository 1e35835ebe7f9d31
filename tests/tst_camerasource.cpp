// CameraSource end to end without a physical camera: the virtual camera plugin
// (tests/gstreamer) is found by Qt Multimedia's own device discovery, and its pictures go
// through QCamera + QMediaCaptureSession into a KeyedVideoItem in a real window. Covers the
// device and format lists, the default format, keyed pictures on screen, a format change,
// unplugging and re-plugging mid-stream, a camera that fails to start, hot-plug of a new
// camera, and remembering the choice across controllers (restarts).
#include "CameraDirectory.h"
#include "CameraSource.h"
#include "KeyerTestWindow.h"
#include "SourceController.h"
#include "VirtualCameras.h"

#include <QtCore/QTemporaryDir>
#include <QtMultimedia/QMediaDevices>
#include <QtTest/QtTest>

using namespace greenroom;
using State = CameraSource::State;

namespace {

constexpr int kStartMs = 10000; // generous: software rendering on a loaded CI machine

const test::VirtualCamera kBusyCamera{QStringLiteral("vcam-busy"),
                                      QStringLiteral("Greenroom Busy Camera"), true};
const test::VirtualCamera kSecondCamera{QStringLiteral("vcam-b"),
                                        QStringLiteral("Greenroom Second Camera"), false};

// How many entries Qt itself lists under that name (Qt 6.4 repeats cameras; see CameraDirectory).
qsizetype qtEntries(const QString &name)
{
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    return std::count_if(devices.begin(), devices.end(),
                         [&](const QCameraDevice &device) { return device.description() == name; });
}

int indexOfFormat(const QVariantList &formats, const QString &pixelFormat, QSize size)
{
    for (int i = 0; i < formats.size(); ++i) {
        const QVariantMap format = formats[i].toMap();
        if (format.value(QStringLiteral("pixelFormat")).toString() == pixelFormat &&
            format.value(QStringLiteral("width")).toInt() == size.width() &&
            format.value(QStringLiteral("height")).toInt() == size.height())
            return i;
    }
    return -1;
}

struct Coverage {
    double transparent = 0; // share of pixels keyed out
    double opaque = 0;      // share of pixels kept
};

Coverage coverage(const RgbaImage &image)
{
    Coverage result;
    for (const Rgba &pixel : image.pixels) {
        if (pixel[3] < 0.1f)
            result.transparent += 1;
        else if (pixel[3] > 0.9f)
            result.opaque += 1;
    }
    result.transparent /= double(image.pixels.size());
    result.opaque /= double(image.pixels.size());
    return result;
}

} // namespace

class TestCameraSource : public QObject {
    Q_OBJECT

private:
    test::VirtualCameras m_cameras;
    std::unique_ptr<CameraDirectory> m_directory; // sees every plug and unplug of the test
    std::unique_ptr<test::KeyerTestWindow> m_window;

    QCameraDevice findCamera(const QString &name) const
    {
        return m_directory->find({QString(), name});
    }

    quint64 uploads() const { return m_window->item()->counters().framesUploaded.load(); }

    // Waits until at least `count` more frames were uploaded, rendering meanwhile.
    bool waitForUploads(quint64 count, int timeoutMs = kStartMs)
    {
        const quint64 target = uploads() + count;
        return QTest::qWaitFor(
            [&] {
                m_window->window()->requestUpdate();
                return uploads() >= target;
            },
            timeoutMs);
    }

    // Plugs in exactly `cameras` and waits until Qt lists them.
    bool plug(const QList<test::VirtualCamera> &cameras)
    {
        if (!m_cameras.plug(cameras))
            return false;
        const bool ok = QTest::qWaitFor(
            [&] {
                const QList<QCameraDevice> devices = m_directory->cameras();
                if (devices.size() != cameras.size())
                    return false;
                return std::all_of(cameras.begin(), cameras.end(), [&](const auto &camera) {
                    return !findCamera(camera.name).isNull();
                });
            },
            5000);
        if (!ok) {
            const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
            for (const QCameraDevice &device : devices)
                qWarning("Qt lists: %s (id %s)", qPrintable(device.description()),
                         device.id().constData());
        }
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cameras.setUp({test::VirtualCameras::standard()}, &error), qPrintable(error));
        m_directory = std::make_unique<CameraDirectory>();
        m_window = std::make_unique<test::KeyerTestWindow>(QSize(320, 180), QSize(320, 180));
        QVERIFY2(m_window->show(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_directory.reset();
    }

    void init() { QVERIFY(plug({test::VirtualCameras::standard()})); }

    void listsTheVirtualCameraAndItsFormats()
    {
        const QCameraDevice device = findCamera(test::VirtualCameras::standard().name);
        QVERIFY2(!device.isNull(), "Qt Multimedia does not list the virtual camera");
        const QList<QCameraFormat> formats = device.videoFormats();
        QCOMPARE(formats.size(), 5);
        QCOMPARE(formats[0].pixelFormat(), QVideoFrameFormat::Format_NV12);
        QCOMPARE(formats[0].resolution(), QSize(1280, 720));
        QCOMPARE(formats[0].maxFrameRate(), 30.0f);
        QCOMPARE(formats[3].pixelFormat(), QVideoFrameFormat::Format_YUYV);
        QCOMPARE(formats[3].maxFrameRate(), 60.0f);
        QCOMPARE(formats[4].pixelFormat(), QVideoFrameFormat::Format_BGRX8888);
        QCOMPARE(formats[4].resolution(), QSize(1920, 1080));

        CameraSource camera(m_directory.get());
        QCOMPARE(camera.displayName(), device.description());
        // Each camera once, though Qt 6.4 lists a camera found at start-up twice.
        qInfo("Qt lists the camera %lld time(s)", qlonglong(qtEntries(device.description())));
        const QVariantList cameras = camera.cameras();
        QCOMPARE(cameras.size(), 1);
        QCOMPARE(cameras[0].toMap().value(QStringLiteral("id")).toString(),
                 QString::fromUtf8(device.id()));
        QCOMPARE(cameras[0].toMap().value(QStringLiteral("name")).toString(), device.description());
        QVERIFY(cameras[0].toMap().value(QStringLiteral("isDefault")).toBool());
        const QVariantList list = camera.formats();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list[0].toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("1280×720 · 30 fps · NV12"));
        QVERIFY(!list[4].toMap().value(QStringLiteral("native")).toBool());
        // Native Y'CbCr at the highest rate, not the larger, equally fast RGB format.
        QCOMPARE(camera.formatIndex(), -1);
        QCOMPARE(camera.activeFormatIndex(), 3);
        QVERIFY(list[3].toMap().value(QStringLiteral("preferred")).toBool());
    }

    void keyedPicturesReachTheScreen()
    {
        CameraSource camera(m_directory.get());
        camera.setVideoSink(m_window->item()->videoSink());
        camera.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), State::Running, kStartMs);
        QVERIFY(camera.isActive());
        QVERIFY(camera.errorString().isEmpty());
        QVERIFY(waitForUploads(10));
        KeyedVideoItem *item = m_window->item();
        QCOMPARE(item->frameSize(), QSize(640, 360));
        QCOMPARE(item->pixelFormatName(), QStringLiteral("YUYV"));
        QCOMPARE(item->frameError(), QString());

        // The green backdrop is keyed out, the person stays.
        const Coverage seen = coverage(m_window->grabPremultiplied());
        qInfo("keyed out %.0f%%, kept %.0f%%", seen.transparent * 100, seen.opaque * 100);
        QVERIFY2(seen.transparent > 0.55, "the green backdrop was not keyed out");
        QVERIFY2(seen.opaque > 0.12, "the person was keyed out too");

        camera.stop();
        QCOMPARE(camera.state(), State::Stopped);
        QVERIFY(!camera.isActive());
    }

    void formatChangeTakesEffect()
    {
        CameraSource camera(m_directory.get());
        camera.setVideoSink(m_window->item()->videoSink());
        camera.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), State::Running, kStartMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->item()->frameSize(), QSize(640, 360), kStartMs);

        const int nv12 = indexOfFormat(camera.formats(), QStringLiteral("NV12"), {1280, 720});
        QVERIFY(nv12 >= 0);
        QSignalSpy formatSpy(&camera, &CameraSource::formatChanged);
        camera.setFormatIndex(nv12);
        QCOMPARE(formatSpy.count(), 1);
        QCOMPARE(camera.formatIndex(), nv12);
        QCOMPARE(camera.activeFormatIndex(), nv12);
        QCOMPARE(camera.formatKey(), QStringLiteral("NV12 1280x720 30"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->item()->frameSize(), QSize(1280, 720), kStartMs);
        QCOMPARE(m_window->item()->pixelFormatName(), QStringLiteral("NV12"));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), State::Running, kStartMs);
        QVERIFY(waitForUploads(5));

        // Back to the preferred format.
        camera.setFormatIndex(-1);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->item()->frameSize(), QSize(640, 360), kStartMs);

        // A format the camera does not have is refused and named.
        camera.setFormatIndex(17);
        QVERIFY(camera.errorString().contains(QLatin1String("no format number 17")));
        QCOMPARE(camera.activeFormatIndex(), 3);
    }

    void unpluggedCameraIsLostThenResumes()
    {
        CameraSource camera(m_directory.get());
        camera.setStartTimeoutMs(kStartMs);
        camera.setVideoSink(m_window->item()->videoSink());
        const QString name = test::VirtualCameras::standard().name;
        camera.setCameraId(QString::fromUtf8(findCamera(name).id()));
        // A format other than the preferred one, to see that it survives the loss.
        const int chosen = indexOfFormat(camera.formats(), QStringLiteral("YUYV"), {1280, 720});
        camera.setFormatIndex(chosen);
        camera.start();
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), State::Running, kStartMs);
        QVERIFY(waitForUploads(5));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->item()->frameSize(), QSize(1280, 720), kStartMs);
        const QString oldId = camera.cameraId();

        QSignalSpy staleSpy(&camera, &FrameSource::staleChanged);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(".*was disconnected.*")));
        QVERIFY(m_cameras.plug({}));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), State::DeviceLost, 5000);
        QVERIFY(camera.isStale());
        QCOMPARE(staleSpy.count(), 1);
        QVERIFY(!camera.isActive());
        QVERIFY2(camera.errorString().contains(name), qPrintable(camera.errorString()));
        QVERIFY2(camera.errorString().contains(QLatin1String("disconnected")),
                 qPrintable(camera.errorString()));

        // The last picture stays on screen (to be shown dimmed), and nothing new arrives.
        QTest::qWait(300);
        const quint64 frozenAt = uploads();
        QTest::qWait(500);
        m_window->window()->grabWindow();
        QCOMPARE(uploads(), frozenAt);
        QCOMPARE(m_window->item()->frameSize(), QSize(1280, 720));
        QCOMPARE(m_window->item()->frameError(), QString());
        QVERIFY(coverage(m_window->grabPremultiplied()).opaque > 0.1);

        // Plugged back in: it resumes by itself, in the same format, and follows the new id.
        QVERIFY(m_cameras.plug({test::VirtualCameras::standard()}));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), State::Running, kStartMs);
        QVERIFY(!camera.isStale());
        QVERIFY(camera.isActive());
        QCOMPARE(camera.errorString(), QString());
        QCOMPARE(camera.formatIndex(), chosen);
        QVERIFY(waitForUploads(5));
        QCOMPARE(m_window->item()->frameSize(), QSize(1280, 720));
        QCOMPARE(m_window->item()->pixelFormatName(), QStringLiteral("YUYV"));
        QCOMPARE(camera.cameraId(), QString::fromUtf8(findCamera(name).id()));
        qInfo("camera id before unplugging: %s, after: %s", qPrintable(oldId),
              qPrintable(camera.cameraId()));
    }

    void cameraThatFailsToStartSaysSo()
    {
        QVERIFY(plug({test::VirtualCameras::standard(), kBusyCamera}));
        CameraSource camera(m_directory.get());
        camera.setVideoSink(m_window->item()->videoSink());
        camera.setStartTimeoutMs(1500);
        camera.setCameraId(QString::fromUtf8(findCamera(kBusyCamera.name).id()));
        QCOMPARE(camera.displayName(), kBusyCamera.name);
        QSignalSpy errorSpy(&camera, &FrameSource::errorStringChanged);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(".*sent no picture.*")));
        camera.start();
        QCOMPARE(camera.state(), State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), State::Failed, 8000);
        QVERIFY(!camera.isActive());
        QVERIFY2(camera.errorString().contains(kBusyCamera.name), qPrintable(camera.errorString()));
        QVERIFY2(camera.errorString().contains(QLatin1String("in use by another program")),
                 qPrintable(camera.errorString()));
        QCOMPARE(errorSpy.count(), 1);

        // Choosing a working camera recovers.
        camera.setCameraId(
            QString::fromUtf8(findCamera(test::VirtualCameras::standard().name).id()));
        QTRY_COMPARE_WITH_TIMEOUT(camera.state(), State::Running, kStartMs);
        QCOMPARE(camera.errorString(), QString());
    }

    void newCameraAppears()
    {
        CameraSource camera(m_directory.get());
        QSignalSpy listSpy(&camera, &CameraSource::camerasChanged);
        const qsizetype before = camera.cameras().size();
        QVERIFY(m_cameras.plug({test::VirtualCameras::standard(), kSecondCamera}));
        QTRY_VERIFY_WITH_TIMEOUT(listSpy.count() >= 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(camera.cameras().size(), before + 1, 5000);
        const QVariantList cameras = camera.cameras();
        QVERIFY(std::any_of(cameras.begin(), cameras.end(), [](const QVariant &entry) {
            return entry.toMap().value(QStringLiteral("name")).toString() == kSecondCamera.name;
        }));
    }

    // The chosen camera and format come back in a new controller (as after a restart), by id.
    void choiceIsRemembered()
    {
        QVERIFY(plug({test::VirtualCameras::standard(), kSecondCamera}));
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("greenroom.ini"));
        const QString secondId = QString::fromUtf8(findCamera(kSecondCamera.name).id());
        {
            SourceController controller;
            controller.setCameraSettingsFile(settingsFile);
            controller.setVideoSink(m_window->item()->videoSink());
            controller.setSourceKind(SourceController::SourceKind::Camera);
            auto *camera = qobject_cast<CameraSource *>(controller.source());
            QVERIFY(camera);
            camera->setCameraId(secondId);
            camera->setFormatIndex(
                indexOfFormat(camera->formats(), QStringLiteral("NV12"), {1280, 720}));
            QTRY_COMPARE_WITH_TIMEOUT(m_window->item()->frameSize(), QSize(1280, 720), kStartMs);
        }
        SourceController controller;
        controller.setCameraSettingsFile(settingsFile);
        controller.setVideoSink(m_window->item()->videoSink());
        controller.setSourceKind(SourceController::SourceKind::Camera);
        auto *camera = qobject_cast<CameraSource *>(controller.source());
        QVERIFY(camera);
        QCOMPARE(camera->cameraId(), secondId);
        QCOMPARE(camera->displayName(), kSecondCamera.name);
        QCOMPARE(camera->formatKey(), QStringLiteral("NV12 1280x720 30"));
        QTRY_COMPARE_WITH_TIMEOUT(camera->state(), State::Running, kStartMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->item()->frameSize(), QSize(1280, 720), kStartMs);
    }
};

QTEST_MAIN(TestCameraSource)
#include "tst_camerasource.moc"
