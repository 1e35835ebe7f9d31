// The scene-graph graphics API chosen on the command line.
#pragma once

namespace greenroom {

// Default leaves the choice to Qt (and QSG_RHI_BACKEND).
enum class GraphicsBackend {
    Default,
    OpenGL,
    Vulkan,
    Direct3D11,
    Metal,
};

} // namespace greenroom
