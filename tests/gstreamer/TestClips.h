// Short green-screen clips for the media-file tests, made during the test with Debian's FFmpeg
// (H.264 in MP4, the kind of file a streamer records), plus damaged copies of them.
#pragma once

#include <QtCore/QSize>
#include <QtCore/QString>

namespace greenroom::test {

// Writes a clip of `seconds` at `size` and 30 fps to `path`: a skin-coloured block sliding
// across a green backdrop. False, with FFmpeg's message in `error`, when it cannot.
bool makeGreenScreenClip(const QString &path, QSize size, double seconds, QString *error);

// Copies the first `fraction` of `source` to `path`, as an interrupted recording would leave
// it (for MP4 that loses the index at the end, so nothing can be played).
bool writeTruncatedCopy(const QString &source, const QString &path, double fraction);

} // namespace greenroom::test
