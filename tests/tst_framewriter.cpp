// FrameWriter: every writable format, matrix and range against codes computed here from the
// BT.601 / BT.709 / BT.2020 equations, read back through an independent description of each
// format's memory layout.
#include "FrameWriter.h"
#include "QtCompat.h"

#include <QtTest/QtTest>

#include <cmath>
#include <functional>

using namespace greenroom;
using PixelFormat = QVideoFrameFormat::PixelFormat;

Q_DECLARE_METATYPE(greenroom::YCbCrMatrix)
Q_DECLARE_METATYPE(greenroom::YCbCrRange)

namespace {

// --- the colour equations, written out independently of ColorSpace.cpp ---

struct Coefficients {
    double kr;
    double kb;
};

Coefficients coefficients(YCbCrMatrix m)
{
    switch (m) {
    case YCbCrMatrix::Bt601:
        return {0.299, 0.114};
    case YCbCrMatrix::Bt709:
        return {0.2126, 0.0722};
    case YCbCrMatrix::Bt2020:
        return {0.2627, 0.0593};
    }
    return {0, 0};
}

// Y' in [0, 1], Cb and Cr in [-0.5, 0.5].
struct YCbCr {
    double y, cb, cr;
};

YCbCr toYCbCr(const Rgba &c, YCbCrMatrix m)
{
    const auto [kr, kb] = coefficients(m);
    const double y = kr * c[0] + (1.0 - kr - kb) * c[1] + kb * c[2];
    return {y, (c[2] - y) / (2.0 * (1.0 - kb)), (c[0] - y) / (2.0 * (1.0 - kr))};
}

// How codes are stored: 8-bit, 16-bit, or P010's 10 bits in the top of a 16-bit word.
enum class Depth { Bits8, Bits16, P010 };

// The unrounded code of a luma or chroma value, in the container's own units.
double exactCode(double v, bool chroma, YCbCrRange range, Depth depth)
{
    const bool limited = range == YCbCrRange::Limited;
    // 8-bit codes, then scaled: limited range is defined in 8-bit steps (<< 8 for 16 bit).
    if (depth == Depth::Bits8) {
        if (limited)
            return chroma ? 128.0 + 224.0 * v : 16.0 + 219.0 * v;
        return chroma ? 128.0 + 255.0 * v : 255.0 * v;
    }
    double code16;
    if (limited)
        code16 = 256.0 * (chroma ? 128.0 + 224.0 * v : 16.0 + 219.0 * v);
    else
        code16 = chroma ? 32768.0 + 65535.0 * v : 65535.0 * v;
    // P010 keeps the top 10 bits: limited range gives exactly 4 * (16 + 219 Y') and so on.
    return depth == Depth::P010 ? code16 / 64.0 : code16;
}

// Whether a stored code is the exact code rounded; at a tie (within float noise of .5) either
// neighbour is right.
bool codeMatches(int stored, double exact, int maxCode)
{
    const double clamped = std::clamp(exact, 0.0, double(maxCode));
    const double frac = clamped - std::floor(clamped);
    if (std::abs(frac - 0.5) < 0.01)
        return stored == int(std::floor(clamped)) || stored == int(std::ceil(clamped));
    return stored == int(std::lround(clamped));
}

// --- each format's memory layout, written out independently of FrameWriter.cpp ---

struct Where {
    int plane;
    int row;
    int byteOffset;
};

struct Layout {
    Depth depth = Depth::Bits8;
    bool rgb = false;
    bool hasChroma = true;
    int chromaStepX = 1;
    int chromaStepY = 1;
    std::function<Where(int x, int y)> luma;
    std::function<Where(int cx, int cy)> cb;
    std::function<Where(int cx, int cy)> cr;
    std::array<int, 4> rgbaBytes{}; // RGB: byte of R, G, B, A within a pixel
    bool padded = false;            // RGB: the fourth byte is X
};

Layout layoutOf(PixelFormat f)
{
    Layout l;
    auto plane0 = [](int bytes) {
        return [bytes](int x, int y) { return Where{0, y, x * bytes}; };
    };
    auto inPlane = [](int plane, int first, int step, int bytes) {
        return [=](int cx, int cy) { return Where{plane, cy, (cx * step + first) * bytes}; };
    };
    auto rgb = [&](std::array<int, 4> bytes, bool padded) {
        l.rgb = true;
        l.hasChroma = false;
        l.rgbaBytes = bytes;
        l.padded = padded;
    };
    switch (f) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016: {
        const bool wide =
            f == QVideoFrameFormat::Format_P010 || f == QVideoFrameFormat::Format_P016;
        const int bytes = wide ? 2 : 1;
        l.depth = f == QVideoFrameFormat::Format_P010   ? Depth::P010
                  : f == QVideoFrameFormat::Format_P016 ? Depth::Bits16
                                                        : Depth::Bits8;
        l.chromaStepX = l.chromaStepY = 2;
        l.luma = plane0(bytes);
        const bool crFirst = f == QVideoFrameFormat::Format_NV21;
        l.cb = inPlane(1, crFirst ? 1 : 0, 2, bytes);
        l.cr = inPlane(1, crFirst ? 0 : 1, 2, bytes);
        break;
    }
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_YUV422P: {
        l.chromaStepX = 2;
        l.chromaStepY = f == QVideoFrameFormat::Format_YUV422P ? 1 : 2;
        l.luma = plane0(1);
        const bool crFirst = f == QVideoFrameFormat::Format_YV12;
        l.cb = inPlane(crFirst ? 2 : 1, 0, 1, 1);
        l.cr = inPlane(crFirst ? 1 : 2, 0, 1, 1);
        break;
    }
    case QVideoFrameFormat::Format_YUYV: // Y0 Cb Y1 Cr
        l.chromaStepX = 2;
        l.luma = [](int x, int y) { return Where{0, y, 4 * (x / 2) + 2 * (x % 2)}; };
        l.cb = [](int cx, int cy) { return Where{0, cy, 4 * cx + 1}; };
        l.cr = [](int cx, int cy) { return Where{0, cy, 4 * cx + 3}; };
        break;
    case QVideoFrameFormat::Format_UYVY: // Cb Y0 Cr Y1
        l.chromaStepX = 2;
        l.luma = [](int x, int y) { return Where{0, y, 4 * (x / 2) + 1 + 2 * (x % 2)}; };
        l.cb = [](int cx, int cy) { return Where{0, cy, 4 * cx}; };
        l.cr = [](int cx, int cy) { return Where{0, cy, 4 * cx + 2}; };
        break;
    case QVideoFrameFormat::Format_Y8:
        l.hasChroma = false;
        l.luma = plane0(1);
        break;
    case QVideoFrameFormat::Format_Y16:
        l.hasChroma = false;
        l.depth = Depth::Bits16;
        l.luma = plane0(2);
        break;
    // Memory byte order: byte index of R, G, B, A (or X).
    case QVideoFrameFormat::Format_RGBA8888:
        rgb({0, 1, 2, 3}, false);
        break;
    case QVideoFrameFormat::Format_BGRA8888:
        rgb({2, 1, 0, 3}, false);
        break;
    case QVideoFrameFormat::Format_ARGB8888:
        rgb({1, 2, 3, 0}, false);
        break;
    case QVideoFrameFormat::Format_ABGR8888:
        rgb({3, 2, 1, 0}, false);
        break;
    case QVideoFrameFormat::Format_XRGB8888:
        rgb({1, 2, 3, 0}, true);
        break;
    case QVideoFrameFormat::Format_BGRX8888:
        rgb({2, 1, 0, 3}, true);
        break;
    case QVideoFrameFormat::Format_XBGR8888:
        rgb({3, 2, 1, 0}, true);
        break;
    case QVideoFrameFormat::Format_RGBX8888:
        rgb({0, 1, 2, 3}, true);
        break;
    default:
        qFatal("no test layout for format %d", int(f));
    }
    return l;
}

