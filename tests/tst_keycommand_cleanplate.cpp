// `greenroom key --clean-plate FILE`, the real executable on the backend under test: each pixel
// is keyed against the empty screen's colour there, as the CPU reference keys it with the plate
// CleanPlateBuilder makes of FILE; FILE may be larger than the input (same aspect ratio) or a
// plate the studio saved; a plate that does not fit the input is an error naming both sizes
// (exit status 2, nothing written for that input), as is a file that cannot be read.
#include "CleanPlateScenes.h"
#include "CommandLine.h"
#include "KeyCommandRun.h"
#include "KeyInput.h"
#include "MappedFrameView.h"
#include "ReferenceFrames.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QtTest>

using namespace greenroom;

namespace {

constexpr QSize kSize(96, 64);

using test::runKey;
using Run = test::KeyRun;

using test::toQImage;

// A tight key: enough for the uneven screen only with a plate.
KeyParams tightKey()
{
    KeyParams p;
    p.keyColor = QColor::fromRgbF(0.2f, 0.62f, 0.26f);
    p.similarity = 0.03;
    p.smoothness = 0.1;
    p.lightTolerance = 0.1;
    return p;
}

QStringList tightSets()
{
    return {QStringLiteral("--set"), QStringLiteral("keyColor=") + tightKey().keyColor.name(),
            QStringLiteral("--set"), QStringLiteral("similarity=0.03"),
            QStringLiteral("--set"), QStringLiteral("smoothness=0.1"),
            QStringLiteral("--set"), QStringLiteral("lightTolerance=0.1")};
}

// Mean alpha of a PNG over its left and right screen margins (the uneven screen's far sides).
float screenAlpha(const QImage &png)
{
    const QImage image = png.convertToFormat(QImage::Format_RGBA8888);
    float sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x : {0, 1, 2, image.width() - 3, image.width() - 2, image.width() - 1}) {
            sum += float(image.pixelColor(x, y).alphaF());
            ++count;
        }
    return sum / float(count);
}

} // namespace

