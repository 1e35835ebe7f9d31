// `greenroom key`: the option rules in-process, then the real executable on the backend under
// test: images and every raw format keyed through the GPU and compared with the CPU reference,
// --matte, colour space and range, presets, --set, --auto-key, folder mode, and every error
// exit status (2: arguments and inputs, 3: no usable backend).
//
// Tolerance against the reference: 3/255 on premultiplied colour (the GPU's 2/255 plus the
// rounding of the straight 8-bit PNG) and 2/255 on alpha.
#include "CommandLine.h"
#include "FrameWriter.h"
#include "KeyCommandLine.h"
#include "KeyCommandRun.h"
#include "KeyInput.h"
#include "KeyParamsText.h"
#include "MappedFrameView.h"
#include "ReferenceFrames.h"
#include "ReferenceKeyer.h"
#include "TestPatternScene.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QtTest>

using namespace greenroom;
using PF = QVideoFrameFormat::PixelFormat;

namespace {

using test::parseKey;
using test::runKey;
using Run = test::KeyRun;

// The camera-like test scene: backdrop, skin, hair strands, soft and motion-blurred edges.
RgbaImage scene()
{
    return renderCameraView(QSize(96, 64), 0.9, 5);
}

using test::toQImage;

// A frame's planes, tightly packed, as a raw file holds them.
QByteArray tightBytes(const QVideoFrame &input, RawFormat format)
{
    QVideoFrame frame = input;
    frame.map(QVideoFrame::ReadOnly);
    const int w = frame.width(), h = frame.height();
    const int cw = (w + 1) / 2, ch = (h + 1) / 2;
    QList<QPair<int, int>> planes; // row bytes, rows
    switch (format) {
    case RawFormat::Nv12:
    case RawFormat::Nv21:
        planes = {{w, h}, {2 * cw, ch}};
        break;
    case RawFormat::Yuv420p:
        planes = {{w, h}, {cw, ch}, {cw, ch}};
        break;
    case RawFormat::Yuyv:
    case RawFormat::Uyvy:
        planes = {{4 * cw, h}};
        break;
    case RawFormat::P010:
        planes = {{2 * w, h}, {4 * cw, ch}};
        break;
    case RawFormat::Rgba:
        planes = {{4 * w, h}};
        break;
    case RawFormat::None:
        break;
    }
    QByteArray bytes;
    for (int p = 0; p < planes.size(); ++p)
        for (int row = 0; row < planes[p].second; ++row)
            bytes.append(
                reinterpret_cast<const char *>(frame.bits(p) + frame.bytesPerLine(p) * row),
                planes[p].first);
    frame.unmap();
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The reference keyer's premultiplied output for a frame.
RgbaImage reference(const QVideoFrame &frame, const KeyParams &params)
{
    const MappedFrameView mapped(frame);
    return keyFrame(mapped.view(), makeKeyUniforms(params));
}

KeyParams sceneParams()
{
    KeyParams p;
    p.keyColor = QColor::fromRgbF(0.15f, 0.64f, 0.22f);
    p.similarity = 0.08;
    p.smoothness = 0.12;
    return p;
}

QStringList sceneSets()
{
    return {QStringLiteral("--set"), QStringLiteral("keyColor=") + sceneParams().keyColor.name(),
            QStringLiteral("--set"), QStringLiteral("similarity=0.08"),
            QStringLiteral("--set"), QStringLiteral("smoothness=0.12")};
}

} // namespace

class TestKeyCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- option rules ---

