// The frames `greenroom bench` feeds: the test pattern, encoded once before the run so that the
// measurement sees only the frame path. Also writes them as raw video for outside tools.
#pragma once

#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtMultimedia/QVideoFrame>

#include <vector>

namespace greenroom {

// Consecutive test-pattern frames at `fps` (0: 60), as many as fit a fixed memory budget (at
// least three, so consecutive deliveries always differ). Empty, with a message in `error`, when
// the size cannot be held in the format.
std::vector<QVideoFrame> makeBenchFrames(QSize size, QVideoFrameFormat::PixelFormat format, int fps,
                                         QString *error);

// Writes the frames' visible bytes, plane after plane and row after row without padding, as
// FFmpeg's rawvideo demuxer reads them (nv12, yuyv422, yuv420p or rgba).
bool writeRawFrames(const std::vector<QVideoFrame> &frames, const QString &path, QString *error);

} // namespace greenroom
