#include "CameraIdentity.h"

namespace greenroom {

CameraIdentity cameraIdentity(const QCameraDevice &device)
{
    if (device.isNull())
        return {};
    return {QString::fromUtf8(device.id()), device.description()};
}

QList<CameraIdentity> cameraIdentities(const QList<QCameraDevice> &devices)
{
    QList<CameraIdentity> identities;
    identities.reserve(devices.size());
    for (const QCameraDevice &device : devices)
        identities.append(cameraIdentity(device));
    return identities;
}

qsizetype findCamera(const QList<CameraIdentity> &cameras, const CameraIdentity &wanted)
{
    if (wanted.isNull())
        return -1;
    if (wanted.name.isEmpty()) {
        for (qsizetype i = 0; i < cameras.size(); ++i) {
            if (cameras[i].id == wanted.id)
                return i;
        }
        return -1;
    }
    for (qsizetype i = 0; i < cameras.size(); ++i) {
        if (cameras[i] == wanted)
            return i;
    }
    for (qsizetype i = 0; i < cameras.size(); ++i) {
        if (cameras[i].name == wanted.name)
            return i;
    }
    return -1;
}

} // namespace greenroom
