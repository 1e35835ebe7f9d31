#include "CameraSource.h"

#include <QtMultimedia/QMediaDevices>

namespace greenroom {

CameraSource::CameraSource(QObject *parent) : FrameSource(parent)
{
    openCamera();
}

CameraSource::~CameraSource()
{
    stop();
    closeCamera();
}

void CameraSource::setCameraId(const QByteArray &id)
{
    if (id == m_cameraId)
        return;
    m_cameraId = id;
    closeCamera();
    openCamera();
    if (m_startRequested)
        start();
    Q_EMIT cameraIdChanged();
}

void CameraSource::start()
{
    m_startRequested = true;
    if (!m_camera) {
        setErrorString(m_cameraId.isEmpty()
                           ? tr("No camera found")
                           : tr("Camera %1 not found").arg(QString::fromUtf8(m_cameraId)));
        return;
    }
    m_camera->start(); // active follows QCamera::activeChanged
}

void CameraSource::stop()
{
    m_startRequested = false;
    if (m_camera)
        m_camera->stop();
    setActive(false);
}

bool CameraSource::anyCameraAvailable()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraSource::onVideoSinkChanged()
{
    m_session.setVideoSink(videoSink());
}

QCameraDevice CameraSource::resolveDevice() const
{
    if (m_cameraId.isEmpty())
        return QMediaDevices::defaultVideoInput();
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : devices) {
        if (device.id() == m_cameraId)
            return device;
    }
    return {};
}

void CameraSource::openCamera()
{
    const QCameraDevice device = resolveDevice();
    if (device.isNull()) {
        setDisplayName(tr("Camera"));
        return;
    }
    m_camera = std::make_unique<QCamera>(device);
    connect(m_camera.get(), &QCamera::activeChanged, this, &CameraSource::setActive);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &message) { setErrorString(message); });
    m_session.setCamera(m_camera.get());
    setDisplayName(device.description());
    setErrorString({});
}

void CameraSource::closeCamera()
{
    if (!m_camera)
        return;
    m_session.setCamera(nullptr);
    m_camera.reset();
    setActive(false);
}

} // namespace greenroom
