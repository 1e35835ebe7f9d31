// Y'CbCr <-> R'G'B' matrices: exact reference points of each standard, round trips, and the
// 16-bit container (P010/P016/Y16) scaling.
#include "ColorSpace.h"

#include <QtTest/QtTest>

using namespace greenroom;

class TestColorSpace : public QObject {
    Q_OBJECT

private:
    static QVector3D toRgb(YCbCrMatrix m, YCbCrRange r, int bits, QVector3D texel)
    {
        return yCbCrToRgbMatrix(m, r, bits).map(QVector4D(texel, 1.0f)).toVector3D();
    }
    static void fuzzyVector(const QVector3D &a, const QVector3D &b, float eps = 1e-4f)
    {
        QVERIFY2((a - b).length() < eps, qPrintable(QStringLiteral("(%1, %2, %3) != (%4, %5, %6)")
                                                        .arg(a.x())
                                                        .arg(a.y())
                                                        .arg(a.z())
                                                        .arg(b.x())
                                                        .arg(b.y())
                                                        .arg(b.z())));
    }

private Q_SLOTS:
    void limitedRangeBlackAndWhite_data()
    {
        QTest::addColumn<int>("matrix");
        QTest::newRow("bt601") << int(YCbCrMatrix::Bt601);
        QTest::newRow("bt709") << int(YCbCrMatrix::Bt709);
        QTest::newRow("bt2020") << int(YCbCrMatrix::Bt2020);
    }
    void limitedRangeBlackAndWhite()
    {
        QFETCH(int, matrix);
        const auto m = YCbCrMatrix(matrix);
        fuzzyVector(toRgb(m, YCbCrRange::Limited, 8, {16 / 255.f, 128 / 255.f, 128 / 255.f}),
                    {0, 0, 0});
        fuzzyVector(toRgb(m, YCbCrRange::Limited, 8, {235 / 255.f, 128 / 255.f, 128 / 255.f}),
                    {1, 1, 1});
        fuzzyVector(toRgb(m, YCbCrRange::Full, 8, {0, 128 / 255.f, 128 / 255.f}), {0, 0, 0});
        fuzzyVector(toRgb(m, YCbCrRange::Full, 8, {1, 128 / 255.f, 128 / 255.f}), {1, 1, 1});
        // 16-bit containers hold MSB-aligned codes: limited black is 16 << 8, white 235 << 8.
        fuzzyVector(
            toRgb(m, YCbCrRange::Limited, 16, {4096 / 65535.f, 32768 / 65535.f, 32768 / 65535.f}),
            {0, 0, 0});
        fuzzyVector(
            toRgb(m, YCbCrRange::Limited, 16, {60160 / 65535.f, 32768 / 65535.f, 32768 / 65535.f}),
            {1, 1, 1});
    }

    void primariesMatchTheStandards()
    {
        // BT.709 full range: pure red has Y' = Kr and Cr = +0.5 around the 128 code.
        const QMatrix4x4 toYcc709 = rgbToYCbCrMatrix(YCbCrMatrix::Bt709, YCbCrRange::Full, 8);
        const QVector4D red = toYcc709.map(QVector4D(1, 0, 0, 1));
        QCOMPARE(qRound(red.x() * 255), qRound(0.2126 * 255));
        QVERIFY(qAbs(red.z() * 255 - 255.5f) < 0.01f); // 128 + 0.5 * 255: full-range red overshoots
        // BT.601 limited: pure green is Y'=145, Cb=54, Cr=34 (the textbook codes).
        const QVector4D green =
            rgbToYCbCrMatrix(YCbCrMatrix::Bt601, YCbCrRange::Limited, 8).map(QVector4D(0, 1, 0, 1));
        QCOMPARE(qRound(green.x() * 255), 145);
        QCOMPARE(qRound(green.y() * 255), 54);
        QCOMPARE(qRound(green.z() * 255), 34);
        // BT.2020 luma coefficients.
        const LumaCoefficients c = lumaCoefficients(YCbCrMatrix::Bt2020);
        QCOMPARE(c.kr, 0.2627f);
        QCOMPARE(c.kb, 0.0593f);
    }

    void roundTrip()
    {
        for (auto m : {YCbCrMatrix::Bt601, YCbCrMatrix::Bt709, YCbCrMatrix::Bt2020})
            for (auto r : {YCbCrRange::Limited, YCbCrRange::Full})
                for (int bits : {8, 16}) {
                    const QMatrix4x4 there = rgbToYCbCrMatrix(m, r, bits);
                    for (const QVector3D rgb :
                         {QVector3D(0.1f, 0.8f, 0.2f), QVector3D(0.9f, 0.6f, 0.5f),
                          QVector3D(0.5f, 0.5f, 0.5f)})
                        fuzzyVector(toRgb(m, r, bits, there.map(QVector4D(rgb, 1)).toVector3D()),
                                    rgb);
                }
    }

    void keyingChroma()
    {
        // Neutral colours have no chroma; pure green is far from neutral in both Cb and Cr.
        fuzzyVector(keyingYCbCr({0.5f, 0.5f, 0.5f}), {0.5f, 0, 0});
        const QVector3D g = keyingYCbCr({0, 1, 0});
        QVERIFY(qAbs(g.x() - 0.7152f) < 1e-5f);
        QVERIFY(qAbs(g.y() + 0.7152f / 1.8556f) < 1e-5f);
        QVERIFY(qAbs(g.z() + 0.7152f / 1.5748f) < 1e-5f);
    }
};

QTEST_APPLESS_MAIN(TestColorSpace)
#include "tst_colorspace.moc"
