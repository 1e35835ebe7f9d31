// The "prototype" architecture that `greenroom bench --path cpu-convert` measures against the
// keyed path: each frame is converted to an RGB image on the CPU (QVideoFrame::toImage), keyed
// pixel by pixel on the CPU with the reference keyer's math, and uploaded as a new RGBA texture.
// Frames are handed over exactly as KeyedVideoItem does it (latest wins, one update per frame),
// and the conversion happens only for frames that are drawn, so the comparison is not tilted
// against it. Every full-frame copy of pixel data made here is counted in counters().
#pragma once

#include "CrossThreadUpdate.h"
#include "FrameCounters.h"
#include "KeyUniforms.h"
#include "PendingFrame.h"

#include <QtMultimedia/QVideoFrame>
#include <QtMultimedia/QVideoSink>
#include <QtQuick/QQuickItem>

namespace greenroom {

class BenchCpuKeyedItem : public QQuickItem {
    Q_OBJECT

public:
    explicit BenchCpuKeyedItem(const KeyUniforms &key, QQuickItem *parent = nullptr);
    ~BenchCpuKeyedItem() override;

    QVideoSink *videoSink() const { return m_sink; }
    const FrameCounters &counters() const { return m_counters; }

    // Thread-safe; the newest frame replaces any frame not yet drawn.
    void presentFrame(const QVideoFrame &frame);

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;

private:
    // The frame as premultiplied RGBA, keyed; a null image if it cannot be converted.
    QImage keyedImage(const QVideoFrame &frame);

    const KeyUniforms m_key;
    QVideoSink *m_sink = nullptr; // child of this item
    FrameCounters m_counters;

    PendingFrame<QVideoFrame> m_pending; // from any thread to the render thread
    CrossThreadUpdate m_update;

    QSize m_imageSize; // render thread: size of the image on screen
};

} // namespace greenroom
