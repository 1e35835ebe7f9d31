// What each key parameter does, checked on the CPU reference keyer (the GPU is held to the
// reference by tst_keyparams_pixels): ranges and defaults, luma weighting, matte levels, edge
// shrink/grow and feather, luma-guided chroma, screen subtraction, despill and its replacement
// tone, the garbage matte and foreground correction.
#include "ColorSpace.h"
#include "FrameWriter.h"
#include "MappedFrameView.h"
#include "ReferenceKeyer.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace greenroom;

namespace {

const Rgba kScreen{0.20f, 0.65f, 0.30f, 1.0f}; // a lit green screen as a camera records it
const Rgba kSkin{0.85f, 0.60f, 0.50f, 1.0f};

KeyParams screenKey()
{
    KeyParams p;
    p.keyColor = QColor::fromRgbF(kScreen[0], kScreen[1], kScreen[2]);
    p.similarity = 0.05;
    p.smoothness = 0.10;
    return p;
}

float luma(const Rgba &c)
{
    return 0.2126f * c[0] + 0.7152f * c[1] + 0.0722f * c[2];
}

// Keys an RGBA image (as an RGBA8888 frame would be read) with the reference keyer.
RgbaImage keyImage(const RgbaImage &image, const KeyParams &params)
{
    const MappedFrameView mapped(encodeFrame(image, QVideoFrameFormat::Format_RGBA8888));
    return keyFrame(mapped.view(), makeKeyUniforms(params));
}

// A 20x20 screen with an opaque 6x6 skin square at (7, 7).
RgbaImage squareImage()
{
    RgbaImage image(20, 20, kScreen);
    for (int y = 7; y < 13; ++y)
        for (int x = 7; x < 13; ++x)
            image.at(x, y) = kSkin;
    return image;
}

int opaqueCount(const RgbaImage &image)
{
    int n = 0;
    for (const Rgba &p : image.pixels)
        n += p[3] > 0.99f ? 1 : 0;
    return n;
}

} // namespace

