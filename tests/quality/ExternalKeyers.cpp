#include "ExternalKeyers.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>

namespace greenroom::quality {

namespace {

constexpr int kTimeoutMs = 60000;

std::optional<QByteArray> run(const QString &program, const QStringList &arguments,
                              const QString &outputPath, qint64 expectedBytes, QString *error)
{
    QFile::remove(outputPath);
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") +
                 QString::fromUtf8(process.readAllStandardError()).trimmed() +
                 process.errorString();
        return std::nullopt;
    }
    QFile file(outputPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() != expectedBytes) {
        *error = program +
                 QStringLiteral(" wrote %1 bytes, expected %2").arg(file.size()).arg(expectedBytes);
        return std::nullopt;
    }
    return file.readAll();
}

QImage rgbaImage(const QByteArray &bytes, QSize size)
{
    QImage image(reinterpret_cast<const uchar *>(bytes.constData()), size.width(), size.height(),
                 size.width() * 4, QImage::Format_RGBA8888);
    return image.copy();
}

QString hex(const std::array<int, 3> &v)
{
    return QStringLiteral("0x%1%2%3")
        .arg(v[0], 2, 16, QLatin1Char('0'))
        .arg(v[1], 2, 16, QLatin1Char('0'))
        .arg(v[2], 2, 16, QLatin1Char('0'));
}

QString ffmpegFilter(const FfmpegSettings &s, Backdrop backdrop)
{
    // chromakey keys in Y'CbCr; the result is converted to RGBA with the camera's own matrix
    // and range (swscale would assume BT.601 for untagged raw input), then despilled in RGB.
    QString chain =
        QStringLiteral("format=yuva420p,chromakey=color=%1:similarity=%2:blend=%3:yuv=1,"
                       "scale=in_color_matrix=bt709:in_range=tv:out_range=pc,format=rgba")
            .arg(hex(s.keyYuv))
            .arg(s.similarity)
            .arg(s.blend);
    if (s.despill)
        chain +=
            QStringLiteral(",despill=type=%1:mix=%2:expand=%3")
                .arg(backdrop == Backdrop::Green ? QStringLiteral("green") : QStringLiteral("blue"))
                .arg(s.despillMix)
                .arg(s.despillExpand);
    return chain;
}

QString firstLine(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(kTimeoutMs) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .section(QLatin1Char('\n'), 0, 0)
        .trimmed();
}

} // namespace

QString ffmpegVersion()
{
    return firstLine(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-hide_banner"), QStringLiteral("-version")});
}

QString gstreamerVersion()
{
    return firstLine(QStringLiteral("gst-launch-1.0"), {QStringLiteral("--version")});
}

QString describe(const FfmpegSettings &settings, Backdrop backdrop)
{
    return QStringLiteral("ffmpeg -vf \"%1\"").arg(ffmpegFilter(settings, backdrop));
}

QString describe(const GstAlphaSettings &s)
{
    QString text = QStringLiteral("alpha method=%1").arg(s.method);
    if (s.method == QLatin1String("custom"))
        text += QStringLiteral(" target-r=%1 target-g=%2 target-b=%3")
                    .arg(s.target[0])
                    .arg(s.target[1])
                    .arg(s.target[2]);
    return text +
           QStringLiteral(" angle=%1 noise-level=%2 black-sensitivity=%3 white-sensitivity=%4")
               .arg(s.angle)
               .arg(s.noiseLevel)
               .arg(s.blackSensitivity)
               .arg(s.whiteSensitivity);
}

std::optional<QImage> runFfmpeg(const GroundTruthCase &truth, const QString &nv12Path,
                                const FfmpegSettings &settings, const QString &workDir,
                                QString *error)
{
    const QString out = QDir(workDir).filePath(QStringLiteral("ffmpeg-out.rgba"));
    const QStringList arguments = {
        QStringLiteral("-v"),
        QStringLiteral("error"),
        QStringLiteral("-y"),
        QStringLiteral("-f"),
        QStringLiteral("rawvideo"),
        QStringLiteral("-pix_fmt"),
        QStringLiteral("nv12"),
        QStringLiteral("-s"),
        QStringLiteral("%1x%2").arg(truth.size.width()).arg(truth.size.height()),
        QStringLiteral("-i"),
        nv12Path,
        QStringLiteral("-vf"),
        ffmpegFilter(settings, truth.backdrop),
        QStringLiteral("-f"),
        QStringLiteral("rawvideo"),
        QStringLiteral("-pix_fmt"),
        QStringLiteral("rgba"),
        out};
    const auto bytes = run(QStringLiteral("ffmpeg"), arguments, out,
                           qint64(truth.size.width()) * truth.size.height() * 4, error);
    if (!bytes)
        return std::nullopt;
    return rgbaImage(*bytes, truth.size);
}

std::optional<QImage> runGstAlpha(const GroundTruthCase &truth, const QString &nv12Path,
                                  const GstAlphaSettings &s, const QString &workDir, QString *error)
{
    const QString out = QDir(workDir).filePath(QStringLiteral("gst-out.rgba"));
    QStringList alpha = {QStringLiteral("alpha"), QStringLiteral("method=") + s.method};
    if (s.method == QLatin1String("custom"))
        alpha << QStringLiteral("target-r=%1").arg(s.target[0])
              << QStringLiteral("target-g=%1").arg(s.target[1])
              << QStringLiteral("target-b=%1").arg(s.target[2]);
    alpha << QStringLiteral("angle=%1").arg(s.angle)
          << QStringLiteral("noise-level=%1").arg(s.noiseLevel)
          << QStringLiteral("black-sensitivity=%1").arg(s.blackSensitivity)
          << QStringLiteral("white-sensitivity=%1").arg(s.whiteSensitivity);
    const QStringList arguments = QStringList{QStringLiteral("-q"),
                                              QStringLiteral("filesrc"),
                                              QStringLiteral("location=") + nv12Path,
                                              QStringLiteral("!"),
                                              QStringLiteral("rawvideoparse"),
                                              QStringLiteral("format=nv12"),
                                              QStringLiteral("width=%1").arg(truth.size.width()),
                                              QStringLiteral("height=%1").arg(truth.size.height()),
                                              QStringLiteral("framerate=1/1"),
                                              QStringLiteral("colorimetry=bt709"),
                                              QStringLiteral("!"),
                                              QStringLiteral("videoconvert"),
                                              QStringLiteral("!")} +
                                  alpha +
                                  QStringList{QStringLiteral("!"),
                                              QStringLiteral("videoconvert"),
                                              QStringLiteral("!"),
                                              QStringLiteral("video/x-raw,format=RGBA"),
                                              QStringLiteral("!"),
                                              QStringLiteral("filesink"),
                                              QStringLiteral("location=") + out};
    const auto bytes = run(QStringLiteral("gst-launch-1.0"), arguments, out,
                           qint64(truth.size.width()) * truth.size.height() * 4, error);
    if (!bytes)
        return std::nullopt;
    return rgbaImage(*bytes, truth.size);
}

} // namespace greenroom::quality
