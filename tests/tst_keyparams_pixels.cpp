// GPU pixel test of every key parameter: each parameter set is drawn by KeyedVideoItem on the
// backend under test, for a camera-like scene (soft edges, hair, spill, noise) and for the flat
// palette, in every family of pixel formats, and compared with the CPU reference keyer.
//
// Tolerance: 2/255 on premultiplied colour and on alpha, on EVERY pixel: block edges, the frame
// border and the neighbourhood operations included. Shrink/grow and feather read the same
// samples on both sides (whole-pixel offsets, clamped to the frame the same way), and the
// shader reads every texel at its centre, so no filtering precision enters the comparison.
//
// Planar and semi-planar frames are read with textureGather where the graphics API has it and
// texel by texel where it has not: CTest runs this test on both (an OpenGL 3.3 context for the
// texel reads) and GREENROOM_EXPECT_GATHER says which one each run must draw with.
#include "FrameLayout.h"
#include "FrameWriter.h"
#include "KeyerTestWindow.h"
#include "KeyShaderVariant.h"
#include "QtCompat.h"
#include "ReferenceFrames.h"
#include "TestPatternScene.h"

#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

constexpr float kTolerance = 2.0f / 255.0f;

// OddCamera: 4:2:0 of odd width (Qt cannot hold odd heights), where the last chroma column
// covers one luma column and the reads clamp at the frame's edge.
enum class Scene { Camera, Palette, OddCamera };

RgbaImage sceneImage(Scene scene)
{
    if (scene == Scene::Palette)
        return test::paletteImage({64, 48}, 8);
    if (scene == Scene::OddCamera)
        return renderCameraView(QSize(95, 64), 0.7, 11);
    return renderCameraView(QSize(96, 64), 0.7, 11);
}

QString sceneName(Scene scene)
{
    switch (scene) {
    case Scene::Palette:
        return QStringLiteral("palette");
    case Scene::OddCamera:
        return QStringLiteral("camera 95x64");
    case Scene::Camera:
        break;
    }
    return QStringLiteral("camera");
}

// Key colour and ramp that suit each scene: the camera scene's backdrop, the palette's key.
KeyParams baseParams(Scene scene)
{
    KeyParams p;
    if (scene == Scene::Palette)
        return test::paletteKeyParams();
    p.keyColor = QColor::fromRgbF(0.15f, 0.64f, 0.22f);
    p.similarity = 0.08;
    p.smoothness = 0.12;
    return p;
}

struct Variant {
    const char *name;
    std::function<void(KeyParams &)> apply;
};

QList<Variant> variants()
{
    using SM = KeyParams::SpillMethod;
    return {
        {"defaults", [](KeyParams &) {}},
        {"luma weight 1", [](KeyParams &p) { p.lumaWeight = 1.0; }},
        {"luma weight 0", [](KeyParams &p) { p.lumaWeight = 0.0; }},
        {"light tolerance 0", [](KeyParams &p) { p.lightTolerance = 0.0; }},
        {"light tolerance 1.5", [](KeyParams &p) { p.lightTolerance = 1.5; }},
        {"chroma guide 0", [](KeyParams &p) { p.chromaGuide = 0.0; }},
        {"colour difference off", [](KeyParams &p) { p.colorDifference = 0.0; }},
        {"colour difference floor 0.15",
         [](KeyParams &p) { p.colorDifference = 1.0, p.differenceFloor = 0.15; }},
        {"colour difference half, floor 0.5",
         [](KeyParams &p) { p.colorDifference = 0.5, p.differenceFloor = 0.5; }},
        {"screen matte", [](KeyParams &p) { p.screenMatte = 1.0; }},
        {"screen matte mean balance, gain 1.4",
         [](KeyParams &p) { p.screenMatte = 1.0, p.screenBalance = 0.0, p.screenGain = 1.4; }},
        {"screen matte half, balance 0.5, gain 0.8, no difference",
         [](KeyParams &p) {
             p.screenMatte = 0.5, p.screenBalance = 0.5, p.screenGain = 0.8;
             p.colorDifference = 0.0;
         }},
        {"chroma guide 0.5", [](KeyParams &p) { p.chromaGuide = 0.5; }},
        {"clip black white", [](KeyParams &p) { p.clipBlack = 0.2, p.clipWhite = 0.75; }},
        {"solid lift 0.15", [](KeyParams &p) { p.solidLift = 0.15; }},
        {"solid lift with clip and screen matte",
         [](KeyParams &p) { p.solidLift = 0.3, p.clipWhite = 0.9, p.screenMatte = 1.0; }},
        {"matte gamma 2.2", [](KeyParams &p) { p.matteGamma = 2.2; }},
        {"matte gamma 0.5", [](KeyParams &p) { p.matteGamma = 0.5; }},
        {"shrink 2", [](KeyParams &p) { p.edgeGrow = -2; }},
        {"grow 1", [](KeyParams &p) { p.edgeGrow = 1; }},
        {"feather 1.5", [](KeyParams &p) { p.feather = 1.5; }},
        {"feather 3", [](KeyParams &p) { p.feather = 3.0; }},
        {"shrink 1 feather 2", [](KeyParams &p) { p.edgeGrow = -1, p.feather = 2.0; }},
        {"grow 2 feather 0.5", [](KeyParams &p) { p.edgeGrow = 2, p.feather = 0.5; }},
        {"spill average half", [](KeyParams &p) { p.spill = 0.5, p.spillMethod = SM::Average; }},
        {"spill off", [](KeyParams &p) { p.spill = 0.0; }},
        {"spill tone",
         [](KeyParams &p) {
             p.spillTone = QColor::fromRgbF(1.0f, 0.8f, 0.6f);
             p.spillRestore = 1.0;
         }},
        {"screen subtraction 0", [](KeyParams &p) { p.screenSubtraction = 0.0; }},
        {"screen subtraction 0.5", [](KeyParams &p) { p.screenSubtraction = 0.5; }},
        {"garbage outer hard", [](KeyParams &p) { p.garbageOuter = QRectF(0.1, 0.13, 0.6, 0.7); }},
        {"garbage outer soft",
         [](KeyParams &p) {
             p.garbageOuter = QRectF(0.1, 0.13, 0.6, 0.7);
             p.garbageFeather = 0.1;
         }},
        {"garbage inner",
         [](KeyParams &p) {
             p.garbageInner = QRectF(0.31, 0.27, 0.33, 0.41);
             p.garbageFeather = 0.05;
         }},
        {"brightness contrast", [](KeyParams &p) { p.brightness = 0.1, p.contrast = 1.3; }},
        {"gamma saturation", [](KeyParams &p) { p.gamma = 1.8, p.saturation = 0.4; }},
        {"saturation opacity", [](KeyParams &p) { p.saturation = 1.6, p.opacity = 0.7; }},
        {"blue key",
         [](KeyParams &p) {
             p.keyColor = KeyParams::blueScreenColor();
             p.similarity = 0.15;
         }},
        {"blue key, screen matte",
         [](KeyParams &p) {
             p.keyColor = KeyParams::blueScreenColor();
             p.similarity = 0.15;
             p.screenMatte = 1.0, p.screenGain = 1.2;
         }},
    };
}

} // namespace

