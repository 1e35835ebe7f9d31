#include "TestClips.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>

namespace greenroom::test {

bool makeGreenScreenClip(const QString &path, QSize size, double seconds, QString *error)
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty()) {
        *error = QStringLiteral("ffmpeg not found (install the ffmpeg package)");
        return false;
    }
    const QString duration = QString::number(seconds);
    const QString graph = QStringLiteral("color=c=0x22c448:s=%1x%2:r=30:d=%3[back];"
                                         "color=c=0xe0ac8c:s=%4x%5:r=30:d=%3[subject];"
                                         "[back][subject]overlay=x='%6+%7*t/%3':y=%8:shortest=1")
                              .arg(size.width())
                              .arg(size.height())
                              .arg(duration)
                              .arg(size.width() / 5)
                              .arg(size.height() / 2)
                              .arg(size.width() / 8)
                              .arg(size.width() / 2)
                              .arg(size.height() / 4);
    QProcess process;
    process.start(ffmpeg,
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                   QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), graph,
                   QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                   QStringLiteral("yuv420p"), QStringLiteral("-g"), QStringLiteral("15"), path});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("ffmpeg failed: %1")
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool writeTruncatedCopy(const QString &source, const QString &path, double fraction)
{
    QFile in(source);
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = in.readAll();
    const auto keep = qsizetype(double(bytes.size()) * fraction);
    return out.write(bytes.left(keep)) == keep;
}

} // namespace greenroom::test