    void everyOptionIsParsed()
    {
        const ParseResult r =
            parseKey({QStringLiteral("--input"),       QStringLiteral("in.nv12"),
                      QStringLiteral("--output"),      QStringLiteral("out.png"),
                      QStringLiteral("--format"),      QStringLiteral("NV12"),
                      QStringLiteral("--size"),        QStringLiteral("1920x1080"),
                      QStringLiteral("--color-space"), QStringLiteral("bt601"),
                      QStringLiteral("--range"),       QStringLiteral("full"),
                      QStringLiteral("--preset"),      QStringLiteral("blue-screen"),
                      QStringLiteral("--set"),         QStringLiteral("similarity=0.3"),
                      QStringLiteral("--set"),         QStringLiteral("keyColor=#102030"),
                      QStringLiteral("--auto-key"),    QStringLiteral("--matte"),
                      QStringLiteral("--backend"),     QStringLiteral("vulkan")});
        QCOMPARE(r.action, ParseResult::Action::RunKey);
        const KeyOptions &k = r.key;
        QCOMPARE(k.input, QStringLiteral("in.nv12"));
        QCOMPARE(k.output, QStringLiteral("out.png"));
        QCOMPARE(k.rawFormat, RawFormat::Nv12);
        QCOMPARE(k.rawSize, QSize(1920, 1080));
        QCOMPARE(k.matrix, YCbCrMatrix::Bt601);
        QCOMPARE(k.range, YCbCrRange::Full);
        QCOMPARE(k.key.preset, QStringLiteral("blue-screen"));
        QCOMPARE(k.key.sets.size(), 2);
        QCOMPARE(k.key.sets[1].first, QStringLiteral("keyColor"));
        QCOMPARE(k.key.sets[1].second, QStringLiteral("#102030"));
        QVERIFY(k.autoKey);
        QVERIFY(k.matte);
        QCOMPARE(k.backend, GraphicsBackend::Vulkan);

        const ParseResult plain = parseKey(
            {QStringLiteral("--input"), QStringLiteral("a.png"), QStringLiteral("--output=b.png")});
        QCOMPARE(plain.action, ParseResult::Action::RunKey);
        QCOMPARE(plain.key.rawFormat, RawFormat::None);
        QCOMPARE(plain.key.matrix, YCbCrMatrix::Bt709);
        QCOMPARE(plain.key.range, YCbCrRange::Limited);
        QVERIFY(!plain.key.autoKey && !plain.key.matte);
        QCOMPARE(plain.key.backend, GraphicsBackend::Default);

        for (const char *format : {"nv12", "nv21", "yuv420p", "yuyv", "uyvy", "p010", "rgba"}) {
            const ParseResult f = parseKey(
                {QStringLiteral("--input=a"), QStringLiteral("--output=b.png"),
                 QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--size=3x5")});
            QCOMPARE(f.action, ParseResult::Action::RunKey);
            QCOMPARE(rawFormatName(f.key.rawFormat), QLatin1String(format));
        }
        const ParseResult help = parseKey({QStringLiteral("--help")});
        QCOMPARE(help.action, ParseResult::Action::ShowHelp);
        QVERIFY(help.text.startsWith(QStringLiteral("Usage: greenroom key [options]")));
        for (const char *option :
             {"--input", "--output", "--format", "--size", "--color-space", "--range", "--preset",
              "--set", "--auto-key", "--matte", "--backend"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QStringList io = {QStringLiteral("--input=a.png"), QStringLiteral("--output=b.png")};
        const auto row = [&](const char *name, QStringList extra, const char *mentions,
                             bool withIo = true) {
            QTest::newRow(name) << (withIo ? io + extra : extra) << QString::fromLatin1(mentions);
        };
        row("no input", {QStringLiteral("--output=b.png")}, "--input", false);
        row("no output", {QStringLiteral("--input=a.png")}, "--output", false);
        row("unknown option", {QStringLiteral("--bogus")}, "bogus");
        row("positional", {QStringLiteral("extra")}, "extra");
        row("format", {QStringLiteral("--format=nv13"), QStringLiteral("--size=4x4")}, "nv13");
        row("format without size", {QStringLiteral("--format=nv12")}, "--size");
        row("size without format", {QStringLiteral("--size=4x4")}, "--format");
        row("size text", {QStringLiteral("--format=nv12"), QStringLiteral("--size=big")}, "big");
        row("size zero", {QStringLiteral("--format=nv12"), QStringLiteral("--size=0x4")}, "0x4");
        row("size huge", {QStringLiteral("--format=nv12"), QStringLiteral("--size=99999x4")},
            "99999x4");
        row("color space", {QStringLiteral("--color-space=srgb")}, "srgb");
        row("range", {QStringLiteral("--range=tv")}, "tv");
        row("set no equals", {QStringLiteral("--set=similarity")}, "similarity");
        row("set unknown", {QStringLiteral("--set=sharpness=1")}, "sharpness");
        row("set bad number", {QStringLiteral("--set=similarity=lots")}, "lots");
        row("set bad colour", {QStringLiteral("--set=keyColor=#12")}, "#12");
        row("set bad rect", {QStringLiteral("--set=garbageOuter=0,0,1")}, "0,0,1");
        row("set bad method", {QStringLiteral("--set=spillMethod=desaturate")}, "desaturate");
        row("backend", {QStringLiteral("--backend=glide")}, "glide");
    }

    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const ParseResult r = parseKey(arguments);
        QCOMPARE(r.action, ParseResult::Action::Error);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.text.startsWith(QStringLiteral("greenroom key: ")), qPrintable(r.text));
        QVERIFY2(r.text.contains(mentions), qPrintable(r.text));
        QVERIFY2(!r.text.contains(QLatin1Char('\n')), "errors are one line");
    }

    void setAcceptsEveryParameter()
    {
        KeyParams p;
        QCOMPARE(setKeyParam(p, QStringLiteral("edgeGrow"), QStringLiteral("-3")), QString());
        QCOMPARE(p.edgeGrow, -3);
        QCOMPARE(setKeyParam(p, QStringLiteral("garbageInner"), QStringLiteral("0.1,0.2,0.3,0.4")),
                 QString());
        QCOMPARE(p.garbageInner, QRectF(0.1, 0.2, 0.3, 0.4));
        QCOMPARE(setKeyParam(p, QStringLiteral("spillMethod"), QStringLiteral("Average")),
                 QString());
        QCOMPARE(p.spillMethod, KeyParams::SpillMethod::Average);
        QCOMPARE(setKeyParam(p, QStringLiteral("spillTone"), QStringLiteral("wheat")), QString());
        QCOMPARE(p.spillTone, QColor(QStringLiteral("wheat")));
        // Every property reads back what keyParamsToJson writes.
        KeyParams q;
        QCOMPARE(applyKeyParamsJson(q, keyParamsToJson(p)), QString());
        QCOMPARE(q, p);
        QCOMPARE(keyParamNames().size(), KeyParams::staticMetaObject.propertyCount());
    }

    // --- the executable ---

    void imageIsKeyedWithStraightAlpha()
    {
        const RgbaImage image = scene();
        QVERIFY(toQImage(image).save(path(QStringLiteral("scene.png"))));
        const Run run = runKey(
            QStringList{QStringLiteral("--input"), path(QStringLiteral("scene.png")),
                        QStringLiteral("--output"), path(QStringLiteral("scene-keyed.png"))} +
            sceneSets());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QImage out(path(QStringLiteral("scene-keyed.png")));
        QCOMPARE(out.size(), QSize(96, 64));
        QVERIFY(out.hasAlphaChannel());

        const KeyInput input = readImageInput(path(QStringLiteral("scene.png")));
        const RgbaImage expected = reference(input.frame, sceneParams());
        const auto [colour, alpha] = test::pngDifference(out, expected);
        QVERIFY2(colour <= 3.0f / 255 && alpha <= 2.0f / 255,
                 qPrintable(QStringLiteral("off by %1/255 colour, %2/255 alpha")
                                .arg(colour * 255)
                                .arg(alpha * 255)));
        // Straight, not premultiplied: a half-transparent pixel keeps its full colour.
        bool sawPartial = false;
        for (int y = 0; y < 64 && !sawPartial; ++y)
            for (int x = 0; x < 96 && !sawPartial; ++x) {
                const Rgba &e = expected.at(x, y);
                if (e[3] > 0.3f && e[3] < 0.7f && e[0] > 0.1f) {
                    sawPartial = true;
                    QVERIFY(qAbs(out.pixelColor(x, y).redF() - e[0] / e[3]) < 4.0 / 255 / e[3]);
                }
            }
        QVERIFY(sawPartial);
    }

    void matteIsGreyAlpha()
    {
        const Run run =
            runKey(QStringList{QStringLiteral("--input"), path(QStringLiteral("scene.png")),
                               QStringLiteral("--output"), path(QStringLiteral("matte.png")),
                               QStringLiteral("--matte")} +
                   sceneSets());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage matte(path(QStringLiteral("matte.png")));
        QVERIFY(matte.isGrayscale());
        QVERIFY(!matte.hasAlphaChannel());
        const QImage keyed(path(QStringLiteral("scene-keyed.png")));
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 96; ++x)
                QCOMPARE(qGray(matte.pixel(x, y)), qAlpha(keyed.pixel(x, y)));
    }

    void everyRawFormatGoesThroughTheGpu_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("matrix");
        QTest::addColumn<int>("range");
        const QList<QPair<RawFormat, PF>> formats = {
            {RawFormat::Nv12, PF::Format_NV12},       {RawFormat::Nv21, PF::Format_NV21},
            {RawFormat::Yuv420p, PF::Format_YUV420P}, {RawFormat::Yuyv, PF::Format_YUYV},
            {RawFormat::Uyvy, PF::Format_UYVY},       {RawFormat::P010, PF::Format_P010},
            {RawFormat::Rgba, PF::Format_RGBA8888}};
        for (const auto &[raw, pf] : formats)
            QTest::newRow(qPrintable(rawFormatName(raw)))
                << int(raw) << int(YCbCrMatrix::Bt709) << int(YCbCrRange::Limited);
        QTest::newRow("nv12 bt601 full")
            << int(RawFormat::Nv12) << int(YCbCrMatrix::Bt601) << int(YCbCrRange::Full);
        QTest::newRow("yuyv bt2020 limited")
            << int(RawFormat::Yuyv) << int(YCbCrMatrix::Bt2020) << int(YCbCrRange::Limited);
    }

