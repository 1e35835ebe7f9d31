#include "CameraSettings.h"

#include <QtCore/QUrl>

namespace greenroom {

namespace {

const QString kLastId = QStringLiteral("camera/lastId");
const QString kLastName = QStringLiteral("camera/lastName");
const QString kCameras = QStringLiteral("cameras");

// Camera ids hold '/' (device paths) and other characters that QSettings keys must not.
QString groupOf(const QString &id)
{
    return kCameras + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

CameraSettings::CameraSettings() : m_settings(std::make_unique<QSettings>()) {}

CameraSettings::CameraSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

CameraSettings::~CameraSettings() = default;

CameraIdentity CameraSettings::lastCamera() const
{
    return {m_settings->value(kLastId).toString(), m_settings->value(kLastName).toString()};
}

void CameraSettings::setLastCamera(const CameraIdentity &camera)
{
    m_settings->setValue(kLastId, camera.id);
    m_settings->setValue(kLastName, camera.name);
}

QString CameraSettings::formatKey(const CameraIdentity &camera) const
{
    // The entry under this id, if it belongs to a camera of this name; else any entry of
    // this name (the id changed).
    const QString group = groupOf(camera.id);
    if (m_settings->value(group + QStringLiteral("/name")).toString() == camera.name)
        return m_settings->value(group + QStringLiteral("/format")).toString();
    if (camera.name.isEmpty())
        return {};
    m_settings->beginGroup(kCameras);
    const QStringList ids = m_settings->childGroups();
    QString key;
    for (const QString &id : ids) {
        if (m_settings->value(id + QStringLiteral("/name")).toString() == camera.name) {
            key = m_settings->value(id + QStringLiteral("/format")).toString();
            break;
        }
    }
    m_settings->endGroup();
    return key;
}

void CameraSettings::setFormatKey(const CameraIdentity &camera, const QString &key)
{
    if (camera.id.isEmpty())
        return;
    const QString group = groupOf(camera.id);
    m_settings->setValue(group + QStringLiteral("/name"), camera.name);
    m_settings->setValue(group + QStringLiteral("/format"), key);
}

void CameraSettings::sync()
{
    m_settings->sync();
}

} // namespace greenroom
