// The one interface every frame source implements (test pattern, camera, media file):
// it produces QVideoFrames into a QVideoSink it does not own. Sources live on the GUI thread.
#pragma once

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtMultimedia/QVideoSink>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class FrameSource : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FrameSource is abstract")
    Q_PROPERTY(QString displayName READ displayName NOTIFY displayNameChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // True while the picture on screen is the last one of a source that stopped delivering
    // against the user's will (a camera unplugged or stalled); the UI dims it meanwhile.
    Q_PROPERTY(bool stale READ isStale NOTIFY staleChanged)

public:
    // Derived classes must call stop() in their own destructor: by the time ~FrameSource runs,
    // virtual calls no longer reach them.
    ~FrameSource() override;

    QString displayName() const { return m_displayName; }
    bool isActive() const { return m_active; }
    // Empty when there is no error.
    QString errorString() const { return m_errorString; }
    bool isStale() const { return m_stale; }

    // The sink frames go to; not owned. nullptr detaches. Takes effect at once, also while the
    // source is active: the next frame goes to the new sink.
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const { return m_videoSink; }

    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void displayNameChanged();
    void activeChanged();
    void errorStringChanged();
    void staleChanged();

protected:
    explicit FrameSource(QObject *parent = nullptr);

    void setDisplayName(const QString &name);
    void setActive(bool active);
    // Prints a new non-empty message once (qWarning), so errors are visible without a UI.
    void setErrorString(const QString &message);
    void setStale(bool stale);

    // Called after the sink changed, for sources whose backend holds the sink itself.
    virtual void onVideoSinkChanged() {}

private:
    // QPointer: the sink belongs to someone else and may be destroyed first.
    QPointer<QVideoSink> m_videoSink;
    QString m_displayName;
    QString m_errorString;
    bool m_active = false;
    bool m_stale = false;
};

} // namespace greenroom
