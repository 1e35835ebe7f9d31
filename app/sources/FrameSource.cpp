#include "FrameSource.h"

#include <QtCore/QDebug>

namespace greenroom {

FrameSource::FrameSource(QObject *parent) : QObject(parent) {}

FrameSource::~FrameSource() = default;

void FrameSource::setVideoSink(QVideoSink *sink)
{
    if (m_videoSink == sink)
        return;
    m_videoSink = sink;
    onVideoSinkChanged();
}

void FrameSource::setDisplayName(const QString &name)
{
    if (m_displayName == name)
        return;
    m_displayName = name;
    Q_EMIT displayNameChanged();
}

void FrameSource::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void FrameSource::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    Q_EMIT staleChanged();
}

void FrameSource::setErrorString(const QString &message)
{
    if (m_errorString == message)
        return;
    m_errorString = message;
    if (!message.isEmpty())
        qWarning().noquote() << m_displayName << "error:" << message;
    Q_EMIT errorStringChanged();
}

} // namespace greenroom
