#include "CameraDirectory.h"

#include "QtCompat.h"

#include <algorithm>

namespace greenroom {

namespace {

// Two entries for one camera: same name and formats, different ids.
bool sameCamera(const QCameraDevice &a, const QCameraDevice &b)
{
    return a.description() == b.description() && a.videoFormats() == b.videoFormats();
}

bool listsId(const QList<QCameraDevice> &devices, const QByteArray &id)
{
    return std::any_of(devices.begin(), devices.end(),
                       [&](const QCameraDevice &device) { return device.id() == id; });
}

} // namespace

CameraDirectory::CameraDirectory(QObject *parent) : QObject(parent)
{
    // List first, connect after: the first list starts Qt Multimedia's backend, which (Qt 6.4)
    // announces its cameras while it holds a lock that a listing from the announcement would
    // wait for forever.
    refresh();
    connect(&m_mediaDevices, &QMediaDevices::videoInputsChanged, this, &CameraDirectory::refresh);
}

QCameraDevice CameraDirectory::defaultCamera() const
{
    for (const QCameraDevice &camera : m_cameras) {
        if (camera.isDefault())
            return camera;
    }
    return m_cameras.isEmpty() ? QCameraDevice() : m_cameras.constFirst();
}

QCameraDevice CameraDirectory::find(const CameraIdentity &wanted) const
{
    const auto entry = m_entryOf.constFind(wanted.id.toUtf8());
    if (entry != m_entryOf.constEnd() &&
        (wanted.name.isEmpty() || m_cameras[*entry].description() == wanted.name))
        return m_cameras[*entry];
    const qsizetype index = findCamera(identities(), wanted);
    return index >= 0 ? m_cameras[index] : QCameraDevice();
}

bool CameraDirectory::contains(const CameraIdentity &camera) const
{
    const auto entry = m_entryOf.constFind(camera.id.toUtf8());
    return entry != m_entryOf.constEnd() && m_cameras[*entry].description() == camera.name;
}

void CameraDirectory::refresh()
{
    const QList<QCameraDevice> listed = QMediaDevices::videoInputs();
    QList<QCameraDevice> cameras;
    if (compat::cameraListMayRepeatCameras()) {
        // An entry that went while an entry for the same camera, listed before, stayed: Qt
        // removed one of a repeated pair, and the one left names a camera that is gone.
        for (const QCameraDevice &gone : std::as_const(m_listed)) {
            if (listsId(listed, gone.id()))
                continue;
            for (const QCameraDevice &left : listed) {
                if (sameCamera(left, gone) && listsId(m_listed, left.id()))
                    m_stale.insert(left.id());
            }
        }
        QSet<QByteArray> stillListed;
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QCameraDevice &device = listed[i];
            if (m_stale.contains(device.id())) {
                stillListed.insert(device.id());
                continue;
            }
            // Of a repeated pair the last is kept: when the camera goes, Qt removes the first
            // and the rule above retires the last; and a directory made after an unplugging
            // keeps the returned camera (listed last) over the stale entry.
            const bool repeated =
                std::any_of(listed.begin() + i + 1, listed.end(), [&](const QCameraDevice &later) {
                    return !m_stale.contains(later.id()) && sameCamera(later, device);
                });
            if (!repeated)
                cameras.append(device);
        }
        m_stale = stillListed;
    } else {
        cameras = listed;
    }
    m_listed = listed;
    // Each live entry, repeats included, stands for the kept camera it repeats: a camera
    // opened through one entry stays "listed" while Qt keeps the pair.
    m_entryOf.clear();
    for (const QCameraDevice &device : listed) {
        if (m_stale.contains(device.id()))
            continue;
        for (qsizetype i = 0; i < cameras.size(); ++i) {
            if (device.id() == cameras[i].id() ||
                (compat::cameraListMayRepeatCameras() && sameCamera(device, cameras[i]))) {
                m_entryOf.insert(device.id(), i);
                break;
            }
        }
    }
    const bool changed = cameraIdentities(cameras) != cameraIdentities(m_cameras);
    m_cameras = cameras;
    if (changed)
        Q_EMIT camerasChanged();
}

} // namespace greenroom
