// Auto-key and the eyedropper on synthetic frames whose backdrop is known exactly.
//
// Tolerance: the estimated key colour's BT.709 chroma lies within 0.015 (about 3 code values of
// 8-bit video chroma) of the median chroma of the frame's true backdrop pixels, and its luma
// within 0.05; keyed with the estimate, at least 99% of the backdrop is transparent, the solid
// subject's mean alpha is at least 0.97 and at least 75% of its pixels are opaque (edges of the
// generated subjects carry spill). Solid patches in the colours a chroma distance confuses with
// the screen (teal, cyan, olive, dark grey) on an unevenly lit green, dark green or blue screen
// keep a mean alpha of at least 0.99 inside, with 97% of their pixels at 0.98 or more: the
// screen matte and subject protection.
#include "AutoKey.h"
#include "Eyedropper.h"
#include "FrameWriter.h"
#include "MappedFrameView.h"
#include "ReferenceKeyer.h"
#include "TestPatternScene.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <random>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

struct Scene {
    RgbaImage image;
    std::vector<float> alpha; // ground-truth coverage per pixel
};

// A blue-screen scene: a vertical light gradient on the backdrop, sensor noise, and a subject
// of skin, hair, white, black, yellow and cyan patches covering about 40% of the frame.
Scene blueScene(quint32 seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 2.0f / 255.0f);
    const int w = 320, h = 180;
    Scene s{RgbaImage(w, h), std::vector<float>(std::size_t(w * h), 0.0f)};
    const Rgba patches[] = {{0.85f, 0.62f, 0.52f, 1}, {0.30f, 0.20f, 0.12f, 1},
                            {0.95f, 0.95f, 0.95f, 1}, {0.04f, 0.04f, 0.04f, 1},
                            {0.95f, 0.85f, 0.10f, 1}, {0.10f, 0.80f, 0.85f, 1}};
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float light = 0.75f + 0.35f * float(y) / float(h);
            Rgba c{0.08f * light, 0.25f * light, 0.75f * light, 1};
            const bool subject = x > 90 && x < 230 && y > 30;
            if (subject) {
                c = patches[std::size_t(((x - 90) / 24 + (y - 30) / 30) % 6)];
                s.alpha[std::size_t(y * w + x)] = 1.0f;
            }
            for (int i = 0; i < 3; ++i)
                c[std::size_t(i)] = std::clamp(c[std::size_t(i)] + noise(rng), 0.0f, 1.0f);
            s.image.at(x, y) = c;
        }
    return s;
}

// Solid patches in the colours a colour-distance key confuses with the screen (teal, cyan,
// olive, dark grey) and two more, on a screen lit unevenly (a gradient and a dark corner), with
// sensor noise. `screen` is the backdrop's paint colour.
Scene hardColourScene(const Rgba &screen, quint32 seed, std::vector<QRect> *patchRects)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 2.0f / 255.0f);
    const int w = 384, h = 216;
    Scene s{RgbaImage(w, h), std::vector<float>(std::size_t(w * h), 0.0f)};
    const Rgba patches[] = {{0.00f, 0.50f, 0.50f, 1}, {0.10f, 0.75f, 0.80f, 1},
                            {0.50f, 0.50f, 0.15f, 1}, {0.22f, 0.22f, 0.22f, 1},
                            {0.00f, 0.30f, 0.30f, 1}, {0.85f, 0.62f, 0.52f, 1}};
    for (int i = 0; i < 6; ++i)
        patchRects->push_back(QRect(40 + (i % 3) * 110, 30 + (i / 3) * 90, 80, 70));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float u = float(x) / float(w), v = float(y) / float(h);
            const float corner = std::max(0.0f, 1.0f - std::hypot(u, v) / 0.6f);
            const float light = (0.8f + 0.3f * u) * (1.0f - 0.3f * corner);
            Rgba c{screen[0] * light, screen[1] * light, screen[2] * light, 1};
            for (std::size_t i = 0; i < patchRects->size(); ++i)
                if ((*patchRects)[i].contains(x, y)) {
                    c = patches[i];
                    s.alpha[std::size_t(y * w + x)] = 1.0f;
                }
            for (int i = 0; i < 3; ++i)
                c[std::size_t(i)] = std::clamp(c[std::size_t(i)] + noise(rng), 0.0f, 1.0f);
            s.image.at(x, y) = c;
        }
    return s;
}

