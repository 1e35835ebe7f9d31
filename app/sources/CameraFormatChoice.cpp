#include "CameraFormatChoice.h"

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

using PF = QVideoFrameFormat::PixelFormat;

// Rates this close count as equal: cameras report 29.97 for 30, or 30.0003.
constexpr float kSameRate = 0.5f;

// Tie-break among Y'CbCr layouts: fewest bytes per pixel and planes first.
int layoutRank(PF format)
{
    static constexpr PF order[] = {PF::Format_NV12,    PF::Format_NV21, PF::Format_YUV420P,
                                   PF::Format_YV12,    PF::Format_YUYV, PF::Format_UYVY,
                                   PF::Format_YUV422P, PF::Format_P010, PF::Format_P016};
    const auto *found = std::find(std::begin(order), std::end(order), format);
    return int(found - std::begin(order));
}

// True when `a` is preferred over `b`, both usable.
bool better(const CameraFormatInfo &a, const CameraFormatInfo &b)
{
    const auto costA = int(captureCost(a.pixelFormat));
    const auto costB = int(captureCost(b.pixelFormat));
    if (costA != costB)
        return costA < costB;
    if (std::abs(a.maxFrameRate - b.maxFrameRate) >= kSameRate)
        return a.maxFrameRate > b.maxFrameRate;
    const qint64 areaA = qint64(a.resolution.width()) * a.resolution.height();
    const qint64 areaB = qint64(b.resolution.width()) * b.resolution.height();
    if (areaA != areaB)
        return areaA > areaB;
    return layoutRank(a.pixelFormat) < layoutRank(b.pixelFormat);
}

QString rateText(float rate)
{
    const float whole = std::round(rate);
    if (std::abs(rate - whole) < 0.01f)
        return QString::number(int(whole));
    return QString::number(double(rate), 'f', 2);
}

} // namespace

CameraFormatInfo cameraFormatInfo(const QCameraFormat &format)
{
    return {format.pixelFormat(), format.resolution(), format.maxFrameRate()};
}

QList<CameraFormatInfo> cameraFormatInfos(const QList<QCameraFormat> &formats)
{
    QList<CameraFormatInfo> infos;
    infos.reserve(formats.size());
    for (const QCameraFormat &format : formats)
        infos.append(cameraFormatInfo(format));
    return infos;
}

CaptureCost captureCost(PF format)
{
    switch (format) {
    case PF::Format_NV12:
    case PF::Format_NV21:
    case PF::Format_YUV420P:
    case PF::Format_YV12:
    case PF::Format_YUYV:
    case PF::Format_UYVY:
    case PF::Format_YUV422P:
    case PF::Format_P010:
    case PF::Format_P016:
        return CaptureCost::NativeYCbCr;
    case PF::Format_Jpeg:
        return CaptureCost::Decoded;
    case PF::Format_Invalid:
        return CaptureCost::Unusable;
    default:
        return CaptureCost::Converted;
    }
}

qsizetype preferredFormatIndex(const QList<CameraFormatInfo> &formats)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < formats.size(); ++i) {
        if (captureCost(formats[i].pixelFormat) == CaptureCost::Unusable ||
            formats[i].resolution.isEmpty())
            continue;
        if (best < 0 || better(formats[i], formats[best]))
            best = i;
    }
    return best;
}

QString pixelFormatName(PF format)
{
    switch (format) {
    case PF::Format_Jpeg:
        return QStringLiteral("MJPEG");
    case PF::Format_YUV420P:
        return QStringLiteral("I420");
    default:
        return QVideoFrameFormat::pixelFormatToString(format);
    }
}

QString describeFormat(const CameraFormatInfo &format)
{
    return QStringLiteral("%1×%2 · %3 fps · %4")
        .arg(format.resolution.width())
        .arg(format.resolution.height())
        .arg(rateText(format.maxFrameRate), pixelFormatName(format.pixelFormat));
}

QString formatKey(const CameraFormatInfo &format)
{
    if (format.pixelFormat == PF::Format_Invalid || format.resolution.isEmpty())
        return {};
    return QStringLiteral("%1 %2x%3 %4")
        .arg(pixelFormatName(format.pixelFormat))
        .arg(format.resolution.width())
        .arg(format.resolution.height())
        .arg(rateText(format.maxFrameRate));
}

qsizetype indexOfFormatKey(const QList<CameraFormatInfo> &formats, const QString &key)
{
    if (key.isEmpty())
        return -1;
    for (qsizetype i = 0; i < formats.size(); ++i) {
        if (formatKey(formats[i]) == key)
            return i;
    }
    return -1;
}

} // namespace greenroom
