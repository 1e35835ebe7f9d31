// GPU pixel test: every supported pixel format, colour matrix and range is drawn by
// KeyedVideoItem in a real QQuickWindow on the backend under test, read back, and compared per
// pixel with the CPU reference keyer. Tolerance: 2/255 on premultiplied colour and on alpha, on
// every pixel of formats without chroma subsampling and, for 4:2:0/4:2:2 planar formats, on
// every pixel at least 2 pixels away from an edge between flat colour blocks.
#include "FrameLayout.h"
#include "FrameWriter.h"
#include "KeyerTestWindow.h"
#include "QtCompat.h"
#include "ReferenceFrames.h"

#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {
constexpr float kTolerance = 2.0f / 255.0f;
constexpr int kBlock = 8;
} // namespace

class TestKeyedVideoItemPixels : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::KeyerTestWindow> m_window;

    void checkFrame(const QVideoFrame &frame, bool interiorOnly)
    {
        QVERIFY2(frame.isValid(), "the frame writer could not make the frame");
        m_window->resize(frame.size());
        QVERIFY(m_window->presentAndWait(frame));
        QCOMPARE(m_window->item()->frameError(), QString());
        const RgbaImage actual = m_window->grabPremultiplied();
        const RgbaImage expected = test::referenceOutput(frame, m_window->item()->keyParams());
        QCOMPARE(actual.width, frame.width());
        QCOMPARE(expected.width, frame.width());

        const auto include = [&](int x, int y) {
            if (!interiorOnly)
                return true;
            const int bx = x % kBlock, by = y % kBlock;
            const bool nearBlockEdge = bx < 2 || bx > kBlock - 3 || by < 2 || by > kBlock - 3;
            const bool nearFrameEdge =
                x >= (frame.width() / kBlock) * kBlock || y >= (frame.height() / kBlock) * kBlock;
            return !nearBlockEdge && !nearFrameEdge;
        };
        const test::ImageDifference d = test::compareImages(actual, expected, include);
        QVERIFY(d.compared > frame.width() * frame.height() / 8);
        QVERIFY2(d.maxColour <= kTolerance && d.maxAlpha <= kTolerance,
                 qPrintable(QVideoFrameFormat::pixelFormatToString(frame.pixelFormat()) +
                            QStringLiteral(": ") + test::describeDifference(d, actual, expected)));
    }

    static bool subsampled(PF format)
    {
        const auto l = describeFrame(QVideoFrameFormat(QSize(2, 2), format)).layout;
        return l->sample.chromaShiftX > 0 || l->sample.chromaShiftY > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<test::KeyerTestWindow>(QSize(64, 48));
        QString error;
        QVERIFY2(m_window->show(&error), qPrintable(error));
        m_window->item()->setKeyParams(test::paletteKeyParams());
        qInfo("Scene graph backend: %s", qPrintable(m_window->backendName()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyFormatMatchesTheReference_data()
    {
        QTest::addColumn<PF>("format");
        QTest::addColumn<int>("matrix");
        QTest::addColumn<int>("range");
        QTest::addColumn<QSize>("size");
        const QList<PF> formats = supportedPixelFormats();
        for (PF f : formats) {
            // Qt before 6.6.1 cannot allocate a correct YUV422P memory frame (QTBUG-116991);
            // tst_keyedvideoitem_badinput checks that such a frame is refused, not drawn.
            if (f == PF::Format_YUV422P && !compat::memoryFramesHoldYuv422P())
                continue;
            const QString name = QVideoFrameFormat::pixelFormatToString(f);
            const bool yuv =
                describeFrame(QVideoFrameFormat(QSize(2, 2), f)).layout->sample.isYCbCr;
            if (!yuv) {
                QTest::newRow(qPrintable(name)) << f << 0 << 0 << QSize(64, 48);
                continue;
            }
            for (auto m : {YCbCrMatrix::Bt601, YCbCrMatrix::Bt709, YCbCrMatrix::Bt2020})
                for (auto r : {YCbCrRange::Limited, YCbCrRange::Full}) {
                    const QString row =
                        QStringLiteral("%1 %2 %3")
                            .arg(name)
                            .arg(m == YCbCrMatrix::Bt601   ? QStringLiteral("bt601")
                                 : m == YCbCrMatrix::Bt709 ? QStringLiteral("bt709")
                                                           : QStringLiteral("bt2020"))
                            .arg(r == YCbCrRange::Limited ? QStringLiteral("limited")
                                                          : QStringLiteral("full"));
                    QTest::newRow(qPrintable(row)) << f << int(m) << int(r) << QSize(64, 48);
                }
        }
        // Odd chroma widths and rows that are not a multiple of 4 bytes.
        for (PF f : {PF::Format_NV12, PF::Format_YUV420P, PF::Format_YUYV, PF::Format_P010,
                     PF::Format_Y8, PF::Format_RGBA8888})
            QTest::newRow(
                qPrintable(QVideoFrameFormat::pixelFormatToString(f) + QStringLiteral(" 70x38")))
                << f << int(YCbCrMatrix::Bt709) << int(YCbCrRange::Limited) << QSize(70, 38);
    }

    void everyFormatMatchesTheReference()
    {
        QFETCH(PF, format);
        QFETCH(int, matrix);
        QFETCH(int, range);
        QFETCH(QSize, size);
        const QVideoFrame frame = encodeFrame(test::paletteImage(size, kBlock), format,
                                              YCbCrMatrix(matrix), YCbCrRange(range));
        checkFrame(frame, subsampled(format));
    }

    void keyParametersReachTheGpu()
    {
        const QVideoFrame frame =
            encodeFrame(test::paletteImage({64, 48}, kBlock), PF::Format_NV12);
        KeyParams p = test::paletteKeyParams();
        p.keyColor = QColor(0, 0, 255);
        p.similarity = 0.3;
        p.smoothness = 0.05;
        p.spill = 1.0;
        p.opacity = 0.8;
        m_window->item()->setKeyParams(p);
        checkFrame(frame, true);
        m_window->item()->setKeyParams(test::paletteKeyParams());
    }

    void mirroredAndRotatedFramesAreDrawnTurned()
    {
        QVideoFrame frame = encodeFrame(test::paletteImage({64, 48}, kBlock), PF::Format_RGBA8888);
        frame.setMirrored(true);
        QVERIFY(m_window->presentAndWait(frame));
        const RgbaImage actual = m_window->grabPremultiplied();
        const RgbaImage expected = test::referenceOutput(frame, m_window->item()->keyParams());
        RgbaImage flipped(expected.width, expected.height);
        for (int y = 0; y < expected.height; ++y)
            for (int x = 0; x < expected.width; ++x)
                flipped.at(x, y) = expected.at(expected.width - 1 - x, y);
        const auto d = test::compareImages(actual, flipped, [](int, int) { return true; });
        QVERIFY2(d.maxColour <= kTolerance && d.maxAlpha <= kTolerance,
                 qPrintable(QStringLiteral("mirrored: off by %1/255").arg(d.maxColour * 255)));

        frame.setMirrored(false);
        compat::setFrameRotationDegrees(frame, 180);
        QVERIFY(m_window->presentAndWait(frame));
        const RgbaImage turned = m_window->grabPremultiplied();
        RgbaImage upsideDown(expected.width, expected.height);
        for (int y = 0; y < expected.height; ++y)
            for (int x = 0; x < expected.width; ++x)
                upsideDown.at(x, y) = expected.at(expected.width - 1 - x, expected.height - 1 - y);
        const auto r = test::compareImages(turned, upsideDown, [](int, int) { return true; });
        QVERIFY2(r.maxColour <= kTolerance && r.maxAlpha <= kTolerance,
                 qPrintable(QStringLiteral("rotated: off by %1/255").arg(r.maxColour * 255)));
    }
};

QTEST_MAIN(TestKeyedVideoItemPixels)
#include "tst_keyedvideoitem_pixels.moc"
