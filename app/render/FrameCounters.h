// Counters for the frame path, written on whichever thread does the work and read anywhere:
// the tests use them to prove "one upload per new frame, none per parameter change, latest
// frame wins", and the stats read-out and the benchmark report them.
#pragma once

#include <QtCore/QtGlobal>

#include <atomic>

namespace greenroom {

struct FrameCounters {
    std::atomic<quint64> framesReceived{0};   // frames handed to the item
    std::atomic<quint64> framesDropped{0};    // replaced by a newer frame before being drawn
    std::atomic<quint64> framesUploaded{0};   // frames whose planes were uploaded (once each)
    std::atomic<quint64> planeUploads{0};     // individual plane uploads
    std::atomic<quint64> bytesUploaded{0};    // bytes handed to the GPU for those uploads
    std::atomic<quint64> textureCreations{0}; // plane textures (re)created
};

} // namespace greenroom
