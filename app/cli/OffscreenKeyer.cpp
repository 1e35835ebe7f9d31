#include "OffscreenKeyer.h"

#include "KeyedVideoItem.h"

#include <QtCore/QCoreApplication>
#include <QtQuick/QQuickGraphicsConfiguration>
#include <QtQuick/QQuickRenderControl>
#include <QtQuick/QQuickRenderTarget>
#include <QtQuick/QQuickWindow>
#include <QtQuick/QSGRendererInterface>

#if QT_CONFIG(vulkan)
#include <QtGui/QVulkanInstance>
#endif

namespace greenroom {

OffscreenKeyer::OffscreenKeyer() = default;

OffscreenKeyer::~OffscreenKeyer()
{
    // GPU resources of our own go first, while the render control's QRhi still exists.
    m_target.reset();
    m_renderPass.reset();
    m_depthStencil.reset();
    m_texture.reset();
    m_window.reset();
    m_renderControl.reset();
}

std::unique_ptr<OffscreenKeyer> OffscreenKeyer::create(GraphicsBackend backend, QString *error)
{
    std::unique_ptr<OffscreenKeyer> keyer(new OffscreenKeyer);
    if (!keyer->initialize(backend, error))
        return nullptr;
    return keyer;
}

bool OffscreenKeyer::initialize(GraphicsBackend backend, QString *error)
{
    applyGraphicsBackend(backend);

    m_renderControl = std::make_unique<QQuickRenderControl>();
    m_window = std::make_unique<QQuickWindow>(m_renderControl.get());
    // Cleared to transparent: the texture then holds the keyer's premultiplied output as is.
    m_window->setColor(Qt::transparent);

#if QT_CONFIG(vulkan)
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

    m_item = new KeyedVideoItem(m_window->contentItem());
    m_item->setFillMode(KeyedVideoItem::Stretch);

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
    return true;
}

QString OffscreenKeyer::backendName() const
{
    return graphicsApiName(QQuickWindow::graphicsApi());
}

bool OffscreenKeyer::ensureTarget(QSize size, QString *error)
{
    if (m_texture && m_texture->pixelSize() == size)
        return true;
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
    return true;
}

QImage OffscreenKeyer::key(const QVideoFrame &frame, const KeyParams &params, QString *error)
{
    const QSize size = frame.size();
    if (size.isEmpty()) {
        *error = QStringLiteral("the frame is empty");
        return {};
    }
    if (!ensureTarget(size, error))
        return {};
    m_window->resize(size);
    m_window->contentItem()->setSize(QSizeF(size));
    m_item->setSize(QSizeF(size));
    m_item->setKeyParams(params);
    const quint64 uploadedBefore = m_item->counters().framesUploaded.load();
    m_item->presentFrame(frame);

    m_renderControl->polishItems();
    m_renderControl->beginFrame();
    m_renderControl->sync();
    m_renderControl->render();
    m_renderControl->endFrame(); // waits for the GPU

    // The item reports frame problems to its own thread with a queued call.
    QCoreApplication::processEvents();
    if (!m_item->frameError().isEmpty()) {
        *error = m_item->frameError();
        return {};
    }
    if (m_item->counters().framesUploaded.load() == uploadedBefore) {
        *error = QStringLiteral("the frame was not uploaded");
        return {};
    }

    QRhiReadbackResult readback;
    QRhiCommandBuffer *commands = nullptr;
    if (m_rhi->beginOffscreenFrame(&commands) != QRhi::FrameOpSuccess) {
        *error = QStringLiteral("could not read the keyed frame back");
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
