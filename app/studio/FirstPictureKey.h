// Auto-key on the first picture: while the key is still the built-in preset the studio starts
// with, the first steady picture of a source is auto-keyed, so the first key a new user sees is
// measured on their own screen rather than on a nominal paint colour. Choosing a preset (or
// turning the setting off) ends it for good; a key changed by hand or by an earlier auto-key is
// never replaced, because the check is made again when the picture has settled.
//
// "Steady": the camera's exposure and white balance settle in the first frames, so the estimate
// waits steadyDelayMs after the first picture of a source.
#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtQmlIntegration/qqmlintegration.h>

#include <functional>

namespace greenroom {

class FirstPictureKey : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FirstPictureKey belongs to a Studio")
    // Saved with the session.
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)

public:
    // `keyIsUntouchedDefault` says whether the live key is still the unchanged built-in preset.
    explicit FirstPictureKey(std::function<bool()> keyIsUntouchedDefault,
                             QObject *parent = nullptr);

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    void setSteadyDelayMs(int ms) { m_steady.setInterval(ms); }

    // The preview has a picture of the current source (true), or lost it (false: a new source
    // is starting).
    void setPictureAvailable(bool available);

Q_SIGNALS:
    void enabledChanged();
    // Time to auto-key the picture on screen.
    void autoKeyDue();

private:
    void settled();

    std::function<bool()> m_keyIsUntouchedDefault;
    QTimer m_steady;
    bool m_enabled = true;

    static constexpr int kSteadyDelayMs = 700;
};

} // namespace greenroom
