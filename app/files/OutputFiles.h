// The one place that writes files the user will look at: keyed PNGs, screenshots, bench
// reports, saved presets. An output never replaces an input of the same run (the same file by
// device and inode, or by canonical path, so "./", symlinks and hard links are all caught), and
// it is written atomically: a complete new file, or the old one exactly as it was. Failures carry
// the operating system's reason ("permission denied", "no space left on device").
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QImage;

namespace greenroom {

// Why `output` cannot be written by a run that reads `inputs`, or empty when it can: it is (the
// same file as) one of the inputs, a folder or another non-regular file, or its folder is
// missing or not writable. Changes nothing on disk.
QString outputFileProblem(const QString &output, const QStringList &inputs = {});

// The input of `inputs` that `output` is the same file as, or empty.
QString sameFileAmong(const QString &output, const QStringList &inputs);

// Writes `bytes` to `path` atomically (a temporary file beside it, renamed over it). Returns
// empty, or the reason it failed; the old file, if any, is then untouched.
QString writeOutputFile(const QString &path, const QByteArray &bytes);

// `image` as PNG bytes (empty if it cannot be encoded).
QByteArray pngBytes(const QImage &image);

} // namespace greenroom
