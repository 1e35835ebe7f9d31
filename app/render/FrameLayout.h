// Describes how a QVideoFrame of a given pixel format becomes plane textures, and checks that
// a mapped frame really holds the bytes its format promises, before anything is uploaded.
#pragma once

#include "ColorSpace.h"
#include "QtCompat.h"
#include "SampleLayout.h"

#include <QtMultimedia/QVideoFrameFormat>
#include <QtQuick/QSGTexture>

#include <array>
#include <optional>

namespace greenroom {

struct PlaneTextureDesc {
    QRhiTexture::Format format = QRhiTexture::UnknownFormat;
    QSize size; // in texels
    int bytesPerTexel = 0;
    QSGTexture::Filtering filtering = QSGTexture::Linear;

    int rowBytes() const { return size.width() * bytesPerTexel; }
    friend bool operator==(const PlaneTextureDesc &, const PlaneTextureDesc &) = default;
};

struct FrameLayout {
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    QSize frameSize;
    SampleLayout sample;
    YCbCrMatrix matrix = YCbCrMatrix::Bt709;
    YCbCrRange range = YCbCrRange::Limited;
    int textureCount = 0;
    std::array<PlaneTextureDesc, 3> textures{}; // indexed by shader slot (plane0..plane2)
};

// The layout for a frame format, or an error message saying why Greenroom cannot key it.
struct FrameLayoutResult {
    std::optional<FrameLayout> layout;
    QString error;
};
FrameLayoutResult describeFrame(const QVideoFrameFormat &format);

// Everything the keyer supports, for tests, documentation and source format selection.
QList<QVideoFrameFormat::PixelFormat> supportedPixelFormats();
bool isSupportedPixelFormat(QVideoFrameFormat::PixelFormat format);

// What a mapped frame holds for one of its planes.
struct MappedPlane {
    const uchar *data = nullptr;
    int bytesPerLine = 0;
    int mappedBytes = 0;
};

// Empty when every plane the layout needs is present, non-null and large enough (stride at
// least one row of texels, enough bytes for all rows); otherwise a message naming the problem.
QString validatePlanes(const FrameLayout &layout, int planeCount,
                       const std::array<MappedPlane, 3> &planes);

// The bytes of plane `slot` that one upload reads: full strides for all rows but the last.
qsizetype uploadBytes(const FrameLayout &layout, int slot, const MappedPlane &plane);

} // namespace greenroom
