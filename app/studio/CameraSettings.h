// Remembers the user's camera and, per camera, the chosen format, in QSettings: by device id,
// with the camera's name beside it so that a camera is found again where its id changed
// between runs (see CameraIdentity.h).
//
// Stored as:
//   camera/lastId, camera/lastName
//   cameras/<percent-encoded id>/name, cameras/<percent-encoded id>/format
#pragma once

#include "CameraPreferences.h"

#include <QtCore/QSettings>
#include <QtCore/QString>

#include <memory>

namespace greenroom {

class CameraSettings : public CameraPreferences {
public:
    // The application's own settings (organisation and application name).
    CameraSettings();
    // An INI file at `filePath`, for tests and portable installs.
    explicit CameraSettings(const QString &filePath);
    ~CameraSettings() override;

    CameraIdentity lastCamera() const override;
    void setLastCamera(const CameraIdentity &camera) override;
    QString formatKey(const CameraIdentity &camera) const override;
    void setFormatKey(const CameraIdentity &camera, const QString &key) override;

    // Writes pending changes to storage (QSettings also does so by itself, later).
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace greenroom
