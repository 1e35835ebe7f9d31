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

// Without any display server on Linux, Qt's default platform could not even start. Qt 6.4's
// "offscreen" platform offers neither OpenGL (it needs GLX) nor a Vulkan instance, but the
// "vkkhrdisplay" platform does give Vulkan a device without any window system. So, for the
// commands that render offscreen, when no platform is asked for (QT_QPA_PLATFORM) and there is
// no display (none named, or the one named does not accept a connection): picks that platform, with
// "offscreen" as the fallback, and returns Vulkan in place of Default (unless QSG_RHI_BACKEND names
// one). Otherwise returns `backend` and changes nothing. Call before the application object exists.
GraphicsBackend preferDisplaylessPlatform(GraphicsBackend backend);

// "opengl", "vulkan", "d3d11", "metal" (the command-line names), "software", or "other".
QString graphicsApiName(QSGRendererInterface::GraphicsApi api);

} // namespace greenroom
