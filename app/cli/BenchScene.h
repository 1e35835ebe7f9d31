// One frame path under measurement, set up in the bench window: where frames go in, and the
// counters that say what became of them. The bench drives every path the same way and reads
// the same counters, so the figures compare like with like.
#pragma once

#include "BenchOptions.h"
#include "FrameCounters.h"
#include "KeyParams.h"

#include <QtCore/QString>
#include <QtMultimedia/QVideoSink>

#include <memory>

class QQuickWindow;

namespace greenroom {

class BenchScene {
public:
    virtual ~BenchScene() = default;

    // Frames delivered here travel the path under measurement.
    virtual QVideoSink *videoSink() const = 0;
    // framesReceived, the taken sequence and arrival time are always kept; the upload, copy
    // and code-time counters hold what the path's own code can observe (see notes()).
    virtual const FrameCounters &counters() const = 0;
    // Whether upload bytes are observable on this path (not when Qt's own item uploads).
    virtual bool observesUploads() const = 0;
    // What this path's figures include and leave out, for the report.
    virtual QString notes() const = 0;
};

// Creates `path` filling `window`'s content item, keying with `params`; nullptr and a message
// in `error` when it cannot be set up.
std::unique_ptr<BenchScene> createBenchScene(BenchPath path, QQuickWindow *window,
                                             const KeyParams &params, QString *error);

} // namespace greenroom
