// A FrameSource fed by a camera through Qt Multimedia: QCamera + QMediaCaptureSession, with the
// capture session writing into a FrameRelay that hands each picture to the keyer's sink as it
// is (frames are never copied or converted here).
//
// It lists the cameras, lets the user pick one and one of its formats (by default the
// preferred one, see CameraFormatChoice.h), follows hot-plug, and tells what goes wrong:
// - A camera plugged in appears in `cameras` at once.
// - The camera in use unplugged: state DeviceLost, a message on errorString, `stale` set while
//   the last picture stays on screen; when the same camera returns (CameraIdentity.h) it
//   resumes by itself with the same format.
// - A camera that does not start (busy, failing), refuses the format, is not allowed, or
//   stops sending pictures: a message naming the camera on errorString and on stderr. Qt's
//   GStreamer backend does not report a camera that fails to start, so a start watchdog does:
//   no picture within startTimeoutMs means failure.
// The device is opened only while the source runs; stop() releases it.
#pragma once

#include "CameraDirectory.h"
#include "CameraFormatChoice.h"
#include "CameraIdentity.h"
#include "FrameRelay.h"
#include "FrameSource.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QString>
#include <QtCore/QTimer>
#include <QtCore/QVariantList>
#include <QtMultimedia/QCamera>
#include <QtMultimedia/QCameraDevice>
#include <QtMultimedia/QMediaCaptureSession>

#include <memory>

namespace greenroom {

class CameraPreferences;

class CameraSource : public FrameSource {
    Q_OBJECT
    QML_ELEMENT
    // QCameraDevice::id() of the camera to use; empty means the system's default camera.
    Q_PROPERTY(QString cameraId READ cameraId WRITE setCameraId NOTIFY cameraIdChanged)
    // The cameras there are now, for a picker: [{id, name, isDefault}], the default first.
    Q_PROPERTY(QVariantList cameras READ cameras NOTIFY camerasChanged)
    // The formats of the camera in use (or about to be): [{text, width, height, frameRate,
    // pixelFormat, native, preferred}] in the camera's own order. `text` reads
    // "1280×720 · 30 fps · NV12"; `native`: Y'CbCr the keyer takes as it is.
    Q_PROPERTY(QVariantList formats READ formats NOTIFY formatsChanged)
    // The index in `formats` the user chose; -1 (the default) picks the preferred format.
    Q_PROPERTY(int formatIndex READ formatIndex WRITE setFormatIndex NOTIFY formatChanged)
    // The index in `formats` of the format used: the chosen one, else the preferred one.
    Q_PROPERTY(int activeFormatIndex READ activeFormatIndex NOTIFY formatChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // How long a starting camera may take to deliver its first picture before it counts as
    // failed (busy, broken, or refusing the format).
    Q_PROPERTY(
        int startTimeoutMs READ startTimeoutMs WRITE setStartTimeoutMs NOTIFY startTimeoutMsChanged)

public:
    enum class State {
        Stopped,    // not asked to run
        Starting,   // opened, waiting for the first picture (or for permission)
        Running,    // pictures arrive
        DeviceLost, // the camera went away; resumes when it returns
        Failed,     // see errorString
    };
    Q_ENUM(State)

    // A picture stream that pauses this long while running is reported as stalled.
    static constexpr int kStallMs = 2500;

    // With a camera directory of its own.
    explicit CameraSource(QObject *parent = nullptr);
    // With a shared directory (not owned; must outlive this source).
    explicit CameraSource(CameraDirectory *directory, QObject *parent = nullptr);
    ~CameraSource() override;

    QString cameraId() const { return m_cameraId; }
    // Switches to that camera, with the format remembered for it (else the preferred one);
    // a running source keeps running on the new one. Remembered as the last camera.
    void setCameraId(const QString &id);

    QVariantList cameras() const;
    QVariantList formats() const;
    int formatIndex() const;
    // Out of range: refused with a message, the current format stays. A running camera
    // restarts in the new format. Remembered for this camera.
    void setFormatIndex(int index);
    int activeFormatIndex() const { return int(m_activeFormat); }
    // The chosen format as CameraFormatChoice's key; empty: the preferred format.
    QString formatKey() const { return m_formatKey; }
    void setFormatKey(const QString &key);

    State state() const { return m_state; }
    // The camera opened (or awaited while lost); null before one was opened.
    CameraIdentity device() const { return m_device; }
    int startTimeoutMs() const { return m_startTimeoutMs; }
    void setStartTimeoutMs(int ms);

    // Where choices are remembered; not owned, must outlive this source or be reset first.
    // Adopts the remembered camera (when it is present and no camera was chosen yet) and its
    // remembered format.
    void setPreferences(CameraPreferences *preferences);

    void start() override;
    void stop() override;

    // Whether Qt lists any camera (possibly a stale entry; see CameraDirectory).
    static bool anyCameraAvailable();

Q_SIGNALS:
    void cameraIdChanged();
    void camerasChanged();
    void formatsChanged();
    void formatChanged();
    void stateChanged();
    void startTimeoutMsChanged();

protected:
    void onVideoSinkChanged() override;

private:
    enum class Failure { None, NotFound, PermissionDenied, FormatRefused, NoPicture, Backend };

    // The camera to open: the one awaited after a loss, else cameraId's, else the default.
    QCameraDevice targetDevice() const;
    // Reloads `formats` and the active format for `device` (null: none); true when it
    // signalled formatChanged.
    bool refreshFormats(const QCameraDevice &device);
    QString nameOf(const QCameraDevice &device) const;

    void openCamera();
    void closeCamera();
    void restartIfWanted();
    void fail(Failure failure, const QString &message);
    void enterDeviceLost();
    void onCamerasChanged();
    void onCameraError(QCamera::Error error, const QString &message);
    void checkPictures();
    void setState(State state);

    CameraPreferences *m_preferences = nullptr;
    QString m_cameraId;
    QString m_cameraName; // the name cameraId had when chosen, to find it again
    QString m_formatKey;
    QList<QCameraFormat> m_formats;
    QList<CameraFormatInfo> m_formatInfos;
    qsizetype m_activeFormat = -1;

    State m_state = State::Stopped;
    Failure m_failure = Failure::None;
    bool m_wanted = false;   // start() was called and stop() was not
    CameraIdentity m_device; // the camera opened, or awaited while lost
    int m_startTimeoutMs = 5000;
    quint64 m_framesSeen = 0;
    QElapsedTimer m_sinceLastPicture;

    CameraDirectory *m_directory = nullptr;
    // Declared so that the camera and session go before the relay they deliver into.
    FrameRelay m_relay;
    // Both made anew for each opening (see FrameRelay::freshInput).
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    QTimer m_watchdog;
};

} // namespace greenroom