    void everyRawFormatGoesThroughTheGpu()
    {
        QFETCH(int, format);
        QFETCH(int, matrix);
        QFETCH(int, range);
        const RawFormat raw = RawFormat(format);
        static const QMap<RawFormat, PF> pixelFormats = {
            {RawFormat::Nv12, PF::Format_NV12},       {RawFormat::Nv21, PF::Format_NV21},
            {RawFormat::Yuv420p, PF::Format_YUV420P}, {RawFormat::Yuyv, PF::Format_YUYV},
            {RawFormat::Uyvy, PF::Format_UYVY},       {RawFormat::P010, PF::Format_P010},
            {RawFormat::Rgba, PF::Format_RGBA8888}};
        const QVideoFrame encoded =
            encodeFrame(scene(), pixelFormats[raw], YCbCrMatrix(matrix), YCbCrRange(range));
        const QString file = path(QStringLiteral("frame.") + rawFormatName(raw));
        writeFile(file, tightBytes(encoded, raw));
        QCOMPARE(QFileInfo(file).size(), rawFrameBytes(raw, QSize(96, 64)));

        const QString matrixName =
            YCbCrMatrix(matrix) == YCbCrMatrix::Bt601   ? QStringLiteral("bt601")
            : YCbCrMatrix(matrix) == YCbCrMatrix::Bt709 ? QStringLiteral("bt709")
                                                        : QStringLiteral("bt2020");
        const QString rangeName = YCbCrRange(range) == YCbCrRange::Full ? QStringLiteral("full")
                                                                        : QStringLiteral("limited");
        const QString out = path(QStringLiteral("raw-keyed.png"));
        QStringList arguments = {QStringLiteral("--input"),  file,
                                 QStringLiteral("--output"), out,
                                 QStringLiteral("--format"), rawFormatName(raw),
                                 QStringLiteral("--size"),   QStringLiteral("96x64")};
        if (YCbCrMatrix(matrix) != YCbCrMatrix::Bt709)
            arguments << QStringLiteral("--color-space") << matrixName;
        if (YCbCrRange(range) != YCbCrRange::Limited)
            arguments << QStringLiteral("--range") << rangeName;
        const Run run = runKey(arguments + sceneSets());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const KeyInput input =
            readRawInput(file, raw, QSize(96, 64), YCbCrMatrix(matrix), YCbCrRange(range));
        QVERIFY2(input.error.isEmpty(), qPrintable(input.error));
        const auto [colour, alpha] =
            test::pngDifference(QImage(out), reference(input.frame, sceneParams()));
        QVERIFY2(colour <= 3.0f / 255 && alpha <= 2.0f / 255,
                 qPrintable(QStringLiteral("off by %1/255 colour, %2/255 alpha")
                                .arg(colour * 255)
                                .arg(alpha * 255)));

        // Read with the wrong matrix the same bytes give other colours.
        if (raw == RawFormat::Nv12 && YCbCrMatrix(matrix) == YCbCrMatrix::Bt601) {
            const Run wrong = runKey(
                QStringList{QStringLiteral("--input"), file, QStringLiteral("--output"), out,
                            QStringLiteral("--format=nv12"), QStringLiteral("--size=96x64")} +
                sceneSets());
            QCOMPARE(wrong.exitCode, 0);
            QVERIFY(test::pngDifference(QImage(out), reference(input.frame, sceneParams())).first >
                    4.0f / 255);
        }
    }

