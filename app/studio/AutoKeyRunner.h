// Runs auto-key on a worker thread. Measuring a 1080p frame takes about 25 ms: done on the GUI
// thread, pressing the key would stall the preview and the clean output window for a frame or
// two on a live stream. The frame is implicitly shared, so handing it over copies no pixels.
#pragma once

#include "AutoKey.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>
#include <QtMultimedia/QVideoFrame>

namespace greenroom {

// What one run found: the estimate, or that there was no picture to measure.
struct AutoKeyOutcome {
    bool hadPicture = false;
    AutoKeyResult result;
};

class AutoKeyRunner : public QObject {
    Q_OBJECT

public:
    explicit AutoKeyRunner(QObject *parent = nullptr);
    // Waits for a run still going: its result would have nowhere to go.
    ~AutoKeyRunner() override;

    // Starts measuring `frame`. False, and nothing starts, while a run is going.
    bool start(const QVideoFrame &frame);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // On the runner's thread, once per start().
    void finished(const greenroom::AutoKeyOutcome &outcome);

private:
    QFutureWatcher<AutoKeyOutcome> m_watcher;
};

} // namespace greenroom
