// Whether the keyer may read four texels at a time with textureGather on a graphics API.
#pragma once

#include "QtCompat.h"

namespace greenroom {

// The gathering keyer variants are baked for GLSL 4.00 and ES 3.10 (gather with a component
// index needs them); Vulkan, Direct3D 11 and Metal always have it. QRhi names no feature for
// gather, so OpenGL uses compute support (OpenGL 4.3, ES 3.1) as its witness: an OpenGL 4.0–4.2
// context falls back to texel reads, which give the same picture. Call on the render thread.
bool supportsTextureGather(const QRhi *rhi);

} // namespace greenroom
