#include "GraphicsBackend.h"

#include "DisplayProbe.h"

#include <QtQuick/QQuickWindow>

namespace greenroom {

void applyGraphicsBackend(GraphicsBackend backend)
{
    switch (backend) {
    case GraphicsBackend::Default:
        return;
    case GraphicsBackend::OpenGL:
        QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
        return;
    case GraphicsBackend::Vulkan:
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Vulkan);
        return;
    case GraphicsBackend::Direct3D11:
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Direct3D11);
        return;
    case GraphicsBackend::Metal:
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Metal);
        return;
    }
}

GraphicsBackend preferDisplaylessPlatform(GraphicsBackend backend)
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    // A DISPLAY that names no running server counts as none (Qt would abort on it).
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || displayProblem().isEmpty())
        return backend;
    qputenv("QT_QPA_PLATFORM", "vkkhrdisplay;offscreen");
#if QT_CONFIG(vulkan)
    if (backend == GraphicsBackend::Default && qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        return GraphicsBackend::Vulkan;
#endif
#endif
    return backend;
}

QString graphicsApiName(QSGRendererInterface::GraphicsApi api)
{
    switch (api) {
    case QSGRendererInterface::OpenGL:
        return QStringLiteral("opengl");
    case QSGRendererInterface::Vulkan:
        return QStringLiteral("vulkan");
    case QSGRendererInterface::Direct3D11:
        return QStringLiteral("d3d11");
    case QSGRendererInterface::Metal:
        return QStringLiteral("metal");
    case QSGRendererInterface::Software:
        return QStringLiteral("software");
    default:
        return QStringLiteral("other");
    }
}

} // namespace greenroom
