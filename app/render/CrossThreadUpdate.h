// Asks a QQuickItem for a repaint from whichever thread delivers its frames: at once on the
// item's own thread, otherwise by one queued call however many frames arrive before it runs
// (a burst of frames costs one update, and the newest frame is drawn).
#pragma once

#include "FrameTiming.h"

#include <QtCore/QMetaObject>
#include <QtCore/QThread>
#include <QtQuick/QQuickItem>

#include <atomic>

namespace greenroom {

class CrossThreadUpdate {
public:
    // Any thread. `item` must own this object (the queued call uses it and is dropped with the
    // item); the queued call's time is added to `codeNs`, Greenroom's own hand-over time.
    void request(QQuickItem *item, std::atomic<quint64> &codeNs)
    {
        if (QThread::currentThread() == item->thread()) {
            item->update();
            return;
        }
        if (m_queued.exchange(true))
            return;
        QMetaObject::invokeMethod(
            item,
            [this, item, &codeNs] {
                const ScopedCodeTimer timer(codeNs);
                m_queued.store(false);
                item->update();
            },
            Qt::QueuedConnection);
    }

private:
    std::atomic<bool> m_queued{false};
};

} // namespace greenroom
