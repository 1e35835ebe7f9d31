#include "BenchScene.h"

#include "BenchCpuKeyedItem.h"
#include "BenchVideoOutputScene.h"
#include "KeyedVideoItem.h"

#include <QtQuick/QQuickWindow>

namespace greenroom {

namespace {

// Greenroom's own path: KeyedVideoItem exactly as the app uses it.
class GreenroomScene final : public BenchScene {
public:
    GreenroomScene(QQuickWindow *window, const KeyParams &params)
        : m_item(new KeyedVideoItem(window->contentItem()))
    {
        m_item->setKeyParams(params);
        m_item->setFillMode(KeyedVideoItem::Fit);
        m_item->setSize(window->contentItem()->size());
    }
    ~GreenroomScene() override { delete m_item; }

    QVideoSink *videoSink() const override { return m_item->videoSink(); }
    const FrameCounters &counters() const override { return m_item->counters(); }
    bool observesUploads() const override { return true; }
    QString notes() const override
    {
        return QStringLiteral("planes uploaded from the mapped frame, keyed in one fragment "
                              "pass; copies count those outside the upload (the graphics "
                              "driver's copy into GPU-visible memory is the upload itself)");
    }

private:
    KeyedVideoItem *m_item;
};

class CpuConvertScene final : public BenchScene {
public:
    CpuConvertScene(QQuickWindow *window, const KeyParams &params)
        : m_item(new BenchCpuKeyedItem(makeKeyUniforms(params), window->contentItem()))
    {
        m_item->setSize(window->contentItem()->size());
    }
    ~CpuConvertScene() override { delete m_item; }

    QVideoSink *videoSink() const override { return m_item->videoSink(); }
    const FrameCounters &counters() const override { return m_item->counters(); }
    bool observesUploads() const override { return true; }
    QString notes() const override
    {
        return QStringLiteral("QVideoFrame::toImage, keyed per pixel on the CPU with the "
                              "reference keyer, a new RGBA texture per frame");
    }

private:
    BenchCpuKeyedItem *m_item;
};

} // namespace

std::unique_ptr<BenchScene> createBenchScene(BenchPath path, QQuickWindow *window,
                                             const KeyParams &params, QString *error)
{
    switch (path) {
    case BenchPath::Greenroom:
        return std::make_unique<GreenroomScene>(window, params);
    case BenchPath::CpuConvert:
        return std::make_unique<CpuConvertScene>(window, params);
    case BenchPath::VideoOutputShaderEffect:
        return BenchVideoOutputScene::create(window, params, error);
    }
    *error = QStringLiteral("unknown path");
    return nullptr;
}

} // namespace greenroom