Scene greenScene(quint32 seed)
{
    Scene s;
    s.image = renderCameraView(QSize(320, 180), 0.37 * seed, seed, &s.alpha);
    return s;
}

// Median keying (Y', Cb, Cr) of the pixels the subject does not touch at all.
QVector3D backdropMedian(const Scene &s)
{
    std::vector<float> y, cb, cr;
    for (std::size_t i = 0; i < s.alpha.size(); ++i) {
        if (s.alpha[i] > 0.0f)
            continue;
        const Rgba &c = s.image.pixels[i];
        const QVector3D ycc = keyingYCbCr(QVector3D(c[0], c[1], c[2]));
        y.push_back(ycc.x());
        cb.push_back(ycc.y());
        cr.push_back(ycc.z());
    }
    const auto median = [](std::vector<float> v) {
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    return {median(y), median(cb), median(cr)};
}

} // namespace

class TestAutoKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsTheBackdrop_data()
    {
        QTest::addColumn<bool>("blue");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<PF>("format");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u})
            for (PF f : {PF::Format_NV12, PF::Format_YUYV, PF::Format_RGBA8888}) {
                const QString name = QVideoFrameFormat::pixelFormatToString(f);
                QTest::newRow(qPrintable(QStringLiteral("green %1 %2").arg(seed).arg(name)))
                    << false << seed << f;
                QTest::newRow(qPrintable(QStringLiteral("blue %1 %2").arg(seed).arg(name)))
                    << true << seed << f;
            }
    }

    void findsTheBackdrop()
    {
        QFETCH(bool, blue);
        QFETCH(quint32, seed);
        QFETCH(PF, format);
        const Scene scene = blue ? blueScene(seed) : greenScene(seed);
        const QVector3D truth = backdropMedian(scene);
        const MappedFrameView mapped(encodeFrame(scene.image, format));
        const FrameSampler sampler(mapped.view());
        const AutoKeyResult r = autoKey(sampler);
        QVERIFY(r.valid);
        QVERIFY2(r.coverage > 0.3 && r.coverage < 0.95, qPrintable(QString::number(r.coverage)));

        const QColor k = r.keyColor;
        const QVector3D found =
            keyingYCbCr(QVector3D(float(k.redF()), float(k.greenF()), float(k.blueF())));
        const float chromaError = std::hypot(found.y() - truth.y(), found.z() - truth.z());
        QVERIFY2(chromaError < 0.015f,
                 qPrintable(QStringLiteral("key chroma off by %1").arg(chromaError)));
        QVERIFY2(
            qAbs(found.x() - truth.x()) < 0.05f,
            qPrintable(QStringLiteral("key luma %1, backdrop %2").arg(found.x()).arg(truth.x())));
        QVERIFY(r.similarity > 0.0 && r.similarity < 0.2);
        QVERIFY(r.smoothness >= 0.04 && r.smoothness <= 0.5);

        // Keyed with the estimate: the backdrop goes, the solid subject stays.
        const RgbaImage keyed = keyFrame(mapped.view(), makeKeyUniforms(r.appliedTo(KeyParams())));
        int backdrop = 0, backdropClear = 0, solid = 0, solidKept = 0;
        double solidAlpha = 0.0;
        for (std::size_t i = 0; i < scene.alpha.size(); ++i) {
            const float a = keyed.pixels[i][3];
            // Well inside either region: 4:2:0 chroma reaches a pixel or two across edges.
            const int x = int(i) % keyed.width, y = int(i) / keyed.width;
            bool interior = true;
            for (int dy = -3; dy <= 3 && interior; ++dy)
                for (int dx = -3; dx <= 3 && interior; ++dx) {
                    const int xx = std::clamp(x + dx, 0, keyed.width - 1);
                    const int yy = std::clamp(y + dy, 0, keyed.height - 1);
                    interior = scene.alpha[std::size_t(yy * keyed.width + xx)] == scene.alpha[i];
                }
            if (!interior)
                continue;
            if (scene.alpha[i] == 0.0f) {
                ++backdrop;
                backdropClear += a < 0.02f ? 1 : 0;
            } else if (scene.alpha[i] == 1.0f) {
                ++solid;
                solidKept += a > 0.98f ? 1 : 0;
                solidAlpha += a;
            }
        }
        QVERIFY2(backdropClear >= 0.99 * backdrop,
                 qPrintable(QStringLiteral("%1 of %2 backdrop pixels transparent")
                                .arg(backdropClear)
                                .arg(backdrop)));
        const QString subject = QStringLiteral("%1 of %2 subject pixels opaque, mean alpha %3")
                                    .arg(solidKept)
                                    .arg(solid)
                                    .arg(solidAlpha / solid, 0, 'f', 4);
        QVERIFY2(solidKept >= 0.75 * solid, qPrintable(subject));
        QVERIFY2(solidAlpha >= 0.97 * solid, qPrintable(subject));
    }

    // Colours with no excess of the screen's primary channel stay solid, however close their
    // chroma is to the screen's: auto-key's screen matte and subject protection.
    void hardColoursStaySolid_data()
    {
        QTest::addColumn<QColor>("screen");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<PF>("format");
        for (quint32 seed : {1u, 2u, 3u})
            for (PF f : {PF::Format_NV12, PF::Format_YUYV}) {
                const QString name = QVideoFrameFormat::pixelFormatToString(f);
                QTest::newRow(qPrintable(QStringLiteral("green %1 %2").arg(seed).arg(name)))
                    << QColor::fromRgbF(0.12f, 0.62f, 0.25f) << seed << f;
                QTest::newRow(qPrintable(QStringLiteral("dark green %1 %2").arg(seed).arg(name)))
                    << QColor::fromRgbF(0.10f, 0.38f, 0.15f) << seed << f;
                QTest::newRow(qPrintable(QStringLiteral("blue %1 %2").arg(seed).arg(name)))
                    << QColor::fromRgbF(0.08f, 0.25f, 0.72f) << seed << f;
            }
    }

    void hardColoursStaySolid()
    {
        QFETCH(QColor, screen);
        QFETCH(quint32, seed);
        QFETCH(PF, format);
        std::vector<QRect> patches;
        const Scene scene = hardColourScene(
            {float(screen.redF()), float(screen.greenF()), float(screen.blueF()), 1}, seed,
            &patches);
        const MappedFrameView mapped(encodeFrame(scene.image, format));
        const AutoKeyResult r = autoKey(FrameSampler(mapped.view()));
        QVERIFY(r.valid);
        const RgbaImage keyed = keyFrame(mapped.view(), makeKeyUniforms(r.appliedTo(KeyParams())));
        for (std::size_t i = 0; i < patches.size(); ++i) {
            // The patch's inside: 4:2:0 chroma reaches a pixel or two across its edge.
            const QRect inside = patches[i].adjusted(3, 3, -3, -3);
            double sum = 0.0;
            int count = 0, opaque = 0;
            for (int y = inside.top(); y <= inside.bottom(); ++y)
                for (int x = inside.left(); x <= inside.right(); ++x) {
                    const float a = keyed.at(x, y)[3];
                    sum += a;
                    ++count;
                    opaque += a >= 0.98f ? 1 : 0;
                }
            const QString what = QStringLiteral("patch %1: mean alpha %2, %3% at 0.98 or more")
                                     .arg(i)
                                     .arg(sum / count, 0, 'f', 4)
                                     .arg(100.0 * opaque / count, 0, 'f', 1);
            QVERIFY2(sum / count >= 0.99, qPrintable(what));
            QVERIFY2(opaque >= 0.97 * count, qPrintable(what));
        }
        // And the screen still goes, dark corner included.
        int backdrop = 0, clear = 0;
        for (int y = 0; y < keyed.height; ++y)
            for (int x = 0; x < keyed.width; ++x) {
                bool nearPatch = false;
                for (const QRect &p : patches)
                    nearPatch = nearPatch || p.adjusted(-3, -3, 3, 3).contains(x, y);
                if (nearPatch)
                    continue;
                ++backdrop;
                clear += keyed.at(x, y)[3] < 0.02f ? 1 : 0;
            }
        QVERIFY2(
            clear >= 0.99 * backdrop,
            qPrintable(
                QStringLiteral("%1 of %2 backdrop pixels transparent").arg(clear).arg(backdrop)));
    }

    void adviceNamesWhatItCannotSeparate()
    {
        AutoKeyResult r;
        r.valid = true;
        QVERIFY(r.advice().isEmpty());
        r.unseparated.push_back({QColor::fromRgbF(0.0f, 0.5f, 0.5f), 0.2, 0.5});
        r.unseparated.push_back({QColor::fromRgbF(0.0f, 0.52f, 0.5f), 0.1, 0.55}); // same name
        r.unseparated.push_back({QColor::fromRgbF(0.9f, 0.9f, 0.2f), 0.001, 0.5}); // too small
        QCOMPARE(r.advice(), QStringLiteral("Teal areas close to the screen colour: expect "
                                            "partial transparency; capture a clean plate."));
        r.screenGain = 2.0;
        QVERIFY(r.advice().contains(QStringLiteral(". The screen is unevenly lit")));
        r.valid = false;
        QVERIFY(r.advice().isEmpty());
    }

    void noSaturatedBackdropIsNoKey()
    {
        RgbaImage grey(64, 64, {0.5f, 0.5f, 0.5f, 1});
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                if ((x / 8 + y / 8) % 2)
                    grey.at(x, y) = {0.2f, 0.2f, 0.2f, 1};
        const MappedFrameView mapped(encodeFrame(grey, PF::Format_RGBA8888));
        const AutoKeyResult r = autoKey(FrameSampler(mapped.view()));
        QVERIFY(!r.valid);
        KeyParams base;
        base.similarity = 0.33;
        QCOMPARE(r.appliedTo(base), base);
    }

    void eyedropperAveragesANeighbourhood()
    {
        RgbaImage image(40, 30, {0.2f, 0.6f, 0.3f, 1});
        // A checker of two colours around (10, 10): the 5x5 mean is their weighted mean.
        for (int y = 8; y <= 12; ++y)
            for (int x = 8; x <= 12; ++x)
                if ((x + y) % 2)
                    image.at(x, y) = {0.4f, 0.2f, 0.1f, 1};
        const MappedFrameView mapped(encodeFrame(image, PF::Format_RGBA8888));
        const FrameSampler sampler(mapped.view());
        const QColor c = eyedropper(sampler, QPointF(10.5 / 40, 10.5 / 30));
        // 12 of the 25 pixels are the second colour.
        QVERIFY(qAbs(c.redF() - (13 * 0.2 + 12 * 0.4) / 25) < 1.0 / 255);
        QVERIFY(qAbs(c.greenF() - (13 * 0.6 + 12 * 0.2) / 25) < 1.0 / 255);
        // A radius of 0 reads one pixel; at a corner only the pixels inside count.
        QVERIFY(qAbs(eyedropper(sampler, QPointF(11.5 / 40, 10.5 / 30), 0).redF() - 0.4) <
                1.0 / 255);
        QVERIFY(qAbs(eyedropper(sampler, QPointF(0, 0)).greenF() - 0.6) < 1.0 / 255);
        QVERIFY(qAbs(eyedropper(sampler, QPointF(1, 1)).greenF() - 0.6) < 1.0 / 255);
        QVERIFY(!eyedropper(sampler, QPointF(1.5, 0.5)).isValid());
    }
};

QTEST_APPLESS_MAIN(TestAutoKey)
#include "tst_autokey.moc"
