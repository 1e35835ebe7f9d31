#include "OffscreenQuickWindow.h"

#include <QtQuick/QQuickGraphicsConfiguration>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickRenderControl>
#include <QtQuick/QQuickRenderTarget>
#include <QtQuick/QQuickWindow>
#include <QtQuick/QSGRendererInterface>

#if QT_CONFIG(vulkan)
#include <QtGui/QVulkanInstance>
#endif

namespace greenroom {

OffscreenQuickWindow::OffscreenQuickWindow() = default;

OffscreenQuickWindow::~OffscreenQuickWindow()
{
    m_pendingRender.stop();
    m_target.reset();
    m_renderPass.reset();
    m_depthStencil.reset();
    m_texture.reset();
    m_window.reset();
    m_renderControl.reset();
}

std::unique_ptr<OffscreenQuickWindow>
OffscreenQuickWindow::create(GraphicsBackend backend, const QColor &clearColor, QString *error)
{
    std::unique_ptr<OffscreenQuickWindow> window(new OffscreenQuickWindow);
    if (!window->initialize(backend, clearColor, error))
        return nullptr;
    return window;
}

bool OffscreenQuickWindow::initialize(GraphicsBackend backend, const QColor &clearColor,
                                      QString *error)
{
    applyGraphicsBackend(backend);

    m_renderControl = std::make_unique<QQuickRenderControl>();
    m_window = std::make_unique<QQuickWindow>(m_renderControl.get());
    m_window->setColor(clearColor);

#if QT_CONFIG(vulkan)
    // The render control does not make a Vulkan instance of its own.
    if (QQuickWindow::graphicsApi() == QSGRendererInterface::Vulkan) {
        m_vulkan = std::make_unique<QVulkanInstance>();
        m_vulkan->setExtensions(QQuickGraphicsConfiguration::preferredInstanceExtensions());
        if (!m_vulkan->create()) {
            *error = QStringLiteral("could not create a Vulkan instance (error %1)")
                         .arg(int(m_vulkan->errorCode()));
            return false;
        }
        m_window->setVulkanInstance(m_vulkan.get());
    }
#endif

    if (!m_renderControl->initialize()) {
        *error = QStringLiteral("could not initialise the %1 graphics backend").arg(backendName());
        return false;
    }
    m_rhi = static_cast<QRhi *>(m_window->rendererInterface()->getResource(
        m_window.get(), QSGRendererInterface::RhiResource));
    if (!m_rhi) {
        *error = QStringLiteral("the scene graph has no QRhi");
        return false;
    }

    m_pendingRender.setSingleShot(true);
    m_pendingRender.setInterval(0);
    QObject::connect(&m_pendingRender, &QTimer::timeout, &m_pendingRender,
                     [this] { renderFrame(); });
    return true;
}

QString OffscreenQuickWindow::backendName() const
{
    return graphicsApiName(QQuickWindow::graphicsApi());
}

bool OffscreenQuickWindow::resize(QSize size, QString *error)
{
    if (!m_texture || m_texture->pixelSize() != size) {
        m_target.reset();
        m_renderPass.reset();
        m_depthStencil.reset();
        m_texture.reset(
            m_rhi->newTexture(QRhiTexture::RGBA8, size, 1,
                              QRhiTexture::RenderTarget | QRhiTexture::UsedAsTransferSource));
        m_depthStencil.reset(m_rhi->newRenderBuffer(QRhiRenderBuffer::DepthStencil, size, 1));
        if (!m_texture->create() || !m_depthStencil->create()) {
            *error = QStringLiteral("could not create a %1x%2 render target")
                         .arg(size.width())
                         .arg(size.height());
            m_texture.reset();
            return false;
        }
        QRhiTextureRenderTargetDescription description{QRhiColorAttachment(m_texture.get())};
        description.setDepthStencilBuffer(m_depthStencil.get());
        m_target.reset(m_rhi->newTextureRenderTarget(description));
        m_renderPass.reset(m_target->newCompatibleRenderPassDescriptor());
        m_target->setRenderPassDescriptor(m_renderPass.get());
        if (!m_target->create()) {
            *error = QStringLiteral("could not create the render target");
            m_texture.reset();
            return false;
        }
        m_window->setRenderTarget(QQuickRenderTarget::fromRhiRenderTarget(m_target.get()));
    }
    m_window->resize(size);
    m_window->contentItem()->setSize(QSizeF(size));
    return true;
}

void OffscreenQuickWindow::renderFrame()
{
    m_pendingRender.stop();
    m_renderControl->polishItems();
    m_renderControl->beginFrame();
    m_renderControl->sync();
    m_renderControl->render();
    m_renderControl->endFrame(); // waits for the GPU
}

void OffscreenQuickWindow::renderOnSceneChanges()
{
    const auto request = [this] {
        if (!m_pendingRender.isActive())
            m_pendingRender.start();
    };
    QObject::connect(m_renderControl.get(), &QQuickRenderControl::renderRequested, &m_pendingRender,
                     request);
    QObject::connect(m_renderControl.get(), &QQuickRenderControl::sceneChanged, &m_pendingRender,
                     request);
}

QImage OffscreenQuickWindow::readBack(QString *error)
{
    if (!m_texture) {
        *error = QStringLiteral("nothing was rendered");
        return {};
    }
    QRhiReadbackResult readback;
    QRhiCommandBuffer *commands = nullptr;
    if (m_rhi->beginOffscreenFrame(&commands) != QRhi::FrameOpSuccess) {
        *error = QStringLiteral("could not read the rendered frame back");
        return {};
    }
    QRhiResourceUpdateBatch *batch = m_rhi->nextResourceUpdateBatch();
    batch->readBackTexture(QRhiReadbackDescription(m_texture.get()), &readback);
    commands->resourceUpdate(batch);
    m_rhi->endOffscreenFrame(); // completes the readback

    const QImage view(reinterpret_cast<const uchar *>(readback.data.constData()),
                      readback.pixelSize.width(), readback.pixelSize.height(),
                      QImage::Format_RGBA8888_Premultiplied);
    // OpenGL's framebuffer origin is bottom-left.
    return m_rhi->isYUpInFramebuffer() ? view.mirrored() : view.copy();
}

} // namespace greenroom
