// Bad input never crashes and never draws garbage: an unsupported pixel format, an empty
// frame and a frame whose stride is shorter than its rows are each reported once, clearly,
// and nothing is drawn; a good frame afterwards is drawn again.
#include "FrameLayout.h"
#include "FrameWriter.h"
#include "KeyerTestWindow.h"
#include "QtCompat.h"

#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QStringLiteral("Greenroom:")))
        g_warnings << message;
    g_previousHandler(type, context, message);
}

QVideoFrame goodFrame()
{
    return encodeFrame(RgbaImage(64, 48, {0.9f, 0.6f, 0.5f, 1}), PF::Format_NV12);
}

bool isBlank(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(0, 0, 0))
                return false;
    return true;
}

} // namespace

class TestKeyedVideoItemBadInput : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::KeyerTestWindow> m_window;

    // Presents `bad` several times: one warning, the error property set, nothing drawn; then a
    // good frame clears the error and is drawn.
    void expectRefusedOnce(const QVideoFrame &bad, const QString &expectedText)
    {
        QVERIFY(m_window->presentAndWait(goodFrame()));
        QVERIFY(!isBlank(m_window->grab()));
        g_warnings.clear();
        for (int i = 0; i < 5; ++i) {
            m_window->item()->presentFrame(bad);
            const QImage shown = m_window->grab();
            QVERIFY2(isBlank(shown), "a refused frame left something on screen");
        }
        QTRY_VERIFY(!m_window->item()->frameError().isEmpty());
        QVERIFY2(m_window->item()->frameError().contains(expectedText),
                 qPrintable(m_window->item()->frameError()));
        QCOMPARE(g_warnings.size(), 1);
        QVERIFY(g_warnings.first().contains(expectedText));

        QVERIFY(m_window->presentAndWait(goodFrame()));
        QVERIFY(!isBlank(m_window->grab()));
        QTRY_COMPARE(m_window->item()->frameError(), QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(recordWarnings);
        m_window = std::make_unique<test::KeyerTestWindow>(QSize(64, 48), QSize(64, 48));
        QString error;
        QVERIFY2(m_window->show(&error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        qInstallMessageHandler(g_previousHandler);
    }

    void unsupportedFormat()
    {
        QVideoFrame ayuv(QVideoFrameFormat(QSize(64, 48), PF::Format_AYUV));
        QVERIFY(!isSupportedPixelFormat(ayuv.pixelFormat()));
        expectRefusedOnce(ayuv, QStringLiteral("not supported"));
        // Refused without being mapped (for a hardware frame, mapping is a copy off the GPU).
        m_window->item()->presentFrame(ayuv);
        QVERIFY2(!ayuv.isMapped(), "a frame in an unsupported format was mapped");
        QVERIFY(m_window->presentAndWait(goodFrame()));
        QTRY_COMPARE(m_window->item()->frameError(), QString());
    }

    void zeroSizedFrame()
    {
        QVideoFrame empty(QVideoFrameFormat(QSize(0, 0), PF::Format_NV12));
        expectRefusedOnce(empty, QStringLiteral("empty size"));
    }

    void strideShorterThanTheRow()
    {
        if constexpr (compat::memoryFramesHoldYuv422P()) {
            QSKIP("This Qt allocates YUV422P memory frames correctly; the stride check is covered "
                  "by tst_framelayout::planeValidation");
        } else {
            // Qt before 6.6.1 maps YUV422P memory frames with chroma rows of a quarter of the
            // luma stride, half of what a 4:2:2 chroma row needs (QTBUG-116991): a real frame
            // whose stride is smaller than its width.
            QVideoFrame frame(QVideoFrameFormat(QSize(64, 48), PF::Format_YUV422P));
            QVERIFY(frame.map(QVideoFrame::ReadOnly));
            QVERIFY(frame.bytesPerLine(1) < 32);
            frame.unmap();
            expectRefusedOnce(frame, QStringLiteral("stride of"));
        }
    }

    void anEmptyFrameClearsThePictureWithoutAnError()
    {
        QVERIFY(m_window->presentAndWait(goodFrame()));
        m_window->item()->presentFrame(QVideoFrame());
        QTRY_VERIFY(isBlank(m_window->grab()));
        QCOMPARE(m_window->item()->frameError(), QString());
    }
};

QTEST_MAIN(TestKeyedVideoItemBadInput)
#include "tst_keyedvideoitem_badinput.moc"
