// `greenroom key` against a hostile-but-ordinary user, through the real executable: an output
// that is an input (the same path, "./", a symlink, the input folder) is refused with exit 2
// and the original kept byte for byte; a FIFO as --input or --preset and a device as --preset
// return at once with exit 2; raw frames one pixel wide or high, or of sizes their chroma
// cannot hold, exit 2 with a message in every format; and a DISPLAY with no server behind it
// still keys (display-less fallback) or exits 3, never aborts. The studio exits 3 there.
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QtTest>

#include <sys/stat.h>

namespace {

struct Run {
    int exitCode = -1; // -1: crashed or did not finish
    bool finished = false;
    QString err;
};

QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

Run runGreenroom(const QStringList &arguments, const QProcessEnvironment &environment,
                 int timeoutMs = 20000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GREENROOM_EXECUTABLE), arguments);
    Run run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runKey(const QStringList &arguments, int timeoutMs = 20000)
{
    return runGreenroom(QStringList{QStringLiteral("key")} + arguments, offscreen(), timeoutMs);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString makeImage(const QString &path)
{
    QImage image(8, 6, QImage::Format_RGBA8888);
    image.fill(QColor(20, 200, 40));
    image.setPixelColor(3, 3, QColor(200, 120, 90));
    return image.save(path, "PNG") ? path : QString();
}

} // namespace

class TestKeyCommandSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outputOverInputIsRefused_data()
    {
        QTest::addColumn<QString>("output"); // relative to the temporary folder; "" = input
        QTest::newRow("same path") << QString();
        QTest::newRow("through ./") << QStringLiteral("./shot.png");
        QTest::newRow("through a symlink") << QStringLiteral("link.png");
        QTest::newRow("through ../") << QStringLiteral("sub/../shot.png");
    }

    void outputOverInputIsRefused()
    {
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString input = makeImage(dir.filePath(QStringLiteral("shot.png")));
        QVERIFY(!input.isEmpty());
        QVERIFY(QFile::link(input, dir.filePath(QStringLiteral("link.png"))));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QByteArray original = contents(input);
        const QString outputPath = output.isEmpty() ? input : dir.path() + u'/' + output;
        const Run run = runKey({QStringLiteral("--input"), input, QStringLiteral("--output"),
                                outputPath, QStringLiteral("--backend=vulkan")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("never written over")), qPrintable(run.err));
        QCOMPARE(contents(input), original);
    }

    void folderOutputOverInputFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString input = makeImage(dir.filePath(QStringLiteral("a.png")));
        QVERIFY(!input.isEmpty());
        const QByteArray original = contents(input);
        const QStringList outputs = {dir.path(), dir.path() + QStringLiteral("/."),
                                     dir.path() + QStringLiteral("/./")};
        for (const QString &output : outputs) {
            const Run run =
                runKey({QStringLiteral("--input"), dir.path(), QStringLiteral("--output"), output,
                        QStringLiteral("--backend=vulkan")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("never written over")), qPrintable(run.err));
            QCOMPARE(contents(input), original);
        }
    }

    void fifoAndDeviceInputsReturnAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("frame.png"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString presetFifo = dir.filePath(QStringLiteral("preset.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(presetFifo).constData(), 0600), 0);
        const QString image = makeImage(dir.filePath(QStringLiteral("shot.png")));
        const QString out = dir.filePath(QStringLiteral("out.png"));

        QElapsedTimer timer;
        timer.start();
        Run run = runKey({QStringLiteral("--input"), fifo, QStringLiteral("--output"), out}, 10000);
        QVERIFY2(run.finished, "a FIFO as --input blocked");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("FIFO")), qPrintable(run.err));

        run = runKey({QStringLiteral("--input"), image, QStringLiteral("--output"), out,
                      QStringLiteral("--preset"), presetFifo},
                     10000);
        QVERIFY2(run.finished, "a FIFO as --preset blocked");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("FIFO")), qPrintable(run.err));

        run = runKey({QStringLiteral("--input"), image, QStringLiteral("--output"), out,
                      QStringLiteral("--preset"), QStringLiteral("/dev/zero")},
                     10000);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("device")), qPrintable(run.err));
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(!QFile::exists(out));
    }

    void rawSizesTheFormatCannotHold_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("size");
        for (const char *format : {"nv12", "nv21", "yuv420p", "p010"})
            for (const char *size : {"1x1", "2x1", "1x2", "64x1", "1x64", "3x4", "4x3"})
                QTest::addRow("%s %s", format, size)
                    << QString::fromLatin1(format) << QString::fromLatin1(size);
        for (const char *format : {"yuyv", "uyvy"})
            for (const char *size : {"1x1", "1x64", "3x4"})
                QTest::addRow("%s %s", format, size)
                    << QString::fromLatin1(format) << QString::fromLatin1(size);
    }

    void rawSizesTheFormatCannotHold()
    {
        QFETCH(QString, format);
        QFETCH(QString, size);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("frame.raw"));
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, '\x80'));
        }
        const Run run = runKey({QStringLiteral("--input"), input, QStringLiteral("--output"),
                                dir.filePath(QStringLiteral("out.png")), QStringLiteral("--format"),
                                format, QStringLiteral("--size"), size});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--size ") + size), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("even")), qPrintable(run.err));
    }

    void unreachableDisplay()
    {
        QTemporaryDir dir;
        const QString input = makeImage(dir.filePath(QStringLiteral("shot.png")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QSG_RHI_BACKEND"));
        environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":987"));
        const QString out = dir.filePath(QStringLiteral("out.png"));
        Run run = runGreenroom({QStringLiteral("key"), QStringLiteral("--input"), input,
                                QStringLiteral("--output"), out},
                               environment, 120000);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err));
        if (run.exitCode == 0)
            QVERIFY(!QImage(out).isNull());
        else
            QVERIFY2(run.err.contains(QStringLiteral("backend")), qPrintable(run.err));

        run = runGreenroom({QStringLiteral("--source"), QStringLiteral("testpattern")}, environment,
                           60000);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("no usable display")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestKeyCommandSafety)
#include "tst_keycommand_safety.moc"
