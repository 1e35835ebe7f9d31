// Pixel format -> plane texture description, colour tagging, and the checks that stop a frame
// with missing or short planes from ever reaching the GPU.
#include "FrameLayout.h"

#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

Q_DECLARE_METATYPE(QRhiTexture::Format)

class TestFrameLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySupportedFormat_data()
    {
        QTest::addColumn<PF>("format");
        QTest::addColumn<int>("textures");
        QTest::addColumn<QRhiTexture::Format>("chromaFormat");
        QTest::addColumn<QSize>("chromaSize"); // for a 101x51 frame
        QTest::addColumn<int>("mode");
        const auto none = QRhiTexture::UnknownFormat;
        const QSize half(51, 26);
        QTest::newRow("NV12") << PF::Format_NV12 << 2 << QRhiTexture::RG8 << half
                              << int(SampleMode::SemiPlanar);
        QTest::newRow("NV21") << PF::Format_NV21 << 2 << QRhiTexture::RG8 << half
                              << int(SampleMode::SemiPlanar);
        QTest::newRow("P010") << PF::Format_P010 << 2 << QRhiTexture::RG16 << half
                              << int(SampleMode::SemiPlanar);
        QTest::newRow("P016") << PF::Format_P016 << 2 << QRhiTexture::RG16 << half
                              << int(SampleMode::SemiPlanar);
        QTest::newRow("YUV420P") << PF::Format_YUV420P << 3 << QRhiTexture::R8 << half
                                 << int(SampleMode::Planar);
        QTest::newRow("YV12") << PF::Format_YV12 << 3 << QRhiTexture::R8 << half
                              << int(SampleMode::Planar);
        QTest::newRow("YUV422P") << PF::Format_YUV422P << 3 << QRhiTexture::R8 << QSize(51, 51)
                                 << int(SampleMode::Planar);
        QTest::newRow("YUYV") << PF::Format_YUYV << 1 << none << QSize()
                              << int(SampleMode::Packed422);
        QTest::newRow("UYVY") << PF::Format_UYVY << 1 << none << QSize()
                              << int(SampleMode::Packed422);
        QTest::newRow("Y8") << PF::Format_Y8 << 1 << none << QSize() << int(SampleMode::LumaOnly);
        QTest::newRow("Y16") << PF::Format_Y16 << 1 << none << QSize() << int(SampleMode::LumaOnly);
        for (PF rgb :
             {PF::Format_BGRA8888, PF::Format_RGBA8888, PF::Format_ARGB8888, PF::Format_XRGB8888,
              PF::Format_BGRX8888, PF::Format_ABGR8888, PF::Format_XBGR8888, PF::Format_RGBX8888})
            QTest::newRow(qPrintable(QVideoFrameFormat::pixelFormatToString(rgb)))
                << rgb << 1 << none << QSize() << int(SampleMode::PackedRgb);
    }
    void everySupportedFormat()
    {
        QFETCH(PF, format);
        QFETCH(int, textures);
        QFETCH(QRhiTexture::Format, chromaFormat);
        QFETCH(QSize, chromaSize);
        QFETCH(int, mode);
        QVERIFY(isSupportedPixelFormat(format));
        const FrameLayoutResult r = describeFrame(QVideoFrameFormat(QSize(101, 51), format));
        QVERIFY2(r.layout, qPrintable(r.error));
        const FrameLayout &l = *r.layout;
        QCOMPARE(l.textureCount, textures);
        QCOMPARE(int(l.sample.mode), mode);
        const QSize lumaSize =
            l.sample.mode == SampleMode::Packed422 ? QSize(51, 51) : QSize(101, 51);
        QCOMPARE(l.textures[0].size, lumaSize);
        if (textures > 1) {
            QCOMPARE(l.textures[1].format, chromaFormat);
            QCOMPARE(l.textures[1].size, chromaSize);
        }
    }

    void listIsComplete() { QCOMPARE(supportedPixelFormats().size(), 19); }

    void planeOrderAndSwaps()
    {
        const auto yv12 = describeFrame(QVideoFrameFormat(QSize(4, 4), PF::Format_YV12)).layout;
        QCOMPARE(yv12->sample.framePlane, (std::array<int, 3>{0, 2, 1}));
        QVERIFY(describeFrame(QVideoFrameFormat(QSize(4, 4), PF::Format_NV21))
                    .layout->sample.swapChroma);
        QVERIFY(describeFrame(QVideoFrameFormat(QSize(4, 4), PF::Format_UYVY))
                    .layout->sample.chromaFirst);
        QCOMPARE(describeFrame(QVideoFrameFormat(QSize(4, 4), PF::Format_P010))
                     .layout->sample.containerBits,
                 16);
        QCOMPARE(describeFrame(QVideoFrameFormat(QSize(4, 4), PF::Format_ARGB8888))
                     .layout->sample.rgbaByte,
                 (std::array<int, 4>{1, 2, 3, 0}));
        QCOMPARE(describeFrame(QVideoFrameFormat(QSize(4, 4), PF::Format_XBGR8888))
                     .layout->sample.rgbaByte,
                 (std::array<int, 4>{3, 2, 1, -1}));
    }

    void colourTagsAreHonoured()
    {
        QVideoFrameFormat f(QSize(1920, 1080), PF::Format_NV12);
        QCOMPARE(describeFrame(f).layout->matrix, YCbCrMatrix::Bt709); // untagged HD
        QCOMPARE(describeFrame(f).layout->range, YCbCrRange::Limited);
        f.setColorSpace(QVideoFrameFormat::ColorSpace_BT601);
        f.setColorRange(QVideoFrameFormat::ColorRange_Full);
        QCOMPARE(describeFrame(f).layout->matrix, YCbCrMatrix::Bt601);
        QCOMPARE(describeFrame(f).layout->range, YCbCrRange::Full);
        f.setColorSpace(QVideoFrameFormat::ColorSpace_BT2020);
        QCOMPARE(describeFrame(f).layout->matrix, YCbCrMatrix::Bt2020);
        QCOMPARE(describeFrame(QVideoFrameFormat(QSize(640, 480), PF::Format_NV12)).layout->matrix,
                 YCbCrMatrix::Bt601); // untagged SD
    }

    void unsupportedFormatsAreRefusedByName()
    {
        for (PF f : {PF::Format_AYUV, PF::Format_Jpeg, PF::Format_IMC1, PF::Format_Invalid,
                     PF::Format_SamplerExternalOES}) {
            const FrameLayoutResult r = describeFrame(QVideoFrameFormat(QSize(64, 48), f));
            QVERIFY(!r.layout);
            QVERIFY2(r.error.contains(QStringLiteral("not supported")), qPrintable(r.error));
            QVERIFY(r.error.contains(QVideoFrameFormat::pixelFormatToString(f)));
        }
    }

    void emptySizeIsRefused()
    {
        const FrameLayoutResult r = describeFrame(QVideoFrameFormat(QSize(0, 48), PF::Format_NV12));
        QVERIFY(!r.layout);
        QVERIFY2(r.error.contains(QStringLiteral("empty size")), qPrintable(r.error));
    }

    void planeValidation()
    {
        const FrameLayout l =
            *describeFrame(QVideoFrameFormat(QSize(64, 48), PF::Format_NV12)).layout;
        static uchar memory[64 * 48 * 2] = {};
        std::array<MappedPlane, 3> planes{};
        planes[0] = {memory, 64, 64 * 48};
        planes[1] = {memory, 64, 64 * 24};
        QVERIFY(validatePlanes(l, 2, planes).isEmpty());
        QCOMPARE(uploadBytes(l, 0, planes[0]) + uploadBytes(l, 1, planes[1]), 64 * 48 * 3 / 2);

        // Padded rows are fine (and are uploaded with their stride).
        auto padded = planes;
        padded[0] = {memory, 80, 80 * 48};
        QVERIFY(validatePlanes(l, 2, padded).isEmpty());
        QCOMPARE(uploadBytes(l, 0, padded[0]), 80 * 48);

        auto narrow = planes;
        narrow[0].bytesPerLine = 60; // stride smaller than the width
        const QString strideError = validatePlanes(l, 2, narrow);
        QVERIFY2(strideError.contains(QStringLiteral("stride of 60 bytes")),
                 qPrintable(strideError));

        auto shortPlane = planes;
        shortPlane[1].mappedBytes = 64 * 23;
        QVERIFY(validatePlanes(l, 2, shortPlane).contains(QStringLiteral("are needed")));

        auto missing = planes;
        missing[1].data = nullptr;
        QVERIFY(validatePlanes(l, 2, missing).contains(QStringLiteral("no data")));
        QVERIFY(validatePlanes(l, 1, planes).contains(QStringLiteral("expected 2")));
    }
};

QTEST_APPLESS_MAIN(TestFrameLayout)
#include "tst_framelayout.moc"
