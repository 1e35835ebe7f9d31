// What a CameraSource remembers between runs, behind an interface so that sources/ knows
// nothing of where or how it is stored (studio/CameraSettings keeps it in QSettings).
#pragma once

#include "CameraIdentity.h"

#include <QtCore/QString>

namespace greenroom {

class CameraPreferences {
public:
    virtual ~CameraPreferences() = default;

    // The camera the user chose last; null when none was chosen.
    virtual CameraIdentity lastCamera() const = 0;
    virtual void setLastCamera(const CameraIdentity &camera) = 0;

    // The format (CameraFormatChoice's formatKey) the user chose for that camera; empty when
    // none was chosen, which means the preferred format.
    virtual QString formatKey(const CameraIdentity &camera) const = 0;
    virtual void setFormatKey(const CameraIdentity &camera, const QString &key) = 0;

protected:
    CameraPreferences() = default;
    CameraPreferences(const CameraPreferences &) = default;
    CameraPreferences &operator=(const CameraPreferences &) = default;
};

} // namespace greenroom
