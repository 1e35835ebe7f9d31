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
    // Clean plate grids uploaded: once per plate (and per new scene-graph node), never per frame
    // or per key change. Not in bytesUploaded, which counts frames only.
    std::atomic<quint64> plateUploads{0};
    // Frames that arrived as GPU textures (SourceTextures) and were drawn from those textures,
    // uploading nothing; and those that had to be mapped and uploaded after all (textures
    // unavailable or not laid out as the keyer samples them).
    std::atomic<quint64> framesBorrowed{0};
    std::atomic<quint64> borrowFallbacks{0};

    // Full-frame copies of pixel data made by Greenroom's own code on the CPU (the live path
    // makes none: the graphics API reads the mapped frame for the upload).
    std::atomic<quint64> cpuCopies{0};
    std::atomic<quint64> cpuCopyBytes{0};

    // Time spent in Greenroom's own code (see FrameTiming.h): handing frames over (presentFrame
    // and the update it requests), and syncing and drawing them (updatePaintNode, the material).
    std::atomic<quint64> handOverCodeNs{0};
    std::atomic<quint64> renderCodeNs{0};

    // The newest frame that a sync took for drawing: its framesReceived number (1 = the first
    // frame) and its arrival time on monotonicNs(). Written at sync; read when that render's
    // frame is swapped, to tell latency and which frames were drawn.
    std::atomic<quint64> takenSequence{0};
    std::atomic<qint64> takenArrivalNs{0};

    // KeyShaderVariant::index() of the keyer variant that drew last (-1: none yet): the tests
    // check it and the benchmark reports it.
    std::atomic<int> shaderVariant{-1};
};

} // namespace greenroom
