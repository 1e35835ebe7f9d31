#include "UpdateIdleTime.h"

#include <QtCore/QByteArray>
#include <QtCore/QtGlobal>

namespace greenroom {

void dropUpdateIdleTime()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_UPDATE_IDLE_TIME"))
        qputenv("QT_QPA_UPDATE_IDLE_TIME", QByteArray("0"));
}

} // namespace greenroom
