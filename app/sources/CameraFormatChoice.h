// Which capture format a camera should use, and how formats are named for people and for
// settings. Plain values in, plain values out, so the policy is tested without a camera.
//
// Preference: formats the camera delivers as Y'CbCr (NV12, YUYV, ...) go straight to the keyer,
// which samples them on the GPU; RGB makes the backend convert on the CPU, and MJPEG makes it
// decode every frame on the CPU first. Among the best kind, the highest frame rate wins (it
// bounds latency), then the largest picture, then the leanest layout (NV12 before YUYV).
#pragma once

#include <QtCore/QList>
#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtMultimedia/QCameraFormat>
#include <QtMultimedia/QVideoFrameFormat>

namespace greenroom {

// What a QCameraFormat says, as a plain value (QCameraFormat cannot be built outside Qt).
struct CameraFormatInfo {
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    QSize resolution;
    float maxFrameRate = 0;

    friend bool operator==(const CameraFormatInfo &, const CameraFormatInfo &) = default;
};

CameraFormatInfo cameraFormatInfo(const QCameraFormat &format);
QList<CameraFormatInfo> cameraFormatInfos(const QList<QCameraFormat> &formats);

// How much CPU work a format costs before the keyer sees it.
enum class CaptureCost {
    NativeYCbCr, // passed through as it is
    Converted,   // raw, but not Y'CbCr: converted on the CPU
    Decoded,     // compressed (MJPEG): decoded on the CPU
    Unusable,    // invalid or unknown
};
CaptureCost captureCost(QVideoFrameFormat::PixelFormat format);

// The index of the preferred format (see the header comment); -1 for an empty list or one with
// only unusable formats.
qsizetype preferredFormatIndex(const QList<CameraFormatInfo> &formats);

// For people: "1280×720 · 30 fps · NV12".
QString describeFormat(const CameraFormatInfo &format);
// The pixel format as people know it from camera specifications: "NV12", "YUYV", "MJPEG".
QString pixelFormatName(QVideoFrameFormat::PixelFormat format);

// For settings: "NV12 1280x720 30", stable across runs and devices; empty for an invalid format.
QString formatKey(const CameraFormatInfo &format);
// The index of the format with that key, or -1.
qsizetype indexOfFormatKey(const QList<CameraFormatInfo> &formats, const QString &key);

} // namespace greenroom
