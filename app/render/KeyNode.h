// The keyed video's scene-graph node: one textured quad drawn with KeyMaterial.
#pragma once

#include "KeyMaterial.h"
#include "VideoGeometry.h"

#include <QtQuick/QSGGeometryNode>

namespace greenroom {

class KeyNode : public QSGGeometryNode {
public:
    explicit KeyNode(std::shared_ptr<FrameCounters> counters);

    QString setFrame(std::unique_ptr<MappedFrame> frame)
    {
        return material()->setFrame(std::move(frame));
    }
    void setKeyUniforms(const KeyUniforms &uniforms);
    void setCleanPlate(const CleanPlate &plate);
    bool usesCleanPlate() const
    {
        return static_cast<const KeyMaterial *>(QSGGeometryNode::material())->usesCleanPlate();
    }
    void setRhi(QRhi *rhi) { material()->setRhi(rhi); }
    void setViewInfo(const std::array<float, 4> &info);
    void setVideoGeometry(const VideoGeometry &geometry);

private:
    KeyMaterial *material() { return static_cast<KeyMaterial *>(QSGGeometryNode::material()); }

    QSGGeometry m_geometry;
    VideoGeometry m_current;
};

} // namespace greenroom
