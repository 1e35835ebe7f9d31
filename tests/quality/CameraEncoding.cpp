#include "CameraEncoding.h"

#include "FrameSampler.h"
#include "FrameWriter.h"

#include <algorithm>

namespace greenroom::quality {

namespace {

QByteArray tightNv12(const QVideoFrame &input)
{
    QVideoFrame frame = input;
    frame.map(QVideoFrame::ReadOnly);
    const int w = frame.width(), h = frame.height();
    QByteArray bytes;
    for (int y = 0; y < h; ++y)
        bytes.append(reinterpret_cast<const char *>(frame.bits(0) + frame.bytesPerLine(0) * y), w);
    for (int y = 0; y < (h + 1) / 2; ++y)
        bytes.append(reinterpret_cast<const char *>(frame.bits(1) + frame.bytesPerLine(1) * y),
                     2 * ((w + 1) / 2));
    frame.unmap();
    return bytes;
}

template<typename T> T median(std::vector<T> v)
{
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
    return v[v.size() / 2];
}

} // namespace

void encodeForCamera(GroundTruthCase &c, const RgbaImage &observed,
                     const std::vector<bool> &pureBackdrop)
{
    const int w = c.size.width(), h = c.size.height();
    const QVideoFrame frame = encodeFrame(observed, QVideoFrameFormat::Format_NV12,
                                          YCbCrMatrix::Bt709, YCbCrRange::Limited);
    c.nv12 = tightNv12(frame);

    // What an RGB pipeline sees: the same NV12, decoded with bilinear chroma.
    const auto *bytes = reinterpret_cast<const unsigned char *>(c.nv12.constData());
    const FrameView view = FrameView::semiPlanar420(
        w, h, {bytes, w}, {bytes + std::ptrdiff_t(w) * h, 2 * ((w + 1) / 2)});
    const FrameSampler sampler(view);
    c.rgb = QImage(w, h, QImage::Format_RGB888);
    std::vector<float> br, bg, bb;
    for (int y = 0; y < h; ++y) {
        uchar *line = c.rgb.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const Rgba p = sampler.pixel(x, y);
            for (int k = 0; k < 3; ++k)
                line[3 * x + k] = uchar(std::lround(p[std::size_t(k)] * 255.0f));
            if (pureBackdrop[std::size_t(y * w + x)]) {
                br.push_back(p[0]);
                bg.push_back(p[1]);
                bb.push_back(p[2]);
            }
        }
    }
    c.backdropRgb = {median(br), median(bg), median(bb), 1};

    // The backdrop's median video codes, from chroma samples whose whole block is backdrop.
    std::vector<int> ys, us, vs;
    const int cw = (w + 1) / 2;
    for (int j = 0; j < h / 2; ++j)
        for (int i = 0; i < w / 2; ++i) {
            bool pure = true;
            for (int k = 0; k < 4 && pure; ++k)
                pure = pureBackdrop[std::size_t((2 * j + k / 2) * w + 2 * i + k % 2)];
            if (!pure)
                continue;
            ys.push_back(bytes[std::size_t(2 * j * w + 2 * i)]);
            us.push_back(bytes[std::size_t(w * h + j * 2 * cw + 2 * i)]);
            vs.push_back(bytes[std::size_t(w * h + j * 2 * cw + 2 * i + 1)]);
        }
    c.backdropYuv = {median(ys), median(us), median(vs)};
}

} // namespace greenroom::quality
