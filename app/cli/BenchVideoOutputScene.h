// The path a Qt developer would write first, for `greenroom bench --path
// videooutput-shadereffect`: Qt's stock VideoOutput with the key applied by a ShaderEffect
// (qml/VideoOutputKeyEffect.qml, shaders/keyer_shadereffect.frag). A ShaderEffectSource makes
// VideoOutput draw into an offscreen texture that the effect then keys in a second pass.
//
// VideoOutput's internals are Qt's, so this scene observes them from outside: frames pass
// through a sink of its own, which stamps their arrival and forwards them to VideoOutput's sink,
// and the newest frame that arrived before a sync finished counts as the one that sync drew.
#pragma once

#include "BenchScene.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtQml/QQmlEngine>

#include <array>
#include <atomic>

class QQuickItem;

namespace greenroom {

class BenchVideoOutputScene final : public QObject, public BenchScene {
    Q_OBJECT

public:
    static std::unique_ptr<BenchScene> create(QQuickWindow *window, const KeyParams &params,
                                              QString *error);
    ~BenchVideoOutputScene() override;

    QVideoSink *videoSink() const override { return m_frontSink; }
    const FrameCounters &counters() const override { return m_counters; }
    bool observesUploads() const override { return false; }
    QString notes() const override;

private:
    explicit BenchVideoOutputScene(QQuickWindow *window);
    bool load(const KeyParams &params, QString *error);

    void forwardFrame(const QVideoFrame &frame); // any thread
    void attributeDrawnFrame();                  // after each sync, on the render thread

    QQuickWindow *m_window;
    QQmlEngine m_engine;
    QQuickItem *m_output = nullptr;
    QVideoSink *m_frontSink; // child of this object
    QPointer<QVideoSink> m_outputSink;
    FrameCounters m_counters;
    // Arrival times by frame number modulo the ring size; only the newest few are ever read.
    std::array<std::atomic<qint64>, 64> m_arrivalNs{};
};

} // namespace greenroom
