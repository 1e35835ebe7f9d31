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