class TestKeyParamsPixels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::KeyerTestWindow> m_window;
    std::optional<bool> m_expectGather;

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<test::KeyerTestWindow>(QSize(96, 64));
        QString error;
        QVERIFY2(m_window->show(&error), qPrintable(error));
        qInfo("Scene graph backend: %s", qPrintable(m_window->backendName()));
        const QByteArray gather = qgetenv("GREENROOM_EXPECT_GATHER");
        if (!gather.isEmpty())
            m_expectGather = gather == "1";
        else
            qInfo("GREENROOM_EXPECT_GATHER is not set: the shader variant is not checked");
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyParameterMatchesTheReference_data()
    {
        QTest::addColumn<PF>("format");
        QTest::addColumn<int>("scene");
        QTest::addColumn<KeyParams>("params");
        QList<PF> formats = {PF::Format_NV12,    PF::Format_NV21, PF::Format_YUV420P,
                             PF::Format_YV12,    PF::Format_YUYV, PF::Format_UYVY,
                             PF::Format_P010,    PF::Format_Y8,   PF::Format_RGBA8888,
                             PF::Format_BGRX8888};
        if (compat::memoryFramesHoldYuv422P())
            formats.append(PF::Format_YUV422P);
        for (PF f : formats)
            for (Scene scene : {Scene::Camera, Scene::Palette, Scene::OddCamera}) {
                if (scene == Scene::OddCamera && f != PF::Format_NV12 && f != PF::Format_YUV420P)
                    continue;
                for (const Variant &v : variants()) {
                    KeyParams p = baseParams(scene);
                    v.apply(p);
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3")
                                                 .arg(QVideoFrameFormat::pixelFormatToString(f))
                                                 .arg(sceneName(scene))
                                                 .arg(QLatin1String(v.name))))
                        << f << int(scene) << p;
                }
            }
    }

    void everyParameterMatchesTheReference()
    {
        QFETCH(PF, format);
        QFETCH(int, scene);
        QFETCH(KeyParams, params);
        const QVideoFrame frame = encodeFrame(sceneImage(Scene(scene)), format);
        QVERIFY2(frame.isValid(), "the frame writer could not make the frame");
        m_window->item()->setKeyParams(params);
        m_window->resize(frame.size());
        QVERIFY(m_window->presentAndWait(frame));
        QCOMPARE(m_window->item()->frameError(), QString());
        if (m_expectGather) {
            const FrameLayoutResult layout = describeFrame(frame.surfaceFormat());
            QVERIFY(layout.layout);
            const KeyShaderVariant expected =
                chooseKeyShaderVariant(*layout.layout, makeKeyUniforms(params), *m_expectGather);
            QCOMPARE(m_window->item()->counters().shaderVariant.load(), expected.index());
        }
        const RgbaImage actual = m_window->grabPremultiplied();
        const RgbaImage expected = test::referenceOutput(frame, params);
        QCOMPARE(actual.width, frame.width());
        QCOMPARE(expected.width, frame.width());

        const test::ImageDifference d =
            test::compareImages(actual, expected, [](int, int) { return true; });
        QCOMPARE(d.compared, frame.width() * frame.height());
        QVERIFY2(d.maxColour <= kTolerance && d.maxAlpha <= kTolerance,
                 qPrintable(test::describeDifference(d, actual, expected)));
    }
};

QTEST_MAIN(TestKeyParamsPixels)
#include "tst_keyparams_pixels.moc"
