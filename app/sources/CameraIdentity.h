// How a camera is recognised again: after it was unplugged and came back, and in the next run
// (remembered settings). Qt's camera ids are stable on most backends (a device path, a system
// id), but Qt's GStreamer backend numbers cameras in the order it finds them, so a re-plugged
// camera returns under a new id and an old id may name another camera. A camera therefore
// matches by id only when the name agrees too, and otherwise by name.
#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtMultimedia/QCameraDevice>

namespace greenroom {

struct CameraIdentity {
    QString id;   // QCameraDevice::id() as text
    QString name; // QCameraDevice::description()

    bool isNull() const { return id.isEmpty() && name.isEmpty(); }
    friend bool operator==(const CameraIdentity &, const CameraIdentity &) = default;
};

CameraIdentity cameraIdentity(const QCameraDevice &device);
QList<CameraIdentity> cameraIdentities(const QList<QCameraDevice> &devices);

// The index in `cameras` of the camera `wanted` names: same id and name, else the first of the
// same name, else (when `wanted` has no name) the same id; -1 when none.
qsizetype findCamera(const QList<CameraIdentity> &cameras, const CameraIdentity &wanted);

} // namespace greenroom