int maxCodeOf(Depth d)
{
    return d == Depth::Bits8 ? 255 : d == Depth::P010 ? 1023 : 65535;
}

// Reads a stored code back in container units (P010: the 10-bit value; its low 6 bits must be 0).
int readCode(const QVideoFrame &frame, Where w, Depth depth)
{
    const uchar *p =
        frame.bits(w.plane) + qsizetype(w.row) * frame.bytesPerLine(w.plane) + w.byteOffset;
    if (depth == Depth::Bits8)
        return p[0];
    const int word = p[0] | (p[1] << 8);
    if (depth == Depth::P010) {
        if ((word & 0x3f) != 0)
            return -1; // not MSB-aligned
        return word >> 6;
    }
    return word;
}

const QList<PixelFormat> &allRequiredFormats()
{
    static const QList<PixelFormat> formats{
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
    return formats;
}

QString describe(PixelFormat f, int x, int y, const char *what)
{
    return QStringLiteral("%1 %2 at (%3, %4)")
        .arg(QVideoFrameFormat::pixelFormatToString(f), QLatin1String(what))
        .arg(x)
        .arg(y);
}

// Checks every stored code of `frame` against `image`: luma per pixel, chroma per sample as the
// mean over the pixels it covers, RGB bytes as they are. Returns the first mismatch, or empty.
QString mismatch(const QVideoFrame &source, const RgbaImage &image, PixelFormat f,
                 YCbCrMatrix matrix, YCbCrRange range)
{
    QVideoFrame frame = source;
    if (!frame.map(QVideoFrame::ReadOnly))
        return QStringLiteral("cannot map");
    const Layout l = layoutOf(f);
    const int maxCode = maxCodeOf(l.depth);
    QString error;
    auto check = [&](int stored, double exact, int x, int y, const char *what) {
        if (error.isEmpty() && !codeMatches(stored, exact, maxCode))
            error = describe(f, x, y, what) +
                    QStringLiteral(": stored %1, expected %2").arg(stored).arg(exact);
    };
    const int w = image.width;
    const int h = image.height;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const Rgba &c = image.at(x, y);
            if (l.rgb) {
                const uchar *px = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0) + 4 * x;
                for (int ch = 0; ch < 3; ++ch)
                    check(px[l.rgbaBytes[std::size_t(ch)]], c[std::size_t(ch)] * 255.0, x, y,
                          "RGB byte");
                check(px[l.rgbaBytes[3]], l.padded ? 255.0 : c[3] * 255.0, x, y, "A/X byte");
                continue;
            }
            const YCbCr v = toYCbCr(c, matrix);
            check(readCode(frame, l.luma(x, y), l.depth), exactCode(v.y, false, range, l.depth), x,
                  y, "luma");
        }
    }
    if (l.hasChroma) {
        for (int cy = 0; cy * l.chromaStepY < h; ++cy) {
            for (int cx = 0; cx * l.chromaStepX < w; ++cx) {
                double cb = 0, cr = 0;
                int n = 0;
                for (int y = cy * l.chromaStepY; y < std::min(h, (cy + 1) * l.chromaStepY); ++y) {
                    for (int x = cx * l.chromaStepX; x < std::min(w, (cx + 1) * l.chromaStepX);
                         ++x) {
                        const YCbCr v = toYCbCr(image.at(x, y), matrix);
                        cb += v.cb;
                        cr += v.cr;
                        ++n;
                    }
                }
                check(readCode(frame, l.cb(cx, cy), l.depth),
                      exactCode(cb / n, true, range, l.depth), cx, cy, "Cb");
                check(readCode(frame, l.cr(cx, cy), l.depth),
                      exactCode(cr / n, true, range, l.depth), cx, cy, "Cr");
            }
        }
    }
    // Packed 4:2:2 at an odd width: the pad luma of the last pair repeats the last pixel.
    if ((f == QVideoFrameFormat::Format_YUYV || f == QVideoFrameFormat::Format_UYVY) && w % 2) {
        for (int y = 0; y < h && error.isEmpty(); ++y) {
            if (readCode(frame, l.luma(w, y), l.depth) !=
                readCode(frame, l.luma(w - 1, y), l.depth))
                error = describe(f, w, y, "pad luma") + QStringLiteral(" differs from last pixel");
        }
    }
    frame.unmap();
    return error;
}

