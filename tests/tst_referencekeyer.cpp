// The CPU reference keyer: the key ramp, despill, opacity and premultiplication, and how it
// reads each kind of plane layout (the GPU pixel tests then hold the shader to this).
#include "ReferenceKeyer.h"

#include <QtTest/QtTest>

#include <cstring>

using namespace greenroom;

namespace {

KeyParams greenKey()
{
    KeyParams p;
    p.keyColor = QColor::fromRgbF(0.1f, 0.8f, 0.2f);
    p.similarity = 0.10;
    p.smoothness = 0.10;
    p.spill = 1.0;
    p.opacity = 1.0;
    return p;
}

// A colour whose key distance (see keyDistance) is `distance`.
Rgba colourAtDistance(const KeyUniforms &u, float distance)
{
    // Search along the line from the key colour towards magenta for the wanted distance.
    const QVector3D key(0.1f, 0.8f, 0.2f);
    const QVector3D magenta(0.8f, 0.2f, 0.8f);
    float lo = 0, hi = 1;
    for (int i = 0; i < 60; ++i) {
        const float mid = (lo + hi) / 2;
        const QVector3D c = key + (magenta - key) * mid;
        const float d = keyDistance({c.x(), c.y(), c.z(), 1.0f}, u);
        (d < distance ? lo : hi) = mid;
    }
    const QVector3D c = key + (magenta - key) * lo;
    return {c.x(), c.y(), c.z(), 1.0f};
}

} // namespace