    void presetsSetsAndAutoKey()
    {
        // A blue-screen image keyed with the blue preset, and with the green one plus auto-key.
        RgbaImage image(64, 48, {0.08f, 0.25f, 0.78f, 1});
        for (int y = 12; y < 36; ++y)
            for (int x = 16; x < 48; ++x)
                image.at(x, y) = {0.85f, 0.62f, 0.52f, 1};
        QVERIFY(toQImage(image).save(path(QStringLiteral("blue.png"))));
        const auto keyed = [&](QStringList extra) {
            const QString out = path(QStringLiteral("blue-keyed.png"));
            const Run run =
                runKey(QStringList{QStringLiteral("--input"), path(QStringLiteral("blue.png")),
                                   QStringLiteral("--output"), out} +
                       extra);
            return run.exitCode == 0 ? QImage(out) : QImage();
        };
        const auto backdropAlpha = [](const QImage &i) { return qAlpha(i.pixel(2, 2)); };
        const auto subjectAlpha = [](const QImage &i) { return qAlpha(i.pixel(30, 24)); };

        const QImage green = keyed({});
        QVERIFY(!green.isNull());
        QCOMPARE(backdropAlpha(green), 255); // the default key is green: nothing is keyed
        const QImage blue = keyed({QStringLiteral("--preset"), QStringLiteral("blue-screen")});
        QCOMPARE(backdropAlpha(blue), 0);
        QCOMPARE(subjectAlpha(blue), 255);
        const QImage autoKeyed = keyed({QStringLiteral("--auto-key")});
        QCOMPARE(backdropAlpha(autoKeyed), 0);
        QCOMPARE(subjectAlpha(autoKeyed), 255);
        // --set is applied after the preset and after auto-key.
        const QImage overridden = keyed({QStringLiteral("--auto-key"), QStringLiteral("--set"),
                                         QStringLiteral("keyColor=#00ff00")});
        QCOMPARE(backdropAlpha(overridden), 255);
        const QImage faded =
            keyed({QStringLiteral("--preset=blue-screen"), QStringLiteral("--set=opacity=0.5")});
        QVERIFY(qAbs(subjectAlpha(faded) - 128) <= 1);

        // A preset file.
        writeFile(
            path(QStringLiteral("mine.json")),
            "{\"name\": \"Mine\", \"params\": {\"keyColor\": \"#1440c7\", \"similarity\": 0.15}}");
        const QImage fromFile =
            keyed({QStringLiteral("--preset"), path(QStringLiteral("mine.json"))});
        QCOMPARE(backdropAlpha(fromFile), 0);
    }

