// Frames that arrive already on the GPU (QVideoFrame::RhiTextureHandle, as hardware decoders and
// GPU capture deliver them when the sink knows the window's QRhi): the keyer draws from the
// frame's own textures, without mapping the frame or uploading anything, and the picture is the
// one the same frame gives from memory. Textures that do not fit the keyer's layout, or a frame
// that offers none, fall back to mapping and uploading. The frames here wrap textures this test
// makes on the window's graphics device, through the same buffer interface Qt's backends use.
#include "FrameLayout.h"
#include "FrameWriter.h"
#include "KeyerTestWindow.h"
#include "KeyMaterial.h"
#include "MappedFrame.h"
#include "QtFrameTextureCompat.h"
#include "ReferenceFrames.h"

#include <QtCore/QThread>
#include <QtTest/QtTest>

#include <atomic>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

// What the test's buffers were asked to do, from whichever thread asked.
struct BufferCalls {
    std::atomic<int> maps{0};
    std::atomic<int> textureMaps{0};
    std::atomic<int> lentAlive{0}; // QVideoFrameTextures handed out and not yet released
};

// How the textures a test frame lends differ from the frame's real layout.
// FittingBgra: packed RGB in a BGRA8 texture, as Qt describes BGRA and BGRX frames.
enum class Lending { Fitting, FittingBgra, Nothing, WrongSize, WrongFormat };

#if GREENROOM_FRAME_TEXTURES

// Textures on the window's QRhi holding a frame's planes, made and filled on the thread that
// owns that QRhi (the test runs the basic render loop, so the GUI thread).
class PlaneTextures {
public:
    PlaneTextures(QRhi *rhi, const QVideoFrame &memoryFrame, Lending lending)
    {
        const FrameLayout layout = *describeFrame(memoryFrame.surfaceFormat()).layout;
        QVideoFrame frame = memoryFrame;
        frame.map(QVideoFrame::ReadOnly);
        QRhiResourceUpdateBatch *batch = rhi->nextResourceUpdateBatch();
        for (int slot = 0; slot < layout.textureCount; ++slot) {
            const int plane = layout.sample.framePlane[std::size_t(slot)];
            PlaneTextureDesc desc = layout.textures[std::size_t(slot)];
            if (lending == Lending::WrongSize && slot == layout.textureCount - 1)
                desc.size = desc.size * 2;
            if (lending == Lending::WrongFormat && slot == 0)
                desc.format = QRhiTexture::RGBA8;
            if (lending == Lending::FittingBgra)
                desc.format = QRhiTexture::BGRA8;
            auto texture = std::unique_ptr<QRhiTexture>(rhi->newTexture(desc.format, desc.size));
            texture->create();
            if (lending == Lending::Fitting || lending == Lending::FittingBgra) {
                QRhiTextureSubresourceUploadDescription data(
                    frame.bits(plane), quint32(frame.bytesPerLine(plane) * desc.size.height()));
                data.setDataStride(quint32(frame.bytesPerLine(plane)));
                batch->uploadTexture(texture.get(), QRhiTextureUploadDescription({0, 0, data}));
            }
            m_textures[std::size_t(plane)] = std::move(texture);
        }
        QRhiCommandBuffer *cb = nullptr;
        rhi->beginOffscreenFrame(&cb);
        cb->resourceUpdate(batch);
        rhi->endOffscreenFrame();
        frame.unmap();
    }

    QRhiTexture *texture(uint plane) const
    {
        return plane < m_textures.size() ? m_textures[plane].get() : nullptr;
    }

private:
    std::array<std::unique_ptr<QRhiTexture>, 3> m_textures;
};

// What mapTextures hands out: the planes' textures, not owned (as when a backend wraps a
// decoder's textures), counted while alive.
class LentTextures : public QVideoFrameTextures {
public:
    LentTextures(const PlaneTextures *planes, std::shared_ptr<BufferCalls> calls)
        : m_planes(planes), m_calls(std::move(calls))
    {
        ++m_calls->lentAlive;
    }
    ~LentTextures() override { --m_calls->lentAlive; }
    QRhiTexture *texture(uint plane) const override { return m_planes->texture(plane); }

private:
    const PlaneTextures *m_planes;
    std::shared_ptr<BufferCalls> m_calls;
};

