#include "OutputFiles.h"

#include "InputFiles.h"

#include <QtCore/QBuffer>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtGui/QImage>
#include <QtGui/QImageWriter>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace greenroom {

namespace {

// QFileDevice's messages name the operation; the reason itself, lower case, reads better
// after the path.
QString reasonOf(const QFileDevice &file)
{
    QString text = file.errorString();
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

QString sameFileAmong(const QString &output, const QStringList &inputs)
{
    const QFileInfo target(output);
    if (!target.exists())
        return {};
#ifdef Q_OS_UNIX
    struct stat out {};
    const bool haveOut = ::stat(QFile::encodeName(output).constData(), &out) == 0;
#endif
    const QString canonical = target.canonicalFilePath();
    for (const QString &input : inputs) {
#ifdef Q_OS_UNIX
        struct stat in {};
        if (haveOut && ::stat(QFile::encodeName(input).constData(), &in) == 0 &&
            in.st_dev == out.st_dev && in.st_ino == out.st_ino)
            return input;
#endif
        if (!canonical.isEmpty() && QFileInfo(input).canonicalFilePath() == canonical)
            return input;
    }
    return {};
}

QString outputFileProblem(const QString &output, const QStringList &inputs)
{
    const QFileInfo target(output);
    if (target.isDir())
        return QStringLiteral("is a folder; give a file name");
    if (const QString input = sameFileAmong(output, inputs); !input.isEmpty())
        return QStringLiteral("is the same file as the input '%1'; an input is never written "
                              "over")
            .arg(input);
    if (target.exists() && !target.isFile())
        return QStringLiteral("is not a regular file");
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return QStringLiteral("there is no folder '%1'").arg(folder.filePath());
    if (!folder.isDir())
        return QStringLiteral("'%1' is not a folder").arg(folder.filePath());
#ifdef Q_OS_UNIX
    // The new file is made beside the old one and renamed over it: the folder must be writable.
    if (::access(QFile::encodeName(folder.filePath()).constData(), W_OK | X_OK) != 0)
        return QStringLiteral("cannot write in '%1' (%2)")
            .arg(folder.filePath(), systemErrorText(errno));
#endif
    return {};
}

QString writeOutputFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Never fall back to writing in place, where a failure would leave a truncated file.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return reasonOf(file);
    // Flushed here, where a failure still carries the system's reason (commit() loses it).
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = reasonOf(file);
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return reasonOf(file);
    return {};
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (image.isNull() || !writer.write(image))
        return {};
    return bytes;
}

} // namespace greenroom
