// The clean plate on the GPU, through KeyedVideoItem on the backend under test: every key
// parameter that the plate feeds (the distance ramp, the colour-difference and screen mattes,
// screen subtraction) and those that read neighbours (the ring's taps against the centre's
// screen colour), in every family of pixel formats, against the CPU reference keyer with the same
// plate, on every pixel, within 2/255 as tst_keyparams_pixels. Also: the plate is uploaded once
// (not per frame, not per key change), a plate of another frame size is ignored, and a key
// without a plate draws with the variant it always did.
#include "CleanPlateScenes.h"
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

// Camera: the test pattern's figure over its own screen, keyed against the unevenly lit
// screen's plate (a plate that disagrees with the picture: every part of the ramps is hit).
// Uneven: the uneven screen with a subject, against its own plate. Odd: 4:2:0 of odd width.
enum class Scene { Camera, Uneven, OddCamera };

QSize sceneSize(Scene scene)
{
    return scene == Scene::OddCamera ? QSize(95, 64) : QSize(96, 64);
}

RgbaImage sceneImage(Scene scene)
{
    if (scene == Scene::Uneven)
        return test::unevenScene(sceneSize(scene), 3, 0.01f);
    return renderCameraView(sceneSize(scene), 0.7, 11);
}

// The plate of four noisy frames of the empty uneven screen, read as `format`.
CleanPlate scenePlate(QSize size, PF format)
{
    QList<QVideoFrame> frames;
    for (quint32 seed = 10; seed < 14; ++seed)
        frames.append(encodeFrame(test::unevenScreen(size, seed, 0.01f), format));
    return test::buildPlate(frames);
}

QString sceneName(Scene scene)
{
    switch (scene) {
    case Scene::Uneven:
        return QStringLiteral("uneven");
    case Scene::OddCamera:
        return QStringLiteral("camera 95x64");
    case Scene::Camera:
        break;
    }
    return QStringLiteral("camera");
}

KeyParams baseParams()
{
    KeyParams p;
    p.keyColor = QColor::fromRgbF(0.15f, 0.64f, 0.22f);
    p.similarity = 0.05;
    p.smoothness = 0.10;
    p.lightTolerance = 0.2;
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
        {"tight", [](KeyParams &p) { p.similarity = 0.02, p.smoothness = 0.04; }},
        {"luma weight 1", [](KeyParams &p) { p.lumaWeight = 1.0; }},
        {"light tolerance 0", [](KeyParams &p) { p.lightTolerance = 0.0; }},
        {"chroma guide 0", [](KeyParams &p) { p.chromaGuide = 0.0; }},
        {"colour difference off", [](KeyParams &p) { p.colorDifference = 0.0; }},
        {"colour difference half, floor 0.3",
         [](KeyParams &p) { p.colorDifference = 0.5, p.differenceFloor = 0.3; }},
        {"screen matte", [](KeyParams &p) { p.screenMatte = 1.0; }},
        {"screen matte mean balance, gain 1.4",
         [](KeyParams &p) { p.screenMatte = 1.0, p.screenBalance = 0.0, p.screenGain = 1.4; }},
        {"solid lift with clip", [](KeyParams &p) { p.solidLift = 0.2, p.clipWhite = 0.9; }},
        {"matte gamma 2.2", [](KeyParams &p) { p.matteGamma = 2.2; }},
        {"shrink 2", [](KeyParams &p) { p.edgeGrow = -2; }},
        {"feather 1.5", [](KeyParams &p) { p.feather = 1.5; }},
        {"grow 2 feather 0.5, screen matte",
         [](KeyParams &p) { p.edgeGrow = 2, p.feather = 0.5, p.screenMatte = 1.0; }},
        {"screen subtraction 0.5", [](KeyParams &p) { p.screenSubtraction = 0.5; }},
        {"spill average, tone",
         [](KeyParams &p) {
             p.spillMethod = SM::Average;
             p.spillTone = QColor::fromRgbF(1.0f, 0.8f, 0.6f);
             p.spillRestore = 1.0;
         }},
        {"garbage soft", [](KeyParams &p) { p.garbageOuter = QRectF(0.1, 0.13, 0.6, 0.7); }},
        {"brightness saturation", [](KeyParams &p) { p.brightness = 0.1, p.saturation = 0.5; }},
        {"blue key, screen matte",
         [](KeyParams &p) {
             p.keyColor = KeyParams::blueScreenColor();
             p.screenMatte = 1.0;
         }},
    };
}

} // namespace

