// The clean plate's grid as a GPU texture (RGBA32F, one texel per cell; see keying/CleanPlate.h)
// for shader binding 4 of the plate variants. Uploaded once per plate: a new frame or a key
// change uploads nothing here (FrameCounters::plateUploads counts every upload).
//
// RGBA32F holds the plate's 16-bit cells exactly, and keyer.frag reads it texel by texel, so the
// GPU interpolates the very values the CPU reference does; every API the keyer runs on samples
// it (unfiltered reads need no float-filtering support).
#pragma once

#include "CleanPlate.h"
#include "FrameCounters.h"
#include "QtCompat.h"

#include <QtCore/QByteArray>
#include <QtQuick/QSGTexture>

#include <memory>

namespace greenroom {

class PlateTexture : public QSGTexture {
public:
    explicit PlateTexture(std::shared_ptr<FrameCounters> counters);
    ~PlateTexture() override;

    // Queues an upload of `plate`'s grid, unless it is the plate already held.
    void setPlate(const CleanPlate &plate);
    const CleanPlate &plate() const { return m_plate; }

    qint64 comparisonKey() const override;
    QRhiTexture *rhiTexture() const override { return m_texture.get(); }
    QSize textureSize() const override { return m_size; }
    bool hasAlphaChannel() const override { return false; }
    bool hasMipmaps() const override { return false; }
    void commitTextureOperations(QRhi *rhi, QRhiResourceUpdateBatch *resourceUpdates) override;

private:
    std::shared_ptr<FrameCounters> m_counters;
    std::unique_ptr<QRhiTexture> m_texture;
    CleanPlate m_plate;
    QSize m_size;
    QByteArray m_pending; // the grid as floats, until uploaded
};

} // namespace greenroom
