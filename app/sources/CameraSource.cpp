#include "CameraSource.h"

#include "CameraPreferences.h"
#include "QtCompat.h"

#include <QtCore/QVariantMap>
#include <QtMultimedia/QMediaDevices>

namespace greenroom {

namespace {

// How often the watchdog looks at the picture count: cheap, and fine enough for the timeouts.
constexpr int kWatchdogIntervalMs = 100;

} // namespace

CameraSource::CameraSource(QObject *parent) : CameraSource(nullptr, parent) {}

CameraSource::CameraSource(CameraDirectory *directory, QObject *parent)
    : FrameSource(parent), m_directory(directory ? directory : new CameraDirectory(this))
{
    m_watchdog.setInterval(kWatchdogIntervalMs);
    connect(&m_watchdog, &QTimer::timeout, this, &CameraSource::checkPictures);
    connect(m_directory, &CameraDirectory::camerasChanged, this, &CameraSource::onCamerasChanged);
    const QCameraDevice device = targetDevice();
    refreshFormats(device);
    setDisplayName(nameOf(device));
}

CameraSource::~CameraSource()
{
    stop();
}

void CameraSource::setCameraId(const QString &id)
{
    if (id == m_cameraId)
        return;
    m_cameraId = id;
    m_cameraName.clear();
    const QList<CameraIdentity> cameras = m_directory->identities();
    for (const CameraIdentity &camera : cameras) {
        if (camera.id == id)
            m_cameraName = camera.name;
    }
    const CameraIdentity chosen{m_cameraId, m_cameraName};
    m_formatKey = m_preferences && !id.isEmpty() ? m_preferences->formatKey(chosen) : QString();
    if (m_preferences && !id.isEmpty())
        m_preferences->setLastCamera(chosen);
    if (m_state == State::DeviceLost)
        m_device = {}; // the user moved on: stop waiting for the lost camera
    const QCameraDevice device = targetDevice();
    if (!refreshFormats(device))
        Q_EMIT formatChanged();
    setDisplayName(nameOf(device));
    Q_EMIT cameraIdChanged();
    restartIfWanted();
}

QVariantList CameraSource::cameras() const
{
    const QString defaultId = cameraIdentity(m_directory->defaultCamera()).id;
    const QList<CameraIdentity> cameras = m_directory->identities();
    QVariantList list;
    for (const CameraIdentity &camera : cameras) {
        list.append(QVariantMap{{QStringLiteral("id"), camera.id},
                                {QStringLiteral("name"), camera.name},
                                {QStringLiteral("isDefault"), camera.id == defaultId}});
    }
    return list;
}

QVariantList CameraSource::formats() const
{
    const qsizetype preferred = preferredFormatIndex(m_formatInfos);
    QVariantList list;
    for (qsizetype i = 0; i < m_formatInfos.size(); ++i) {
        const CameraFormatInfo &format = m_formatInfos[i];
        list.append(QVariantMap{
            {QStringLiteral("text"), describeFormat(format)},
            {QStringLiteral("width"), format.resolution.width()},
            {QStringLiteral("height"), format.resolution.height()},
            {QStringLiteral("frameRate"), format.maxFrameRate},
            {QStringLiteral("pixelFormat"), pixelFormatName(format.pixelFormat)},
            {QStringLiteral("native"), captureCost(format.pixelFormat) == CaptureCost::NativeYCbCr},
            {QStringLiteral("preferred"), i == preferred},
        });
    }
    return list;
}

int CameraSource::formatIndex() const
{
    return int(indexOfFormatKey(m_formatInfos, m_formatKey));
}

void CameraSource::setFormatIndex(int index)
{
    if (index < -1 || index >= m_formatInfos.size()) {
        setErrorString(tr("Camera “%1” has no format number %2 (it offers %3)")
                           .arg(displayName())
                           .arg(index)
                           .arg(m_formatInfos.size()));
        return;
    }
    setFormatKey(index < 0 ? QString() : greenroom::formatKey(m_formatInfos[index]));
}

void CameraSource::setFormatKey(const QString &key)
{
    if (key == m_formatKey)
        return;
    m_formatKey = key;
    const QCameraDevice device = targetDevice();
    if (m_preferences && !device.isNull())
        m_preferences->setFormatKey(cameraIdentity(device), key);
    if (!refreshFormats(device))
        Q_EMIT formatChanged();
    restartIfWanted();
}

void CameraSource::setStartTimeoutMs(int ms)
{
    ms = qMax(ms, kWatchdogIntervalMs);
    if (ms == m_startTimeoutMs)
        return;
    m_startTimeoutMs = ms;
    Q_EMIT startTimeoutMsChanged();
}

void CameraSource::setPreferences(CameraPreferences *preferences)
{
    m_preferences = preferences;
    if (!preferences)
        return;
    if (m_cameraId.isEmpty()) {
        const CameraIdentity last = cameraIdentity(m_directory->find(preferences->lastCamera()));
        if (!last.isNull()) {
            m_cameraId = last.id;
            m_cameraName = last.name;
            Q_EMIT cameraIdChanged();
        }
    }
    const QCameraDevice device = targetDevice();
    const QString key =
        device.isNull() ? QString() : preferences->formatKey(cameraIdentity(device));
    if (key != m_formatKey) {
        m_formatKey = key;
        Q_EMIT formatChanged();
    }
    refreshFormats(device);
    setDisplayName(nameOf(device));
    restartIfWanted();
}

void CameraSource::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    setErrorString({});
    setState(State::Starting);
    compat::requestCameraPermission(this, [this](bool granted) {
        if (!m_wanted || m_camera)
            return;
        if (!granted) {
            fail(Failure::PermissionDenied,
                 tr("Greenroom may not use the camera: access was denied. Allow it in the "
                    "system's privacy settings, then choose the camera again."));
            return;
        }
        openCamera();
    });
}