class TestReferenceKeyer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyColourIsTransparent()
    {
        const KeyUniforms u = makeKeyUniforms(greenKey());
        const Rgba out = keyColor({0.1f, 0.8f, 0.2f, 1.0f}, u);
        QCOMPARE(out[3], 0.0f);
        QCOMPARE(out[0], 0.0f);
    }

    void distantColourIsOpaqueAndUntouched()
    {
        const KeyUniforms u = makeKeyUniforms(greenKey());
        const Rgba skin{0.9f, 0.6f, 0.5f, 1.0f};
        const Rgba out = keyColor(skin, u);
        QCOMPARE(out[3], 1.0f);
        QCOMPARE(out[0], skin[0]);
        QCOMPARE(out[1], skin[1]); // no green excess over red: despill leaves it alone
        QCOMPARE(out[2], skin[2]);
    }

    void alphaRampsLinearlyOverSmoothness()
    {
        // The ramp alone: the colour-difference matte may raise alpha above it.
        KeyParams rampOnly = greenKey();
        rampOnly.colorDifference = 0.0;
        const KeyUniforms u = makeKeyUniforms(rampOnly);
        QVERIFY(qAbs(keyColor(colourAtDistance(u, 0.15f), u)[3] - 0.5f) < 1e-3f);
        QVERIFY(qAbs(keyColor(colourAtDistance(u, 0.125f), u)[3] - 0.25f) < 1e-3f);
        QCOMPARE(keyColor(colourAtDistance(u, 0.09f), u)[3], 0.0f);
        QCOMPARE(keyColor(colourAtDistance(u, 0.21f), u)[3], 1.0f);
    }

    void screenMatteKeepsColoursWithoutExcessSolid()
    {
        // The ramp alone would take these (all within similarity of a wide key); the screen
        // matte keeps every colour whose green does not exceed its red or blue.
        KeyParams p = greenKey();
        p.similarity = 0.6;
        p.colorDifference = 0.0;
        p.screenMatte = 1.0;
        p.screenBalance = 1.0;
        const KeyUniforms u = makeKeyUniforms(p);
        const std::array<Rgba, 5> solid{{{0.0f, 0.6f, 0.6f, 1.0f},   // cyan
                                         {0.0f, 0.35f, 0.35f, 1.0f}, // dark teal
                                         {0.45f, 0.45f, 0.1f, 1.0f}, // olive
                                         {0.3f, 0.3f, 0.3f, 1.0f},   // grey
                                         {0.9f, 0.9f, 0.3f, 1.0f}}}; // yellow
        for (const Rgba &c : solid)
            QCOMPARE(keyColor(c, u)[3], 1.0f);
        p.screenMatte = 0.0;
        const KeyUniforms rampOnly = makeKeyUniforms(p);
        QVERIFY(keyColor(solid[0], rampOnly)[3] < 0.5f);
    }

    void screenMatteFollowsMixturesWithTheScreen()
    {
        // A mixture of the key with a colour that has no green excess keeps its coverage: with
        // the mean balance exactly (the excess is linear in the colour), with a gain of 1 and
        // no allowance for shadows on the screen.
        KeyParams p = greenKey();
        p.similarity = 0.6;
        p.colorDifference = 0.0;
        p.screenMatte = 1.0;
        p.screenBalance = 0.0;
        p.lightTolerance = 0.0;
        const KeyUniforms u = makeKeyUniforms(p);
        const QVector3D key(0.1f, 0.8f, 0.2f);
        const QVector3D hair(0.12f, 0.08f, 0.04f); // darker than the screen, green below the mean
        const QVector3D veil(0.85f, 0.85f, 0.85f);
        for (const QVector3D &subject : {hair, veil})
            for (float coverage : {0.2f, 0.5f, 0.8f}) {
                const QVector3D c = subject * coverage + key * (1.0f - coverage);
                const float excessOfSubject =
                    primaryExcess({subject.x(), subject.y(), subject.z()}, u.keyChannel, 0.0f);
                // alpha = coverage * (1 - excess(subject) / excess(key)) exactly.
                const float expected = coverage * (1.0f - excessOfSubject * u.screen.screenScale);
                QVERIFY2(qAbs(screenAlpha({c.x(), c.y(), c.z(), 1.0f}, u) - expected) < 1e-5f,
                         qPrintable(QString::number(coverage)));
            }
        // The screen itself is transparent, and a gain above 1 keys out its darker parts too.
        QCOMPARE(screenAlpha({0.1f, 0.8f, 0.2f, 1.0f}, u), 0.0f);
        QVERIFY(screenAlpha({0.078f, 0.624f, 0.156f, 1.0f}, u) > 0.15f);
        p.screenGain = 1.3;
        QCOMPARE(screenAlpha({0.078f, 0.624f, 0.156f, 1.0f}, makeKeyUniforms(p)), 0.0f);
    }

    void screenMatteKeysShadowsWithinTheLightTolerance()
    {
        KeyParams p = greenKey();
        p.colorDifference = 0.0;
        p.screenMatte = 1.0;
        p.lightTolerance = 0.5; // shades down to exp(-0.5) = 0.61 of the key's luma
        const KeyUniforms u = makeKeyUniforms(p);
        // The screen at 70% of its light: keyed out, though its excess is 70% of the key's.
        QCOMPARE(screenAlpha({0.07f, 0.56f, 0.14f, 1.0f}, u), 0.0f);
        // Brighter than the key (a pale veil over it), the excess is not normalised: a 50%
        // white veil keeps its coverage.
        const float veil = screenAlpha({0.5f, 0.85f, 0.55f, 1.0f}, u);
        QVERIFY2(qAbs(veil - 0.5f) < 1e-4f, qPrintable(QString::number(veil)));
        // Darker than the tolerance allows (dark hair over the screen, 30% of it showing), the
        // shade stops at the tolerance: the hair keeps part of its coverage.
        const float hair = screenAlpha({0.03f, 0.24f, 0.06f, 1.0f}, u);
        QVERIFY2(hair > 0.4f && hair < 0.7f, qPrintable(QString::number(hair)));
    }

    void screenMatteIsOffForAKeyWithoutExcess()
    {
        KeyParams p = greenKey();
        p.keyColor = QColor::fromRgbF(0.5f, 0.5f, 0.5f);
        p.screenMatte = 1.0;
        const KeyUniforms u = makeKeyUniforms(p);
        QCOMPARE(u.screen.screenStrength, 0.0f);
    }

    void despillLimitsTheKeyChannel()
    {
        KeyParams p = greenKey();
        p.similarity = 0.0; // keep the pixel opaque enough to see its colour
        p.smoothness = 0.01;
        const Rgba greenish{0.5f, 0.8f, 0.4f, 1.0f};
        Rgba out = keyColor(greenish, makeKeyUniforms(p));
        QCOMPARE(out[3], 1.0f);
        QCOMPARE(out[1], 0.5f); // green pulled down to the strongest other channel (red)
        QCOMPARE(out[0], 0.5f);
        QCOMPARE(out[2], 0.4f);

        p.spill = 0.5;
        out = keyColor(greenish, makeKeyUniforms(p));
        QVERIFY(qAbs(out[1] - 0.65f) < 1e-6f);

        p.spill = 0.0;
        out = keyColor(greenish, makeKeyUniforms(p));
        QCOMPARE(out[1], 0.8f);
    }

    void blueKeyDespillsBlue()
    {
        KeyParams p;
        p.keyColor = QColor(0, 0, 255);
        p.similarity = 0.0;
        p.smoothness = 0.01;
        p.spill = 1.0;
        const KeyUniforms u = makeKeyUniforms(p);
        QCOMPARE(u.keyChannel, (std::array<float, 3>{0, 0, 1}));
        const Rgba out = keyColor({0.3f, 0.4f, 0.9f, 1.0f}, u);
        QCOMPARE(out[2], 0.4f);
        QCOMPARE(out[1], 0.4f);
    }

    void opacityAndSourceAlphaScalePremultipliedOutput()
    {
        KeyParams p = greenKey();
        p.opacity = 0.5;
        const Rgba out = keyColor({0.9f, 0.6f, 0.5f, 0.5f}, makeKeyUniforms(p));
        QCOMPARE(out[3], 0.25f);
        QCOMPARE(out[0], 0.9f * 0.25f);
    }

    void paramsAreClamped()
    {
        KeyParams p;
        p.similarity = 7;
        p.smoothness = -1;
        p.spill = 2;
        p.opacity = -3;
        const KeyUniforms u = makeKeyUniforms(p);
        QCOMPARE(u.similarity, 1.0f);
        QCOMPARE(u.smoothness, KeyUniforms::kMinSmoothness);
        QCOMPARE(u.spill, 1.0f);
        QCOMPARE(u.opacity, 0.0f);
    }

    void semiPlanarChromaIsBilinearAndCentreSited()
    {
        // 4x2 NV12: luma 0x80 everywhere; two chroma samples, Cb 100 then 160, Cr 128.
        const uchar luma[8] = {128, 128, 128, 128, 128, 128, 128, 128};
        const uchar chroma[4] = {100, 128, 160, 128};
        FrameView f = FrameView::semiPlanar420(4, 2, {luma, 4}, {chroma, 4});
        f.range = YCbCrRange::Full;
        // Pixel 1 sits a quarter of the way from chroma sample 0 to 1: Cb = 115; pixel 0 is
        // clamped to sample 0: Cb = 100.
        const QMatrix4x4 toYcc = rgbToYCbCrMatrix(f.matrix, f.range, 8);
        const auto cbAt = [&](int x) {
            const Rgba c = sampleFrame(f, x, 0);
            return toYcc.map(QVector4D(c[0], c[1], c[2], 1)).y() * 255.0f;
        };
        QVERIFY(qAbs(cbAt(0) - 100.0f) < 0.05f);
        QVERIFY(qAbs(cbAt(1) - 115.0f) < 0.05f);
        QVERIFY(qAbs(cbAt(2) - 145.0f) < 0.05f);
        QVERIFY(qAbs(cbAt(3) - 160.0f) < 0.05f);
    }

    void packed422PicksEachPixelsOwnLuma()
    {
        // YUYV: Y0=50 Cb=128 Y1=200 Cr=128, full range grey pair.
        const uchar yuyv[4] = {50, 128, 200, 128};
        FrameView f;
        f.layout.mode = SampleMode::Packed422;
        f.width = 2;
        f.height = 1;
        f.range = YCbCrRange::Full;
        f.planes[0] = {yuyv, 4};
        QVERIFY(qAbs(sampleFrame(f, 0, 0)[1] - 50 / 255.0f) < 1e-3f);
        QVERIFY(qAbs(sampleFrame(f, 1, 0)[1] - 200 / 255.0f) < 1e-3f);
        f.layout.chromaFirst = true; // UYVY: Cb Y0 Cr Y1
        const uchar uyvy[4] = {128, 50, 128, 200};
        f.planes[0] = {uyvy, 4};
        QVERIFY(qAbs(sampleFrame(f, 1, 0)[1] - 200 / 255.0f) < 1e-3f);
    }

    void packedRgbFollowsByteOrder()
    {
        const uchar bgra[4] = {10, 20, 30, 40};
        FrameView f;
        f.layout.mode = SampleMode::PackedRgb;
        f.layout.isYCbCr = false;
        f.layout.rgbaByte = {2, 1, 0, 3};
        f.width = f.height = 1;
        f.planes[0] = {bgra, 4};
        const Rgba c = sampleFrame(f, 0, 0);
        QCOMPARE(qRound(c[0] * 255), 30);
        QCOMPARE(qRound(c[1] * 255), 20);
        QCOMPARE(qRound(c[2] * 255), 10);
        QCOMPARE(qRound(c[3] * 255), 40);
        f.layout.rgbaByte = {2, 1, 0, -1}; // BGRX: opaque whatever the fourth byte holds
        QCOMPARE(sampleFrame(f, 0, 0)[3], 1.0f);
    }

    void lumaOnlyIsGrey()
    {
        quint16 y16 = 60160; // limited-range white in a 16-bit container
        FrameView f;
        f.layout.mode = SampleMode::LumaOnly;
        f.layout.containerBits = 16;
        f.width = f.height = 1;
        f.planes[0] = {reinterpret_cast<const uchar *>(&y16), 2};
        const Rgba c = sampleFrame(f, 0, 0);
        QVERIFY(qAbs(c[0] - 1.0f) < 1e-3f && qAbs(c[1] - 1.0f) < 1e-3f &&
                qAbs(c[2] - 1.0f) < 1e-3f);
    }
};

QTEST_APPLESS_MAIN(TestReferenceKeyer)
#include "tst_referencekeyer.moc"
