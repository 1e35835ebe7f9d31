// The numbers of the stats overlay, measured on the live preview twice a second: frames in and
// presented per second, frames dropped (replaced before being drawn), arrival-to-present latency,
// the scene graph's backend, and the incoming frames' pixel format and size. The bookkeeping is
// FramePresentationStats, the same that `greenroom bench` reports with.
//
// Threads: swaps are recorded on the render thread (QQuickWindow::frameSwapped), read on the GUI
// thread; a mutex guards the shared record.
#pragma once

#include "FrameStats.h"
#include "KeyedVideoItem.h"

#include <QtCore/QMetaObject>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtQmlIntegration/qqmlintegration.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace greenroom {

class LiveStats : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(greenroom::KeyedVideoItem *item READ item WRITE setItem NOTIFY itemChanged)
    // Measures only while active (the overlay is shown).
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(double inputFps READ inputFps NOTIFY updated)
    Q_PROPERTY(double presentedFps READ presentedFps NOTIFY updated)
    Q_PROPERTY(int droppedFrames READ droppedFrames NOTIFY updated)
    Q_PROPERTY(double latencyMs READ latencyMs NOTIFY updated)
    Q_PROPERTY(double latencyP95Ms READ latencyP95Ms NOTIFY updated)
    Q_PROPERTY(QString backend READ backend NOTIFY updated)

public:
    static constexpr int kIntervalMs = 500;

    explicit LiveStats(QObject *parent = nullptr);
    ~LiveStats() override;

    KeyedVideoItem *item() const { return m_item; }
    void setItem(KeyedVideoItem *item);
    bool isActive() const { return m_active; }
    void setActive(bool active);

    double inputFps() const { return m_inputFps; }
    double presentedFps() const { return m_presentedFps; }
    int droppedFrames() const { return int(std::min<quint64>(m_dropped, INT_MAX)); }
    double latencyMs() const { return m_latencyMs; }
    double latencyP95Ms() const { return m_latencyP95Ms; }
    QString backend() const { return m_backend; }

Q_SIGNALS:
    void itemChanged();
    void activeChanged();
    void updated();

private:
    void attach();
    void detach();
    void recordSwap(); // render thread
    void sample();     // GUI thread, every kIntervalMs

    QPointer<KeyedVideoItem> m_item;
    QMetaObject::Connection m_windowConnection;
    QMetaObject::Connection m_swapConnection;
    bool m_active = false;
    QTimer m_timer;

    QMutex m_mutex;
    FramePresentationStats m_stats;                  // guarded by m_mutex
    std::shared_ptr<const FrameCounters> m_counters; // guarded by m_mutex; outlives the item
    quint64 m_lastReceived = 0;
    qint64 m_lastSampleNs = 0;

    double m_inputFps = 0;
    double m_presentedFps = 0;
    quint64 m_dropped = 0;
    double m_latencyMs = 0;
    double m_latencyP95Ms = 0;
    QString m_backend;
};

} // namespace greenroom