void CameraSource::stop()
{
    m_wanted = false;
    closeCamera();
    m_device = {};
    setActive(false);
    setStale(false);
    setState(State::Stopped);
}

bool CameraSource::anyCameraAvailable()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraSource::onVideoSinkChanged()
{
    m_relay.setTarget(videoSink());
}

QCameraDevice CameraSource::targetDevice() const
{
    if (m_state == State::DeviceLost && !m_device.isNull())
        return m_directory->find(m_device);
    if (m_cameraId.isEmpty())
        return m_directory->defaultCamera();
    return m_directory->find({m_cameraId, m_cameraName});
}

bool CameraSource::refreshFormats(const QCameraDevice &device)
{
    const QList<QCameraFormat> formats =
        device.isNull() ? QList<QCameraFormat>() : device.videoFormats();
    const QList<CameraFormatInfo> infos = cameraFormatInfos(formats);
    qsizetype active = indexOfFormatKey(infos, m_formatKey);
    if (active < 0)
        active = preferredFormatIndex(infos);
    const bool listChanged = infos != m_formatInfos;
    const bool activeChanged = active != m_activeFormat;
    m_formats = formats;
    m_formatInfos = infos;
    m_activeFormat = active;
    if (listChanged)
        Q_EMIT formatsChanged();
    if (listChanged || activeChanged)
        Q_EMIT formatChanged();
    return listChanged || activeChanged;
}

QString CameraSource::nameOf(const QCameraDevice &device) const
{
    if (!device.isNull())
        return device.description();
    if (!m_device.name.isEmpty())
        return m_device.name;
    return m_cameraName.isEmpty() ? tr("Camera") : m_cameraName;
}

