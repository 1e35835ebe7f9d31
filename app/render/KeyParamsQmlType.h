// Exposes greenroom::KeyParams to QML as the value type `keyParams` without making the keying
// code depend on QML.
#pragma once

#include "KeyParams.h"

#include <QtQml/qqml.h>

namespace greenroom {

struct KeyParamsForeign {
    Q_GADGET
    QML_FOREIGN(greenroom::KeyParams)
    QML_VALUE_TYPE(keyParams)
};

} // namespace greenroom
