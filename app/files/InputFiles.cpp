#include "InputFiles.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace greenroom {

namespace {

QString tooLarge(qint64 size, qint64 maxBytes)
{
    return QStringLiteral("holds %1 bytes, more than the %2 bytes allowed for it")
        .arg(size)
        .arg(maxBytes);
}

#ifdef Q_OS_UNIX
// The reason a stat() result is not a regular file, or empty.
QString typeProblem(const struct stat &status)
{
    if (S_ISREG(status.st_mode))
        return {};
    if (S_ISDIR(status.st_mode))
        return QStringLiteral("is a folder, not a file");
    if (S_ISFIFO(status.st_mode))
        return QStringLiteral("is a named pipe (FIFO), not a regular file");
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return QStringLiteral("is a device, not a regular file");
    if (S_ISSOCK(status.st_mode))
        return QStringLiteral("is a socket, not a regular file");
    return QStringLiteral("is not a regular file");
}
#endif

} // namespace

QString systemErrorText(int errorNumber)
{
    QString text = QString::fromLocal8Bit(std::strerror(errorNumber));
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

std::optional<qint64> inputFileSize(const QString &path, QString *problem)
{
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        *problem =
            errno == ENOENT ? QStringLiteral("no such file or folder") : systemErrorText(errno);
        return std::nullopt;
    }
    if (QString type = typeProblem(status); !type.isEmpty()) {
        *problem = type;
        return std::nullopt;
    }
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0) {
        *problem = systemErrorText(errno);
        return std::nullopt;
    }
    return qint64(status.st_size);
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = QStringLiteral("no such file or folder");
        return std::nullopt;
    }
    if (info.isDir()) {
        *problem = QStringLiteral("is a folder, not a file");
        return std::nullopt;
    }
    if (!info.isFile()) {
        *problem = QStringLiteral("is not a regular file");
        return std::nullopt;
    }
    if (!info.isReadable()) {
        *problem = QStringLiteral("permission denied");
        return std::nullopt;
    }
    return info.size();
#endif
}

QString inputFileProblem(const QString &path)
{
    QString problem;
    inputFileSize(path, &problem);
    return problem;
}

InputFileRead readInputFile(const QString &path, qint64 maxBytes)
{
    InputFileRead result;
    const std::optional<qint64> size = inputFileSize(path, &result.error);
    if (!size)
        return result;
    if (*size > maxBytes) {
        result.error = tooLarge(*size, maxBytes);
        return result;
    }
    QFile file;
#ifdef Q_OS_UNIX
    // O_NONBLOCK: should the path have become a FIFO since the stat(), the open still returns
    // at once, and the fstat() below refuses it.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        result.error = systemErrorText(errno);
        return result;
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0)
        result.error = systemErrorText(errno);
    else
        result.error = typeProblem(status);
    if (!result.error.isEmpty()) {
        ::close(fd);
        return result;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        result.error = file.errorString();
        return result;
    }
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
#endif
    // One byte more than it held tells a file that grew (past the limit) since the stat().
    result.bytes = file.read(qMin(*size, maxBytes) + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = file.errorString();
        result.bytes.clear();
    } else if (result.bytes.size() > *size) {
        result.error = QStringLiteral("changed while it was being read");
        result.bytes.clear();
    }
    return result;
}

} // namespace greenroom
