// Which baked keyer variant draws a frame: planar and semi-planar frames read their 2x2
// neighbourhoods with textureGather where the graphics API has it and texel by texel where it has
// not, the chroma guide's reads are left out when it is off, and features a key leaves at
// identity are compiled out rather than branched over. Every variant has its own name and
// material type.
#include "FrameLayout.h"
#include "KeyShaderVariant.h"

#include <QtCore/QFile>
#include <QtTest/QtTest>

#include <set>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

FrameLayout layoutOf(PF format, QSize size)
{
    const FrameLayoutResult result = describeFrame(QVideoFrameFormat(size, format));
    return result.layout.value_or(FrameLayout{});
}

} // namespace

class TestKeyShaderVariant : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gatherForChromaNeighbourhoodsWhereSupported_data()
    {
        QTest::addColumn<PF>("format");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("neighbourhood");
        QTest::newRow("NV12 1920x1080") << PF::Format_NV12 << QSize(1920, 1080) << true;
        QTest::newRow("NV21 64x48") << PF::Format_NV21 << QSize(64, 48) << true;
        QTest::newRow("YUV420P 640x360") << PF::Format_YUV420P << QSize(640, 360) << true;
        QTest::newRow("YV12 640x360") << PF::Format_YV12 << QSize(640, 360) << true;
        QTest::newRow("P010 1280x720") << PF::Format_P010 << QSize(1280, 720) << true;
        QTest::newRow("NV12 odd width") << PF::Format_NV12 << QSize(95, 64) << true;
        QTest::newRow("YUV422P") << PF::Format_YUV422P << QSize(640, 360) << true;
        QTest::newRow("YUYV") << PF::Format_YUYV << QSize(640, 360) << false;
        QTest::newRow("Y8") << PF::Format_Y8 << QSize(640, 360) << false;
        QTest::newRow("RGBA8888") << PF::Format_RGBA8888 << QSize(640, 360) << false;
    }

    void gatherForChromaNeighbourhoodsWhereSupported()
    {
        QFETCH(PF, format);
        QFETCH(QSize, size);
        QFETCH(bool, neighbourhood);
        const FrameLayout layout = layoutOf(format, size);
        QVERIFY(layout.textureCount > 0);
        const KeyUniforms key = makeKeyUniforms({});
        const KeyShaderVariant gathering = chooseKeyShaderVariant(layout, key, true);
        const KeyShaderVariant texels = chooseKeyShaderVariant(layout, key, false);
        QCOMPARE(gathering.mode, layout.sample.mode);
        QCOMPARE(gathering.gather, neighbourhood);
        QCOMPARE(gathering.fileName().contains(QLatin1String("_gather")), neighbourhood);
        QVERIFY(!texels.gather);
        QVERIFY(!texels.fileName().contains(QLatin1String("_gather")));
        QVERIFY(gathering.isBaked());
        QVERIFY(texels.isBaked());
        QVERIFY(gathering.chromaGuide);
    }

    // With the guide off, planar and semi-planar frames read no luma for it at all; other
    // modes have no guide reads to leave out.
    void guideOffReadsNothingForIt()
    {
        KeyParams off;
        off.chromaGuide = 0.0;
        const KeyUniforms key = makeKeyUniforms(off);
        for (const bool canGather : {false, true}) {
            for (const auto &[format, size] : {std::pair{PF::Format_NV12, QSize(64, 48)},
                                               std::pair{PF::Format_NV12, QSize(65, 48)},
                                               std::pair{PF::Format_YUV420P, QSize(64, 48)}}) {
                const KeyShaderVariant v =
                    chooseKeyShaderVariant(layoutOf(format, size), key, canGather);
                QVERIFY(!v.chromaGuide);
                QCOMPARE(v.gather, canGather);
                QVERIFY(v.fileName().contains(QLatin1String("_noguide")));
            }
            for (const PF format : {PF::Format_YUYV, PF::Format_Y8, PF::Format_RGBA8888}) {
                const KeyShaderVariant v =
                    chooseKeyShaderVariant(layoutOf(format, QSize(64, 48)), key, canGather);
                QVERIFY(v.chromaGuide);
                QVERIFY(!v.gather);
            }
        }
        KeyParams half;
        half.chromaGuide = 0.5;
        QVERIFY(chooseKeyShaderVariant(layoutOf(PF::Format_NV12, QSize(64, 48)),
                                       makeKeyUniforms(half), true)
                    .chromaGuide);
    }

    void featuresAtIdentityAreLeftOut()
    {
        const FrameLayout layout = layoutOf(PF::Format_NV12, QSize(64, 48));
        const KeyShaderVariant plain = chooseKeyShaderVariant(layout, makeKeyUniforms({}), true);
        QVERIFY(!plain.neighbourTaps);
        QVERIFY(!plain.adjustments);

        const std::pair<const char *, std::function<void(KeyParams &)>> adjusting[] = {
            {"matte gamma", [](KeyParams &p) { p.matteGamma = 2.2; }},
            {"gamma", [](KeyParams &p) { p.gamma = 0.8; }},
            {"brightness", [](KeyParams &p) { p.brightness = 0.1; }},
            {"contrast", [](KeyParams &p) { p.contrast = 1.2; }},
            {"saturation", [](KeyParams &p) { p.saturation = 0.5; }},
            {"garbage outer", [](KeyParams &p) { p.garbageOuter = QRectF(0.1, 0, 0.8, 1); }},
            {"garbage inner", [](KeyParams &p) { p.garbageInner = QRectF(0.4, 0.4, 0.2, 0.2); }},
            {"garbage feather", [](KeyParams &p) { p.garbageFeather = 0.05; }},
        };
        for (const auto &[name, apply] : adjusting) {
            KeyParams p;
            apply(p);
            const KeyShaderVariant v = chooseKeyShaderVariant(layout, makeKeyUniforms(p), true);
            QVERIFY2(v.adjustments, name);
            QVERIFY2(!v.neighbourTaps, name);
            QVERIFY2(v.fileName().endsWith(QLatin1String("_adjust.frag.qsb")), name);
        }

        KeyParams feathered;
        feathered.feather = 1.5;
        const KeyShaderVariant taps =
            chooseKeyShaderVariant(layout, makeKeyUniforms(feathered), true);
        QVERIFY(taps.neighbourTaps);
        QVERIFY(!taps.adjustments);
        QCOMPARE(taps.fileName(),
                 QStringLiteral(":/greenroom/shaders/keyer_semiplanar_gather_neighbours.frag.qsb"));
    }

    // Distinct indices across the whole index space; distinct names, each of them baked, for
    // every combination that isBaked() admits.
    void everyVariantHasItsOwnIndexAndName()
    {
        std::set<int> indices;
        std::set<QString> names;
        int baked = 0;
        int bakedWithPlate = 0;
        for (int mode = 0; mode <= int(SampleMode::LumaOnly); ++mode)
            for (const bool guide : {false, true})
                for (const bool gather : {false, true})
                    for (const bool taps : {false, true})
                        for (const bool adjust : {false, true})
                            for (const bool plate : {false, true}) {
                                const KeyShaderVariant v{SampleMode(mode), guide, gather, taps,
                                                         adjust,           plate};
                                QVERIFY(v.index() >= 0 && v.index() < KeyShaderVariant::kCount);
                                indices.insert(v.index());
                                QCOMPARE(KeyShaderVariant::fromIndex(v.index()), v);
                                if (!v.isBaked())
                                    continue;
                                ++(plate ? bakedWithPlate : baked);
                                names.insert(v.fileName());
                                QVERIFY2(QFile::exists(v.fileName()), qPrintable(v.fileName()));
                                QCOMPARE(v.name().startsWith(QLatin1String("keyer_plate_")), plate);
                            }
        QCOMPARE(int(indices.size()), KeyShaderVariant::kCount);
        QVERIFY(!KeyShaderVariant::fromIndex(-1));
        QVERIFY(!KeyShaderVariant::fromIndex(KeyShaderVariant::kCount));
        QCOMPARE(int(names.size()), baked + bakedWithPlate);
        // Planar and semi-planar: guide x gather x taps x adjustments; the other three modes:
        // taps x adjustments. With a clean plate, always with adjustments: a quarter of that.
        QCOMPARE(baked, 2 * 16 + 3 * 4);
        QCOMPARE(bakedWithPlate, 2 * 8 + 3 * 2);
    }

    // A key without a clean plate draws with the variants it drew with before plates existed
    // (same index, same file); one with a plate draws with a plate variant, adjustments in.
    void cleanPlateHasVariantsOfItsOwn()
    {
        KeyParams feathered;
        feathered.feather = 1.5;
        for (const PF format : {PF::Format_NV12, PF::Format_YUYV, PF::Format_RGBA8888}) {
            const FrameLayout layout = layoutOf(format, QSize(64, 48));
            for (const KeyParams &p : {KeyParams(), feathered}) {
                const KeyUniforms key = makeKeyUniforms(p);
                const KeyShaderVariant without = chooseKeyShaderVariant(layout, key, true);
                QCOMPARE(chooseKeyShaderVariant(layout, key, true, false), without);
                QVERIFY(!without.cleanPlate);
                QVERIFY(without.index() < KeyShaderVariant::kCount / 2);
                const KeyShaderVariant with = chooseKeyShaderVariant(layout, key, true, true);
                QVERIFY(with.cleanPlate);
                QVERIFY(with.adjustments);
                QCOMPARE(with.neighbourTaps, without.neighbourTaps);
                QCOMPARE(with.gather, without.gather);
                QVERIFY(with.isBaked());
                QVERIFY(with.fileName().contains(QLatin1String("keyer_plate_")));
                QVERIFY(with.index() >= KeyShaderVariant::kCount / 2);
            }
        }
    }
};

QTEST_MAIN(TestKeyShaderVariant)
#include "tst_keyshadervariant.moc"
