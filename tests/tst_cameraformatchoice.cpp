// CameraFormatChoice and CameraIdentity: which format a camera starts in by default, how
// formats are named and keyed for settings, and how a camera is found again by id and name.
#include "CameraFormatChoice.h"
#include "CameraIdentity.h"

#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

CameraFormatInfo fmt(PF pixelFormat, int width, int height, float fps)
{
    return {pixelFormat, QSize(width, height), fps};
}

} // namespace

class TestCameraFormatChoice : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void costOfFormats()
    {
        QCOMPARE(captureCost(PF::Format_NV12), CaptureCost::NativeYCbCr);
        QCOMPARE(captureCost(PF::Format_YUYV), CaptureCost::NativeYCbCr);
        QCOMPARE(captureCost(PF::Format_UYVY), CaptureCost::NativeYCbCr);
        QCOMPARE(captureCost(PF::Format_YUV420P), CaptureCost::NativeYCbCr);
        QCOMPARE(captureCost(PF::Format_BGRX8888), CaptureCost::Converted);
        QCOMPARE(captureCost(PF::Format_Jpeg), CaptureCost::Decoded);
        QCOMPARE(captureCost(PF::Format_Invalid), CaptureCost::Unusable);
    }

    void preference_data()
    {
        QTest::addColumn<QList<CameraFormatInfo>>("formats");
        QTest::addColumn<qsizetype>("expected");

        // A typical USB webcam: MJPEG reaches higher sizes and rates than its raw YUYV.
        QTest::newRow("webcam: YUYV over faster, larger MJPEG")
            << QList<CameraFormatInfo>{fmt(PF::Format_Jpeg, 1920, 1080, 30),
                                       fmt(PF::Format_Jpeg, 1280, 720, 60),
                                       fmt(PF::Format_YUYV, 640, 480, 30),
                                       fmt(PF::Format_YUYV, 1280, 720, 10)}
            << qsizetype(2);
        QTest::newRow("native: highest frame rate first")
            << QList<CameraFormatInfo>{fmt(PF::Format_NV12, 1280, 720, 30),
                                       fmt(PF::Format_YUYV, 640, 360, 60)}
            << qsizetype(1);
        QTest::newRow("RGB is never preferred over Y'CbCr")
            << QList<CameraFormatInfo>{fmt(PF::Format_BGRX8888, 1920, 1080, 60),
                                       fmt(PF::Format_NV12, 640, 360, 30)}
            << qsizetype(1);
        QTest::newRow("RGB over MJPEG")
            << QList<CameraFormatInfo>{fmt(PF::Format_Jpeg, 1920, 1080, 60),
                                       fmt(PF::Format_XRGB8888, 640, 360, 30)}
            << qsizetype(1);
        QTest::newRow("same rate: larger picture")
            << QList<CameraFormatInfo>{fmt(PF::Format_NV12, 640, 360, 30),
                                       fmt(PF::Format_NV12, 1920, 1080, 30),
                                       fmt(PF::Format_NV12, 1280, 720, 30)}
            << qsizetype(1);
        QTest::newRow("29.97 counts as 30")
            << QList<CameraFormatInfo>{fmt(PF::Format_NV12, 640, 360, 30),
                                       fmt(PF::Format_NV12, 1280, 720, 29.97f)}
            << qsizetype(1);
        QTest::newRow("same size and rate: NV12 before YUYV")
            << QList<CameraFormatInfo>{fmt(PF::Format_YUYV, 1280, 720, 30),
                                       fmt(PF::Format_NV12, 1280, 720, 30)}
            << qsizetype(1);
        QTest::newRow("invalid entries are skipped")
            << QList<CameraFormatInfo>{fmt(PF::Format_Invalid, 3840, 2160, 120),
                                       fmt(PF::Format_NV12, 0, 0, 60),
                                       fmt(PF::Format_Jpeg, 640, 480, 15)}
            << qsizetype(2);
        QTest::newRow("empty") << QList<CameraFormatInfo>{} << qsizetype(-1);
        QTest::newRow("nothing usable")
            << QList<CameraFormatInfo>{fmt(PF::Format_Invalid, 640, 480, 30)} << qsizetype(-1);
    }

    void preference()
    {
        QFETCH(QList<CameraFormatInfo>, formats);
        QFETCH(qsizetype, expected);
        QCOMPARE(preferredFormatIndex(formats), expected);
    }

    void namesAndKeys()
    {
        QCOMPARE(describeFormat(fmt(PF::Format_NV12, 1280, 720, 30)),
                 QStringLiteral("1280×720 · 30 fps · NV12"));
        QCOMPARE(describeFormat(fmt(PF::Format_Jpeg, 1920, 1080, 29.97f)),
                 QStringLiteral("1920×1080 · 29.97 fps · MJPEG"));
        QCOMPARE(pixelFormatName(PF::Format_YUYV), QStringLiteral("YUYV"));
        QCOMPARE(pixelFormatName(PF::Format_YUV420P), QStringLiteral("I420"));
        QCOMPARE(formatKey(fmt(PF::Format_YUYV, 640, 360, 60)), QStringLiteral("YUYV 640x360 60"));
        QCOMPARE(formatKey(fmt(PF::Format_Invalid, 640, 360, 60)), QString());

        const QList<CameraFormatInfo> formats{fmt(PF::Format_NV12, 1280, 720, 30),
                                              fmt(PF::Format_YUYV, 640, 360, 60)};
        QCOMPARE(indexOfFormatKey(formats, QStringLiteral("YUYV 640x360 60")), 1);
        QCOMPARE(indexOfFormatKey(formats, QStringLiteral("YUYV 640x360 30")), -1);
        QCOMPARE(indexOfFormatKey(formats, QString()), -1);
    }

    void findsCamerasAgain()
    {
        const QList<CameraIdentity> cameras{{QStringLiteral("0"), QStringLiteral("Desk Cam")},
                                            {QStringLiteral("1"), QStringLiteral("Studio Cam")},
                                            {QStringLiteral("2"), QStringLiteral("Studio Cam")}};
        // Same id and name.
        QCOMPARE(findCamera(cameras, {QStringLiteral("2"), QStringLiteral("Studio Cam")}), 2);
        // Re-plugged under a new id (Qt's GStreamer backend numbers devices): found by name.
        QCOMPARE(findCamera(cameras, {QStringLiteral("7"), QStringLiteral("Desk Cam")}), 0);
        // An old id that now names another camera does not count.
        QCOMPARE(findCamera(cameras, {QStringLiteral("0"), QStringLiteral("Gone Cam")}), -1);
        // Only an id known (a camera chosen by id before the list was read).
        QCOMPARE(findCamera(cameras, {QStringLiteral("1"), QString()}), 1);
        QCOMPARE(findCamera(cameras, {}), -1);
    }
};

QTEST_APPLESS_MAIN(TestCameraFormatChoice)
#include "tst_cameraformatchoice.moc"
