// The one place user-given files are read and user-visible outputs are written: FIFOs and
// devices are refused without blocking, reads are bounded, outputs never replace an input
// (also through "./", a symlink or a hard link), and a write that fails leaves the old file.
#include "InputFiles.h"
#include "OutputFiles.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace greenroom;

namespace {

QByteArray contents(const QString &path)
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

} // namespace

class TestUserFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsRegularFilesWithinTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        writeBytes(path, "{\"params\":{}}");
        const InputFileRead read = readInputFile(path, kSettingsFileLimit);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.bytes, QByteArray("{\"params\":{}}"));

        const InputFileRead big = readInputFile(path, 4);
        QVERIFY(!big.ok());
        QVERIFY(big.bytes.isEmpty());
        QVERIFY2(big.error.contains(QStringLiteral("more than")), qPrintable(big.error));
        QCOMPARE(inputFileProblem(dir.filePath(QStringLiteral("missing"))),
                 QStringLiteral("no such file or folder"));
        QVERIFY(inputFileProblem(dir.path()).contains(QStringLiteral("folder")));
    }

    void refusesFifosAndDevicesPromptly()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const InputFileRead read = readInputFile(fifo, kSettingsFileLimit);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(QStringLiteral("FIFO")), qPrintable(read.error));
        QVERIFY(timer.elapsed() < 2000);

        const InputFileRead zero = readInputFile(QStringLiteral("/dev/zero"), kSettingsFileLimit);
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error.contains(QStringLiteral("device")), qPrintable(zero.error));
        // Through a symlink, too.
        const QString link = dir.filePath(QStringLiteral("zero.json"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        QVERIFY(readInputFile(link, kSettingsFileLimit).error.contains(QStringLiteral("device")));
    }

    void outputsNeverReplaceAnInput()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("shot.png"));
        writeBytes(input, "original");
        QVERIFY(!outputFileProblem(input, {input}).isEmpty());
        QVERIFY(!outputFileProblem(dir.path() + QStringLiteral("/./shot.png"), {input}).isEmpty());
        const QString link = dir.filePath(QStringLiteral("link.png"));
        QVERIFY(QFile::link(input, link));
        QVERIFY(!outputFileProblem(link, {input}).isEmpty());
        const QString hard = dir.filePath(QStringLiteral("hard.png"));
        QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(hard).constData()),
                 0);
        QVERIFY(!outputFileProblem(hard, {input}).isEmpty());
        QVERIFY(outputFileProblem(dir.filePath(QStringLiteral("new.png")), {input}).isEmpty());
        QVERIFY(outputFileProblem(dir.filePath(QStringLiteral("no/such/x.png")), {input})
                    .contains(QStringLiteral("no folder")));
        QCOMPARE(contents(input), QByteArray("original"));
    }

    void failedWriteLeavesTheOldFile()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyed.png"));
        writeBytes(path, "old contents");
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const QString problem = writeOutputFile(path, "new");
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY2(problem.contains(QStringLiteral("permission denied")), qPrintable(problem));
        QCOMPARE(contents(path), QByteArray("old contents"));
    }

    void failedWriteMidwayLeavesTheOldFile()
    {
        // A file size limit makes the write fail part way (EFBIG), as a full disk would.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        writeBytes(path, "old report");
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const QString problem = writeOutputFile(path, QByteArray(1 << 20, 'x'));
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
        QVERIFY(!problem.isEmpty());
        QCOMPARE(contents(path), QByteArray("old report"));
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("report.json")});

        QCOMPARE(writeOutputFile(path, "new report"), QString());
        QCOMPARE(contents(path), QByteArray("new report"));
    }

    void writingOverAFolderFailsWithAReason()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("out.png"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(!outputFileProblem(folder).isEmpty());
        QVERIFY(!writeOutputFile(folder, "x").isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
    }
};

QTEST_GUILESS_MAIN(TestUserFiles)
#include "tst_userfiles.moc"