const Rgba kBlack{0, 0, 0, 1};
const Rgba kWhite{1, 1, 1, 1};
const Rgba kGreen{0, 1, 0, 1};
const Rgba kGrey{0.45f, 0.45f, 0.45f, 1};
const Rgba kSkin{0.87f, 0.65f, 0.52f, 0.6f}; // translucent, to see alpha in RGB formats
const Rgba kRed{1, 0, 0, 1};
const Rgba kBlue{0, 0, 1, 1};

// Sizes Qt's memory frames (QVideoFrame(QVideoFrameFormat), Qt 6.4 to 6.8) cannot hold: 4:2:0
// with odd heights gets too few (planar: overlapping) chroma rows. encodeFrame may refuse these,
// and only these.
bool qtCannotHold(PixelFormat f, QSize s)
{
    const bool oddHeight = s.height() % 2 != 0;
    switch (f) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
        return oddHeight;
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
        return s.height() % 4 == 3;
    default:
        return false;
    }
}

} // namespace

class tst_FrameWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writableFormatsAreExactlyTheSupportedOnes()
    {
        QList<PixelFormat> expected = allRequiredFormats();
        if (!compat::memoryFramesHoldYuv422P())
            expected.removeOne(QVideoFrameFormat::Format_YUV422P);
        QCOMPARE(writableFormats(), expected);
        for (PixelFormat f : expected)
            QVERIFY(isWritableFormat(f));
    }

    void unsupportedFormatsGiveInvalidFrames_data()
    {
        QTest::addColumn<int>("format");
        for (PixelFormat f :
             {QVideoFrameFormat::Format_Invalid, QVideoFrameFormat::Format_AYUV,
              QVideoFrameFormat::Format_AYUV_Premultiplied, QVideoFrameFormat::Format_IMC1,
              QVideoFrameFormat::Format_IMC4, QVideoFrameFormat::Format_Jpeg,
              QVideoFrameFormat::Format_YUV420P10, QVideoFrameFormat::Format_SamplerRect,
              QVideoFrameFormat::Format_ARGB8888_Premultiplied})
            QTest::newRow(qPrintable(QVideoFrameFormat::pixelFormatToString(f))) << int(f);
    }

    void unsupportedFormatsGiveInvalidFrames()
    {
        QFETCH(int, format);
        const auto f = PixelFormat(format);
        QVERIFY(!isWritableFormat(f));
        QVERIFY(!encodeFrame(RgbaImage(4, 4, kGreen), f).isValid());
    }

    void nullImageGivesInvalidFrame()
    {
        QVERIFY(!encodeFrame(RgbaImage(), QVideoFrameFormat::Format_NV12).isValid());
    }

    // Fixed codes from the standards, so the test's own equations are anchored too.
    void anchorCodes()
    {
        auto lumaOf = [](const Rgba &c, PixelFormat f, YCbCrRange r, Depth d) {
            QVideoFrame frame = encodeFrame(RgbaImage(2, 2, c), f, YCbCrMatrix::Bt709, r);
            frame.map(QVideoFrame::ReadOnly);
            const int code = readCode(frame, {0, 0, 0}, d);
            frame.unmap();
            return code;
        };
        auto chromaOf = [](const Rgba &c, PixelFormat f, YCbCrRange r, Depth d) {
            QVideoFrame frame = encodeFrame(RgbaImage(2, 2, c), f, YCbCrMatrix::Bt709, r);
            frame.map(QVideoFrame::ReadOnly);
            const int code = readCode(frame, {1, 0, 0}, d);
            frame.unmap();
            return code;
        };
        using R = YCbCrRange;
        const auto nv12 = QVideoFrameFormat::Format_NV12;
        const auto p010 = QVideoFrameFormat::Format_P010;
        const auto p016 = QVideoFrameFormat::Format_P016;
        QCOMPARE(lumaOf(kWhite, nv12, R::Limited, Depth::Bits8), 235);
        QCOMPARE(lumaOf(kBlack, nv12, R::Limited, Depth::Bits8), 16);
        QCOMPARE(chromaOf(kGrey, nv12, R::Limited, Depth::Bits8), 128);
        QCOMPARE(lumaOf(kWhite, nv12, R::Full, Depth::Bits8), 255);
        QCOMPARE(lumaOf(kBlack, nv12, R::Full, Depth::Bits8), 0);
        QCOMPARE(chromaOf(kWhite, nv12, R::Full, Depth::Bits8), 128);
        // P010: 10-bit codes in the top bits of a 16-bit word.
        QCOMPARE(lumaOf(kWhite, p010, R::Limited, Depth::Bits16), 940 << 6);
        QCOMPARE(lumaOf(kBlack, p010, R::Limited, Depth::Bits16), 64 << 6);
        QCOMPARE(chromaOf(kBlack, p010, R::Limited, Depth::Bits16), 512 << 6);
        QCOMPARE(lumaOf(kWhite, p010, R::Full, Depth::Bits16), 1023 << 6);
        QCOMPARE(lumaOf(kWhite, p016, R::Limited, Depth::Bits16), 235 << 8);
        QCOMPARE(lumaOf(kWhite, p016, R::Full, Depth::Bits16), 65535);
        QCOMPARE(chromaOf(kBlack, p016, R::Limited, Depth::Bits16), 128 << 8);
        // BT.709 limited-range pure green: Y' = 0.7152 -> 16 + 219 * 0.7152 = 172.6.
        QCOMPARE(lumaOf(kGreen, nv12, R::Limited, Depth::Bits8), 173);
    }

    void knownColours_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<YCbCrMatrix>("matrix");
        QTest::addColumn<YCbCrRange>("range");
        const std::array<std::pair<YCbCrMatrix, const char *>, 3> matrices{
            {{YCbCrMatrix::Bt601, "601"},
             {YCbCrMatrix::Bt709, "709"},
             {YCbCrMatrix::Bt2020, "2020"}}};
        const std::array<std::pair<YCbCrRange, const char *>, 2> ranges{
            {{YCbCrRange::Limited, "limited"}, {YCbCrRange::Full, "full"}}};
        for (PixelFormat f : writableFormats())
            for (const auto &[m, mName] : matrices)
                for (const auto &[r, rName] : ranges)
                    QTest::addRow("%s %s %s", qPrintable(QVideoFrameFormat::pixelFormatToString(f)),
                                  mName, rName)
                        << int(f) << m << r;
    }

    void knownColours()
    {
        QFETCH(int, format);
        QFETCH(YCbCrMatrix, matrix);
        QFETCH(YCbCrRange, range);
        const auto f = PixelFormat(format);
        for (const Rgba &colour : {kBlack, kWhite, kGreen, kGrey, kSkin}) {
            const RgbaImage image(6, 4, colour);
            const QVideoFrame frame = encodeFrame(image, f, matrix, range);
            QVERIFY(frame.isValid());
            QCOMPARE(frame.pixelFormat(), f);
            QCOMPARE(frame.size(), QSize(6, 4));
            const QString error = mismatch(frame, image, f, matrix, range);
            QVERIFY2(error.isEmpty(), qPrintable(error));

            const QVideoFrameFormat sf = frame.surfaceFormat();
            const auto expectedSpace =
                matrix == YCbCrMatrix::Bt601   ? QVideoFrameFormat::ColorSpace_BT601
                : matrix == YCbCrMatrix::Bt709 ? QVideoFrameFormat::ColorSpace_BT709
                                               : QVideoFrameFormat::ColorSpace_BT2020;
            QCOMPARE(sf.colorSpace(), expectedSpace);
            // RGB bytes are full range whatever was asked for Y'CbCr.
            const bool rgb = layoutOf(f).rgb;
            QCOMPARE(sf.colorRange(), range == YCbCrRange::Full || rgb
                                          ? QVideoFrameFormat::ColorRange_Full
                                          : QVideoFrameFormat::ColorRange_Video);
        }
    }

    // A red/blue checkerboard: every 2x2 and 2x1 block holds both colours, so each chroma sample
    // must be their mean, which is neither red's nor blue's chroma.
    void chromaIsAveraged_data()
    {
        QTest::addColumn<int>("format");
        for (PixelFormat f : writableFormats())
            if (layoutOf(f).hasChroma)
                QTest::newRow(qPrintable(QVideoFrameFormat::pixelFormatToString(f))) << int(f);
    }

    void chromaIsAveraged()
    {
        QFETCH(int, format);
        const auto f = PixelFormat(format);
        RgbaImage image(8, 4);
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x)
                image.at(x, y) = (x + y) % 2 ? kRed : kBlue;
        const QVideoFrame frame = encodeFrame(image, f, YCbCrMatrix::Bt709, YCbCrRange::Limited);
        QVERIFY(frame.isValid());
        const QString error = mismatch(frame, image, f, YCbCrMatrix::Bt709, YCbCrRange::Limited);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // And explicitly: 8-bit limited BT.709 Cb of (red + blue) / 2 is 128 + 224 * mean.
        const Layout l = layoutOf(f);
        if (l.depth == Depth::Bits8) {
            QVideoFrame mapped = frame;
            QVERIFY(mapped.map(QVideoFrame::ReadOnly));
            const double meanCb =
                (toYCbCr(kRed, YCbCrMatrix::Bt709).cb + toYCbCr(kBlue, YCbCrMatrix::Bt709).cb) /
                2.0;
            QCOMPARE(readCode(mapped, l.cb(1, 1), l.depth),
                     int(std::lround(128.0 + 224.0 * meanCb)));
            mapped.unmap();
        }
    }

    // Odd widths everywhere, odd heights where Qt's frame can hold them; rows are padded, so
    // this also checks that bytesPerLine is respected.
    void oddSizes_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QSize>("size");
        for (PixelFormat f : writableFormats())
            for (QSize s : {QSize(7, 4), QSize(5, 5), QSize(9, 6), QSize(3, 3), QSize(1, 1)})
                QTest::addRow("%s %dx%d", qPrintable(QVideoFrameFormat::pixelFormatToString(f)),
                              s.width(), s.height())
                    << int(f) << s;
    }

    void oddSizes()
    {
        QFETCH(int, format);
        QFETCH(QSize, size);
        const auto f = PixelFormat(format);
        // Every pixel differs from its neighbours, so a chroma sample taking in the wrong
        // pixels shows.
        const std::array<Rgba, 5> palette{kRed, kGreen, kBlue, kSkin, kWhite};
        RgbaImage image(size.width(), size.height());
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x)
                image.at(x, y) = palette[std::size_t(x * 2 + y * 3) % palette.size()];

        const QVideoFrame frame = encodeFrame(image, f, YCbCrMatrix::Bt601, YCbCrRange::Full);
        if (!frame.isValid()) {
            QVERIFY2(qtCannotHold(f, size), "refused a size Qt's frames can hold");
            return;
        }
        QCOMPARE(frame.size(), size);
        const QString error = mismatch(frame, image, f, YCbCrMatrix::Bt601, YCbCrRange::Full);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_FrameWriter)
#include "tst_framewriter.moc"
