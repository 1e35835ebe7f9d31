// View modes in the one keyer pass: composite, matte (alpha as grey), source (unkeyed) and
// split (source left of the divider, composite right of it), read back from the GPU on each
// backend. The divider follows the screen, not the texture, when the frame is mirrored, and a
// view change uploads nothing.
#include "FrameWriter.h"
#include "KeyerTestWindow.h"

#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

constexpr int kWidth = 64;
constexpr int kHeight = 48;
const Rgba kBackdrop{0.0f, float(0xB1) / 255.0f, float(0x40) / 255.0f, 1.0f}; // default key
const Rgba kSkin{0.9f, 0.6f, 0.5f, 1.0f};

// Backdrop left of column `edge`, skin from it on.
QVideoFrame frameWithEdge(int edge)
{
    RgbaImage image(kWidth, kHeight, kBackdrop);
    for (int y = 0; y < kHeight; ++y)
        for (int x = edge; x < kWidth; ++x)
            image.at(x, y) = kSkin;
    return encodeFrame(image, PF::Format_RGBA8888);
}

bool nearly(float a, float b, float tolerance = 0.03f)
{
    return std::abs(a - b) <= tolerance;
}

QString describe(const Rgba &p)
{
    return QStringLiteral("(%1, %2, %3, a %4)").arg(p[0]).arg(p[1]).arg(p[2]).arg(p[3]);
}

} // namespace

class TestViewModes : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::KeyerTestWindow> m_window;

    RgbaImage show(KeyedVideoItem::ViewMode mode, qreal split = 0.5)
    {
        m_window->item()->setViewMode(mode);
        m_window->item()->setSplitPosition(split);
        return m_window->grabPremultiplied();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window =
            std::make_unique<test::KeyerTestWindow>(QSize(kWidth, kHeight), QSize(kWidth, kHeight));
        QString error;
        QVERIFY2(m_window->show(&error), qPrintable(error));
        QVERIFY(m_window->presentAndWait(frameWithEdge(kWidth / 2)));
    }

    void compositeKeysTheBackdrop()
    {
        const RgbaImage out = show(KeyedVideoItem::Composite);
        QVERIFY2(out.at(8, 24)[3] < 0.05f, qPrintable(describe(out.at(8, 24))));
        QVERIFY2(out.at(56, 24)[3] > 0.95f, qPrintable(describe(out.at(56, 24))));
    }

    void matteIsAlphaAsGrey()
    {
        const RgbaImage out = show(KeyedVideoItem::Matte);
        const Rgba backdrop = out.at(8, 24);
        const Rgba subject = out.at(56, 24);
        QVERIFY2(nearly(backdrop[0], 0) && nearly(backdrop[1], 0) && nearly(backdrop[2], 0) &&
                     nearly(backdrop[3], 1),
                 qPrintable(describe(backdrop)));
        QVERIFY2(nearly(subject[0], 1) && nearly(subject[1], 1) && nearly(subject[2], 1) &&
                     nearly(subject[3], 1),
                 qPrintable(describe(subject)));
    }

    void sourceIsUnkeyed()
    {
        const RgbaImage out = show(KeyedVideoItem::Source);
        const Rgba backdrop = out.at(8, 24);
        QVERIFY2(nearly(backdrop[0], kBackdrop[0]) && nearly(backdrop[1], kBackdrop[1]) &&
                     nearly(backdrop[2], kBackdrop[2]) && nearly(backdrop[3], 1),
                 qPrintable(describe(backdrop)));
        const Rgba subject = out.at(56, 24);
        QVERIFY2(nearly(subject[0], kSkin[0]) && nearly(subject[1], kSkin[1]) &&
                     nearly(subject[2], kSkin[2]) && nearly(subject[3], 1),
                 qPrintable(describe(subject)));
    }

    void splitShowsSourceLeftOfTheDivider_data()
    {
        QTest::addColumn<qreal>("split");
        QTest::addColumn<bool>("mirrored");
        for (const bool mirrored : {false, true}) {
            for (const qreal split : {0.25, 0.5, 0.8}) {
                QTest::addRow("%s at %.2f", mirrored ? "mirrored" : "plain", split)
                    << split << mirrored;
            }
        }
    }

    void splitShowsSourceLeftOfTheDivider()
    {
        QFETCH(qreal, split);
        QFETCH(bool, mirrored);
        // All backdrop: the composite side is transparent, the source side opaque green.
        QVideoFrame frame = frameWithEdge(kWidth);
        frame.setMirrored(mirrored);
        QVERIFY(m_window->presentAndWait(frame));
        const RgbaImage out = show(KeyedVideoItem::Split, split);
        const int divider = int(split * kWidth);
        for (int x = 0; x < kWidth; ++x) {
            if (std::abs(x - divider) <= 1)
                continue; // the pixel the divider crosses
            const Rgba p = out.at(x, kHeight / 2);
            const bool source = x < divider;
            QVERIFY2(source ? p[3] > 0.95f && nearly(p[1], kBackdrop[1]) : p[3] < 0.05f,
                     qPrintable(QStringLiteral("x %1: %2").arg(x).arg(describe(p))));
        }
    }

    void viewChangesUploadNothing()
    {
        QVERIFY(m_window->presentAndWait(frameWithEdge(kWidth / 2)));
        const quint64 uploads = m_window->item()->counters().planeUploads.load();
        for (const auto mode : {KeyedVideoItem::Matte, KeyedVideoItem::Source,
                                KeyedVideoItem::Split, KeyedVideoItem::Composite}) {
            show(mode, 0.3);
            show(mode, 0.7);
        }
        QCOMPARE(m_window->item()->counters().planeUploads.load(), uploads);
    }

    void splitPositionIsClamped()
    {
        m_window->item()->setSplitPosition(-3);
        QCOMPARE(m_window->item()->splitPosition(), 0.0);
        m_window->item()->setSplitPosition(std::nan(""));
        QCOMPARE(m_window->item()->splitPosition(), 0.5);
    }
};

QTEST_MAIN(TestViewModes)
#include "tst_viewmodes.moc"
