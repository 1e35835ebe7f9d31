// The studio window when its camera is unplugged mid-stream: the preview keeps the camera's
// last picture, dimmed, with a "signal lost" badge and the error in the status; when the same
// camera returns, the picture is bright again and frames flow. Uses the virtual camera plugin
// (tests/gstreamer) through Qt Multimedia's normal device discovery.
#include "FrameSource.h"
#include "KeyedVideoItem.h"
#include "PrivateConfigMain.h"
#include "SourceController.h"
#include "Studio.h"
#include "StudioWindow.h"
#include "VirtualCameras.h"

#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtQuickControls2/QQuickStyle>
#include <QtTest/QtTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(GreenroomPlugin)

namespace greenroom {

namespace {
constexpr int kTimeoutMs = 20000;
}

class LostCameraPreviewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cameras.setUp({test::VirtualCameras::standard()}, &error), qPrintable(error));
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void previewDimsWhileTheCameraIsGone()
    {
        const test::StudioWindow loaded =
            test::openStudioWindow({{QStringLiteral("startSource"), QStringLiteral("camera")}});
        QQuickWindow *window = loaded.window;
        QVERIFY(window);
        Studio *studio = loaded.studio;
        QVERIFY(studio);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        auto *picture = window->findChild<QQuickItem *>(QStringLiteral("previewPicture"));
        auto *badge = window->findChild<QQuickItem *>(QStringLiteral("sourceLostBadge"));
        QVERIFY(picture && badge);
        SourceController *sources = studio->sources();
        QTRY_VERIFY_WITH_TIMEOUT(sources->sourceKind() == SourceController::SourceKind::Camera &&
                                     sources->source() &&
                                     !studio->router()->preview()->frameSize().isEmpty(),
                                 kTimeoutMs);
        QCOMPARE(picture->opacity(), 1.0);
        QVERIFY(!badge->isVisible());
        const FrameSource *camera = sources->source();

        // Unplugged: the same source stays, stale; the picture stays, dimmed.
        QVERIFY(m_cameras.plug({}));
        QTRY_VERIFY_WITH_TIMEOUT(camera->isStale(), kTimeoutMs);
        QCOMPARE(sources->source(), camera);
        QTRY_VERIFY_WITH_TIMEOUT(picture->opacity() < 0.5, 2000);
        QVERIFY(badge->isVisible());
        QVERIFY(!studio->router()->preview()->frameSize().isEmpty());
        QVERIFY(!sources->errorString().isEmpty());
        // For a person to look at: GREENROOM_SCREENSHOT_DIR=folder keeps the window as shown.
        if (const QString dir = qEnvironmentVariable("GREENROOM_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grabWindow().save(dir + QStringLiteral("/camera-lost.png"));

        // Back: bright again, and new frames arrive.
        QVERIFY(m_cameras.plug({test::VirtualCameras::standard()}));
        QTRY_VERIFY_WITH_TIMEOUT(!camera->isStale(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(picture->opacity(), 1.0, 2000);
        QVERIFY(!badge->isVisible());
        QSignalSpy frames(studio->router()->videoSink(), &QVideoSink::videoFrameChanged);
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 3, kTimeoutMs);
    }

private:
    test::VirtualCameras m_cameras;
};

} // namespace greenroom

int main(int argc, char *argv[])
{
    return greenroom::test::runWithPrivateConfig<greenroom::LostCameraPreviewTest>(argc, argv);
}

#include "tst_lostcamerapreview.moc"
