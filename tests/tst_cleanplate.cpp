// The clean plate's maths on the CPU: the builder turns known frames into the known grid, reads
// every layout through the keyer's own sampling and averages the noise down; the per-pixel
// lookup interpolates between cell centres; the plate survives a PNG round trip bit for bit;
// the key colour's uniforms are the ScreenKey of the key colour; and the reference keyer keys an
// unevenly lit screen with a tight similarity once it has the plate (numbers printed).
#include "AutoKey.h"
#include "CleanPlateBuilder.h"
#include "CleanPlateScenes.h"
#include "FrameWriter.h"
#include "MappedFrameView.h"
#include "ReferenceFrames.h"
#include "ReferenceKeyer.h"

#include <QtCore/QBuffer>
#include <QtGui/QImageReader>
#include <QtTest/QtTest>

#include <cmath>
#include <random>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

constexpr float kCode16 = 1.0f / 65535.0f;

CleanPlate plateOfImages(const QList<RgbaImage> &images, PF format = PF::Format_RGBA8888)
{
    QList<QVideoFrame> frames;
    for (const RgbaImage &image : images)
        frames.append(encodeFrame(image, format));
    return test::buildPlate(frames);
}

// Each cell's deviation from `expected`, worst channel, over the whole grid.
float worstCellError(const CleanPlate &plate, const std::array<float, 3> &expected)
{
    float worst = 0;
    for (int j = 0; j < plate.grid.height(); ++j)
        for (int i = 0; i < plate.grid.width(); ++i) {
            const std::array<float, 3> c = plate.cell(i, j);
            for (std::size_t k = 0; k < 3; ++k)
                worst = std::max(worst, std::abs(c[k] - expected[k]));
        }
    return worst;
}

struct MatteScores {
    float screen = 0;    // mean alpha where the truth is 0
    float solidMean = 0; // mean alpha where the truth is 1
    float holes = 0;     // share of the solid interior (2 pixels in from any edge) below 0.9
    float partial = 0;   // mean |alpha - truth| where the truth is in between
};

MatteScores score(const RgbaImage &keyed, const std::vector<float> &truth)
{
    const auto truthAt = [&](int x, int y) {
        x = std::clamp(x, 0, keyed.width - 1);
        y = std::clamp(y, 0, keyed.height - 1);
        return truth[std::size_t(y) * std::size_t(keyed.width) + std::size_t(x)];
    };
    MatteScores s;
    int screen = 0, solid = 0, interior = 0, partial = 0;
    for (int y = 0; y < keyed.height; ++y)
        for (int x = 0; x < keyed.width; ++x) {
            const float a = keyed.at(x, y)[3];
            const float t = truthAt(x, y);
            if (t == 0.0f) {
                s.screen += a;
                ++screen;
            } else if (t == 1.0f) {
                s.solidMean += a;
                ++solid;
                bool inside = true;
                for (int dy = -2; dy <= 2; ++dy)
                    for (int dx = -2; dx <= 2; ++dx)
                        inside = inside && truthAt(x + dx, y + dy) == 1.0f;
                if (inside) {
                    ++interior;
                    s.holes += a < 0.9f ? 1.0f : 0.0f;
                }
            } else {
                s.partial += std::abs(a - t);
                ++partial;
            }
        }
    s.screen /= float(std::max(screen, 1));
    s.solidMean /= float(std::max(solid, 1));
    s.holes /= float(std::max(interior, 1));
    s.partial /= float(std::max(partial, 1));
    return s;
}

} // namespace

