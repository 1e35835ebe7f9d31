// Inputs of `greenroom key` as QVideoFrames: images become RGBA8888 frames (straight alpha),
// raw files become frames of their own pixel format, plane by plane, so they reach the GPU
// through the same upload as a camera frame.
#pragma once

#include "FrameSampler.h"
#include "KeyOptions.h"

#include <QtMultimedia/QVideoFrame>

namespace greenroom {

struct KeyInput {
    QVideoFrame frame; // invalid when `error` says why
    QString error;     // one line naming the file and the problem
};

// An image file Qt can read (PNG, JPEG, BMP, ...).
KeyInput readImageInput(const QString &path);

// A raw file holding exactly one tightly packed frame of `size` in `format`: any other byte
// count is an error naming the size the file would need.
KeyInput readRawInput(const QString &path, RawFormat format, QSize size, YCbCrMatrix matrix,
                      YCbCrRange range);

// Bytes of one tightly packed frame (0 for RawFormat::None).
qint64 rawFrameBytes(RawFormat format, QSize size);

// Folder mode sorts files by extension: images Qt can read, and raw frames (.raw, .yuv and the
// format names: .nv12, .nv21, .yuv420p, .yuyv, .uyvy, .p010, .rgba). Other files are skipped.
bool isImageFileName(const QString &fileName);
bool isRawFileName(const QString &fileName);

} // namespace greenroom
