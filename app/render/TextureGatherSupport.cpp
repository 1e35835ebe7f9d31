#include "TextureGatherSupport.h"

namespace greenroom {

bool supportsTextureGather(const QRhi *rhi)
{
    if (!rhi)
        return false;
    switch (rhi->backend()) {
    case QRhi::OpenGLES2:
        return rhi->isFeatureSupported(QRhi::Compute);
    case QRhi::Null:
        return false;
    default:
        return true;
    }
}

} // namespace greenroom
