// One plane of a video frame as a GPU texture. The upload is recorded straight from the mapped
// frame's memory (no intermediate copy) into the scene graph's resource update batch, once per
// new frame; the texture itself is re-created only when the plane's size or format changes.
// A frame that arrives on the GPU lends its own texture instead (setBorrowed): nothing is
// uploaded and this object only adds the keyer's sampler settings.
#pragma once

#include "FrameCounters.h"
#include "FrameLayout.h"
#include "QtCompat.h"

#include <QtQuick/QSGTexture>

#include <memory>

namespace greenroom {

class PlaneTexture : public QSGTexture {
public:
    // The texture in shader slot 0 also counts whole frames: every frame has a plane there.
    PlaneTexture(std::shared_ptr<FrameCounters> counters, bool countsFrames);
    ~PlaneTexture() override;

    // Describes the texture this plane needs and queues an upload of `bytes` bytes from `data`
    // with rows `bytesPerLine` apart. The memory must stay valid until the frame is rendered.
    void setPendingUpload(const PlaneTextureDesc &desc, const uchar *data, int bytesPerLine,
                          qsizetype bytes);
    // Draws from `texture`, a plane of a frame that arrived on the GPU, laid out as `desc` says.
    // The texture must outlive its use here (KeyMaterial keeps its frame until the next one).
    void setBorrowed(const PlaneTextureDesc &desc, QRhiTexture *texture);
    // A 1x1 placeholder for shader slots the current format does not use.
    void setPlaceholder();

    qint64 comparisonKey() const override;
    QRhiTexture *rhiTexture() const override { return m_borrowed ? m_borrowed : m_texture.get(); }
    QSize textureSize() const override { return m_desc.size; }
    bool hasAlphaChannel() const override { return false; }
    bool hasMipmaps() const override { return false; }
    void commitTextureOperations(QRhi *rhi, QRhiResourceUpdateBatch *resourceUpdates) override;

private:
    struct PendingUpload {
        const uchar *data = nullptr;
        int bytesPerLine = 0;
        qsizetype bytes = 0;
    };

    bool ensureTexture(QRhi *rhi);

    std::shared_ptr<FrameCounters> m_counters;
    std::unique_ptr<QRhiTexture> m_texture;
    QRhiTexture *m_borrowed = nullptr; // not owned; see setBorrowed
    PlaneTextureDesc m_desc;
    PendingUpload m_pending;
    bool m_hasPending = false;
    bool m_borrowedPending = false; // a borrowed texture not yet drawn: counts one frame
    bool m_placeholder = false;
    bool m_countsFrames = false;
};

} // namespace greenroom
