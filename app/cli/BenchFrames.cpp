#include "BenchFrames.h"

#include "FrameLayout.h"
#include "TestPatternSource.h"

#include <QtCore/QFile>

#include <algorithm>

namespace greenroom {

namespace {

// Memory the frames of one run may take; at 4K NV12 that is five frames.
constexpr qsizetype kFrameBudgetBytes = qsizetype(64) * 1024 * 1024;
constexpr int kMinFrames = 3;
constexpr int kMaxFrames = 24;
constexpr qreal kMaxPatternRate = 240.0;

qsizetype mappedSize(QVideoFrame frame)
{
    if (!frame.map(QVideoFrame::ReadOnly))
        return 0;
    qsizetype bytes = 0;
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        bytes += frame.mappedBytes(plane);
    frame.unmap();
    return bytes;
}

} // namespace

std::vector<QVideoFrame> makeBenchFrames(QSize size, QVideoFrameFormat::PixelFormat format, int fps,
                                         QString *error)
{
    TestPatternSource pattern;
    pattern.setFrameSize(size);
    pattern.setPixelFormat(format);
    pattern.setFrameRate(fps > 0 ? std::min<qreal>(fps, kMaxPatternRate) : 60.0);

    const QVideoFrame first = pattern.frameAt(0);
    const qsizetype frameBytes = first.isValid() ? mappedSize(first) : 0;
    if (frameBytes <= 0) {
        *error = QStringLiteral("the test pattern cannot make %1x%2 frames in %3")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(QVideoFrameFormat::pixelFormatToString(format));
        return {};
    }
    const int count = std::min(
        {int(std::clamp<qsizetype>(kFrameBudgetBytes / frameBytes, kMinFrames, kMaxFrames)),
         std::max(kMinFrames, pattern.loopFrameCount())});
    std::vector<QVideoFrame> frames;
    frames.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        frames.push_back(pattern.frameAt(i));
    return frames;
}

bool writeRawFrames(const std::vector<QVideoFrame> &frames, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    for (QVideoFrame frame : frames) {
        const FrameLayoutResult described = describeFrame(frame.surfaceFormat());
        if (!described.layout || !frame.map(QVideoFrame::ReadOnly)) {
            *error = QStringLiteral("cannot read a frame to dump");
            return false;
        }
        const FrameLayout &layout = *described.layout;
        // Texture slots hold the frame's planes; raw video wants them in the frame's order.
        for (int plane = 0; plane < frame.planeCount(); ++plane) {
            for (int slot = 0; slot < layout.textureCount; ++slot) {
                if (layout.sample.framePlane[std::size_t(slot)] != plane)
                    continue;
                const PlaneTextureDesc &desc = layout.textures[std::size_t(slot)];
                for (int row = 0; row < desc.size.height(); ++row) {
                    const auto *data = reinterpret_cast<const char *>(
                        frame.bits(plane) + qsizetype(row) * frame.bytesPerLine(plane));
                    file.write(data, desc.rowBytes());
                }
            }
        }
        frame.unmap();
    }
    if (!file.flush()) {
        *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace greenroom
