// A Qt Quick window with no surface: QQuickRenderControl renders its scene into a texture of
// the window's size. `greenroom key` keys through it and `greenroom bench --headless` measures
// through it, so both run on a GPU that has no display (or with no display server at all).
//
// Needs a QGuiApplication and lives on its thread; every frame is rendered on that thread. The
// graphics API is process-wide (QQuickWindow::setGraphicsApi); create() sets it, so use one
// backend per process.
#pragma once

#include "GraphicsBackend.h"
#include "QtCompat.h"

#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtCore/QTimer>
#include <QtGui/QColor>
#include <QtGui/QImage>

#include <memory>

QT_BEGIN_NAMESPACE
class QQuickRenderControl;
class QQuickWindow;
class QVulkanInstance;
QT_END_NAMESPACE

namespace greenroom {

class OffscreenQuickWindow {
public:
    ~OffscreenQuickWindow();

    OffscreenQuickWindow(const OffscreenQuickWindow &) = delete;
    OffscreenQuickWindow &operator=(const OffscreenQuickWindow &) = delete;

    // A window on `backend` (Default: QSG_RHI_BACKEND, else the platform's usual API) cleared
    // to `clearColor`, or null with a one-line reason when the platform cannot give that
    // backend a GPU device.
    static std::unique_ptr<OffscreenQuickWindow> create(GraphicsBackend backend,
                                                        const QColor &clearColor, QString *error);

    // Put items into window()->contentItem(); the window owns them.
    QQuickWindow *window() const { return m_window.get(); }
    // The backend really in use ("opengl", "vulkan", ...).
    QString backendName() const;

    // Sizes the window, its content item and the texture it renders into (kept while the size
    // stays). False, with a reason, when the texture cannot be made.
    bool resize(QSize size, QString *error);

    // Polishes, syncs and renders one frame, and returns when the GPU has finished it
    // (offscreen frames are synchronous). afterFrameEnd() is emitted then.
    void renderFrame();

    // From now on renders a frame whenever the scene asks for one (an item's update(), a
    // property change), as Qt Quick's render loop does for a window on screen; changes that
    // come in together are rendered once.
    void renderOnSceneChanges();

    // The last frame rendered, premultiplied RGBA (Format_RGBA8888_Premultiplied) with its
    // top row first. A null image and a reason when it cannot be read.
    QImage readBack(QString *error);

private:
    OffscreenQuickWindow();
    bool initialize(GraphicsBackend backend, const QColor &clearColor, QString *error);

    // Declared in destruction order's reverse: the window goes before the render control,
    // and both before the Vulkan instance. The destructor releases the GPU resources of our
    // own first, while the render control's QRhi still exists.
    std::unique_ptr<QVulkanInstance> m_vulkan;
    std::unique_ptr<QQuickRenderControl> m_renderControl;
    std::unique_ptr<QQuickWindow> m_window;
    QRhi *m_rhi = nullptr; // owned by the render control
    std::unique_ptr<QRhiTexture> m_texture;
    std::unique_ptr<QRhiRenderBuffer> m_depthStencil;
    std::unique_ptr<QRhiRenderPassDescriptor> m_renderPass;
    std::unique_ptr<QRhiTextureRenderTarget> m_target;
    QTimer m_pendingRender; // coalesces the scene's requests into one frame
};

} // namespace greenroom