class TestCleanPlate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gridIsOneCellPerEightPixels()
    {
        QCOMPARE(CleanPlate::gridSize(QSize(1920, 1080)), QSize(240, 135));
        QCOMPARE(CleanPlate::gridSize(QSize(1280, 720)), QSize(160, 90));
        QCOMPARE(CleanPlate::gridSize(QSize(95, 64)), QSize(12, 8));
        QCOMPARE(CleanPlate::gridSize(QSize(1, 1)), QSize(1, 1));
        QVERIFY(CleanPlate::gridSize(QSize()).isEmpty());
    }

    // Every 8x8 block flat in its own colour: each cell is that colour, exactly (8-bit codes
    // are whole multiples of 1/65535 as 16-bit ones).
    void knownFramesGiveTheKnownGrid()
    {
        RgbaImage image(32, 16);
        const auto colourOf = [](int i, int j) {
            return Rgba{float(40 + 50 * i) / 255.0f, float(200 - 60 * j) / 255.0f,
                        float(17 * (i + j)) / 255.0f, 1.0f};
        };
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x)
                image.at(x, y) = colourOf(x / 8, y / 8);
        const CleanPlate plate = plateOfImages({image});
        QCOMPARE(plate.frameSize, QSize(32, 16));
        QCOMPARE(plate.grid.size(), QSize(4, 2));
        QCOMPARE(plate.grid.format(), QImage::Format_RGBA64);
        for (int j = 0; j < 2; ++j)
            for (int i = 0; i < 4; ++i) {
                const Rgba want = colourOf(i, j);
                const std::array<float, 3> got = plate.cell(i, j);
                for (std::size_t k = 0; k < 3; ++k)
                    QVERIFY2(std::abs(got[k] - want[k]) <= kCode16,
                             qPrintable(QStringLiteral("cell %1,%2").arg(i).arg(j)));
            }
    }

    // A side that is no multiple of 8: cells split the pixels by where their centres fall.
    void cellsSplitOddSidesByPixelCentres()
    {
        RgbaImage image(12, 4); // 2 x 1 cells of 6 x 4 pixels
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 12; ++x)
                image.at(x, y) = x < 6 ? Rgba{1, 0, 0, 1} : Rgba{0, 0, 1, 1};
        const CleanPlate plate = plateOfImages({image});
        QCOMPARE(plate.grid.size(), QSize(2, 1));
        QCOMPARE(plate.cell(0, 0), (std::array<float, 3>{1, 0, 0}));
        QCOMPARE(plate.cell(1, 0), (std::array<float, 3>{0, 0, 1}));
    }

    void framesAreAveraged()
    {
        const RgbaImage a(16, 8, {0.2f, 0.6f, 0.2f, 1});
        const RgbaImage b(16, 8, {0.4f, 0.8f, 0.0f, 1});
        const CleanPlate plate = plateOfImages({a, b});
        // The mean of the two 8-bit codes.
        const auto mean = [](float x, float y) {
            return (std::round(x * 255.0f) + std::round(y * 255.0f)) / 2.0f / 255.0f;
        };
        QVERIFY(worstCellError(plate, {mean(0.2f, 0.4f), mean(0.6f, 0.8f), mean(0.2f, 0.0f)}) <=
                kCode16);
        QVERIFY(CleanPlateBuilder(QSize(16, 8)).plate().isNull());
        CleanPlateBuilder other(QSize(16, 8));
        const QVideoFrame wrongSize = encodeFrame(RgbaImage(8, 8), PF::Format_RGBA8888);
        const MappedFrameView mapped(wrongSize);
        QVERIFY(!other.add(mapped.view()));
        QCOMPARE(other.frameCount(), 0);
    }

    // Sensor noise shrinks with the number of samples a cell averages: one frame leaves about
    // sigma / 8 (64 pixels), thirty about sigma / 44.
    void noiseAveragesDown()
    {
        const std::array<float, 3> screen{0.16f, 0.62f, 0.24f};
        std::mt19937 random(7);
        std::normal_distribution<float> noise(0.0f, 0.03f);
        QList<RgbaImage> frames;
        for (int f = 0; f < 30; ++f) {
            RgbaImage image(64, 64);
            for (Rgba &p : image.pixels)
                p = {screen[0] + noise(random), screen[1] + noise(random),
                     screen[2] + noise(random), 1};
            frames.append(image);
        }
        const float one = worstCellError(plateOfImages({frames.constFirst()}), screen);
        const float thirty = worstCellError(plateOfImages(frames), screen);
        qInfo("worst cell error: one frame %.5f, thirty frames %.5f (pixel noise sigma 0.03)",
              double(one), double(thirty));
        // 8-bit quantisation adds up to half a code of bias at most.
        QVERIFY(thirty < 0.03f / 44.0f * 4.0f + 0.5f / 255.0f);
        QVERIFY(thirty * 3.0f < one);
    }

    // Y'CbCr frames are read as the keyer reads them: the plate of a flat NV12 frame is the
    // colour FrameSampler gives each of its pixels.
    void framesAreReadThroughTheKeyersSampling()
    {
        for (const PF format : {PF::Format_NV12, PF::Format_YUYV, PF::Format_YUV420P}) {
            const QVideoFrame frame =
                encodeFrame(RgbaImage(32, 16, {0.15f, 0.64f, 0.22f, 1}), format);
            const MappedFrameView mapped(frame);
            const Rgba sampled = FrameSampler(mapped.view()).pixel(5, 7);
            const CleanPlate plate = test::buildPlate({frame});
            QVERIFY(worstCellError(plate, {sampled[0], sampled[1], sampled[2]}) <= kCode16);
        }
    }

    // Bilinear between cell centres, clamped beyond the outer ones.
    void colourIsInterpolatedBetweenCellCentres()
    {
        RgbaImage image(16, 8);
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 16; ++x)
                image.at(x, y) = x < 8 ? Rgba{0.2f, 0.6f, 0.2f, 1} : Rgba{0.6f, 0.2f, 0.4f, 1};
        const CleanPlate plate = plateOfImages({image});
        const std::array<float, 3> left = plate.cell(0, 0), right = plate.cell(1, 0);
        QCOMPARE(plate.colorAt(4.0f, 4.0f), left);   // the left cell's centre
        QCOMPARE(plate.colorAt(12.0f, 4.0f), right); // the right one's
        QCOMPARE(plate.colorAt(0.5f, 0.5f), left);   // clamped at the edge
        QCOMPARE(plate.colorAt(15.5f, 7.5f), right);
        const std::array<float, 3> middle = plate.colorAt(8.0f, 4.0f);
        const std::array<float, 3> quarter = plate.colorAt(6.0f, 2.0f);
        for (std::size_t k = 0; k < 3; ++k) {
            QVERIFY(std::abs(middle[k] - (left[k] + right[k]) / 2) < 1e-6f);
            QVERIFY(std::abs(quarter[k] - (0.75f * left[k] + 0.25f * right[k])) < 1e-6f);
        }
    }

    // Saved as a 16-bit PNG and read back, a plate is the same plate; other images are refused.
    void plateSurvivesAPngRoundTrip()
    {
        QList<RgbaImage> frames;
        for (quint32 seed = 1; seed <= 4; ++seed)
            frames.append(test::unevenScreen(QSize(95, 64), seed, 0.02f));
        const CleanPlate plate = plateOfImages(frames, PF::Format_NV12);
        QVERIFY(!plate.isNull());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(plate.toImage().save(&buffer, "PNG"));
        QImage read;
        QVERIFY(read.loadFromData(buffer.data(), "PNG"));
        QVERIFY(CleanPlate::isPlateImage(read));
        QString error;
        const CleanPlate back = CleanPlate::fromImage(read, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.frameSize, QSize(95, 64));
        QVERIFY(back == plate);

        QImage plain(12, 8, QImage::Format_RGB32);
        plain.fill(Qt::green);
        QVERIFY(!CleanPlate::isPlateImage(plain));
        QVERIFY(CleanPlate::fromImage(plain, &error).isNull());
        QVERIFY(error.contains(QLatin1String("not a clean plate")));
        QImage wrongGrid = plate.toImage().scaled(5, 5);
        wrongGrid.setText(QStringLiteral("Greenroom clean plate frame size"),
                          QStringLiteral("95x64"));
        QVERIFY(CleanPlate::fromImage(wrongGrid, &error).isNull());
        QVERIFY2(error.contains(QLatin1String("12x8")), qPrintable(error));
    }

    // The uniforms' key quantities are the key colour's ScreenKey, bit for bit: the path without
    // a plate is the path with a plate of the key colour.
    void uniformsAreTheKeyColoursScreenKey()
    {
        QList<KeyParams> keys;
        keys.append(KeyParams());
        KeyParams blue;
        blue.keyColor = KeyParams::blueScreenColor();
        blue.screenMatte = 1.0, blue.screenGain = 1.3, blue.lumaWeight = 0.2;
        keys.append(blue);
        KeyParams grey;
        grey.keyColor = QColor::fromRgbF(0.5f, 0.5f, 0.5f);
        keys.append(grey);
        KeyParams dark;
        dark.keyColor = QColor::fromRgbF(0.0f, 0.002f, 0.0f);
        dark.colorDifference = 0.4, dark.screenMatte = 0.7;
        keys.append(dark);
        for (const KeyParams &p : keys) {
            const KeyUniforms u = makeKeyUniforms(p);
            QVERIFY(screenKeyOf(u.screen.rgb, u) == u.screen);
        }
        // A grey screen colour has no chroma and no excess: both mattes off there.
        const KeyUniforms u = makeKeyUniforms(keys.constFirst());
        const ScreenKey greyScreen = screenKeyOf({0.5f, 0.5f, 0.5f}, u);
        QCOMPARE(greyScreen.differenceStrength, 0.0f);
        QCOMPARE(greyScreen.screenStrength, 0.0f);
        QVERIFY(screenKeyOf({0.2f, 0.7f, 0.3f}, u).differenceStrength > 0.0f);
    }

    // A flat plate of the key colour keys as the key colour does.
    void flatPlateOfTheKeyColourKeysAsTheKeyColour()
    {
        KeyParams p;
        p.keyColor = QColor(38, 163, 56); // whole 8-bit codes: an RGBA8888 frame holds it exactly
        p.similarity = 0.08, p.smoothness = 0.12, p.screenMatte = 1.0, p.feather = 1.5;
        const QVideoFrame frame = encodeFrame(test::unevenScene(QSize(64, 48)), PF::Format_NV12);
        const RgbaImage flat(64, 48, {38.0f / 255.0f, 163.0f / 255.0f, 56.0f / 255.0f, 1});
        const CleanPlate plate = plateOfImages({flat});
        const MappedFrameView mapped(frame);
        const KeyUniforms u = makeKeyUniforms(p);
        const RgbaImage with = keyFrame(mapped.view(), u, &plate);
        const RgbaImage without = keyFrame(mapped.view(), u);
        const test::ImageDifference d =
            test::compareImages(with, without, [](int, int) { return true; });
        QVERIFY2(d.maxColour < 1e-3f && d.maxAlpha < 1e-3f,
                 qPrintable(test::describeDifference(d, with, without)));
        // A plate of another frame size is not used.
        const CleanPlate other = plateOfImages({RgbaImage(32, 48, {1, 0, 1, 1})});
        const RgbaImage ignored = keyFrame(mapped.view(), u, &other);
        QCOMPARE(test::compareImages(ignored, without, [](int, int) { return true; }).maxAlpha,
                 0.0f);
    }

    // The point of it: a screen lit unevenly in brightness and colour. One key colour has to
    // stretch its similarity and light tolerance over the whole screen (auto-key's does), and
    // the ramp then eats into the subject's colours near the screen's; with the plate a tight
    // similarity clears the screen and the solid subject keeps its alpha. The veil (white at 40%)
    // needs the softer ramp.
    void unevenScreenKeysTightlyWithAPlate()
    {
        const QSize size(320, 180);
        std::vector<float> truth;
        const QVideoFrame frame =
            encodeFrame(test::unevenScene(size, 100, 0.012f, &truth), PF::Format_NV12);
        QList<QVideoFrame> empty;
        for (quint32 seed = 1; seed <= 30; ++seed)
            empty.append(encodeFrame(test::unevenScreen(size, seed, 0.012f), PF::Format_NV12));
        const CleanPlate plate = test::buildPlate(empty);
        const MappedFrameView mapped(frame);

        const AutoKeyResult estimate = autoKey(FrameSampler(mapped.view()));
        QVERIFY(estimate.valid);
        const KeyParams autoKeyed = estimate.appliedTo(KeyParams());
        KeyParams tight = autoKeyed;
        tight.similarity = 0.02, tight.smoothness = 0.10, tight.lightTolerance = 0.1;
        tight.screenGain = 1.2, tight.solidLift = 0.15;
        KeyParams soft = tight;
        soft.similarity = 0.04, soft.smoothness = 0.20, soft.differenceFloor = 0.3;

        const auto keyed = [&](const KeyParams &p, const CleanPlate *with) {
            return score(keyFrame(mapped.view(), makeKeyUniforms(p), with), truth);
        };
        const auto print = [](const char *name, const MatteScores &s) {
            qInfo("%-38s screen %.4f  solid mean %.4f  holes %.4f  partial error %.4f", name,
                  double(s.screen), double(s.solidMean), double(s.holes), double(s.partial));
        };
        qInfo("auto-key: similarity %.3f, smoothness %.3f, light tolerance %.2f, gain %.2f",
              autoKeyed.similarity, autoKeyed.smoothness, autoKeyed.lightTolerance,
              autoKeyed.screenGain);
        print("auto-key, no plate", keyed(autoKeyed, nullptr));
        const MatteScores tightWithout = keyed(tight, nullptr);
        const MatteScores tightWith = keyed(tight, &plate);
        const MatteScores softWithout = keyed(soft, nullptr);
        const MatteScores softWith = keyed(soft, &plate);
        print("similarity 0.02 smoothness 0.1, no plate", tightWithout);
        print("similarity 0.02 smoothness 0.1, plate", tightWith);
        print("similarity 0.04 smoothness 0.2, no plate", softWithout);
        print("similarity 0.04 smoothness 0.2, plate", softWith);

        // With the plate: the screen clears, the solid subject has no holes.
        QVERIFY(tightWith.screen < 0.01f);
        QVERIFY(tightWith.holes < 0.001f);
        QVERIFY(tightWith.solidMean > 0.99f);
        QVERIFY(softWith.screen < 0.01f);
        QVERIFY(softWith.partial < 0.05f);
        // Without it the same keys leave much of the screen standing.
        QVERIFY(tightWithout.screen > 0.2f);
        QVERIFY(softWithout.screen > 0.1f);
    }
};

QTEST_MAIN(TestCleanPlate)
#include "tst_cleanplate.moc"
