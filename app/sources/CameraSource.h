// A FrameSource fed by a camera through Qt Multimedia: QCamera + QMediaCaptureSession, with the
// capture session writing straight into the sink (frames never pass through this object).
#pragma once

#include "FrameSource.h"

#include <QtCore/QByteArray>
#include <QtMultimedia/QCamera>
#include <QtMultimedia/QCameraDevice>
#include <QtMultimedia/QMediaCaptureSession>

#include <memory>

namespace greenroom {

class CameraSource : public FrameSource {
    Q_OBJECT
    QML_ELEMENT
    // QCameraDevice::id() of the camera to use; empty means the system's default camera.
    Q_PROPERTY(QByteArray cameraId READ cameraId WRITE setCameraId NOTIFY cameraIdChanged)

public:
    explicit CameraSource(QObject *parent = nullptr);
    ~CameraSource() override;

    QByteArray cameraId() const { return m_cameraId; }
    // Switches to that camera; a running source keeps running on the new one.
    void setCameraId(const QByteArray &id);

    void start() override;
    void stop() override;

    static bool anyCameraAvailable();

Q_SIGNALS:
    void cameraIdChanged();

protected:
    void onVideoSinkChanged() override;

private:
    // The device cameraId names, or the default one when it is empty; null when there is none.
    QCameraDevice resolveDevice() const;
    // (Re)creates the camera for resolveDevice(). The one place that picks a device, so capture
    // format selection and hot-plug handling can hook in here.
    void openCamera();
    void closeCamera();

    QByteArray m_cameraId;
    bool m_startRequested = false; // start() was called; the camera turns active asynchronously
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
};

} // namespace greenroom
