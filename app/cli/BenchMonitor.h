// Watches the bench window's presentations: after each one, the frame that render drew (the
// newest a sync took, from the path's FrameCounters) is presented, with its latency from arrival
// to this presentation. A window on screen presents at its swap (on the render thread, or the GUI
// thread in the basic render loop); an offscreen window when the GPU has finished the frame.
// Runs on whichever thread presents, touches only preallocated state, and takes one uncontended
// lock per presentation.
//
// The measurement starts at a presentation, so the counters' baseline and the frames counted
// line up: every frame after the one it showed is counted, and its upload comes after the
// baseline.
#pragma once

#include "FrameCounters.h"
#include "FrameStats.h"

#include <QtCore/QMutex>
#include <QtCore/QObject>

#include <atomic>
#include <functional>

class QQuickWindow;

namespace greenroom {

// The counters' values at one moment.
struct CounterSnapshot {
    quint64 framesReceived = 0;
    quint64 framesUploaded = 0;
    quint64 bytesUploaded = 0;
    quint64 cpuCopies = 0;
    quint64 handOverCodeNs = 0;
    quint64 renderCodeNs = 0;
    quint64 textureCreations = 0;
    quint64 framesFromGpu = 0; // drawn from the textures they arrived in: nothing uploaded

    // Frames whose planes reached the GPU: uploaded, or already there.
    quint64 framesDrawn() const { return framesUploaded + framesFromGpu; }

    static CounterSnapshot of(const FrameCounters &counters);
};

class BenchMonitor : public QObject {
    Q_OBJECT

public:
    enum class PresentedAt {
        Swap,     // a window on screen: QQuickWindow::frameSwapped
        FrameEnd, // an offscreen window: QQuickWindow::afterFrameEnd, once the GPU is done
    };

    // `onPresented` runs on the presenting thread whenever a new frame was presented.
    BenchMonitor(QQuickWindow *window, PresentedAt presentedAt, const FrameCounters &counters,
                 std::function<void()> onPresented);
    ~BenchMonitor() override;

    // Number of the newest frame on screen so far (0: none yet). Any thread.
    quint64 lastPresentedSequence() const { return m_lastPresented.load(); }
    // Whether the window presents on the GUI thread (Qt's basic render loop, or offscreen).
    bool swapsOnGuiThread() const { return m_swapsOnGuiThread.load(); }

    // The measurement starts at the next presentation; started() turns true then.
    void requestStart();
    bool started() const;

    struct Measurement {
        FramePresentationStats frames;
        CounterSnapshot baseline;
        qint64 startNs = 0;    // monotonicNs() at the starting presentation
        qint64 startCpuNs = 0; // processCpuTimeNs() then
    };
    // Ends the measurement (later presentations are not counted) and returns it.
    Measurement finish();

private:
    void recordPresentation();

    QQuickWindow *m_window;
    const FrameCounters &m_counters;
    const std::function<void()> m_onPresented;
    std::atomic<quint64> m_lastPresented{0};
    std::atomic<bool> m_swapsOnGuiThread{false};

    mutable QMutex m_mutex; // guards the members below
    bool m_startRequested = false;
    bool m_measuring = false;
    Measurement m_measurement;
};

} // namespace greenroom