void CameraSource::openCamera()
{
    closeCamera();
    const QCameraDevice device = targetDevice();
    refreshFormats(device);
    setDisplayName(nameOf(device));
    if (device.isNull()) {
        fail(Failure::NotFound, m_cameraId.isEmpty()
                                    ? tr("No camera found")
                                    : tr("Camera %1 not found")
                                          .arg(m_cameraName.isEmpty() ? m_cameraId : m_cameraName));
        return;
    }
    // A camera the user asked for by id follows it when it returns under a new id.
    const CameraIdentity identity = cameraIdentity(device);
    if (!m_cameraId.isEmpty() && m_cameraId != identity.id) {
        m_cameraId = identity.id;
        m_cameraName = identity.name;
        if (m_preferences)
            m_preferences->setLastCamera(identity);
        Q_EMIT cameraIdChanged();
    }
    m_device = identity;
    m_failure = Failure::None;

    m_camera = std::make_unique<QCamera>(device);
    connect(m_camera.get(), &QCamera::errorOccurred, this, &CameraSource::onCameraError);
    if (m_activeFormat >= 0) {
        const QCameraFormat &format = m_formats[m_activeFormat];
        m_camera->setCameraFormat(format);
        if (m_camera->cameraFormat() != format) {
            fail(Failure::FormatRefused,
                 tr("Camera “%1” refused the format %2; choose another format")
                     .arg(identity.name, describeFormat(m_formatInfos[m_activeFormat])));
            return;
        }
    }
    if (!isStale())
        setErrorString({});
    setState(State::Starting);
    m_framesSeen = m_relay.framesForwarded();
    m_sinceLastPicture.start();
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setVideoSink(m_relay.freshInput());
    m_session->setCamera(m_camera.get());
    m_camera->start();
    m_watchdog.start();
}

void CameraSource::closeCamera()
{
    m_watchdog.stop();
    if (!m_camera)
        return;
    // The relay holds back the empty frame a closing pipeline may send: the picture stays.
    m_camera->disconnect(this);
    m_camera->stop();
    if (m_session)
        m_session->setCamera(nullptr);
    m_camera.reset();
    m_session.reset();
}

void CameraSource::restartIfWanted()
{
    // While a lost camera is awaited there is nothing to restart: it opens when it returns.
    if (m_wanted && !(m_state == State::DeviceLost && !m_device.isNull()))
        openCamera();
}

void CameraSource::fail(Failure failure, const QString &message)
{
    closeCamera();
    m_failure = failure;
    setActive(false);
    setState(State::Failed);
    setErrorString(message);
}

void CameraSource::enterDeviceLost()
{
    closeCamera();
    setActive(false);
    setStale(true);
    setState(State::DeviceLost);
    setErrorString(tr("Camera “%1” was disconnected; it resumes when it is plugged in again")
                       .arg(m_device.name));
}

void CameraSource::onCamerasChanged()
{
    Q_EMIT camerasChanged();
    switch (m_state) {
    case State::Starting:
    case State::Running:
        // The very camera (same id and name) must still be there.
        if (m_camera && !m_directory->contains(m_device))
            enterDeviceLost();
        break;
    case State::DeviceLost:
        if (!m_directory->find(m_device).isNull())
            openCamera();
        return;
    case State::Failed:
        if (m_wanted && m_failure == Failure::NotFound)
            openCamera();
        return;
    case State::Stopped:
        break;
    }
    const QCameraDevice device = targetDevice();
    refreshFormats(device);
    if (!m_camera)
        setDisplayName(nameOf(device));
}

void CameraSource::onCameraError(QCamera::Error error, const QString &message)
{
    if (!m_camera || error == QCamera::NoError)
        return;
    // Some backends report an unplugged camera as an error before the device list changes.
    if (!m_directory->contains(m_device)) {
        enterDeviceLost();
        return;
    }
    fail(Failure::Backend,
         tr("Camera “%1”: %2")
             .arg(m_device.name, message.isEmpty() ? tr("unknown error") : message));
}

void CameraSource::checkPictures()
{
    const quint64 frames = m_relay.framesForwarded();
    if (frames != m_framesSeen) {
        m_framesSeen = frames;
        m_sinceLastPicture.start();
        setState(State::Running);
        setActive(true);
        setStale(false);
        setErrorString({});
        return;
    }
    const qint64 quiet = m_sinceLastPicture.elapsed();
    if (m_state == State::Starting && quiet >= m_startTimeoutMs) {
        fail(Failure::NoPicture,
             tr("Camera “%1” sent no picture within %2 s: it may be in use by another program, "
                "or it failed to start")
                 .arg(m_device.name)
                 .arg(m_startTimeoutMs / 1000.0, 0, 'g', 2));
    } else if (m_state == State::Running && quiet >= kStallMs && !isStale()) {
        setStale(true);
        setErrorString(tr("Camera “%1” stopped sending pictures").arg(m_device.name));
    }
}

void CameraSource::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace greenroom
