// `greenroom key`: auto-key results that can be kept. --auto-key prints what it chose as
// name=value lines that --set reads back to the same key, and --save-preset writes the key a
// run used as a preset file that --preset (and the studio's preset import) reads back to the
// same key: byte for byte the same PNG, on one frame or a whole folder. A preset that cannot
// be written fails with exit status 2 and one line naming it, never writes over an input, and
// never leaves half a file. What auto-key could not separate from the screen is said on stderr.
#include "AutoKey.h"
#include "CommandLine.h"
#include "KeyCommandRun.h"
#include "KeyInput.h"
#include "KeyParamArguments.h"
#include "KeyParamsText.h"
#include "KeyPresets.h"
#include "MappedFrameView.h"
#include "PresetFile.h"
#include "PresetStore.h"
#include "ReferenceFrames.h"
#include "TestPatternScene.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace greenroom;

namespace {

using test::parseKey;
using test::runKey;
using Run = test::KeyRun;

// The camera-like test scene at a moment of its motion: backdrop, skin, hair, soft edges.
bool saveScene(const QString &path, double timeSeconds)
{
    return test::toQImage(renderCameraView(QSize(96, 64), timeSeconds, 5)).save(path);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The key a preset (a name or a file) holds, as --preset reads it; one no run can have (an
// opacity below 0) when it cannot be read, so comparing it fails.
KeyParams presetKey(const QString &nameOrFile)
{
    const LoadedPreset loaded = loadPreset(nameOrFile);
    if (loaded.params)
        return *loaded.params;
    qWarning("%s", qPrintable(loaded.error));
    KeyParams impossible;
    impossible.opacity = -1;
    return impossible;
}

// The key auto-key chooses for an image on top of `preset`, computed here.
KeyParams autoKeyOf(const QString &image, const KeyParams &preset = KeyParams())
{
    const KeyInput input = readImageInput(image);
    const MappedFrameView mapped(input.frame);
    const AutoKeyResult estimate = autoKey(FrameSampler(mapped.view()), preset);
    return estimate.valid ? estimate.appliedTo(preset) : KeyParams();
}

// The name=value lines of the auto-key block about `input` in a run's stderr.
QStringList printedSets(const QString &err, const QString &input)
{
    const QStringList lines = err.split(QLatin1Char('\n'));
    const QString header = QStringLiteral("greenroom key: auto-key for '%1'").arg(input);
    QStringList sets;
    bool inBlock = false;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("greenroom key: ")))
            inBlock = line.startsWith(header);
        else if (inBlock && line.startsWith(QStringLiteral("  ")))
            sets.append(line.trimmed());
    }
    return sets;
}

QStringList asSetOptions(const QStringList &sets)
{
    QStringList options;
    for (const QString &set : sets)
        options << QStringLiteral("--set") << set;
    return options;
}

// A folder made read-only for as long as it lives, and whether that stops this user from
// creating files in it (it does not stop root).
class LockedFolder {
public:
    explicit LockedFolder(const QString &path) : m_path(path)
    {
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QFile probe(m_path + QStringLiteral("/probe"));
        m_locksOut = !probe.open(QIODevice::WriteOnly);
        probe.remove();
    }
    ~LockedFolder()
    {
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    bool locksOut() const { return m_locksOut; }

private:
    QString m_path;
    bool m_locksOut = false;
};

} // namespace