// A texture-backed frame buffer. Its memory view is the same frame's bytes, so that a frame
// whose textures cannot be used can still be mapped, as Qt's backends allow (they copy the
// frame off the GPU for that).
class TextureFrameBuffer : public QAbstractVideoBuffer {
public:
    TextureFrameBuffer(QVideoFrame memoryFrame, const PlaneTextures *planes, Lending lending,
                       std::shared_ptr<BufferCalls> calls)
        : QAbstractVideoBuffer(QVideoFrame::RhiTextureHandle), m_memory(std::move(memoryFrame)),
          m_planes(planes), m_lending(lending), m_calls(std::move(calls))
    {}

    // Pure virtual up to Qt 6.7.1, gone afterwards: no `override`, so it compiles on both.
    QVideoFrame::MapMode mapMode() const { return m_mode; }

    MapData map(QVideoFrame::MapMode mode) override
    {
        ++m_calls->maps;
        MapData data;
        if (!m_memory.map(mode))
            return data;
        m_mode = mode;
        data.nPlanes = m_memory.planeCount();
        for (int plane = 0; plane < data.nPlanes; ++plane) {
            data.bytesPerLine[plane] = m_memory.bytesPerLine(plane);
            data.data[plane] = m_memory.bits(plane);
            data.size[plane] = m_memory.mappedBytes(plane);
        }
        return data;
    }

    void unmap() override
    {
        m_memory.unmap();
        m_mode = QVideoFrame::NotMapped;
    }

    std::unique_ptr<QVideoFrameTextures> mapTextures(QRhi *) override
    {
        ++m_calls->textureMaps;
        if (m_lending == Lending::Nothing)
            return {};
        return std::make_unique<LentTextures>(m_planes, m_calls);
    }

private:
    QVideoFrame m_memory;
    const PlaneTextures *m_planes;
    Lending m_lending;
    std::shared_ptr<BufferCalls> m_calls;
    QVideoFrame::MapMode m_mode = QVideoFrame::NotMapped;
};

#endif

struct Counts {
    quint64 borrowed, fallbacks, uploaded, bytes, creations;
    explicit Counts(const FrameCounters &c)
        : borrowed(c.framesBorrowed), fallbacks(c.borrowFallbacks), uploaded(c.framesUploaded),
          bytes(c.bytesUploaded), creations(c.textureCreations)
    {}
};

} // namespace

Q_DECLARE_METATYPE(Lending)

class TestKeyedVideoItemFrameTextures : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::KeyerTestWindow> m_window;
    const FrameCounters &counters() const { return m_window->item()->counters(); }
    QRhi *rhi() const
    {
        QQuickWindow *w = m_window->window();
        return static_cast<QRhi *>(
            w->rendererInterface()->getResource(w, QSGRendererInterface::RhiResource));
    }

    static QVideoFrame memoryFrame(PF format)
    {
        return encodeFrame(test::paletteImage({64, 48}), format);
    }

    // Whether two drawn pictures agree within 1/255 everywhere; if not, `why` says where.
    static bool samePicture(const RgbaImage &actual, const RgbaImage &expected, QString *why)
    {
        const test::ImageDifference difference =
            test::compareImages(actual, expected, [](int, int) { return true; });
        *why = test::describeDifference(difference, actual, expected);
        return difference.maxColour <= 1.0f / 255 && difference.maxAlpha <= 1.0f / 255;
    }

    // The picture the keyer draws for `frame`, premultiplied.
    RgbaImage draw(const QVideoFrame &frame)
    {
        m_window->item()->presentFrame(frame);
        return m_window->grabPremultiplied();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!compat::frameTexturesAvailable())
            QSKIP("This Qt version gives no access to a frame's textures (QtFrameTextureCompat.h): "
                  "texture-backed frames are mapped like any other.");
        // One thread owns the window's QRhi, so the test can make textures on it directly.
        qputenv("QSG_RENDER_LOOP", "basic");
    }

    void init()
    {
        m_window = std::make_unique<test::KeyerTestWindow>(QSize(64, 48));
        m_window->item()->setKeyParams(test::paletteKeyParams());
        QString error;
        QVERIFY2(m_window->show(&error), qPrintable(error));
    }
    void cleanup() { m_window.reset(); }