class TestCleanPlatePixels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::KeyerTestWindow> m_window;
    std::optional<bool> m_expectGather;

    KeyShaderVariant expectedVariant(const QVideoFrame &frame, const KeyParams &params,
                                     bool plate) const
    {
        const FrameLayoutResult layout = describeFrame(frame.surfaceFormat());
        return chooseKeyShaderVariant(*layout.layout, makeKeyUniforms(params),
                                      m_expectGather.value_or(true), plate);
    }
    int drawnVariant() const { return m_window->item()->counters().shaderVariant.load(); }

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
    }

    void cleanupTestCase() { m_window.reset(); }
    void cleanup() { m_window->item()->setCleanPlate({}); }

    void everyParameterMatchesTheReferenceWithAPlate_data()
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
            for (Scene scene : {Scene::Camera, Scene::Uneven, Scene::OddCamera}) {
                if (scene == Scene::OddCamera && f != PF::Format_NV12 && f != PF::Format_YUV420P)
                    continue;
                for (const Variant &v : variants()) {
                    KeyParams p = baseParams();
                    v.apply(p);
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3")
                                                 .arg(QVideoFrameFormat::pixelFormatToString(f))
                                                 .arg(sceneName(scene))
                                                 .arg(QLatin1String(v.name))))
                        << f << int(scene) << p;
                }
            }
    }

    void everyParameterMatchesTheReferenceWithAPlate()
    {
        QFETCH(PF, format);
        QFETCH(int, scene);
        QFETCH(KeyParams, params);
        const QVideoFrame frame = encodeFrame(sceneImage(Scene(scene)), format);
        QVERIFY2(frame.isValid(), "the frame writer could not make the frame");
        const CleanPlate plate = scenePlate(frame.size(), format);
        QVERIFY(plate.fits(frame.size()));
        m_window->item()->setKeyParams(params);
        m_window->item()->setCleanPlate(plate);
        m_window->resize(frame.size());
        QVERIFY(m_window->presentAndWait(frame));
        QCOMPARE(m_window->item()->frameError(), QString());
        QTRY_VERIFY(m_window->item()->cleanPlateInUse()); // frame size: a queued report
        const RgbaImage actual = m_window->grabPremultiplied();
        QCOMPARE(drawnVariant(), expectedVariant(frame, params, true).index());
        const RgbaImage expected = test::referenceOutputWithPlate(frame, params, plate);
        QCOMPARE(expected.width, frame.width());

        const test::ImageDifference d =
            test::compareImages(actual, expected, [](int, int) { return true; });
        QCOMPARE(d.compared, frame.width() * frame.height());
        QVERIFY2(d.maxColour <= kTolerance && d.maxAlpha <= kTolerance,
                 qPrintable(test::describeDifference(d, actual, expected)));
    }

    // The plate keys the uneven screen: the picture differs from the one without it.
    void thePlateChangesThePicture()
    {
        const QVideoFrame frame = encodeFrame(sceneImage(Scene::Uneven), PF::Format_NV12);
        KeyParams p = baseParams();
        p.similarity = 0.02, p.smoothness = 0.04;
        m_window->item()->setKeyParams(p);
        m_window->resize(frame.size());
        QVERIFY(m_window->presentAndWait(frame));
        const RgbaImage without = m_window->grabPremultiplied();
        QCOMPARE(drawnVariant(), expectedVariant(frame, p, false).index());
        m_window->item()->setCleanPlate(scenePlate(frame.size(), PF::Format_NV12));
        const RgbaImage with = m_window->grabPremultiplied();
        const test::ImageDifference d =
            test::compareImages(with, without, [](int, int) { return true; });
        QVERIFY2(d.maxAlpha > 0.5f, "the clean plate did not change the matte");
    }

    // One upload per plate: none per frame, none per key change, none for the same plate again.
    void thePlateIsUploadedOnce()
    {
        const FrameCounters &c = m_window->item()->counters();
        m_window->resize(QSize(96, 64));
        QVERIFY(m_window->presentAndWait(encodeFrame(sceneImage(Scene::Uneven), PF::Format_NV12)));
        const quint64 before = c.plateUploads.load();
        const quint64 frameBytesBefore = c.bytesUploaded.load();
        const CleanPlate plate = scenePlate(QSize(96, 64), PF::Format_NV12);
        m_window->item()->setCleanPlate(plate);
        KeyParams p = baseParams();
        for (int i = 0; i < 8; ++i) {
            const QVideoFrame frame = encodeFrame(
                test::unevenScene(QSize(96, 64), quint32(20 + i), 0.01f), PF::Format_NV12);
            QVERIFY(m_window->presentAndWait(frame));
            p.similarity = 0.02 + 0.01 * i;
            m_window->item()->setKeyParams(p);
            m_window->grab();
        }
        QCOMPARE(c.plateUploads.load() - before, quint64(1));
        // Frames still upload exactly their own bytes: 8 NV12 frames of 96x64.
        QCOMPARE(c.bytesUploaded.load() - frameBytesBefore, quint64(8 * 96 * 64 * 3 / 2));
        m_window->item()->setCleanPlate(CleanPlate(plate)); // the same plate again
        m_window->grab();
        QCOMPARE(c.plateUploads.load() - before, quint64(1));
        m_window->item()->setCleanPlate(scenePlate(QSize(96, 64), PF::Format_RGBA8888));
        m_window->grab();
        QCOMPARE(c.plateUploads.load() - before, quint64(2));
    }

    // A plate of another frame size is ignored (the frame keys as without one) until frames of
    // its size come again; clearing the plate returns to the variant without one.
    void aPlateOfAnotherSizeIsIgnored()
    {
        KeyParams p = baseParams();
        const QVideoFrame frame = encodeFrame(sceneImage(Scene::Camera), PF::Format_NV12);
        m_window->item()->setKeyParams(p);
        m_window->item()->setCleanPlate(scenePlate(QSize(64, 48), PF::Format_NV12));
        m_window->resize(frame.size());
        QVERIFY(m_window->presentAndWait(frame));
        QTRY_COMPARE(m_window->item()->frameSize(), frame.size());
        QVERIFY(!m_window->item()->cleanPlateInUse());
        const RgbaImage actual = m_window->grabPremultiplied();
        QCOMPARE(drawnVariant(), expectedVariant(frame, p, false).index());
        const RgbaImage expected = test::referenceOutput(frame, p);
        const test::ImageDifference d =
            test::compareImages(actual, expected, [](int, int) { return true; });
        QVERIFY2(d.maxColour <= kTolerance && d.maxAlpha <= kTolerance,
                 qPrintable(test::describeDifference(d, actual, expected)));

        const QVideoFrame small =
            encodeFrame(test::unevenScene(QSize(64, 48), 5, 0.01f), PF::Format_NV12);
        m_window->resize(small.size());
        QVERIFY(m_window->presentAndWait(small));
        QTRY_VERIFY(m_window->item()->cleanPlateInUse());
        m_window->grab();
        QCOMPARE(drawnVariant(), expectedVariant(small, p, true).index());

        m_window->item()->setCleanPlate({});
        QVERIFY(!m_window->item()->cleanPlateInUse());
        m_window->grab();
        QCOMPARE(drawnVariant(), expectedVariant(small, p, false).index());
    }
};

QTEST_MAIN(TestCleanPlatePixels)
#include "tst_cleanplate_pixels.moc"