    void folderMode()
    {
        const QString in = path(QStringLiteral("folder-in"));
        const QString out = path(QStringLiteral("folder-out"));
        QVERIFY(QDir().mkpath(in));
        const RgbaImage image = scene();
        QVERIFY(toQImage(image).save(in + QStringLiteral("/a.png")));
        QVERIFY(toQImage(image)
                    .convertToFormat(QImage::Format_RGB888)
                    .save(in + QStringLiteral("/b.jpg")));
        writeFile(in + QStringLiteral("/c.nv12"),
                  tightBytes(encodeFrame(image, PF::Format_NV12), RawFormat::Nv12));
        writeFile(in + QStringLiteral("/notes.txt"), "not a frame");
        const Run run =
            runKey(QStringList{QStringLiteral("--input"), in, QStringLiteral("--output"), out,
                               QStringLiteral("--format=nv12"), QStringLiteral("--size=96x64")} +
                   sceneSets());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("a.png"), QStringLiteral("b.png"),
                              QStringLiteral("c.png")}));
        for (const char *name : {"a.png", "b.png", "c.png"})
            QCOMPARE(QImage(out + QLatin1Char('/') + QLatin1String(name)).size(), QSize(96, 64));
        // The keyed image equals the single-file result.
        QCOMPARE(QImage(out + QStringLiteral("/a.png")).convertToFormat(QImage::Format_RGBA8888),
                 QImage(path(QStringLiteral("scene-keyed.png")))
                     .convertToFormat(QImage::Format_RGBA8888));

        // A raw file in the folder without --format is an error naming it.
        const Run noFormat =
            runKey({QStringLiteral("--input"), in, QStringLiteral("--output"), out});
        QCOMPARE(noFormat.exitCode, 2);
        QVERIFY2(noFormat.err.contains(QStringLiteral("c.nv12")), qPrintable(noFormat.err));
        // A folder in, a file out.
        const Run fileOut =
            runKey({QStringLiteral("--input"), in, QStringLiteral("--output"),
                    path(QStringLiteral("scene.png")), QStringLiteral("--format=nv12"),
                    QStringLiteral("--size=96x64")});
        QCOMPARE(fileOut.exitCode, 2);
        // One bad file: the others are still keyed, the status is 2 and the message names it.
        writeFile(in + QStringLiteral("/d.png"), "this is no PNG");
        QDir(out).removeRecursively();
        const Run oneBad =
            runKey(QStringList{QStringLiteral("--input"), in, QStringLiteral("--output"), out,
                               QStringLiteral("--format=nv12"), QStringLiteral("--size=96x64")} +
                   sceneSets());
        QCOMPARE(oneBad.exitCode, 2);
        QVERIFY2(oneBad.err.contains(QStringLiteral("d.png")), qPrintable(oneBad.err));
        QCOMPARE(oneBad.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
    }

    void inputErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.png"));
        const QString raw = m_dir.filePath(QStringLiteral("frame.nv12"));
        const QString out = m_dir.filePath(QStringLiteral("error-out.png"));
        QTest::newRow("missing input")
            << QStringList{QStringLiteral("--input"), missing, QStringLiteral("--output"), out}
            << QStringLiteral("missing.png");
        QTest::newRow("not an image")
            << QStringList{QStringLiteral("--input"), garbage, QStringLiteral("--output"), out}
            << QStringLiteral("garbage.png");
        QTest::newRow("raw size mismatch")
            << QStringList{QStringLiteral("--input"),       raw,
                           QStringLiteral("--output"),      out,
                           QStringLiteral("--format=nv12"), QStringLiteral("--size=96x66")}
            << QStringLiteral("9504 bytes");
        QTest::newRow("raw format mismatch")
            << QStringList{QStringLiteral("--input"),       raw,
                           QStringLiteral("--output"),      out,
                           QStringLiteral("--format=yuyv"), QStringLiteral("--size=96x64")}
            << QStringLiteral("frame.nv12");
        QTest::newRow("output not png") << QStringList{QStringLiteral("--input"),
                                                       raw,
                                                       QStringLiteral("--output"),
                                                       m_dir.filePath(QStringLiteral("out.jpg")),
                                                       QStringLiteral("--format=nv12"),
                                                       QStringLiteral("--size=96x64")}
                                        << QStringLiteral("out.jpg");
        QTest::newRow("unknown preset") << QStringList{QStringLiteral("--input"),
                                                       raw,
                                                       QStringLiteral("--output"),
                                                       out,
                                                       QStringLiteral("--format=nv12"),
                                                       QStringLiteral("--size=96x64"),
                                                       QStringLiteral("--preset=purple-screen")}
                                        << QStringLiteral("purple-screen");
        QTest::newRow("bad preset file")
            << QStringList{QStringLiteral("--input"),       raw,
                           QStringLiteral("--output"),      out,
                           QStringLiteral("--format=nv12"), QStringLiteral("--size=96x64"),
                           QStringLiteral("--preset"),      garbage + QStringLiteral(".json")}
            << QStringLiteral("garbage.png.json");
        QTest::newRow("bad option")
            << QStringList{QStringLiteral("--inptu=x")} << QStringLiteral("inptu");
    }

    void inputErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        writeFile(path(QStringLiteral("garbage.png")), "this is no PNG");
        writeFile(path(QStringLiteral("garbage.png.json")), "{ not json");
        writeFile(path(QStringLiteral("frame.nv12")),
                  tightBytes(encodeFrame(scene(), PF::Format_NV12), RawFormat::Nv12));
        const Run run = runKey(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("greenroom key: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
    }

    void noUsableBackendExitsWithThree()
    {
        writeFile(path(QStringLiteral("frame.nv12")),
                  tightBytes(encodeFrame(scene(), PF::Format_NV12), RawFormat::Nv12));
        const QStringList io = {QStringLiteral("--input"),       path(QStringLiteral("frame.nv12")),
                                QStringLiteral("--output"),      path(QStringLiteral("three.png")),
                                QStringLiteral("--format=nv12"), QStringLiteral("--size=96x64")};
        // A backend this platform does not have at all.
#ifdef Q_OS_WIN
        const QString absent = QStringLiteral("metal");
#else
        const QString absent = QStringLiteral("d3d11");
#endif
        const Run run = runKey(io + QStringList{QStringLiteral("--backend"), absent});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(absent), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
#ifdef Q_OS_LINUX
        // Qt's offscreen platform without any display: OpenGL cannot get a context.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run offscreen =
            runKey(io + QStringList{QStringLiteral("--backend=opengl")}, environment);
        QCOMPARE(offscreen.exitCode, 3);
        QVERIFY2(offscreen.err.contains(QStringLiteral("no usable GPU backend")),
                 qPrintable(offscreen.err));
#endif
    }

    void explicitBackendAndHeadless()
    {
        const QString expected = qEnvironmentVariable("GREENROOM_EXPECT_BACKEND");
        if (expected.isEmpty())
            QSKIP("runs under CTest, which names the backend");
        const QStringList io = {QStringLiteral("--input"), path(QStringLiteral("scene.png")),
                                QStringLiteral("--output"), path(QStringLiteral("explicit.png"))};
        const Run run =
            runKey(io + sceneSets() + QStringList{QStringLiteral("--backend"), expected});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(
            QImage(path(QStringLiteral("explicit.png"))).convertToFormat(QImage::Format_RGBA8888),
            QImage(path(QStringLiteral("scene-keyed.png")))
                .convertToFormat(QImage::Format_RGBA8888));
#ifdef Q_OS_LINUX
        if (expected == QLatin1String("vulkan")) {
            // No display server at all: Vulkan on Qt's vkkhrdisplay platform.
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char *name :
                 {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QSG_RHI_BACKEND"})
                environment.remove(QLatin1String(name));
            const Run headless = runKey(io + sceneSets(), environment);
            QVERIFY2(headless.exitCode == 0, qPrintable(headless.err));
            QCOMPARE(QImage(path(QStringLiteral("explicit.png")))
                         .convertToFormat(QImage::Format_RGBA8888),
                     QImage(path(QStringLiteral("scene-keyed.png")))
                         .convertToFormat(QImage::Format_RGBA8888));
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TestKeyCommand)
#include "tst_keycommand.moc"
