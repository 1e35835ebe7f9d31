// The scene-graph graphics API chosen on the command line, and the names the tools print for
// the API a window really got.
#pragma once

#include <QtCore/QString>
#include <QtQuick/QSGRendererInterface>

namespace greenroom {

// Default leaves the choice to Qt (and QSG_RHI_BACKEND).
enum class GraphicsBackend {
    Default,
    OpenGL,
    Vulkan,
    Direct3D11,
    Metal,
};

// Requests `backend` for every Quick window made from now on (QQuickWindow::setGraphicsApi):
// call before the first window exists; an explicit request also outranks QSG_RHI_BACKEND.
// Default changes nothing.
void applyGraphicsBackend(GraphicsBackend backend);

// "opengl", "vulkan", "d3d11", "metal" (the command-line names), "software", or "other".
QString graphicsApiName(QSGRendererInterface::GraphicsApi api);

} // namespace greenroom
