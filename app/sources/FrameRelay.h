// Sits between a Qt Multimedia backend (capture session, media player) and the sink a
// FrameSource feeds. It forwards every picture as it is (the frame is shared, never copied)
// and holds back the empty frames that backends send when they flush or tear down: a looping
// clip's seek back to the start, a camera that was unplugged. Passed on, those would blank the
// keyer's picture for a moment, or for good; held back, the last picture stays on screen.
// It also counts the pictures, so a source can tell a camera that sends nothing.
//
// Threads: the backend may deliver on its own thread. forward() and framesForwarded() are
// thread-safe; the target is set on the owner's thread and guarded by a mutex.
#pragma once

#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtMultimedia/QVideoFrame>
#include <QtMultimedia/QVideoSink>

#include <atomic>

namespace greenroom {

class FrameRelay : public QObject {
    Q_OBJECT

public:
    explicit FrameRelay(QObject *parent = nullptr);
    ~FrameRelay() override;

    // The sink to give the backend; owned by the relay.
    QVideoSink *input() const { return m_input; }
    // Replaces the input with a new sink and returns it. For a backend pipeline that is built
    // anew: Qt 6.4's GStreamer video sink can carry a late "stop" from the pipeline torn down
    // into the next one, which then stalls after its first pictures.
    QVideoSink *freshInput();

    // Where pictures go; not owned, may be nullptr. A target that is destroyed is dropped.
    void setTarget(QVideoSink *target);

    // Pictures forwarded since construction (empty frames are not counted).
    quint64 framesForwarded() const { return m_forwarded.load(std::memory_order_acquire); }

private:
    void forward(const QVideoFrame &frame);
    void connectInput();

    QVideoSink *m_input = nullptr; // child
    QMutex m_targetMutex;
    QVideoSink *m_target = nullptr;
    QMetaObject::Connection m_targetDestroyed;
    std::atomic<quint64> m_forwarded{0};
};

} // namespace greenroom