#if GREENROOM_FRAME_TEXTURES
    // The sink is told the window's graphics device, so that backends can deliver frames as
    // textures on it.
    void sinkKnowsTheWindowsGraphicsDevice()
    {
        QVERIFY(rhi());
        QCOMPARE(m_window->item()->videoSink()->rhi(), rhi());
    }

    void frameOnTheGpuIsDrawnFromItsOwnTextures_data()
    {
        QTest::addColumn<PF>("format");
        QTest::addColumn<Lending>("lending");
        QTest::newRow("NV12") << PF::Format_NV12 << Lending::Fitting;
        QTest::newRow("YV12 (planes in another order)") << PF::Format_YV12 << Lending::Fitting;
        QTest::newRow("YUYV") << PF::Format_YUYV << Lending::Fitting;
        QTest::newRow("BGRA8888 in an RGBA8 texture") << PF::Format_BGRA8888 << Lending::Fitting;
        QTest::newRow("BGRA8888 in a BGRA8 texture") << PF::Format_BGRA8888 << Lending::FittingBgra;
        QTest::newRow("XRGB8888 in a BGRA8 texture") << PF::Format_XRGB8888 << Lending::FittingBgra;
    }
    void frameOnTheGpuIsDrawnFromItsOwnTextures()
    {
        QFETCH(PF, format);
        QFETCH(Lending, lending);
        const QVideoFrame memory = memoryFrame(format);
        const RgbaImage expected = draw(memory);

        const PlaneTextures planes(rhi(), memory, lending);
        auto calls = std::make_shared<BufferCalls>();
        const QVideoFrame onGpu(new TextureFrameBuffer(memory, &planes, lending, calls),
                                memory.surfaceFormat());
        QCOMPARE(onGpu.handleType(), QVideoFrame::RhiTextureHandle);

        const Counts before(counters());
        const RgbaImage actual = draw(onGpu);
        const Counts after(counters());

        QCOMPARE(calls->maps.load(), 0);
        QVERIFY(calls->textureMaps.load() >= 1);
        QCOMPARE(after.borrowed - before.borrowed, quint64(1));
        QCOMPARE(after.fallbacks, before.fallbacks);
        QCOMPARE(after.uploaded, before.uploaded);
        QCOMPARE(after.bytes, before.bytes);
        QCOMPARE(after.creations, before.creations);
        QVERIFY(m_window->item()->frameError().isEmpty());

        QString why;
        QVERIFY2(samePicture(actual, expected, &why), qPrintable(why));
        // Not a blank picture: the palette keys to both clear and solid pixels.
        int clear = 0, solid = 0;
        for (const Rgba &p : actual.pixels) {
            clear += p[3] < 0.05f;
            solid += p[3] > 0.95f;
        }
        QVERIFY2(clear > 0 && solid > 0,
                 qPrintable(QStringLiteral("%1 clear, %2 solid").arg(clear).arg(solid)));
    }

    // Delivered from a decoder thread, a texture-backed frame is not mapped there: mapping is
    // where Qt would copy it off the GPU.
    void frameOnTheGpuIsNotMappedOnArrival()
    {
        const QVideoFrame memory = memoryFrame(PF::Format_NV12);
        const PlaneTextures planes(rhi(), memory, Lending::Fitting);
        auto calls = std::make_shared<BufferCalls>();
        const QVideoFrame onGpu(new TextureFrameBuffer(memory, &planes, Lending::Fitting, calls),
                                memory.surfaceFormat());
        QVideoSink *sink = m_window->item()->videoSink();
        std::unique_ptr<QThread> decoder(QThread::create([&] { sink->setVideoFrame(onGpu); }));
        decoder->start();
        QVERIFY(decoder->wait(10'000));
        QCOMPARE(calls->maps.load(), 0);
        QCOMPARE(calls->textureMaps.load(), 0);

        const quint64 borrowedBefore = counters().framesBorrowed;
        QCoreApplication::processEvents(); // the update the decoder thread queued
        m_window->grab();
        QCOMPARE(counters().framesBorrowed - borrowedBefore, quint64(1));
        QCOMPARE(calls->maps.load(), 0);
    }

    void texturesThatDoNotFitAreMappedAndUploaded_data()
    {
        QTest::addColumn<Lending>("lending");
        QTest::newRow("no textures offered") << Lending::Nothing;
        QTest::newRow("chroma texture of the wrong size") << Lending::WrongSize;
        QTest::newRow("luma texture of the wrong format") << Lending::WrongFormat;
    }
    void texturesThatDoNotFitAreMappedAndUploaded()
    {
        QFETCH(Lending, lending);
        const QVideoFrame memory = memoryFrame(PF::Format_NV12);
        const RgbaImage expected = draw(memory);

        const PlaneTextures planes(rhi(), memory, lending);
        auto calls = std::make_shared<BufferCalls>();
        const QVideoFrame onGpu(new TextureFrameBuffer(memory, &planes, lending, calls),
                                memory.surfaceFormat());
        const Counts before(counters());
        const RgbaImage actual = draw(onGpu);
        const Counts after(counters());

        QCOMPARE(calls->maps.load(), 1);
        QCOMPARE(after.fallbacks - before.fallbacks, quint64(1));
        QCOMPARE(after.borrowed, before.borrowed);
        QCOMPARE(after.uploaded - before.uploaded, quint64(1));
        QCOMPARE(after.bytes - before.bytes, quint64(64 * 48 * 3 / 2));
        QCOMPARE(calls->lentAlive.load(), 0); // unfit textures are given back at once
        QVERIFY(m_window->item()->frameError().isEmpty());
        QString why;
        QVERIFY2(samePicture(actual, expected, &why), qPrintable(why));
    }

    // A frame's textures stay lent while it may still be drawn, and are given back once a newer
    // frame, on the GPU or from memory, replaces it.
    void lentTexturesAreGivenBackWhenReplaced()
    {
        const QVideoFrame memory = memoryFrame(PF::Format_NV12);
        const PlaneTextures planes(rhi(), memory, Lending::Fitting);
        auto callsA = std::make_shared<BufferCalls>();
        auto callsB = std::make_shared<BufferCalls>();
        const QVideoFrame a(new TextureFrameBuffer(memory, &planes, Lending::Fitting, callsA),
                            memory.surfaceFormat());
        const QVideoFrame b(new TextureFrameBuffer(memory, &planes, Lending::Fitting, callsB),
                            memory.surfaceFormat());

        draw(a);
        QCOMPARE(callsA->lentAlive.load(), 1);
        draw(b);
        QCOMPARE(callsA->lentAlive.load(), 0);
        QCOMPARE(callsB->lentAlive.load(), 1);
        draw(memory);
        QCOMPARE(callsB->lentAlive.load(), 0);
    }

    // A frame the material refuses after a frame on the GPU: the lent textures are given back
    // at once, and no plane points at them any more (were the node drawn, it would sample
    // placeholders, not textures the decoder may already reuse or free).
    void refusedFrameLetsGoOfLentTextures()
    {
        const QVideoFrame memory = memoryFrame(PF::Format_NV12);
        const PlaneTextures planes(rhi(), memory, Lending::Fitting);
        auto calls = std::make_shared<BufferCalls>();
        const QVideoFrame onGpu(new TextureFrameBuffer(memory, &planes, Lending::Fitting, calls),
                                memory.surfaceFormat());
        KeyMaterial material(std::make_shared<FrameCounters>());
        material.setRhi(rhi());
        QCOMPARE(material.setFrame(std::make_unique<MappedFrame>(onGpu)), QString());
        QCOMPARE(material.texture(0)->rhiTexture(), planes.texture(0));
        QCOMPARE(calls->lentAlive.load(), 1);

        const QVideoFrame refused(QVideoFrameFormat(memory.size(), PF::Format_AYUV));
        QVERIFY(!material.setFrame(std::make_unique<MappedFrame>(refused)).isEmpty());
        QCOMPARE(calls->lentAlive.load(), 0);
        for (int slot = 0; slot < 3; ++slot) {
            for (uint plane = 0; plane < 2; ++plane)
                QVERIFY(material.texture(slot)->rhiTexture() != planes.texture(plane));
        }
    }
#endif
};

QTEST_MAIN(TestKeyedVideoItemFrameTextures)
#include "tst_keyedvideoitem_frametextures.moc"
