// Keys frames without a window: a KeyedVideoItem in an OffscreenQuickWindow renders into a
// texture, which is read back. Frames go through exactly the live path (FrameLayout,
// PlaneTexture uploads, KeyMaterial, shaders/keyer.frag), so `greenroom key` and the quality
// benchmark measure the keyer users see (DESIGN.md, invariant 5).
//
// Needs a QGuiApplication and must live on its thread. The graphics API is process-wide
// (QQuickWindow::setGraphicsApi); create() sets it, so use one backend per process.
#pragma once

#include "CleanPlate.h"
#include "GraphicsBackend.h"
#include "KeyParams.h"

#include <QtGui/QImage>
#include <QtMultimedia/QVideoFrame>

#include <memory>

namespace greenroom {

class KeyedVideoItem;
class OffscreenQuickWindow;

class OffscreenKeyer {
public:
    ~OffscreenKeyer();

    // A keyer on `backend` (Default: QSG_RHI_BACKEND, else the platform's usual API), or null
    // with a one-line reason when the platform cannot give that backend a GPU device.
    static std::unique_ptr<OffscreenKeyer> create(GraphicsBackend backend, QString *error);

    // The keyed frame drawn 1:1: premultiplied RGBA (Format_RGBA8888_Premultiplied), keyed
    // against `plate` when it is one of the frame's size. A null image and a reason when the
    // frame cannot be keyed (unsupported or inconsistent frame).
    QImage key(const QVideoFrame &frame, const KeyParams &params, QString *error,
               const CleanPlate &plate = {});

    // The backend really in use ("opengl", "vulkan", ...).
    QString backendName() const;

private:
    OffscreenKeyer();

    std::unique_ptr<OffscreenQuickWindow> m_window;
    KeyedVideoItem *m_item = nullptr; // owned by the window's content item
};

} // namespace greenroom
