#include "FrameWriter.h"

#include "QtCompat.h"

#include <QtCore/QDebug>
#include <QtCore/QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>

namespace greenroom {

namespace {

using PixelFormat = QVideoFrameFormat::PixelFormat;

// How a format stores its pixels. Written here from each format's definition instead of being
// shared with render/FrameLayout on purpose: the GPU tests read frames written by this file,
// so two independent descriptions check each other.
enum class Packing {
    Rgb32,     // one plane, 4 bytes per pixel in some byte order
    Planar,    // a Y' plane plus chroma in one (interleaved) or two planes
    Packed422, // one plane, 4 components per pixel pair
    LumaOnly,  // one Y' plane
};

// Where Cb or Cr lives in a Planar format: plane index and component index within a sample.
struct ChromaSite {
    int plane = 1;
    int component = 0;
};

struct FormatSpec {
    Packing packing = Packing::Planar;
    int containerBits = 8;  // bits per stored component: 8, or 16 (little-endian)
    bool tenBitMsb = false; // P010: 10 significant bits in the top of a 16-bit word
    // Planar: source pixels per chroma sample, and components between neighbouring samples
    // (1 for separate Cb and Cr planes, 2 for interleaved CbCr).
    int chromaStepX = 1;
    int chromaStepY = 1;
    int chromaPitch = 1;
    ChromaSite cb;
    ChromaSite cr;
    // Packed422: component index of Y0, Cb, Y1, Cr within a pixel pair.
    std::array<int, 4> yuyvOrder{0, 1, 2, 3};
    // Rgb32: byte index of R, G, B and A (or of the X padding byte) within a pixel.
    std::array<int, 4> rgbaOrder{0, 1, 2, 3};
    bool paddingByte = false; // Rgb32: the fourth byte is X (written as 255), not alpha

    int componentBytes() const { return containerBits / 8; }
};

FormatSpec rgb32(std::array<int, 4> order, bool padding)
{
    FormatSpec s;
    s.packing = Packing::Rgb32;
    s.rgbaOrder = order;
    s.paddingByte = padding;
    return s;
}

FormatSpec planar(int stepX, int stepY, ChromaSite cb, ChromaSite cr, int pitch, int bits = 8)
{
    FormatSpec s;
    s.packing = Packing::Planar;
    s.containerBits = bits;
    s.chromaStepX = stepX;
    s.chromaStepY = stepY;
    s.chromaPitch = pitch;
    s.cb = cb;
    s.cr = cr;
    return s;
}

std::optional<FormatSpec> formatSpec(PixelFormat format)
{
    switch (format) {
    // 32-bit RGB, named in memory byte order: {R, G, B, A/X} byte indices.
    case QVideoFrameFormat::Format_RGBA8888:
        return rgb32({0, 1, 2, 3}, false);
    case QVideoFrameFormat::Format_BGRA8888:
        return rgb32({2, 1, 0, 3}, false);
    case QVideoFrameFormat::Format_ARGB8888:
        return rgb32({1, 2, 3, 0}, false);
    case QVideoFrameFormat::Format_ABGR8888:
        return rgb32({3, 2, 1, 0}, false);
    case QVideoFrameFormat::Format_RGBX8888:
        return rgb32({0, 1, 2, 3}, true);
    case QVideoFrameFormat::Format_BGRX8888:
        return rgb32({2, 1, 0, 3}, true);
    case QVideoFrameFormat::Format_XRGB8888:
        return rgb32({1, 2, 3, 0}, true);
    case QVideoFrameFormat::Format_XBGR8888:
        return rgb32({3, 2, 1, 0}, true);
    // Planar and semi-planar Y'CbCr.
    case QVideoFrameFormat::Format_YUV420P:
        return planar(2, 2, {1, 0}, {2, 0}, 1);
    case QVideoFrameFormat::Format_YV12:
        return planar(2, 2, {2, 0}, {1, 0}, 1);
    case QVideoFrameFormat::Format_YUV422P:
        if (!compat::memoryFramesHoldYuv422P())
            return std::nullopt;
        return planar(2, 1, {1, 0}, {2, 0}, 1);
    case QVideoFrameFormat::Format_NV12:
        return planar(2, 2, {1, 0}, {1, 1}, 2);
    case QVideoFrameFormat::Format_NV21:
        return planar(2, 2, {1, 1}, {1, 0}, 2);
    case QVideoFrameFormat::Format_P010: {
        FormatSpec s = planar(2, 2, {1, 0}, {1, 1}, 2, 16);
        s.tenBitMsb = true;
        return s;
    }
    case QVideoFrameFormat::Format_P016:
        return planar(2, 2, {1, 0}, {1, 1}, 2, 16);
    // Packed 4:2:2: {Y0, Cb, Y1, Cr} component indices.
    case QVideoFrameFormat::Format_YUYV: {
        FormatSpec s;
        s.packing = Packing::Packed422;
        s.yuyvOrder = {0, 1, 2, 3};
        return s;
    }
    case QVideoFrameFormat::Format_UYVY: {
        FormatSpec s;
        s.packing = Packing::Packed422;
        s.yuyvOrder = {1, 0, 3, 2};
        return s;
    }
    // Luma only.
    case QVideoFrameFormat::Format_Y8: {
        FormatSpec s;
        s.packing = Packing::LumaOnly;
        return s;
    }
    case QVideoFrameFormat::Format_Y16: {
        FormatSpec s;
        s.packing = Packing::LumaOnly;
        s.containerBits = 16;
        return s;
    }
    default:
        return std::nullopt;
    }
}

constexpr std::array kCandidateFormats{
    QVideoFrameFormat::Format_NV12,     QVideoFrameFormat::Format_NV21,
    QVideoFrameFormat::Format_YUV420P,  QVideoFrameFormat::Format_YV12,
    QVideoFrameFormat::Format_YUV422P,  QVideoFrameFormat::Format_YUYV,
    QVideoFrameFormat::Format_UYVY,     QVideoFrameFormat::Format_P010,
    QVideoFrameFormat::Format_P016,     QVideoFrameFormat::Format_Y8,
    QVideoFrameFormat::Format_Y16,      QVideoFrameFormat::Format_BGRA8888,
    QVideoFrameFormat::Format_RGBA8888, QVideoFrameFormat::Format_ARGB8888,
    QVideoFrameFormat::Format_XRGB8888, QVideoFrameFormat::Format_BGRX8888,
    QVideoFrameFormat::Format_ABGR8888, QVideoFrameFormat::Format_XBGR8888,
    QVideoFrameFormat::Format_RGBX8888,
};

// Normalised texel values (what a sampler returns for the stored code) of one pixel.
struct Texel {
    float y;
    float cb;
    float cr;
};

// R'G'B' to texel values: the top three rows of ColorSpace's affine matrix, read once.
class YCbCrEncoder {
public:
    YCbCrEncoder(YCbCrMatrix matrix, YCbCrRange range, int containerBits)
    {
        const QMatrix4x4 m = rgbToYCbCrMatrix(matrix, range, containerBits);
        for (int row = 0; row < 3; ++row)
            for (int col = 0; col < 4; ++col)
                m_rows[row][col] = m(row, col);
    }

