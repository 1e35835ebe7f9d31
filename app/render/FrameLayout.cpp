#include "FrameLayout.h"

#include <algorithm>

namespace greenroom {

namespace {

using PF = QVideoFrameFormat::PixelFormat;

int ceilShift(int value, int shift)
{
    return (value + (1 << shift) - 1) >> shift;
}

PlaneTextureDesc plane(QRhiTexture::Format format, QSize size, int bytesPerTexel,
                       QSGTexture::Filtering filtering = QSGTexture::Linear)
{
    return {format, size, bytesPerTexel, filtering};
}

// 32-bit RGB formats are named in memory byte order (Qt 6 convention). Byte index of R, G, B, A.
std::optional<std::array<int, 4>> rgbByteOrder(PF format)
{
    switch (format) {
    case PF::Format_RGBA8888:
        return std::array{0, 1, 2, 3};
    case PF::Format_RGBX8888:
        return std::array{0, 1, 2, -1};
    case PF::Format_BGRA8888:
        return std::array{2, 1, 0, 3};
    case PF::Format_BGRX8888:
        return std::array{2, 1, 0, -1};
    case PF::Format_ARGB8888:
        return std::array{1, 2, 3, 0};
    case PF::Format_XRGB8888:
        return std::array{1, 2, 3, -1};
    case PF::Format_ABGR8888:
        return std::array{3, 2, 1, 0};
    case PF::Format_XBGR8888:
        return std::array{3, 2, 1, -1};
    default:
        return std::nullopt;
    }
}

YCbCrMatrix matrixFor(const QVideoFrameFormat &format)
{
    switch (format.colorSpace()) {
    case QVideoFrameFormat::ColorSpace_BT601:
        return YCbCrMatrix::Bt601;
    case QVideoFrameFormat::ColorSpace_BT709:
        return YCbCrMatrix::Bt709;
    case QVideoFrameFormat::ColorSpace_BT2020:
        return YCbCrMatrix::Bt2020;
    default:
        // Untagged video: the broadcast convention, SD is BT.601 and HD is BT.709.
        return format.frameHeight() < 720 ? YCbCrMatrix::Bt601 : YCbCrMatrix::Bt709;
    }
}

} // namespace

// Everything the keyer can sample, in the order tests and documentation list them.
constexpr std::array kSupportedFormats = {
    PF::Format_NV12,     PF::Format_NV21,     PF::Format_YUV420P,  PF::Format_YV12,
    PF::Format_YUV422P,  PF::Format_YUYV,     PF::Format_UYVY,     PF::Format_P010,
    PF::Format_P016,     PF::Format_Y8,       PF::Format_Y16,      PF::Format_BGRA8888,
    PF::Format_RGBA8888, PF::Format_ARGB8888, PF::Format_XRGB8888, PF::Format_BGRX8888,
    PF::Format_ABGR8888, PF::Format_XBGR8888, PF::Format_RGBX8888};

QList<QVideoFrameFormat::PixelFormat> supportedPixelFormats()
{
    return {kSupportedFormats.begin(), kSupportedFormats.end()};
}

bool isSupportedPixelFormat(QVideoFrameFormat::PixelFormat format)
{
    return std::find(kSupportedFormats.begin(), kSupportedFormats.end(), format) !=
           kSupportedFormats.end();
}

FrameLayoutResult describeFrame(const QVideoFrameFormat &format)
{
    const PF pf = format.pixelFormat();
    const QSize size = format.frameSize();
    // This runs for every frame: the format's name is built only for an error message.
    const auto name = [pf] { return QVideoFrameFormat::pixelFormatToString(pf); };
    if (!isSupportedPixelFormat(pf))
        return {std::nullopt,
                QStringLiteral("Pixel format %1 is not supported by the keyer").arg(name())};
    if (size.width() <= 0 || size.height() <= 0)
        return {std::nullopt, QStringLiteral("Frame of %1 has an empty size (%2x%3)")
                                  .arg(name())
                                  .arg(size.width())
                                  .arg(size.height())};

    FrameLayout l;
    l.pixelFormat = pf;
    l.frameSize = size;
    l.matrix = matrixFor(format);
    l.range = format.colorRange() == QVideoFrameFormat::ColorRange_Full ? YCbCrRange::Full
                                                                        : YCbCrRange::Limited;
    SampleLayout &s = l.sample;
    const int w = size.width();
    const int h = size.height();

    if (const auto order = rgbByteOrder(pf)) {
        s.mode = SampleMode::PackedRgb;
        s.isYCbCr = false;
        s.rgbaByte = *order;
        s.planeCount = 1;
        l.textureCount = 1;
        l.textures[0] = plane(QRhiTexture::RGBA8, size, 4);
        return {l, {}};
    }

    switch (pf) {
    case PF::Format_NV12:
    case PF::Format_NV21:
    case PF::Format_P010:
    case PF::Format_P016: {
        const bool wide = pf == PF::Format_P010 || pf == PF::Format_P016;
        s.mode = SampleMode::SemiPlanar;
        s.containerBits = wide ? 16 : 8;
        s.chromaShiftX = s.chromaShiftY = 1;
        s.swapChroma = pf == PF::Format_NV21;
        s.planeCount = 2;
        l.textureCount = 2;
        const QSize chroma(ceilShift(w, 1), ceilShift(h, 1));
        l.textures[0] = wide ? plane(QRhiTexture::R16, size, 2) : plane(QRhiTexture::R8, size, 1);
        l.textures[1] =
            wide ? plane(QRhiTexture::RG16, chroma, 4) : plane(QRhiTexture::RG8, chroma, 2);
        break;
    }
    case PF::Format_YUV420P:
    case PF::Format_YV12:
    case PF::Format_YUV422P: {
        s.mode = SampleMode::Planar;
        s.chromaShiftX = 1;
        s.chromaShiftY = pf == PF::Format_YUV422P ? 0 : 1;
        if (pf == PF::Format_YV12)
            s.framePlane = {0, 2, 1};
        s.planeCount = 3;
        l.textureCount = 3;
        const QSize chroma(ceilShift(w, s.chromaShiftX), ceilShift(h, s.chromaShiftY));
        l.textures[0] = plane(QRhiTexture::R8, size, 1);
        l.textures[1] = plane(QRhiTexture::R8, chroma, 1);
        l.textures[2] = plane(QRhiTexture::R8, chroma, 1);
        break;
    }
    case PF::Format_YUYV:
    case PF::Format_UYVY:
        // Two pixels per RGBA8 texel; nearest sampling keeps a pixel's own luma byte.
        s.mode = SampleMode::Packed422;
        s.chromaFirst = pf == PF::Format_UYVY;
        s.planeCount = 1;
        l.textureCount = 1;
        l.textures[0] =
            plane(QRhiTexture::RGBA8, QSize(ceilShift(w, 1), h), 4, QSGTexture::Nearest);
        break;
    case PF::Format_Y8:
    case PF::Format_Y16: {
        const bool wide = pf == PF::Format_Y16;
        s.mode = SampleMode::LumaOnly;
        s.containerBits = wide ? 16 : 8;
        s.planeCount = 1;
        l.textureCount = 1;
        l.textures[0] = wide ? plane(QRhiTexture::R16, size, 2) : plane(QRhiTexture::R8, size, 1);
        break;
    }
    default:
        Q_UNREACHABLE();
    }
    return {l, {}};
}

QString validatePlanes(const FrameLayout &layout, int planeCount,
                       const std::array<MappedPlane, 3> &planes)
{
    const auto name = [&] { return QVideoFrameFormat::pixelFormatToString(layout.pixelFormat); };
    if (planeCount < layout.sample.planeCount)
        return QStringLiteral("Frame of %1 has %2 planes, expected %3")
            .arg(name())
            .arg(planeCount)
            .arg(layout.sample.planeCount);
    for (int slot = 0; slot < layout.textureCount; ++slot) {
        const int index = layout.sample.framePlane[std::size_t(slot)];
        const MappedPlane &p = planes[std::size_t(index)];
        const PlaneTextureDesc &t = layout.textures[std::size_t(slot)];
        if (!p.data)
            return QStringLiteral("Frame of %1 has no data for plane %2").arg(name()).arg(index);
        if (p.bytesPerLine < t.rowBytes())
            return QStringLiteral("Frame of %1 (%2x%3) has a stride of %4 bytes in plane %5, "
                                  "less than its row of %6 bytes")
                .arg(name())
                .arg(layout.frameSize.width())
                .arg(layout.frameSize.height())
                .arg(p.bytesPerLine)
                .arg(index)
                .arg(t.rowBytes());
        const qint64 needed = qint64(p.bytesPerLine) * (t.size.height() - 1) + t.rowBytes();
        if (p.mappedBytes < needed)
            return QStringLiteral("Frame of %1 holds %2 bytes in plane %3, %4 are needed")
                .arg(name())
                .arg(p.mappedBytes)
                .arg(index)
                .arg(needed);
    }
    return {};
}

qsizetype uploadBytes(const FrameLayout &layout, int slot, const MappedPlane &plane)
{
    const PlaneTextureDesc &t = layout.textures[std::size_t(slot)];
    return std::min<qsizetype>(plane.mappedBytes, qsizetype(plane.bytesPerLine) * t.size.height());
}

} // namespace greenroom
