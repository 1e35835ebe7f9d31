// The one place where Greenroom adapts to differences between Qt versions.
//
// Greenroom builds against Qt 6.4 (Debian 12) up to Qt 6.8. Every use of API that changed
// between those versions goes through this header, so version checks never spread through
// the code base. The one use of Qt Multimedia's private API, which also depends on the Qt
// version, has a header of its own (QtFrameTextureCompat.h), so that only the file that needs
// those private classes sees them.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/qglobal.h>
#include <QtMultimedia/QVideoFrame>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QtCore/QPermissions>
#endif

// QRhi and QShader were private API before Qt 6.6 and are public (but still "semi-public")
// from 6.6 on, where qrhi.h also declares the Null backend's QRhiNullInitParams (the unit tests
// drive render-thread code on that backend, which needs no GPU).
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
#include <rhi/qrhi.h>
#include <rhi/qshader.h>
#else
#include <QtGui/private/qrhi_p.h>
#include <QtGui/private/qrhinull_p.h>
#include <QtGui/private/qshader_p.h>
#endif

namespace greenroom::compat {

// Clockwise rotation of a frame in degrees (0, 90, 180 or 270) that the display must apply.
inline int frameRotationDegrees(const QVideoFrame &frame)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    return int(frame.rotation());
#else
    return int(frame.rotationAngle());
#endif
}

// For commands that neither decode nor encode video (greenroom key): asks Qt's FFmpeg media
// backend, the default from Qt 6.5 on, to look for no hardware video devices. At start-up it
// opens every kind it knows to list them, and on X11 without a VDPAU driver libvdpau prints a
// line to stderr that scripts would take for an error. A choice the user made in the
// environment stands; other backends, and Qt 6.4, never read these variables.
inline void skipHardwareVideoDeviceProbe()
{
    for (const char *name :
         {"QT_FFMPEG_DECODING_HW_DEVICE_TYPES", "QT_FFMPEG_ENCODING_HW_DEVICE_TYPES"}) {
        if (!qEnvironmentVariableIsSet(name))
            qputenv(name, QByteArray());
    }
}

// Marks the frame as needing a clockwise turn of `degrees` (0, 90, 180 or 270) for display, as a
// camera or file backend does for a sensor or stream that is mounted turned.
inline void setFrameRotationDegrees(QVideoFrame &frame, int degrees)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    frame.setRotation(QtVideo::Rotation(degrees));
#else
    frame.setRotationAngle(QVideoFrame::RotationAngle(degrees));
#endif
}

// Whether the frame must be mirrored horizontally for display (front-facing cameras).
inline bool frameMirrored(const QVideoFrame &frame)
{
    return frame.mirrored() || frame.surfaceFormat().isMirrored();
}

// Whether QVideoFrame(QVideoFrameFormat) allocates a Format_YUV422P frame whose chroma planes can
// hold the picture. Before Qt 6.6.1 the memory buffer is sized as for 4:2:0 and map() reports
// chroma rows a quarter of the luma stride wide (QTBUG-116991), so such frames cannot be written.
inline constexpr bool memoryFramesHoldYuv422P()
{
    return QT_VERSION >= QT_VERSION_CHECK(6, 6, 1);
}

// Whether Qt's camera list may name one camera twice. Qt 6.4 and 6.5's GStreamer backend lists
// each camera present at start-up twice (once from the device monitor's first probe, once from
// the monitor's own "device added" message) and, when that camera is unplugged, removes only one
// of the two entries, leaving a stale one behind. Qt 6.6 ignores the repeated message.
inline constexpr bool cameraListMayRepeatCameras()
{
    return QT_VERSION < QT_VERSION_CHECK(6, 6, 0);
}

// Asks for the right to use cameras where the platform guards it (Qt 6.5+: macOS, iOS,
// Android, Windows privacy settings), then calls `done(granted)`, at once when the answer is
// known and otherwise later, on `context`'s thread unless `context` is gone by then. Qt 6.4
// has no permission API: the backend then reports a refusal as a camera error instead.
template<typename Done> void requestCameraPermission(QObject *context, Done done)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#if QT_CONFIG(permissions)
    auto *app = QCoreApplication::instance();
    if (app) {
        const QCameraPermission permission;
        switch (app->checkPermission(permission)) {
        case Qt::PermissionStatus::Granted:
            done(true);
            return;
        case Qt::PermissionStatus::Denied:
            done(false);
            return;
        case Qt::PermissionStatus::Undetermined:
            app->requestPermission(permission, context, [done](const QPermission &answer) {
                done(answer.status() == Qt::PermissionStatus::Granted);
            });
            return;
        }
    }
#endif
#endif
    Q_UNUSED(context);
    done(true);
}

} // namespace greenroom::compat
