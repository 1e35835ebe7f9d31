// The benchmark's videooutput-shadereffect path must key like Greenroom, or its figures compare
// unlike work: Qt's VideoOutput draws an RGB frame, the ShaderEffect (keyer_shadereffect.frag)
// keys it, and every flat block of the palette must match the CPU reference keyer, which is
// also the judge of Greenroom's own shader. Runs on each scene-graph backend.
#include "BenchScene.h"
#include "FrameWriter.h"
#include "GraphicsBackend.h"
#include "KeyerTestWindow.h"
#include "ReferenceFrames.h"

#include <QtGui/QGuiApplication>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtQuick/QSGRendererInterface>
#include <QtTest/QTest>

using namespace greenroom;
using namespace greenroom::test;

namespace {

constexpr int kBlock = 16;
const QSize kFrameSize(128, 96);

} // namespace

class TestBenchVideoOutputKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysLikeTheReference_data();
    void keysLikeTheReference();
};

void TestBenchVideoOutputKey::keysLikeTheReference_data()
{
    QTest::addColumn<double>("colorDifference");
    QTest::addColumn<double>("lightTolerance");
    // The default key (colour-difference matte on, shades of the key within the light
    // tolerance, used by the distance and by screen subtraction), the distance ramp alone and
    // the key's own shade only.
    QTest::newRow("default key") << 1.0 << 0.5;
    QTest::newRow("no colour difference") << 0.0 << 0.5;
    QTest::newRow("no light tolerance") << 1.0 << 0.0;
}

void TestBenchVideoOutputKey::keysLikeTheReference()
{
    QFETCH(double, colorDifference);
    QFETCH(double, lightTolerance);

    KeyParams params = paletteKeyParams();
    params.colorDifference = colorDifference;
    params.lightTolerance = lightTolerance;

    QQuickWindow window;
    window.setFlag(Qt::FramelessWindowHint);
    window.resize(kFrameSize);
    window.contentItem()->setSize(QSizeF(kFrameSize));
    QString error;
    const std::unique_ptr<BenchScene> scene =
        createBenchScene(BenchPath::VideoOutputShaderEffect, &window, params, &error);
    QVERIFY2(scene, qPrintable(error));
    QVERIFY2(showOnExpectedBackend(&window, &error), qPrintable(error));
    const QString backend = graphicsApiName(window.rendererInterface()->graphicsApi());

    // RGBX: VideoOutput's RGB shader passes the bytes through, so both keyers see the same
    // straight colours (translucent palette blocks become opaque, as the reference reads them).
    const QVideoFrame frame =
        encodeFrame(paletteImage(kFrameSize, kBlock), QVideoFrameFormat::Format_RGBX8888);
    QVERIFY(frame.isValid());
    const RgbaImage reference = referenceOutput(frame, params);
    scene->videoSink()->setVideoFrame(frame);

    // VideoOutput takes the frame on its own schedule: grab until the white block (opaque,
    // far from the key; palette entry 13, the sixth block of the second row) shows.
    const QPoint white(5 * kBlock + kBlock / 2, kBlock + kBlock / 2);
    window.setColor(Qt::black);
    QVERIFY(QTest::qWaitFor([&] { return qGray(window.grabWindow().pixel(white)) > 200; }, 5000));
    const RgbaImage actual = grabPremultiplied(&window, kFrameSize);

    // Block interiors only: the ShaderEffectSource may filter across block edges.
    const auto interior = [](int x, int y) {
        return x % kBlock >= 2 && x % kBlock < kBlock - 2 && y % kBlock >= 2 &&
               y % kBlock < kBlock - 2;
    };
    const ImageDifference difference = compareImages(actual, reference, interior);
    QVERIFY(difference.compared > 0);
    QVERIFY2(difference.maxColour <= 3.0f / 255.0f && difference.maxAlpha <= 3.0f / 255.0f,
             qPrintable(backend + QStringLiteral(": ") +
                        describeDifference(difference, actual, reference)));
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestBenchVideoOutputKey test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_benchvideooutputkey.moc"
