// The one place that opens files a user named: presets, settings-like files, images and raw
// frames. Only regular files (or symlinks to one) are read; the type is checked with stat()
// before anything is opened, so a FIFO is never opened for reading and a device such as
// /dev/zero is never read. Every read has a size limit, and the open cannot block.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

namespace greenroom {

// Presets and other settings-like files (JSON): far above any real one.
inline constexpr qint64 kSettingsFileLimit = qint64(4) * 1024 * 1024;
// Images and raw frames: a 16384x16384 RGBA frame is 1 GiB.
inline constexpr qint64 kMediaFileLimit = qint64(2) * 1024 * 1024 * 1024;

// Why `path` cannot be read as an input ("no such file or folder", "is a named pipe (FIFO),
// not a regular file", "permission denied", ...), or empty when it names a readable regular
// file. Looks at the path only: never opens it.
QString inputFileProblem(const QString &path);

// The size of the regular file at `path`, or nullopt with `problem` set (as inputFileProblem).
std::optional<qint64> inputFileSize(const QString &path, QString *problem);

struct InputFileRead {
    QByteArray bytes;
    QString error; // the reason, without the path; empty on success
    bool ok() const { return error.isEmpty(); }
};

// The whole of the regular file at `path`, refused (unread) when it is not a regular file or
// holds more than `maxBytes`.
InputFileRead readInputFile(const QString &path, qint64 maxBytes);

// The operating system's text for an errno value, starting lower case ("permission denied").
QString systemErrorText(int errorNumber);

} // namespace greenroom
