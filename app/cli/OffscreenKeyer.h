// Keys frames without a window: a KeyedVideoItem in a QQuickWindow driven by
// QQuickRenderControl renders into a texture, which is read back. Frames go through exactly
// the live path (FrameLayout, PlaneTexture uploads, KeyMaterial, shaders/keyer.frag), so
// `greenroom key` and the quality benchmark measure the keyer users see (DESIGN.md,
// invariant 5).
//
// Needs a QGuiApplication and must live on its thread. The graphics API is process-wide
// (QQuickWindow::setGraphicsApi); create() sets it, so use one backend per process.
#pragma once

#include "GraphicsBackend.h"
#include "KeyParams.h"
#include "QtCompat.h"

#include <QtGui/QImage>
#include <QtMultimedia/QVideoFrame>

#include <memory>

QT_BEGIN_NAMESPACE
class QQuickRenderControl;
class QQuickWindow;
class QVulkanInstance;
QT_END_NAMESPACE

namespace greenroom {

class KeyedVideoItem;

class OffscreenKeyer {
public:
    ~OffscreenKeyer();

    // A keyer on `backend` (Default: QSG_RHI_BACKEND, else the platform's usual API), or null
    // with a one-line reason when the platform cannot give that backend a GPU device.
    static std::unique_ptr<OffscreenKeyer> create(GraphicsBackend backend, QString *error);

    // The keyed frame drawn 1:1: premultiplied RGBA (Format_RGBA8888_Premultiplied). A null
    // image and a reason when the frame cannot be keyed (unsupported or inconsistent frame).
    QImage key(const QVideoFrame &frame, const KeyParams &params, QString *error);

    // The backend really in use ("opengl", "vulkan", ...).
    QString backendName() const;

private:
    OffscreenKeyer();
    bool initialize(GraphicsBackend backend, QString *error);
    bool ensureTarget(QSize size, QString *error);

    // Declared in destruction order's reverse: the window goes before the render control,
    // and both before the Vulkan instance.
    std::unique_ptr<QVulkanInstance> m_vulkan;
    std::unique_ptr<QQuickRenderControl> m_renderControl;
    std::unique_ptr<QQuickWindow> m_window;
    KeyedVideoItem *m_item = nullptr; // owned by the window's content item
    QRhi *m_rhi = nullptr;            // owned by the render control
    std::unique_ptr<QRhiTexture> m_texture;
    std::unique_ptr<QRhiRenderBuffer> m_depthStencil;
    std::unique_ptr<QRhiRenderPassDescriptor> m_renderPass;
    std::unique_ptr<QRhiTextureRenderTarget> m_target;
};

} // namespace greenroom
