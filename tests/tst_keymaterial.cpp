// KeyMaterial on Qt's Null graphics backend (no GPU): a frame's planes are queued for exactly one
// upload each, and a frame the material refuses leaves nothing of the previous frame behind. Its
// memory is unmapped at once, so an upload still queued from it would read freed memory, and a
// plane still pointing at it would be sampled if the node were drawn.
#include "FrameCounters.h"
#include "FrameWriter.h"
#include "KeyMaterial.h"
#include "MappedFrame.h"
#include "QtCompat.h"

#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

constexpr QSize kFrameSize(64, 48);

QVideoFrame nv12Frame()
{
    return encodeFrame(RgbaImage(kFrameSize.width(), kFrameSize.height(), {0.9f, 0.6f, 0.5f, 1}),
                       PF::Format_NV12);
}

// A frame in a format the keyer does not read.
QVideoFrame refusedFrame()
{
    return QVideoFrame(QVideoFrameFormat(kFrameSize, PF::Format_AYUV));
}

} // namespace

class TestKeyMaterial : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QRhi> m_rhi;

    // What the scene graph does with the material's textures before it draws them: each plane
    // records its pending work into one resource update batch, which is then submitted.
    void commit(KeyMaterial &material)
    {
        QRhiResourceUpdateBatch *batch = m_rhi->nextResourceUpdateBatch();
        for (int slot = 0; slot < 3; ++slot)
            material.texture(slot)->commitTextureOperations(m_rhi.get(), batch);
        QRhiCommandBuffer *cb = nullptr;
        QCOMPARE(m_rhi->beginOffscreenFrame(&cb), QRhi::FrameOpSuccess);
        cb->resourceUpdate(batch);
        QCOMPARE(m_rhi->endOffscreenFrame(), QRhi::FrameOpSuccess);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QRhiNullInitParams params;
        m_rhi.reset(QRhi::create(QRhi::Null, &params));
        QVERIFY(m_rhi);
    }
    void cleanupTestCase() { m_rhi.reset(); }

    void eachPlaneIsUploadedOncePerFrame()
    {
        auto counters = std::make_shared<FrameCounters>();
        KeyMaterial material(counters);
        material.setRhi(m_rhi.get());
        QCOMPARE(material.setFrame(std::make_unique<MappedFrame>(nv12Frame())), QString());
        QVERIFY(material.hasFrame());

        commit(material);
        QCOMPARE(counters->framesUploaded.load(), quint64(1));
        QCOMPARE(counters->planeUploads.load(), quint64(2));
        QCOMPARE(counters->bytesUploaded.load(),
                 quint64(kFrameSize.width() * kFrameSize.height() * 3 / 2));
        QCOMPARE(material.texture(0)->textureSize(), kFrameSize);
        QCOMPARE(material.texture(1)->textureSize(), kFrameSize / 2);

        // Drawing the same frame again uploads nothing more.
        commit(material);
        QCOMPARE(counters->planeUploads.load(), quint64(2));
    }

    // Replaced before it was drawn by a frame the material refuses: the first frame's queued
    // uploads are dropped with it.
    void refusedFrameDropsTheQueuedUploads()
    {
        auto counters = std::make_shared<FrameCounters>();
        KeyMaterial material(counters);
        material.setRhi(m_rhi.get());
        QCOMPARE(material.setFrame(std::make_unique<MappedFrame>(nv12Frame())), QString());
        QVERIFY(!material.setFrame(std::make_unique<MappedFrame>(refusedFrame())).isEmpty());
        QVERIFY(!material.hasFrame());

        commit(material);
        QCOMPARE(counters->planeUploads.load(), quint64(0));
        QCOMPARE(counters->bytesUploaded.load(), quint64(0));
        QCOMPARE(counters->framesUploaded.load(), quint64(0));
    }

    // After a refused frame every plane is a placeholder, not the last frame's picture, and a
    // good frame afterwards is uploaded in full again.
    void refusedFrameLeavesPlaceholders()
    {
        auto counters = std::make_shared<FrameCounters>();
        KeyMaterial material(counters);
        material.setRhi(m_rhi.get());
        QCOMPARE(material.setFrame(std::make_unique<MappedFrame>(nv12Frame())), QString());
        commit(material);
        QVERIFY(!material.setFrame(std::make_unique<MappedFrame>(refusedFrame())).isEmpty());
        commit(material);
        for (int slot = 0; slot < 3; ++slot)
            QCOMPARE(material.texture(slot)->textureSize(), QSize(1, 1));

        QCOMPARE(material.setFrame(std::make_unique<MappedFrame>(nv12Frame())), QString());
        commit(material);
        QCOMPARE(counters->framesUploaded.load(), quint64(2));
        QCOMPARE(material.texture(0)->textureSize(), kFrameSize);
        QCOMPARE(material.texture(1)->textureSize(), kFrameSize / 2);
    }
};

QTEST_MAIN(TestKeyMaterial)
#include "tst_keymaterial.moc"
