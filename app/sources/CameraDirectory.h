// The cameras there are now, as Qt Multimedia lists them, minus the entries that name no usable
// camera: Qt 6.4–6.5's GStreamer backend lists each camera found at start-up twice and, when it
// is unplugged, keeps one stale entry (see compat::cameraListMayRepeatCameras). Every camera
// list in Greenroom comes from here, so a picker shows each camera once and a camera that comes
// back is not mistaken for its stale entry.
//
// Repeats are recognised by name and format list. So, with those Qt versions only, two cameras of
// the same model are shown as one. One directory should live as long as the application, so
// that it sees every unplugging (SourceController owns it): a directory made later cannot tell
// a stale entry from a camera, though it prefers the newest entry of a name.
#pragma once

#include "CameraIdentity.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtMultimedia/QCameraDevice>
#include <QtMultimedia/QMediaDevices>

namespace greenroom {

class CameraDirectory : public QObject {
    Q_OBJECT

public:
    explicit CameraDirectory(QObject *parent = nullptr);

    // In Qt's order (the default camera first where the backend says which it is).
    QList<QCameraDevice> cameras() const { return m_cameras; }
    QList<CameraIdentity> identities() const { return cameraIdentities(m_cameras); }
    // The one marked default, else the first; null when there is none.
    QCameraDevice defaultCamera() const;
    // The camera `wanted` names (see findCamera); null when none. An id of a repeated entry
    // finds the camera it repeats.
    QCameraDevice find(const CameraIdentity &wanted) const;
    // Whether this very camera (same id, or an id repeating it, and the same name) is listed.
    bool contains(const CameraIdentity &camera) const;

Q_SIGNALS:
    // After the list changed.
    void camerasChanged();

private:
    void refresh();

    QMediaDevices m_mediaDevices;
    QList<QCameraDevice> m_listed;          // Qt's list as last seen
    QSet<QByteArray> m_stale;               // ids of entries left behind by an unplugged camera
    QList<QCameraDevice> m_cameras;         // m_listed without repeats and stale entries
    QHash<QByteArray, qsizetype> m_entryOf; // every live id -> its camera's index in m_cameras
};

} // namespace greenroom
