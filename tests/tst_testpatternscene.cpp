// TestPatternScene: deterministic per seed, a green backdrop, a non-green moving subject, and a
// ground-truth alpha with solid and partial coverage.
#include "TestPatternScene.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QtTest>

#include <cmath>

using namespace greenroom;

namespace {

const QSize kSize(640, 360);

bool samePixels(const RgbaImage &a, const RgbaImage &b)
{
    return a.width == b.width && a.height == b.height && a.pixels == b.pixels;
}

bool isGreenDominant(const Rgba &c)
{
    return c[1] > c[0] + 0.15f && c[1] > c[2] + 0.15f;
}

} // namespace

class tst_TestPatternScene : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sizeAndOpaqueOutput()
    {
        std::vector<float> alpha;
        const RgbaImage image = renderCameraView(kSize, 0.5, 1, &alpha);
        QCOMPARE(image.width, kSize.width());
        QCOMPARE(image.height, kSize.height());
        QCOMPARE(alpha.size(), std::size_t(kSize.width() * kSize.height()));
        for (const Rgba &c : image.pixels) {
            QCOMPARE(c[3], 1.0f); // a camera sees no transparency
            for (int ch = 0; ch < 3; ++ch)
                QVERIFY(c[std::size_t(ch)] >= 0.0f && c[std::size_t(ch)] <= 1.0f);
        }
        QVERIFY(renderCameraView(QSize(), 0.0, 1).isNull());
    }

    void sameSeedAndTimeGiveIdenticalImages()
    {
        std::vector<float> alphaA, alphaB;
        const RgbaImage a = renderCameraView(kSize, 1.25, 7, &alphaA);
        const RgbaImage b = renderCameraView(kSize, 1.25, 7, &alphaB);
        QVERIFY(samePixels(a, b));
        QVERIFY(alphaA == alphaB);
        // The ground truth does not change what is rendered.
        QVERIFY(samePixels(a, renderCameraView(kSize, 1.25, 7)));
    }

    void differentSeedsGiveDifferentImages()
    {
        const RgbaImage a = renderCameraView(kSize, 1.0, 1);
        const RgbaImage b = renderCameraView(kSize, 1.0, 2);
        int differing = 0;
        for (std::size_t i = 0; i < a.pixels.size(); ++i)
            differing += a.pixels[i] != b.pixels[i];
        QVERIFY2(differing > int(a.pixels.size() / 2), qPrintable(QString::number(differing)));
    }

    void backdropIsGreenAndSubjectIsNot()
    {
        for (quint32 seed : {1u, 2u, 3u, 99u}) {
            std::vector<float> alpha;
            const RgbaImage image = renderCameraView(kSize, 0.3, seed, &alpha);
            int backdrop = 0, greenBackdrop = 0, subject = 0, nonGreenSubject = 0;
            for (std::size_t i = 0; i < alpha.size(); ++i) {
                const Rgba &c = image.pixels[i];
                if (alpha[i] == 0.0f) {
                    ++backdrop;
                    greenBackdrop += isGreenDominant(c);
                } else if (alpha[i] == 1.0f) {
                    ++subject;
                    nonGreenSubject += c[1] < std::max(c[0], c[2]);
                }
            }
            QVERIFY(backdrop > int(alpha.size() / 3));
            QVERIFY(subject > int(alpha.size() / 10));
            QCOMPARE(greenBackdrop, backdrop);
            QVERIFY2(nonGreenSubject > subject / 2,
                     qPrintable(QStringLiteral("%1 of %2").arg(nonGreenSubject).arg(subject)));
        }
    }

    // Cyan, yellow and olive badges: near green, but must stay foreground.
    void subjectHasNearGreenColours()
    {
        std::vector<float> alpha;
        const RgbaImage image = renderCameraView(kSize, 0.0, 1, &alpha);
        int cyan = 0, yellow = 0, olive = 0;
        for (std::size_t i = 0; i < alpha.size(); ++i) {
            if (alpha[i] < 1.0f)
                continue;
            const Rgba &c = image.pixels[i];
            cyan += c[0] < 0.2f && c[1] > 0.6f && c[2] > 0.6f;
            yellow += c[0] > 0.8f && c[1] > 0.7f && c[2] < 0.25f;
            olive += std::abs(c[0] - c[1]) < 0.08f && c[0] > 0.3f && c[0] < 0.6f && c[2] < 0.25f;
        }
        QVERIFY2(
            cyan > 100 && yellow > 100 && olive > 100,
            qPrintable(
                QStringLiteral("cyan %1 yellow %2 olive %3").arg(cyan).arg(yellow).arg(olive)));
    }

    void groundTruthHasSolidAndPartialCoverage()
    {
        std::vector<float> alpha;
        renderCameraView(kSize, 0.8, 1, &alpha);
        int zero = 0, one = 0, partial = 0, faint = 0;
        for (float a : alpha) {
            QVERIFY(a >= 0.0f && a <= 1.0f);
            zero += a == 0.0f;
            one += a == 1.0f;
            partial += a > 0.0f && a < 1.0f;
            faint += a > 0.0f && a < 0.5f; // strands and the outer half of soft edges
        }
        QVERIFY(zero > 0);
        QVERIFY(one > 0);
        QVERIFY2(partial > 1000, qPrintable(QString::number(partial)));
        QVERIFY(faint > 500);
    }

    // Green spill: the subject's rim is greener than its interior.
    void spillNearEdges()
    {
        std::vector<float> alpha;
        const RgbaImage image = renderCameraView(kSize, 0.0, 1, &alpha);
        // Walk a row through the torso from the backdrop inwards.
        const int y = kSize.height() * 9 / 10;
        int edge = -1;
        for (int x = 0; x < kSize.width(); ++x) {
            if (alpha[std::size_t(y * kSize.width() + x)] == 1.0f) {
                edge = x;
                break;
            }
        }
        QVERIFY(edge >= 0);
        auto greenness = [&](int x) {
            const Rgba &c = image.at(x, y);
            return c[1] - std::max(c[0], c[2]);
        };
        float rim = 0, inner = 0;
        for (int i = 0; i < 3; ++i) {
            rim += greenness(edge + 1 + i);
            inner += greenness(edge + 60 + i);
        }
        QVERIFY2(rim > inner + 0.1f,
                 qPrintable(QStringLiteral("rim %1 inner %2").arg(rim).arg(inner)));
    }

    void subjectMovesAndLoops()
    {
        std::vector<float> a0, a1, aLoop;
        renderCameraView(kSize, 0.5, 1, &a0);
        renderCameraView(kSize, 1.5, 1, &a1);
        renderCameraView(kSize, 0.5 + kTestPatternLoopSeconds, 1, &aLoop);
        double moved = 0;
        for (std::size_t i = 0; i < a0.size(); ++i)
            moved += std::abs(a0[i] - a1[i]);
        QVERIFY2(moved > 2000.0, qPrintable(QString::number(moved)));
        QVERIFY(a0 == aLoop); // the motion repeats exactly
    }

    // Not a benchmark, a guard: the generator must stay cheap enough for a live source.
    void renderTimeIsReasonable()
    {
        renderCameraView(QSize(1280, 720), 0.0, 1); // warm up
        QElapsedTimer timer;
        timer.start();
        const int frames = 5;
        for (int i = 0; i < frames; ++i)
            renderCameraView(QSize(1280, 720), 0.1 * i, 1);
        const double ms = double(timer.nsecsElapsed()) / 1e6 / frames;
        qInfo("1280x720 camera view: %.1f ms per frame", ms);
        QVERIFY2(ms < 250.0, "far slower than expected, even for an unoptimised build");
    }
};

QTEST_GUILESS_MAIN(tst_TestPatternScene)
#include "tst_testpatternscene.moc"
