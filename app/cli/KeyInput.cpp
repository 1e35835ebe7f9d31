#include "KeyInput.h"

#include "FrameWriter.h"
#include "InputFiles.h"
#include "RawFrameGeometry.h"

#include <QtCore/QBuffer>
#include <QtCore/QFileInfo>
#include <QtGui/QImage>
#include <QtGui/QImageReader>

#include <cstring>
#include <vector>

namespace greenroom {

namespace {

using PF = QVideoFrameFormat::PixelFormat;

struct PlaneSpan {
    qint64 rowBytes;
    int rows;
};

PF pixelFormatOf(RawFormat format)
{
    switch (format) {
    case RawFormat::Nv12:
        return PF::Format_NV12;
    case RawFormat::Nv21:
        return PF::Format_NV21;
    case RawFormat::Yuv420p:
        return PF::Format_YUV420P;
    case RawFormat::Yuyv:
        return PF::Format_YUYV;
    case RawFormat::Uyvy:
        return PF::Format_UYVY;
    case RawFormat::P010:
        return PF::Format_P010;
    case RawFormat::Rgba:
        return PF::Format_RGBA8888;
    case RawFormat::None:
        break;
    }
    return PF::Format_Invalid;
}

// The planes of a tightly packed frame, in file order.
std::vector<PlaneSpan> rawPlanes(RawFormat format, QSize size)
{
    const qint64 w = size.width(), h = size.height();
    const qint64 cw = (w + 1) / 2;
    const int ch = int((h + 1) / 2);
    switch (format) {
    case RawFormat::Nv12:
    case RawFormat::Nv21:
        return {{w, int(h)}, {2 * cw, ch}};
    case RawFormat::Yuv420p:
        return {{w, int(h)}, {cw, ch}, {cw, ch}};
    case RawFormat::Yuyv:
    case RawFormat::Uyvy:
        return {{4 * cw, int(h)}};
    case RawFormat::P010:
        return {{2 * w, int(h)}, {4 * cw, ch}};
    case RawFormat::Rgba:
        return {{4 * w, int(h)}};
    case RawFormat::None:
        break;
    }
    return {};
}

KeyInput failure(const QString &path, const QString &problem)
{
    return {{}, QStringLiteral("'%1': %2").arg(path, problem)};
}

// Copies tightly packed planes into a new frame of `format`, row by row into its strides.
KeyInput frameFromPlanes(const QString &path, const QVideoFrameFormat &format,
                         const std::vector<PlaneSpan> &planes, const uchar *data)
{
    QVideoFrame frame(format);
    if (!frame.isValid() || !frame.map(QVideoFrame::WriteOnly))
        return failure(path,
                       QStringLiteral("cannot allocate a %1x%2 %3 frame")
                           .arg(format.frameWidth())
                           .arg(format.frameHeight())
                           .arg(QVideoFrameFormat::pixelFormatToString(format.pixelFormat())));
    const auto refuse = [&] {
        frame.unmap();
        return failure(path,
                       QStringLiteral("Qt cannot hold a %1x%2 frame in %3 (try an even "
                                      "size)")
                           .arg(format.frameWidth())
                           .arg(format.frameHeight())
                           .arg(QVideoFrameFormat::pixelFormatToString(format.pixelFormat())));
    };
    if (frame.planeCount() != int(planes.size()))
        return refuse();
    for (std::size_t i = 0; i < planes.size(); ++i) {
        const PlaneSpan &p = planes[i];
        const int plane = int(i);
        const qint64 stride = frame.bytesPerLine(plane);
        if (stride < p.rowBytes || frame.mappedBytes(plane) < stride * (p.rows - 1) + p.rowBytes)
            return refuse();
        for (int row = 0; row < p.rows; ++row) {
            std::memcpy(frame.bits(plane) + stride * row, data, std::size_t(p.rowBytes));
            data += p.rowBytes;
        }
    }
    frame.unmap();
    return {frame, {}};
}

} // namespace

qint64 rawFrameBytes(RawFormat format, QSize size)
{
    qint64 bytes = 0;
    for (const PlaneSpan &p : rawPlanes(format, size))
        bytes += p.rowBytes * p.rows;
    return bytes;
}

KeyInput readImageInput(const QString &path)
{
    const InputFileRead read = readInputFile(path, kMediaFileLimit);
    if (!read.ok())
        return failure(path, QStringLiteral("cannot read the file (%1)").arg(read.error));
    QBuffer buffer;
    buffer.setData(read.bytes);
    buffer.open(QIODevice::ReadOnly);
    // The suffix is a hint only: the reader still recognises the content.
    QImageReader reader(&buffer, QFileInfo(path).suffix().toLower().toLatin1());
    QImage image = reader.read();
    if (image.isNull())
        return failure(path,
                       QStringLiteral("cannot read the image (%1)").arg(reader.errorString()));
    image = image.convertToFormat(QImage::Format_RGBA8888);
    QVideoFrameFormat format(image.size(), PF::Format_RGBA8888);
    format.setColorRange(QVideoFrameFormat::ColorRange_Full);
    std::vector<uchar> packed(std::size_t(image.width()) * 4 * std::size_t(image.height()));
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(packed.data() + std::size_t(y) * std::size_t(image.width()) * 4,
                    image.constScanLine(y), std::size_t(image.width()) * 4);
    return frameFromPlanes(path, format, rawPlanes(RawFormat::Rgba, image.size()), packed.data());
}

KeyInput readRawInput(const QString &path, RawFormat format, QSize size, YCbCrMatrix matrix,
                      YCbCrRange range)
{
    if (const QString problem = rawGeometryProblem(format, size); !problem.isEmpty())
        return failure(path, problem);
    QString problem;
    const std::optional<qint64> fileSize = inputFileSize(path, &problem);
    if (!fileSize)
        return failure(path, QStringLiteral("cannot read the file (%1)").arg(problem));
    const qint64 needed = rawFrameBytes(format, size);
    if (*fileSize != needed)
        return failure(path, QStringLiteral("holds %1 bytes, but one %2x%3 frame of %4 is %5 "
                                            "bytes: check --size and --format")
                                 .arg(*fileSize)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(QVideoFrameFormat::pixelFormatToString(pixelFormatOf(format)))
                                 .arg(needed));
    const InputFileRead read = readInputFile(path, needed);
    if (!read.ok())
        return failure(path, QStringLiteral("cannot read the file (%1)").arg(read.error));
    const QByteArray &bytes = read.bytes;
    if (bytes.size() != needed)
        return failure(path, QStringLiteral("could not read all of it"));

    QVideoFrameFormat frameFormat(size, pixelFormatOf(format));
    frameFormat.setColorSpace(toQtColorSpace(matrix));
    const bool full = range == YCbCrRange::Full || format == RawFormat::Rgba;
    frameFormat.setColorRange(full ? QVideoFrameFormat::ColorRange_Full
                                   : QVideoFrameFormat::ColorRange_Video);
    return frameFromPlanes(path, frameFormat, rawPlanes(format, size),
                           reinterpret_cast<const uchar *>(bytes.constData()));
}

bool isImageFileName(const QString &fileName)
{
    const QByteArray suffix = QFileInfo(fileName).suffix().toLower().toLatin1();
    return !suffix.isEmpty() && QImageReader::supportedImageFormats().contains(suffix);
}

bool isRawFileName(const QString &fileName)
{
    static const QStringList suffixes = {
        QStringLiteral("raw"),  QStringLiteral("yuv"),     QStringLiteral("nv12"),
        QStringLiteral("nv21"), QStringLiteral("yuv420p"), QStringLiteral("yuyv"),
        QStringLiteral("uyvy"), QStringLiteral("p010"),    QStringLiteral("rgba")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

} // namespace greenroom