class TestKeyParams : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clampedBringsEveryFieldIntoRange()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        KeyParams p;
        p.keyColor = QColor();
        p.similarity = nan;
        p.lumaWeight = 5;
        p.lightTolerance = -1;
        p.chromaGuide = -1;
        p.colorDifference = 3;
        p.differenceFloor = 0.99;
        p.clipBlack = -1;
        p.clipWhite = 2;
        p.matteGamma = 0;
        p.edgeGrow = -99;
        p.feather = 99;
        p.spillRestore = 7;
        p.screenSubtraction = -2;
        p.garbageOuter = QRectF(-0.5, 0.5, 2, 2);
        p.garbageInner = QRectF(2, 2, 1, 1);
        p.garbageFeather = 3;
        p.brightness = -9;
        p.contrast = 9;
        p.gamma = 99;
        p.saturation = -1;
        const KeyParams c = p.clamped();
        QCOMPARE(c.keyColor, KeyParams().keyColor);
        QCOMPARE(c.similarity, KeyParams().similarity);
        QCOMPARE(c.lumaWeight, 1.0);
        QCOMPARE(c.lightTolerance, 0.0);
        QCOMPARE(c.chromaGuide, 0.0);
        QCOMPARE(c.colorDifference, 1.0);
        QCOMPARE(c.differenceFloor, 0.9);
        QCOMPARE(c.clipBlack, 0.0);
        QCOMPARE(c.clipWhite, 1.0);
        QCOMPARE(c.matteGamma, 0.1);
        QCOMPARE(c.edgeGrow, -KeyParams::kMaxEdgeGrow);
        QCOMPARE(c.feather, KeyParams::kMaxFeather);
        QCOMPARE(c.spillRestore, 1.0);
        QCOMPARE(c.screenSubtraction, 0.0);
        QCOMPARE(c.garbageOuter, QRectF(0, 0.5, 1, 0.5));
        QVERIFY(c.garbageInner.isEmpty());
        QCOMPARE(c.garbageFeather, 0.5);
        QCOMPARE(c.brightness, -1.0);
        QCOMPARE(c.contrast, 4.0);
        QCOMPARE(c.gamma, 10.0);
        QCOMPARE(c.saturation, 0.0);
        QCOMPARE(KeyParams().clamped(), KeyParams());
    }

    void lightToleranceKeysTheBackdropInAnyLight()
    {
        KeyParams p = screenKey();
        p.similarity = 0.03;
        const auto shaded = [](float s) {
            return Rgba{kScreen[0] * s, kScreen[1] * s, kScreen[2] * s, 1};
        };
        // A hot spot (1.4x) and a shadow (0.6x) on the screen: keyed only with light tolerance.
        p.lightTolerance = 0.0;
        QVERIFY(matteAlpha(shaded(1.4f), makeKeyUniforms(p)) > 0.5f);
        QVERIFY(matteAlpha(shaded(0.6f), makeKeyUniforms(p)) > 0.5f);
        p.lightTolerance = 0.6; // shades from 0.55x to 1.82x
        const KeyUniforms u = makeKeyUniforms(p);
        QCOMPARE(matteAlpha(shaded(1.4f), u), 0.0f);
        QCOMPARE(matteAlpha(shaded(0.6f), u), 0.0f);
        QVERIFY(qAbs(keyShade(shaded(1.4f), u) - 1.4f) < 1e-4f);
        QCOMPARE(keyShade(shaded(0.3f), u), u.shadeLow);
        // Light tolerance is not a wider similarity: the subject keeps its distance.
        QCOMPARE(matteAlpha(kSkin, u), 1.0f);
    }

    void colorDifferenceKeepsDarkSubjectsSolidAndMixturesPartial()
    {
        KeyParams p = screenKey();
        p.similarity = 0.01;
        p.smoothness = 0.3; // a long ramp, as auto-key sets it for soft edges
        p.lightTolerance = 0.4;
        p.differenceFloor = 0.1;
        const Rgba darkHair{0.22f, 0.17f, 0.09f, 1};
        const auto mixed = [](const Rgba &f, float a, float shade) {
            return Rgba{a * f[0] + (1 - a) * shade * kScreen[0],
                        a * f[1] + (1 - a) * shade * kScreen[1],
                        a * f[2] + (1 - a) * shade * kScreen[2], 1};
        };
        p.colorDifference = 0.0;
        const KeyUniforms rampOnly = makeKeyUniforms(p);
        // Close to the key's darker shades: the ramp alone leaves dark hair see-through.
        QVERIFY2(matteAlpha(darkHair, rampOnly) < 0.8f,
                 qPrintable(QString::number(matteAlpha(darkHair, rampOnly))));
        p.colorDifference = 1.0;
        const KeyUniforms u = makeKeyUniforms(p);
        // It has none of the key's chroma: solid.
        QVERIFY(keyChromaShare(darkHair, u) < 0.05f);
        QVERIFY2(matteAlpha(darkHair, u) > 0.98f,
                 qPrintable(QString::number(matteAlpha(darkHair, u))));
        // The backdrop in any of its shades keeps a full share and stays transparent.
        for (float shade : {0.7f, 1.0f, 1.4f}) {
            QVERIFY(qAbs(keyChromaShare(mixed(darkHair, 0.0f, shade), u) - 1.0f) < 1e-3f);
            QCOMPARE(matteAlpha(mixed(darkHair, 0.0f, shade), u), 0.0f);
        }
        // A mixture with a neutral grey gets about its coverage, not full opacity.
        const Rgba grey{0.5f, 0.5f, 0.5f, 1};
        for (float a : {0.3f, 0.5f, 0.7f}) {
            const float difference = differenceAlpha(mixed(grey, a, 1.0f), u);
            QVERIFY2(qAbs(difference - a) < 0.15f,
                     qPrintable(QStringLiteral("coverage %1 -> %2").arg(a).arg(difference)));
        }
        // Half strength: at most half of the colour-difference matte.
        p.colorDifference = 0.5;
        QVERIFY(qAbs(matteAlpha(darkHair, makeKeyUniforms(p)) -
                     std::max(matteAlpha(darkHair, rampOnly),
                              0.5f * differenceAlpha(darkHair, u))) < 1e-5f);
        // A grey key has no chroma direction: the colour-difference matte stays off.
        p.colorDifference = 1.0;
        p.keyColor = QColor::fromRgbF(0.5f, 0.5f, 0.5f);
        QCOMPARE(makeKeyUniforms(p).screen.differenceStrength, 0.0f);
    }

    void lumaWeightKeepsBlackWhiteAndGreyOpaque()
    {
        KeyParams p = screenKey();
        p.similarity = 0.05;
        p.smoothness = 0.12;
        p.lightTolerance = 1.0;
        const Rgba black{0.02f, 0.02f, 0.02f, 1};
        const Rgba white{0.98f, 0.98f, 0.98f, 1};
        const Rgba grey{0.5f, 0.5f, 0.5f, 1};
        p.lumaWeight = 0.0;
        const float chromaOnly = keyDistance(grey, makeKeyUniforms(p));
        p.lumaWeight = 1.0;
        const KeyUniforms u = makeKeyUniforms(p);
        // With luma, neutral colours lie farther from every shade of a saturated key.
        QVERIFY(keyDistance(grey, u) > chromaOnly);
        QCOMPARE(matteAlpha(black, u), 1.0f);
        QCOMPARE(matteAlpha(white, u), 1.0f);
        QCOMPARE(matteAlpha(grey, u), 1.0f);
        // Without it, the key distance is the chroma distance to the nearest shade of the key.
        p.lumaWeight = 0.0;
        p.lightTolerance = 0.0;
        const KeyUniforms flat = makeKeyUniforms(p);
        const QVector3D g = keyingYCbCr(QVector3D(0.5f, 0.5f, 0.5f));
        QVERIFY(qAbs(keyDistance(grey, flat) -
                     std::hypot(g.y() - flat.keyCbCr[0], g.z() - flat.keyCbCr[1])) < 1e-6f);
    }

    void clipLevelsAndMatteGammaRemapAlpha()
    {
        KeyParams p = screenKey();
        const KeyUniforms plain = makeKeyUniforms(p);
        // Find a colour halfway up the ramp by blending screen and skin.
        Rgba half{};
        float lo = 0, hi = 1;
        for (int i = 0; i < 50; ++i) {
            const float t = (lo + hi) / 2;
            for (std::size_t c = 0; c < 4; ++c)
                half[c] = kScreen[c] * (1 - t) + kSkin[c] * t;
            (matteAlpha(half, plain) < 0.5f ? lo : hi) = t;
        }
        QVERIFY(qAbs(matteAlpha(half, plain) - 0.5f) < 1e-3f);

        p.clipBlack = 0.25;
        p.clipWhite = 0.5;
        QVERIFY(qAbs(matteAlpha(half, makeKeyUniforms(p)) - 1.0f) < 5e-3f);
        p.clipBlack = 0.5;
        p.clipWhite = 1.0;
        QVERIFY(qAbs(matteAlpha(half, makeKeyUniforms(p))) < 5e-3f);
        p.clipBlack = 0.0;
        p.clipWhite = 1.0;
        p.matteGamma = 2.0;
        QVERIFY(qAbs(matteAlpha(half, makeKeyUniforms(p)) - std::sqrt(0.5f)) < 2e-3f);
        p.matteGamma = 0.5;
        QVERIFY(qAbs(matteAlpha(half, makeKeyUniforms(p)) - 0.25f) < 2e-3f);
    }

    void shrinkGrowAndFeatherUseNeighbours()
    {
        KeyParams p = screenKey();
        const RgbaImage image = squareImage();
        QCOMPARE(opaqueCount(keyImage(image, p)), 36);
        p.edgeGrow = -1;
        QCOMPARE(opaqueCount(keyImage(image, p)), 16);
        p.edgeGrow = -3;
        QCOMPARE(opaqueCount(keyImage(image, p)), 0);
        p.edgeGrow = 2;
        QCOMPARE(opaqueCount(keyImage(image, p)), 100);

        p.edgeGrow = 0;
        p.feather = 1.0;
        const RgbaImage soft = keyImage(image, p);
        // On the square's edge, 3 of the 8 ring taps are outside: alpha 6/9.
        QVERIFY(qAbs(soft.at(7, 10)[3] - 6.0f / 9.0f) < 1e-3f);
        QVERIFY(qAbs(soft.at(6, 10)[3] - 3.0f / 9.0f) < 1e-3f);
        QCOMPARE(soft.at(10, 10)[3], 1.0f);
        p.feather = 0.5; // half-weighted ring at one pixel
        QVERIFY(qAbs(keyImage(image, p).at(7, 10)[3] - (1.0f + 0.5f * 5.0f) / 5.0f) < 1e-3f);
        // Shrinking wins over the feather's softened edge.
        p.edgeGrow = -1;
        p.feather = 1.0;
        QCOMPARE(keyImage(image, p).at(7, 10)[3], 0.0f);
    }

    void lumaGuideFollowsTheFullResolutionEdge()
    {
        // Skin left of column 5, screen from column 5 on: the edge splits the chroma samples
        // that cover columns 4..5, so plain 4:2:0 chroma mixes the two colours there.
        RgbaImage image(16, 8, kScreen);
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 5; ++x)
                image.at(x, y) = kSkin;
        QVideoFrame frame = encodeFrame(image, QVideoFrameFormat::Format_NV12);
        QVERIFY(frame.map(QVideoFrame::ReadOnly));
        const FrameView view = FrameView::semiPlanar420(
            16, 8, {frame.bits(0), frame.bytesPerLine(0)}, {frame.bits(1), frame.bytesPerLine(1)});

        KeyParams p = screenKey();
        p.chromaGuide = 0.0;
        const RgbaImage blocky = keyFrame(view, makeKeyUniforms(p));
        p.chromaGuide = 1.0;
        const RgbaImage guided = keyFrame(view, makeKeyUniforms(p));
        frame.unmap();

        const float errorBlocky = std::abs(blocky.at(4, 4)[3] - 1) + blocky.at(5, 4)[3];
        const float errorGuided = std::abs(guided.at(4, 4)[3] - 1) + guided.at(5, 4)[3];
        QVERIFY2(errorBlocky > 0.3f, qPrintable(QString::number(errorBlocky)));
        QVERIFY2(errorGuided < 0.05f, qPrintable(QString::number(errorGuided)));
        // Away from the edge both agree.
        QCOMPARE(guided.at(1, 4)[3], 1.0f);
        QCOMPARE(guided.at(12, 4)[3], 0.0f);
    }

    void lumaGuideLeavesNearlyFlatChromaAlone()
    {
        // Dark left of column 5, light from column 5 on, and the chroma samples of the two
        // halves `codes` apart in Cb: the guide steers only a spread above 3.5 codes, so at 3
        // codes the edge keeps plain bilinear chroma and at 4 it is guided.
        constexpr int width = 16, height = 8;
        auto keyed = [](int codes, double guide) {
            std::vector<uchar> luma(std::size_t(width * height));
            std::vector<uchar> chroma(std::size_t(width * height / 2));
            for (int y = 0; y < height; ++y)
                for (int x = 0; x < width; ++x)
                    luma[std::size_t(y * width + x)] = x < 5 ? 60 : 180;
            for (int y = 0; y < height / 2; ++y) {
                for (int i = 0; i < width / 2; ++i) {
                    chroma[std::size_t(y * width + 2 * i)] = uchar(i < 3 ? 120 : 120 + codes);
                    chroma[std::size_t(y * width + 2 * i + 1)] = 140;
                }
            }
            const FrameView view = FrameView::semiPlanar420(width, height, {luma.data(), width},
                                                            {chroma.data(), width});
            KeyParams p = screenKey();
            p.chromaGuide = guide;
            return keyFrame(view, makeKeyUniforms(p));
        };
        QVERIFY(keyed(3, 1.0).pixels == keyed(3, 0.0).pixels);
        QVERIFY(keyed(4, 1.0).pixels != keyed(4, 0.0).pixels);
    }

    void screenSubtractionRecoversTheSubjectColour()
    {
        KeyParams p = screenKey();
        p.spill = 0.0;
        p.lightTolerance = 0.0; // the screen in the key's own shade
        Rgba mixed{};
        for (std::size_t c = 0; c < 4; ++c)
            mixed[c] = 0.4f * kSkin[c] + 0.6f * kScreen[c];
        const Rgba out = finishColor(mixed, 0.4f, makeKeyUniforms(p));
        for (std::size_t c = 0; c < 3; ++c)
            QVERIFY(qAbs(out[c] - 0.4f * kSkin[c]) < 1e-5f);
        QCOMPARE(out[3], 0.4f);
        p.screenSubtraction = 0.0;
        const Rgba plain = finishColor(mixed, 0.4f, makeKeyUniforms(p));
        QVERIFY(qAbs(plain[1] - 0.4f * mixed[1]) < 1e-6f);
    }

    void despillMethodsAndReplacementTone()
    {
        KeyParams p = screenKey();
        p.screenSubtraction = 0.0;
        const Rgba greenish{0.5f, 0.8f, 0.3f, 1};
        const KeyUniforms u = makeKeyUniforms(p);
        QVERIFY(qAbs(finishColor(greenish, 1, u)[1] - 0.5f) < 1e-6f);
        p.spillMethod = KeyParams::SpillMethod::Average;
        QVERIFY(qAbs(finishColor(greenish, 1, makeKeyUniforms(p))[1] - 0.4f) < 1e-6f);
        // Yellow has no green excess over its maximum, but over its average it has.
        const Rgba yellow{0.9f, 0.9f, 0.1f, 1};
        QVERIFY(finishColor(yellow, 1, makeKeyUniforms(p))[1] < 0.6f);
        p.spillMethod = KeyParams::SpillMethod::Maximum;
        QCOMPARE(finishColor(yellow, 1, makeKeyUniforms(p))[1], 0.9f);

        // A white tone at full restore gives back exactly the luma despill took.
        p.spillTone = Qt::white;
        p.spillRestore = 1.0;
        const Rgba restored = finishColor(greenish, 1, makeKeyUniforms(p));
        QVERIFY(qAbs(luma(restored) - luma(greenish)) < 1e-5f);
        QVERIFY(restored[1] - std::max(restored[0], restored[2]) < 1e-5f); // still no excess
        p.spillRestore = 0.5;
        const float halfway = luma(finishColor(greenish, 1, makeKeyUniforms(p)));
        QVERIFY(qAbs(halfway - (luma(greenish) + luma({0.5f, 0.5f, 0.3f, 1})) / 2) < 1e-5f);
    }

    void garbageMatte()
    {
        KeyParams p = screenKey();
        p.garbageOuter = QRectF(0.25, 0.25, 0.5, 0.5);
        const KeyUniforms u = makeKeyUniforms(p);
        QCOMPARE(applyGarbageMatte(1.0f, 0.1f, 0.5f, u), 0.0f);
        QCOMPARE(applyGarbageMatte(1.0f, 0.5f, 0.5f, u), 1.0f);
        QCOMPARE(applyGarbageMatte(0.3f, 0.5f, 0.5f, u), 0.3f);
        p.garbageInner = QRectF(0.4, 0.4, 0.2, 0.2);
        p.garbageFeather = 0.1;
        const KeyUniforms v = makeKeyUniforms(p);
        QCOMPARE(applyGarbageMatte(0.0f, 0.5f, 0.5f, v), 1.0f);
        QVERIFY(qAbs(applyGarbageMatte(0.0f, 0.4f, 0.5f, v) - 0.5f) < 1e-5f);  // inner border
        QVERIFY(qAbs(applyGarbageMatte(1.0f, 0.25f, 0.5f, v) - 0.5f) < 1e-5f); // outer border
        QVERIFY(qAbs(applyGarbageMatte(1.0f, 0.27f, 0.5f, v) - 0.7f) < 1e-5f);
        QCOMPARE(applyGarbageMatte(0.2f, 0.32f, 0.5f, v), 0.2f);
    }

    void foregroundCorrection()
    {
        KeyParams p = screenKey();
        p.spill = 0;
        const Rgba c{0.6f, 0.4f, 0.2f, 1};
        p.brightness = 0.1;
        QVERIFY(qAbs(finishColor(c, 1, makeKeyUniforms(p))[0] - 0.7f) < 1e-6f);
        p.brightness = 0;
        p.contrast = 2;
        QVERIFY(qAbs(finishColor(c, 1, makeKeyUniforms(p))[0] - 0.7f) < 1e-6f);
        p.contrast = 1;
        p.gamma = 2;
        QVERIFY(qAbs(finishColor(c, 1, makeKeyUniforms(p))[2] - std::sqrt(0.2f)) < 1e-6f);
        p.gamma = 1;
        p.saturation = 0;
        const Rgba grey = finishColor(c, 1, makeKeyUniforms(p));
        QVERIFY(qAbs(grey[0] - grey[2]) < 1e-6f && qAbs(grey[0] - luma(c)) < 1e-6f);
        // Correction works on the straight colour: a half-covered pixel scales the same way.
        p.saturation = 1;
        p.brightness = 0.1;
        p.screenSubtraction = 0;
        const Rgba half = finishColor(c, 0.5f, makeKeyUniforms(p));
        QVERIFY(qAbs(half[0] - 0.5f * 0.7f) < 1e-6f);
        p.opacity = 0.5;
        QCOMPARE(finishColor(c, 1, makeKeyUniforms(p))[3], 0.5f);
    }
};

QTEST_APPLESS_MAIN(TestKeyParams)
#include "tst_keyparams.moc"