    Texel operator()(const Rgba &c) const
    {
        return {dot(m_rows[0], c), dot(m_rows[1], c), dot(m_rows[2], c)};
    }

private:
    static float dot(const std::array<float, 4> &r, const Rgba &c)
    {
        return r[0] * c[0] + r[1] * c[1] + r[2] * c[2] + r[3];
    }

    std::array<std::array<float, 4>, 3> m_rows{};
};

// Texel value to stored code: round to nearest, clamp to the code range, shift into place.
struct Quantiser {
    float scale = 255.0f;
    int maxCode = 255;
    int shift = 0;

    static Quantiser forSpec(const FormatSpec &spec)
    {
        if (spec.tenBitMsb) // t * 65535 kept to its top 10 bits: nearest multiple of 64.
            return {65535.0f / 64.0f, 1023, 6};
        if (spec.containerBits == 16)
            return {65535.0f, 65535, 0};
        return {};
    }

    quint16 operator()(float t) const
    {
        const int code = std::clamp(int(std::floor(t * scale + 0.5f)), 0, maxCode);
        return quint16(code << shift);
    }
};

quint8 toByte(float v)
{
    return quint8(std::clamp(int(std::floor(v * 255.0f + 0.5f)), 0, 255));
}

// Plane pointers of a frame mapped for writing, read once instead of per pixel.
struct MappedPlanes {
    std::array<uchar *, 3> data{};
    std::array<int, 3> bytesPerLine{};

