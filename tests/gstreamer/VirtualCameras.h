// Steers the virtual camera plugin built beside this file (see vcamprovider.h) from a Qt test:
// which cameras are plugged in, and which of them fail to start.
#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QTemporaryDir>

namespace greenroom::test {

struct VirtualCamera {
    QString serial;
    QString name;
    bool busy = false; // fails to start, like a camera in use by another program
};

class VirtualCameras {
public:
    // The camera tests' usual camera.
    static VirtualCamera standard();

    // Call before anything touches Qt Multimedia (GStreamer reads the environment once):
    // points the plugin at a control file in a new temporary folder, plugs in `cameras`, and
    // removes the GStreamer registry file named by GST_REGISTRY so that it is built afresh.
    // False, with the reason in `error`, when GST_PLUGIN_PATH does not hold the plugin.
    bool setUp(const QList<VirtualCamera> &cameras, QString *error);

    // Plugs in exactly these cameras: the others are unplugged. The plugin notices within
    // about 50 ms; Qt then reports it through QMediaDevices::videoInputsChanged.
    bool plug(const QList<VirtualCamera> &cameras);

private:
    QTemporaryDir m_dir;
    QString m_controlFile;
};

} // namespace greenroom::test
