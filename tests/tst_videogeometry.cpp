// Fill modes, rotation and mirroring resolved to a target rectangle and corner texture
// coordinates.
#include "VideoGeometry.h"

#include <QtTest/QtTest>

using namespace greenroom;

class TestVideoGeometry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fitLetterboxes()
    {
        const VideoGeometry g =
            computeVideoGeometry({1000, 1000}, {1920, 1080}, 0, false, FillMode::Fit);
        QCOMPARE(g.target, QRectF(0, 218.75, 1000, 562.5));
        QCOMPARE(g.texCoords[0], QPointF(0, 0));
        QCOMPARE(g.texCoords[3], QPointF(1, 1));
    }

    void cropFillsAndTrimsTheSides()
    {
        const VideoGeometry g =
            computeVideoGeometry({1000, 1000}, {2000, 1000}, 0, false, FillMode::Crop);
        QCOMPARE(g.target, QRectF(0, 0, 1000, 1000));
        QCOMPARE(g.texCoords[0], QPointF(0.25, 0));
        QCOMPARE(g.texCoords[3], QPointF(0.75, 1));
    }

    void stretchIgnoresAspect()
    {
        const VideoGeometry g =
            computeVideoGeometry({300, 100}, {640, 480}, 0, false, FillMode::Stretch);
        QCOMPARE(g.target, QRectF(0, 0, 300, 100));
        QCOMPARE(g.texCoords[1], QPointF(1, 0));
    }

    void quarterTurnSwapsTheAspectAndCorners()
    {
        // A 1920x1080 frame rotated 90 degrees clockwise is portrait: fit into 1080x1920 exactly.
        const VideoGeometry g =
            computeVideoGeometry({1080, 1920}, {1920, 1080}, 90, false, FillMode::Fit);
        QCOMPARE(g.target, QRectF(0, 0, 1080, 1920));
        QCOMPARE(g.texCoords[0], QPointF(0, 1)); // top-left shows the source's bottom-left
        QCOMPARE(g.texCoords[1], QPointF(0, 0)); // top-right shows the source's top-left
        const VideoGeometry h = computeVideoGeometry({10, 10}, {10, 10}, 270, false, FillMode::Fit);
        QCOMPARE(h.texCoords[0], QPointF(1, 0));
        const VideoGeometry u = computeVideoGeometry({10, 10}, {10, 10}, 180, false, FillMode::Fit);
        QCOMPARE(u.texCoords[0], QPointF(1, 1));
    }

    void mirrorFlipsHorizontally()
    {
        const VideoGeometry g = computeVideoGeometry({10, 10}, {10, 10}, 0, true, FillMode::Fit);
        QCOMPARE(g.texCoords[0], QPointF(1, 0));
        QCOMPARE(g.texCoords[1], QPointF(0, 0));
    }

    void emptyInputsGiveNothing()
    {
        QVERIFY(computeVideoGeometry({0, 10}, {10, 10}, 0, false, FillMode::Fit).isEmpty());
        QVERIFY(computeVideoGeometry({10, 10}, {0, 0}, 0, false, FillMode::Fit).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestVideoGeometry)
#include "tst_videogeometry.moc"