class TestKeyCommandSavePreset : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A run on the scene that must succeed; its output PNG's bytes.
    QByteArray keyScene(const QString &output, const QStringList &extra, QString *err = nullptr)
    {
        const Run run = runKey(QStringList{QStringLiteral("--input"), path(QStringLiteral("a.png")),
                                           QStringLiteral("--output"), path(output)} +
                               extra);
        if (err)
            *err = run.err;
        if (run.exitCode != 0)
            qWarning("greenroom key failed (%d): %s", run.exitCode, qPrintable(run.err));
        return run.exitCode == 0 ? readBytes(path(output)) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(saveScene(path(QStringLiteral("a.png")), 0.9));
        // Another moment: the figure has moved, so auto-key measures another backdrop.
        QVERIFY(saveScene(path(QStringLiteral("b.png")), 2.7));
    }

    void saveOptionIsParsed()
    {
        const QStringList io = {QStringLiteral("--input=a.png"), QStringLiteral("--output=b.png")};
        const ParseResult r = parseKey(
            io + QStringList{QStringLiteral("--auto-key"), QStringLiteral("--save-preset=k.json")});
        QCOMPARE(r.action, ParseResult::Action::RunKey);
        QCOMPARE(r.key.savePreset, QStringLiteral("k.json"));
        QVERIFY(parseKey(io).key.savePreset.isEmpty());
        const ParseResult text = parseKey(io + QStringList{QStringLiteral("--save-preset=k.txt")});
        QCOMPARE(text.action, ParseResult::Action::Error);
        QCOMPARE(text.exitCode(), 2);
        QVERIFY2(text.text.contains(QStringLiteral("k.txt")), qPrintable(text.text));
        QVERIFY(parseKey({QStringLiteral("--help")})
                    .text.contains(QStringLiteral("--save-preset <file.json>")));
    }

    void printedValuesSetTheSameKey()
    {
        QString err;
        const QByteArray autoKeyed =
            keyScene(QStringLiteral("auto.png"), {QStringLiteral("--auto-key")}, &err);
        QVERIFY(!autoKeyed.isEmpty());
        const QStringList sets = printedSets(err, path(QStringLiteral("a.png")));
        QVERIFY2(!sets.filter(QStringLiteral("keyColor=")).isEmpty(), qPrintable(err));
        // The lines are what auto-key chose: read with --set's own parser, they make its key.
        KeyParamSets parsed;
        QCOMPARE(parseKeyParamSets(sets, &parsed), QString());
        KeyParams fromSets;
        applyKeyParamSets(fromSets, parsed);
        QCOMPARE(fromSets, autoKeyOf(path(QStringLiteral("a.png"))));
        // And given to --set instead of --auto-key, they key the frame byte for byte alike.
        QCOMPARE(keyScene(QStringLiteral("sets.png"), asSetOptions(sets)), autoKeyed);
    }

    void savedPresetKeysLikeTheRun()
    {
        const QString preset = path(QStringLiteral("k.json"));
        QString err;
        const QByteArray autoKeyed =
            keyScene(QStringLiteral("saved.png"),
                     {QStringLiteral("--auto-key"), QStringLiteral("--save-preset"), preset}, &err);
        QVERIFY(!autoKeyed.isEmpty());
        const LoadedPreset loaded = loadPreset(preset);
        QVERIFY2(loaded.params, qPrintable(loaded.error));
        QCOMPARE(*loaded.params, autoKeyOf(path(QStringLiteral("a.png"))));
        QCOMPARE(loaded.name, QStringLiteral("k"));

        // One frame's auto-key keys the frame again, and a whole folder, the same way.
        QCOMPARE(keyScene(QStringLiteral("from-preset.png"), {QStringLiteral("--preset"), preset}),
                 autoKeyed);
        const QString folder = path(QStringLiteral("sequence"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(path(QStringLiteral("a.png")), folder + QStringLiteral("/1.png")));
        QVERIFY(QFile::copy(path(QStringLiteral("b.png")), folder + QStringLiteral("/2.png")));
        const QString keyedFolder = path(QStringLiteral("sequence-keyed"));
        const Run run = runKey({QStringLiteral("--input"), folder, QStringLiteral("--output"),
                                keyedFolder, QStringLiteral("--preset"), preset});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(readBytes(keyedFolder + QStringLiteral("/1.png")), autoKeyed);
        const QStringList sets = printedSets(err, path(QStringLiteral("a.png")));
        const Run second =
            runKey(QStringList{QStringLiteral("--input"), path(QStringLiteral("b.png")),
                               QStringLiteral("--output"), path(QStringLiteral("b-sets.png"))} +
                   asSetOptions(sets));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(readBytes(keyedFolder + QStringLiteral("/2.png")),
                 readBytes(path(QStringLiteral("b-sets.png"))));
    }

    void savedPresetHoldsPresetAndSets()
    {
        // Without auto-key: the preset and the sets, every other value as the preset has it.
        const QString saved = path(QStringLiteral("plain.json"));
        QVERIFY(
            !keyScene(QStringLiteral("plain.png"),
                      {QStringLiteral("--preset=blue-screen"), QStringLiteral("--set"),
                       QStringLiteral("similarity=0.3"), QStringLiteral("--save-preset"), saved})
                 .isEmpty());
        KeyParams expected = presetKey(QStringLiteral("blue-screen"));
        expected.similarity = 0.3;
        QCOMPARE(presetKey(saved), expected);

        // With both: the sets win over auto-key, as in the run.
        const QString both = path(QStringLiteral("both.json"));
        QVERIFY(!keyScene(QStringLiteral("both.png"),
                          {QStringLiteral("--auto-key"), QStringLiteral("--set=opacity=0.5"),
                           QStringLiteral("--save-preset"), both})
                     .isEmpty());
        expected = autoKeyOf(path(QStringLiteral("a.png")));
        expected.opacity = 0.5;
        QCOMPARE(presetKey(both), expected);
    }

    void studioImportsTheSavedPreset()
    {
        const QString saved = path(QStringLiteral("studio.json"));
        QVERIFY(!keyScene(QStringLiteral("studio.png"),
                          {QStringLiteral("--auto-key"), QStringLiteral("--save-preset"), saved})
                     .isEmpty());
        const KeyParams key = presetKey(saved);
        const PresetFile::ReadResult read =
            PresetFile::parse(readBytes(saved), QStringLiteral("x"));
        QVERIFY2(read.preset, qPrintable(read.parseError));
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join(u'\n')));
        QCOMPARE(read.preset->name, QStringLiteral("studio"));
        QCOMPARE(read.preset->params, key);

        QTemporaryDir userPresets;
        PresetStore store;
        store.setDirectory(userPresets.path());
        QSignalSpy activated(&store, &PresetStore::presetActivated);
        QVERIFY2(store.importFile(QUrl::fromLocalFile(saved)), qPrintable(store.errorString()));
        QVERIFY2(store.problems().isEmpty(), qPrintable(store.problemsText()));
        QCOMPARE(store.currentName(), QStringLiteral("studio"));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<KeyParams>(), key);
    }

    void folderAutoKeySavesTheFirstInputsKey()
    {
        const QString folder = path(QStringLiteral("two-moments"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(path(QStringLiteral("a.png")), folder + QStringLiteral("/1.png")));
        QVERIFY(QFile::copy(path(QStringLiteral("b.png")), folder + QStringLiteral("/2.png")));
        const QString saved = path(QStringLiteral("first.json"));
        const Run run =
            runKey({QStringLiteral("--input"), folder, QStringLiteral("--output"),
                    path(QStringLiteral("two-moments-keyed")), QStringLiteral("--auto-key"),
                    QStringLiteral("--save-preset"), saved});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // One block per input, each with its own values.
        const QStringList first = printedSets(run.err, folder + QStringLiteral("/1.png"));
        const QStringList second = printedSets(run.err, folder + QStringLiteral("/2.png"));
        QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(run.err));
        QVERIFY2(first != second, qPrintable(run.err));
        // The file holds the first input's key, and the run says the second was keyed otherwise.
        QCOMPARE(presetKey(saved), autoKeyOf(path(QStringLiteral("a.png"))));
        QVERIFY2(run.err.contains(QStringLiteral("holds the key of '%1/1.png'").arg(folder)),
                 qPrintable(run.err));
    }

    void presetThatCannotBeWrittenExitsWithTwo_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no such folder")
            << path(QStringLiteral("missing/k.json")) << QStringLiteral("no folder");
        QTest::newRow("folder is a file")
            << path(QStringLiteral("a.png/k.json")) << QStringLiteral("not a folder");
        QTest::newRow("a folder") << path(QStringLiteral("folder.json"))
                                  << QStringLiteral("is a folder");
        QTest::newRow("the input") << path(QStringLiteral("frame.json")) << QStringLiteral("input");
    }

    void presetThatCannotBeWrittenExitsWithTwo()
    {
        QFETCH(QString, target);
        QFETCH(QString, mentions);
        QVERIFY(QDir().mkpath(path(QStringLiteral("folder.json"))));
        // A raw frame may have any name; this one is the preset's.
        const QByteArray frame(96 * 64 * 4, char(0x40));
        writeBytes(path(QStringLiteral("frame.json")), frame);
        const QString output = path(QStringLiteral("not-written.png"));
        QFile::remove(output);
        const Run run =
            runKey({QStringLiteral("--input"), path(QStringLiteral("frame.json")),
                    QStringLiteral("--format=rgba"), QStringLiteral("--size=96x64"),
                    QStringLiteral("--output"), output, QStringLiteral("--save-preset"), target});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("greenroom key: --save-preset '%1'").arg(target)),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(output));
        QCOMPARE(readBytes(path(QStringLiteral("frame.json"))), frame);
    }

    void unwritableFolderExitsWithTwo()
    {
        QTemporaryDir folder;
        const LockedFolder locked(folder.path());
        QString target = folder.filePath(QStringLiteral("k.json"));
        if (!locked.locksOut()) {
#ifdef Q_OS_LINUX
            target = QStringLiteral("/sys/k.json"); // where not even root creates files
#else
            QSKIP("this user can write into any folder");
#endif
        }
        const QString output = path(QStringLiteral("locked.png"));
        const Run run = runKey({QStringLiteral("--input"), path(QStringLiteral("a.png")),
                                QStringLiteral("--output"), output, QStringLiteral("--auto-key"),
                                QStringLiteral("--save-preset"), target});
        QCOMPARE(run.exitCode, 2);
        // The auto-key block, then one line about the preset; nothing was keyed.
        const QString last = run.err.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(last.startsWith(
                     QStringLiteral("greenroom key: --save-preset '%1': cannot write").arg(target)),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
    }

    void savingReplacesTheWholeFile()
    {
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("k.json"));
        writeBytes(target, "{\"params\": {\"similarity\": 0.5}}");
        QVERIFY(!keyScene(QStringLiteral("replaced.png"), {QStringLiteral("--save-preset"), target})
                     .isEmpty());
        QCOMPARE(presetKey(target), KeyParams());
        // No temporary file is left beside it.
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("k.json")});
    }

    void savingNeverWritesInPlace()
    {
        // A folder that takes no new file, holding a preset file that may be written: writing
        // in place would succeed (and could leave half a file); an atomic save refuses.
        QTemporaryDir folder;
        const QString target = folder.filePath(QStringLiteral("k.json"));
        const QByteArray before = "{\"params\": {\"similarity\": 0.5}}";
        writeBytes(target, before);
        const LockedFolder locked(folder.path());
        if (!locked.locksOut())
            QSKIP("this user can write into any folder");
        const Run run = runKey({QStringLiteral("--input"), path(QStringLiteral("a.png")),
                                QStringLiteral("--output"), path(QStringLiteral("atomic.png")),
                                QStringLiteral("--save-preset"), target});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write")), qPrintable(run.err));
        QCOMPARE(readBytes(target), before);
    }

    void autoKeySaysWhatItCannotSeparate()
    {
        // A green screen with a skin-coloured subject and a large flat area that is half
        // screen, half white (a veil, or a pale shirt close to the screen): auto-key cannot tell
        // which, leaves it partly transparent and says so on stderr.
        QTemporaryDir folder;
        const QColor screen = QColor::fromRgbF(0.12f, 0.62f, 0.25f);
        QImage image(160, 96, QImage::Format_RGB888);
        image.fill(screen);
        const QColor subject[] = {QColor::fromRgbF(0.85f, 0.62f, 0.52f),
                                  QColor::fromRgbF(0.7f, 0.1f, 0.15f),
                                  QColor::fromRgbF(0.05f, 0.05f, 0.05f)};
        for (int y = 16; y < 96; ++y)
            for (int x = 10; x < 100; ++x)
                image.setPixelColor(x, y, subject[(x - 10) / 30]);
        const QString plain = folder.filePath(QStringLiteral("plain.png"));
        QVERIFY(image.save(plain));
        for (int y = 10; y < 50; ++y)
            for (int x = 110; x < 150; ++x)
                image.setPixelColor(x, y, QColor::fromRgbF(0.51f, 0.76f, 0.57f));
        const QString veiled = folder.filePath(QStringLiteral("veiled.png"));
        QVERIFY(image.save(veiled));

        const auto run = [&folder](const QString &input) {
            return runKey({QStringLiteral("--input"), input, QStringLiteral("--output"),
                           folder.filePath(QStringLiteral("out.png")),
                           QStringLiteral("--auto-key")});
        };
        const Run withVeil = run(veiled);
        QCOMPARE(withVeil.exitCode, 0);
        QVERIFY2(
            withVeil.err.contains(QStringLiteral("'%1': auto-key: Pale green areas close to the "
                                                 "screen colour: expect partial "
                                                 "transparency; capture a clean plate.")
                                      .arg(veiled)),
            qPrintable(withVeil.err));
        const Run without = run(plain);
        QCOMPARE(without.exitCode, 0);
        QVERIFY2(!without.err.contains(QStringLiteral("close to the screen colour")),
                 qPrintable(without.err));
    }
};

QTEST_GUILESS_MAIN(TestKeyCommandSavePreset)
#include "tst_keycommand_savepreset.moc"
