// The matte-flicker measure of the key-quality benchmark (tests/quality/MatteFlicker.h) on
// inputs worked out by hand: frames that do not change flicker 0; the mean |alpha(t) -
// alpha(t-1)| over consecutive pairs, x 1000, over partially covered pixels and over all; the
// class boundaries (true alpha 0.01 and 0.99 are not partial); degenerate input; and reading
// alpha out of a keyed image.
#include "MatteFlicker.h"

#include <QtTest/QtTest>

#include <cmath>
#include <vector>

using namespace greenroom::quality;

namespace {

using Plane = std::vector<float>;

// Figures built from float inputs: equal to the hand-computed value within float rounding.
bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-3;
}

} // namespace

class TestMatteFlicker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stillMatteIsZero()
    {
        const Plane truth{0.0f, 0.3f, 0.7f, 1.0f};
        const Plane keyed{0.05f, 0.2f, 0.9f, 0.97f}; // wrong, but the same every frame
        const MatteFlicker f = matteFlicker({keyed, keyed, keyed, keyed}, truth);
        QCOMPARE(f.partial, 0.0);
        QCOMPARE(f.all, 0.0);
        QCOMPARE(f.partialPixels, std::size_t(2));
    }

    void handComputedThreeFrames()
    {
        // Pixels 1 and 3 are partial (true alpha 0.5 and 0.2), 0 background, 2 solid.
        const Plane truth{0.0f, 0.5f, 1.0f, 0.2f};
        const Plane f0{0.0f, 0.5f, 1.0f, 0.2f};
        const Plane f1{0.1f, 0.3f, 1.0f, 0.2f}; // |diffs| 0.1 0.2 0 0
        const Plane f2{0.1f, 0.6f, 0.9f, 0.0f}; // |diffs| 0 0.3 0.1 0.2
        const MatteFlicker f = matteFlicker({f0, f1, f2}, truth);
        // All: pair means 0.3 / 4 = 0.075 and 0.6 / 4 = 0.15; their mean 0.1125.
        QVERIFY2(near(f.all, 112.5), qPrintable(QString::number(f.all)));
        // Partial: pair means (0.2 + 0) / 2 = 0.1 and (0.3 + 0.2) / 2 = 0.25; mean 0.175.
        QVERIFY2(near(f.partial, 175.0), qPrintable(QString::number(f.partial)));
        QCOMPARE(f.partialPixels, std::size_t(2));
    }

    void changesOutsidePartialPixelsCountOnlyInAll()
    {
        // The solid and background pixels flicker (0.4 and 0.2 each way), the partial one not.
        const Plane truth{0.0f, 0.6f, 1.0f};
        const Plane a{0.0f, 0.6f, 1.0f}, b{0.2f, 0.6f, 0.6f};
        const MatteFlicker f = matteFlicker({a, b, a}, truth);
        QCOMPARE(f.partial, 0.0);
        QVERIFY2(near(f.all, 200.0), qPrintable(QString::number(f.all))); // 0.6 / 3 per pair
    }

    void changesOnPartialPixelsCountInBoth()
    {
        // One partial pixel of four moves by 0.4: partial 400, all 100.
        const Plane truth{0.0f, 0.0f, 0.45f, 1.0f};
        const Plane a{0.0f, 0.0f, 0.3f, 1.0f}, b{0.0f, 0.0f, 0.7f, 1.0f};
        const MatteFlicker f = matteFlicker({a, b}, truth);
        QVERIFY2(near(f.partial, 400.0), qPrintable(QString::number(f.partial)));
        QVERIFY2(near(f.all, 100.0), qPrintable(QString::number(f.all)));
    }

    void classBoundaries()
    {
        // 0.01 is background and 0.99 solid; just inside them is partial.
        const Plane truth{0.01f, 0.99f, 0.011f, 0.989f};
        const Plane a{0.0f, 0.0f, 0.0f, 0.0f}, b{1.0f, 1.0f, 0.0f, 0.0f};
        const MatteFlicker f = matteFlicker({a, b}, truth);
        QCOMPARE(f.partialPixels, std::size_t(2));
        QCOMPARE(f.partial, 0.0);
        QVERIFY(near(f.all, 500.0));
    }

    void noPartialPixels()
    {
        const Plane truth{0.0f, 1.0f};
        const MatteFlicker f = matteFlicker({Plane{0.0f, 1.0f}, Plane{0.5f, 1.0f}}, truth);
        QCOMPARE(f.partialPixels, std::size_t(0));
        QCOMPARE(f.partial, 0.0);
        QVERIFY(near(f.all, 250.0));
    }

    void degenerateInputGivesZero()
    {
        const Plane truth{0.5f, 0.5f};
        QCOMPARE(matteFlicker({Plane{0.0f, 1.0f}}, truth).all, 0.0); // one frame
        QCOMPARE(matteFlicker({}, truth).all, 0.0);
        QCOMPARE(matteFlicker({Plane{0.0f, 1.0f}, Plane{1.0f}}, truth).all, 0.0); // sizes differ
    }

    void alphaOfKeyedImage()
    {
        QImage keyed(3, 1, QImage::Format_RGBA8888);
        keyed.setPixelColor(0, 0, QColor(10, 200, 30, 0));
        keyed.setPixelColor(1, 0, QColor(10, 200, 30, 51));
        keyed.setPixelColor(2, 0, QColor(10, 200, 30, 255));
        const Plane alpha = alphaPlane(keyed);
        QCOMPARE(alpha.size(), std::size_t(3));
        QCOMPARE(alpha[0], 0.0f);
        QCOMPARE(alpha[1], 0.2f);
        QCOMPARE(alpha[2], 1.0f);
        // A premultiplied image gives the same alpha.
        const Plane again =
            alphaPlane(keyed.convertToFormat(QImage::Format_RGBA8888_Premultiplied));
        QCOMPARE(again, alpha);
    }

    void meanOverCases()
    {
        const MatteFlicker m = meanFlicker({{10, 2, 5}, {30, 4, 7}});
        QCOMPARE(m.partial, 20.0);
        QCOMPARE(m.all, 3.0);
        QCOMPARE(m.partialPixels, std::size_t(12));
    }
};

QTEST_MAIN(TestMatteFlicker)
#include "tst_matteflicker.moc"