    uchar *row(int plane, int y) const
    {
        return data[std::size_t(plane)] + qsizetype(y) * bytesPerLine[std::size_t(plane)];
    }
};

void storeComponent(uchar *dst, quint16 code, int bytes)
{
    if (bytes == 1)
        *dst = uchar(code);
    else
        qToLittleEndian(code, dst);
}

int ceilDiv(int a, int b)
{
    return (a + b - 1) / b;
}

// Qt's memory frames cannot hold every size: for odd heights, 4:2:0 frames get too few chroma
// rows (planar ones overlapping planes), and YUV422P chroma rows were too short before Qt 6.6.1.
// Writing anyway would run into the next plane, so check every plane first.
bool planeFits(const QVideoFrame &frame, int plane, int rowBytes, int rows)
{
    if (plane >= frame.planeCount())
        return false;
    const qsizetype bytesPerLine = frame.bytesPerLine(plane);
    return bytesPerLine >= rowBytes &&
           (rows - 1) * bytesPerLine + rowBytes <= qsizetype(frame.mappedBytes(plane));
}

bool frameHolds(const QVideoFrame &frame, const FormatSpec &spec, int width, int height)
{
    const int bytes = spec.componentBytes();
    switch (spec.packing) {
    case Packing::Rgb32:
        return planeFits(frame, 0, width * 4, height);
    case Packing::LumaOnly:
        return planeFits(frame, 0, width * bytes, height);
    case Packing::Packed422:
        return planeFits(frame, 0, ceilDiv(width, 2) * 4, height);
    case Packing::Planar: {
        const int chromaRowBytes = ceilDiv(width, spec.chromaStepX) * spec.chromaPitch * bytes;
        const int chromaRows = ceilDiv(height, spec.chromaStepY);
        return planeFits(frame, 0, width * bytes, height) &&
               planeFits(frame, spec.cb.plane, chromaRowBytes, chromaRows) &&
               planeFits(frame, spec.cr.plane, chromaRowBytes, chromaRows);
    }
    }
    return false;
}

void writeRgb32(const RgbaImage &image, const FormatSpec &spec, const MappedPlanes &planes)
{
    const auto &order = spec.rgbaOrder;
    for (int y = 0; y < image.height; ++y) {
        uchar *dst = planes.row(0, y);
        for (int x = 0; x < image.width; ++x, dst += 4) {
            const Rgba &c = image.at(x, y);
            dst[order[0]] = toByte(c[0]);
            dst[order[1]] = toByte(c[1]);
            dst[order[2]] = toByte(c[2]);
            dst[order[3]] = spec.paddingByte ? quint8(255) : toByte(c[3]);
        }
    }
}

void writeLuma(const RgbaImage &image, const FormatSpec &spec, const YCbCrEncoder &encode,
               const Quantiser &quantise, const MappedPlanes &planes)
{
    const int bytes = spec.componentBytes();
    for (int y = 0; y < image.height; ++y) {
        uchar *dst = planes.row(0, y);
        for (int x = 0; x < image.width; ++x)
            storeComponent(dst + x * bytes, quantise(encode(image.at(x, y)).y), bytes);
    }
}

// Planar and semi-planar: visits each chroma sample's block of pixels once, writing their luma
// and the block's mean chroma.
void writePlanar(const RgbaImage &image, const FormatSpec &spec, const YCbCrEncoder &encode,
                 const Quantiser &quantise, const MappedPlanes &planes)
{
    const int bytes = spec.componentBytes();
    const int stepX = spec.chromaStepX;
    const int stepY = spec.chromaStepY;
    for (int cy = 0; cy * stepY < image.height; ++cy) {
        const int y0 = cy * stepY;
        const int y1 = std::min(y0 + stepY, image.height);
        uchar *cbRow = planes.row(spec.cb.plane, cy);
        uchar *crRow = planes.row(spec.cr.plane, cy);
        for (int cx = 0; cx * stepX < image.width; ++cx) {
            const int x0 = cx * stepX;
            const int x1 = std::min(x0 + stepX, image.width);
            float cbSum = 0.0f;
            float crSum = 0.0f;
            for (int y = y0; y < y1; ++y) {
                uchar *lumaRow = planes.row(0, y);
                for (int x = x0; x < x1; ++x) {
                    const Texel t = encode(image.at(x, y));
                    storeComponent(lumaRow + x * bytes, quantise(t.y), bytes);
                    cbSum += t.cb;
                    crSum += t.cr;
                }
            }
            const float count = float((y1 - y0) * (x1 - x0));
            const int sample = cx * spec.chromaPitch;
            storeComponent(cbRow + (sample + spec.cb.component) * bytes, quantise(cbSum / count),
                           bytes);
            storeComponent(crRow + (sample + spec.cr.component) * bytes, quantise(crSum / count),
                           bytes);
        }
    }
}

// Packed 4:2:2: each pixel pair shares one Cb and one Cr. At an odd width the last pair holds
// one real pixel; its second luma repeats the first so the padding is not a stray edge.
void writePacked422(const RgbaImage &image, const FormatSpec &spec, const YCbCrEncoder &encode,
                    const Quantiser &quantise, const MappedPlanes &planes)
{
    const auto &order = spec.yuyvOrder;
    for (int y = 0; y < image.height; ++y) {
        uchar *dst = planes.row(0, y);
        for (int x = 0; x < image.width; x += 2, dst += 4) {
            const Texel first = encode(image.at(x, y));
            const bool pair = x + 1 < image.width;
            const Texel second = pair ? encode(image.at(x + 1, y)) : first;
            dst[order[0]] = uchar(quantise(first.y));
            dst[order[1]] = uchar(quantise((first.cb + second.cb) * 0.5f));
            dst[order[2]] = uchar(quantise(second.y));
            dst[order[3]] = uchar(quantise((first.cr + second.cr) * 0.5f));
        }
    }
}

} // namespace

QVideoFrameFormat::ColorSpace toQtColorSpace(YCbCrMatrix matrix)
{
    switch (matrix) {
    case YCbCrMatrix::Bt601:
        return QVideoFrameFormat::ColorSpace_BT601;
    case YCbCrMatrix::Bt709:
        return QVideoFrameFormat::ColorSpace_BT709;
    case YCbCrMatrix::Bt2020:
        return QVideoFrameFormat::ColorSpace_BT2020;
    }
    return QVideoFrameFormat::ColorSpace_BT709;
}

bool isWritableFormat(QVideoFrameFormat::PixelFormat format)
{
    return formatSpec(format).has_value();
}

QList<QVideoFrameFormat::PixelFormat> writableFormats()
{
    QList<QVideoFrameFormat::PixelFormat> formats;
    for (PixelFormat format : kCandidateFormats) {
        if (isWritableFormat(format))
            formats.append(format);
    }
    return formats;
}

QVideoFrame encodeFrame(const RgbaImage &image, QVideoFrameFormat::PixelFormat format,
                        YCbCrMatrix matrix, YCbCrRange range)
{
    const std::optional<FormatSpec> spec = formatSpec(format);
    if (!spec || image.isNull())
        return {};

    QVideoFrameFormat frameFormat(QSize(image.width, image.height), format);
    frameFormat.setColorSpace(toQtColorSpace(matrix));
    // RGB bytes are stored as they are, never squeezed into video range.
    const bool fullRange = range == YCbCrRange::Full || spec->packing == Packing::Rgb32;
    frameFormat.setColorRange(fullRange ? QVideoFrameFormat::ColorRange_Full
                                        : QVideoFrameFormat::ColorRange_Video);

    auto refuse = [&] {
        qWarning() << "encodeFrame: Qt's memory frame cannot hold a" << image.width << "x"
                   << image.height << "image in" << format;
        return QVideoFrame();
    };
    // Qt derives the chroma planes of a planar 4:2:0 memory frame from height / 2 rows: at odd
    // heights they overlap, and at height 1 map() would divide by zero. Refuse before mapping.
    const bool separateChromaPlanes = spec->packing == Packing::Planar && spec->chromaPitch == 1;
    if (separateChromaPlanes && spec->chromaStepY == 2 && image.height % 2 != 0)
        return refuse();

    QVideoFrame frame(frameFormat);
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    if (!frameHolds(frame, *spec, image.width, image.height)) {
        frame.unmap();
        return refuse();
    }

    MappedPlanes planes;
    for (int p = 0; p < frame.planeCount() && p < 3; ++p) {
        planes.data[std::size_t(p)] = frame.bits(p);
        planes.bytesPerLine[std::size_t(p)] = frame.bytesPerLine(p);
        // Row padding is never shown, but zeroing it keeps every byte of the frame a function
        // of the image (byte-exact comparisons, uploads free of uninitialised memory).
        std::memset(frame.bits(p), 0, std::size_t(frame.mappedBytes(p)));
    }

    const YCbCrEncoder encode(matrix, range, spec->containerBits);
    const Quantiser quantise = Quantiser::forSpec(*spec);
    switch (spec->packing) {
    case Packing::Rgb32:
        writeRgb32(image, *spec, planes);
        break;
    case Packing::LumaOnly:
        writeLuma(image, *spec, encode, quantise, planes);
        break;
    case Packing::Planar:
        writePlanar(image, *spec, encode, quantise, planes);
        break;
    case Packing::Packed422:
        writePacked422(image, *spec, encode, quantise, planes);
        break;
    }
    frame.unmap();
    return frame;
}

} // namespace greenroom
