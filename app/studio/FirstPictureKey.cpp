#include "FirstPictureKey.h"

namespace greenroom {

FirstPictureKey::FirstPictureKey(std::function<bool()> keyIsUntouchedDefault, QObject *parent)
    : QObject(parent), m_keyIsUntouchedDefault(std::move(keyIsUntouchedDefault))
{
    m_steady.setSingleShot(true);
    m_steady.setInterval(kSteadyDelayMs);
    connect(&m_steady, &QTimer::timeout, this, &FirstPictureKey::settled);
}

void FirstPictureKey::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        m_steady.stop();
    Q_EMIT enabledChanged();
}

void FirstPictureKey::setPictureAvailable(bool available)
{
    if (!available) {
        m_steady.stop();
        return;
    }
    if (m_enabled && m_keyIsUntouchedDefault())
        m_steady.start();
}

void FirstPictureKey::settled()
{
    // The key may have been changed while the picture settled: then it is the user's.
    if (m_enabled && m_keyIsUntouchedDefault())
        Q_EMIT autoKeyDue();
}

} // namespace greenroom
