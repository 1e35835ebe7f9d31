#include "KeyNode.h"

namespace greenroom {

KeyNode::KeyNode(std::shared_ptr<FrameCounters> counters)
    : m_geometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 4)
{
    m_geometry.setDrawingMode(QSGGeometry::DrawTriangleStrip);
    setGeometry(&m_geometry);
    setMaterial(new KeyMaterial(std::move(counters)));
    setFlag(OwnsMaterial);
}

void KeyNode::setKeyUniforms(const KeyUniforms &uniforms)
{
    if (static_cast<const KeyMaterial *>(QSGGeometryNode::material())->keyUniforms() == uniforms)
        return;
    material()->setKeyUniforms(uniforms);
    markDirty(DirtyMaterial);
}

void KeyNode::setCleanPlate(const CleanPlate &plate)
{
    if (static_cast<const KeyMaterial *>(QSGGeometryNode::material())->cleanPlate() == plate)
        return;
    material()->setCleanPlate(plate);
    markDirty(DirtyMaterial);
}

void KeyNode::setViewInfo(const std::array<float, 4> &info)
{
    if (static_cast<const KeyMaterial *>(QSGGeometryNode::material())->viewInfo() == info)
        return;
    material()->setViewInfo(info);
    markDirty(DirtyMaterial);
}

void KeyNode::setVideoGeometry(const VideoGeometry &g)
{
    if (g.target == m_current.target && g.texCoords == m_current.texCoords)
        return;
    m_current = g;
    // Triangle strip order: TL, BL, TR, BR.
    QSGGeometry::TexturedPoint2D *v = m_geometry.vertexDataAsTexturedPoint2D();
    const QRectF &r = g.target;
    auto set = [](QSGGeometry::TexturedPoint2D &p, QPointF pos, QPointF tex) {
        p.set(float(pos.x()), float(pos.y()), float(tex.x()), float(tex.y()));
    };
    set(v[0], r.topLeft(), g.texCoords[0]);
    set(v[1], r.bottomLeft(), g.texCoords[2]);
    set(v[2], r.topRight(), g.texCoords[1]);
    set(v[3], r.bottomRight(), g.texCoords[3]);
    markDirty(DirtyGeometry);
}

} // namespace greenroom