class TestKeyCommandCleanPlate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList io(const QString &output) const
    {
        return {QStringLiteral("--input"), path(QStringLiteral("scene.png")),
                QStringLiteral("--output"), path(output)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(
            toQImage(test::unevenScene(kSize, 2, 0.01f)).save(path(QStringLiteral("scene.png"))));
        QVERIFY(toQImage(test::unevenScreen(kSize)).save(path(QStringLiteral("screen.png"))));
        QVERIFY(toQImage(test::unevenScreen(kSize * 2)).save(path(QStringLiteral("screen2x.png"))));
        QVERIFY(
            toQImage(test::unevenScreen(QSize(64, 64))).save(path(QStringLiteral("square.png"))));
    }

    void optionIsParsed()
    {
        const ParseResult r =
            parseCommandLine({QStringLiteral("greenroom"), QStringLiteral("key"),
                              QStringLiteral("--input=a.png"), QStringLiteral("--output=b.png"),
                              QStringLiteral("--clean-plate"), QStringLiteral("plate.png")});
        QCOMPARE(r.action, ParseResult::Action::RunKey);
        QCOMPARE(r.key.cleanPlate, QStringLiteral("plate.png"));
        const ParseResult empty = parseCommandLine(
            {QStringLiteral("greenroom"), QStringLiteral("key"), QStringLiteral("--input=a.png"),
             QStringLiteral("--output=b.png"), QStringLiteral("--clean-plate=")});
        QCOMPARE(empty.action, ParseResult::Action::Error);
        QVERIFY(empty.text.contains(QLatin1String("--clean-plate")));
        const ParseResult help = parseCommandLine(
            {QStringLiteral("greenroom"), QStringLiteral("key"), QStringLiteral("--help")});
        QVERIFY(help.text.contains(QLatin1String("--clean-plate")));
    }

    // Keyed as the CPU reference keys it with the plate made of the image; without the plate the
    // same tight key leaves the screen's far sides standing.
    void inputIsKeyedAgainstThePlate()
    {
        const Run run = runKey(
            io(QStringLiteral("with.png")) + tightSets() +
            QStringList{QStringLiteral("--clean-plate"), path(QStringLiteral("screen.png"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QImage with(path(QStringLiteral("with.png")));
        QCOMPARE(with.size(), kSize);

        const KeyInput input = readImageInput(path(QStringLiteral("scene.png")));
        const CleanPlate plate =
            test::buildPlate({readImageInput(path(QStringLiteral("screen.png"))).frame});
        const RgbaImage expected = test::referenceOutputWithPlate(input.frame, tightKey(), plate);
        const auto [colour, alpha] = test::pngDifference(with, expected);
        QVERIFY2(colour <= 3.0f / 255 && alpha <= 2.0f / 255,
                 qPrintable(QStringLiteral("off by %1/255 colour, %2/255 alpha")
                                .arg(colour * 255)
                                .arg(alpha * 255)));
        QVERIFY(screenAlpha(with) < 0.02f);

        const Run plain = runKey(io(QStringLiteral("without.png")) + tightSets());
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY(screenAlpha(QImage(path(QStringLiteral("without.png")))) > 0.3f);
    }

    // A larger image of the same framing is scaled to the input first.
    void largerImageOfTheSameShapeIsScaled()
    {
        const Run run = runKey(
            io(QStringLiteral("scaled.png")) + tightSets() +
            QStringList{QStringLiteral("--clean-plate"), path(QStringLiteral("screen2x.png"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(screenAlpha(QImage(path(QStringLiteral("scaled.png")))) < 0.02f);
    }

    // A plate the studio saved (16-bit PNG naming its frame size) is used as it is.
    void studioPlateIsUsedAsItIs()
    {
        const CleanPlate plate =
            test::buildPlate({readImageInput(path(QStringLiteral("screen.png"))).frame});
        QVERIFY(plate.toImage().save(path(QStringLiteral("saved.png"))));
        const Run run =
            runKey(io(QStringLiteral("saved-out.png")) + tightSets() +
                   QStringList{QStringLiteral("--clean-plate"), path(QStringLiteral("saved.png"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const KeyInput input = readImageInput(path(QStringLiteral("scene.png")));
        const auto [colour, alpha] =
            test::pngDifference(QImage(path(QStringLiteral("saved-out.png"))),
                                test::referenceOutputWithPlate(input.frame, tightKey(), plate));
        QVERIFY2(colour <= 3.0f / 255 && alpha <= 2.0f / 255,
                 qPrintable(QStringLiteral("off by %1/255 colour, %2/255 alpha")
                                .arg(colour * 255)
                                .arg(alpha * 255)));

        // Saved for another frame size: an error naming both.
        CleanPlate other = plate;
        other.frameSize = QSize(95, 64);
        QVERIFY(other.toImage().save(path(QStringLiteral("other.png"))));
        const Run wrong =
            runKey(io(QStringLiteral("never.png")) +
                   QStringList{QStringLiteral("--clean-plate"), path(QStringLiteral("other.png"))});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("95x64")) &&
                     wrong.err.contains(QLatin1String("96x64")),
                 qPrintable(wrong.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.png"))));
    }

    // Another shape: exit status 2, one line naming the plate and both sizes, no output.
    void mismatchIsAnError()
    {
        const Run run = runKey(
            io(QStringLiteral("mismatch.png")) +
            QStringList{QStringLiteral("--clean-plate"), path(QStringLiteral("square.png"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("greenroom key: ")), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        for (const char *part : {"--clean-plate", "square.png", "64x64", "96x64"})
            QVERIFY2(run.err.contains(QLatin1String(part)), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("mismatch.png"))));
    }

    void unreadablePlateIsAnError()
    {
        const Run missing = runKey(io(QStringLiteral("none.png")) +
                                   QStringList{QStringLiteral("--clean-plate"),
                                               path(QStringLiteral("no-such-plate.png"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("no-such-plate.png")), qPrintable(missing.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.png"))));
    }

    // In a folder, an input the plate does not fit is skipped with its error; the others are
    // keyed; the run ends with status 2.
    void folderKeysTheInputsThePlateFits()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("in"))));
        QVERIFY(QFile::copy(path(QStringLiteral("scene.png")), path(QStringLiteral("in/a.png"))));
        QVERIFY(toQImage(test::unevenScene(QSize(64, 64))).save(path(QStringLiteral("in/b.png"))));
        const Run run =
            runKey({QStringLiteral("--input"), path(QStringLiteral("in")),
                    QStringLiteral("--output"), path(QStringLiteral("out")),
                    QStringLiteral("--clean-plate"), path(QStringLiteral("screen.png"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("b.png")), qPrintable(run.err));
        QVERIFY(QFile::exists(path(QStringLiteral("out/a.png"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("out/b.png"))));
    }
};

QTEST_MAIN(TestKeyCommandCleanPlate)
#include "tst_keycommand_cleanplate.moc"
