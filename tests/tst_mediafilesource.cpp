// MediaFileSource: a green-screen clip made during the test with FFmpeg plays through
// QMediaPlayer into a KeyedVideoItem in a real window, keyed, looping without a blank frame,
// and pausable; a missing, truncated, non-video or audio-only file gives a message naming it.
#include "KeyerTestWindow.h"
#include "MediaFileSource.h"
#include "TestClips.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QMutex>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace greenroom;

namespace {

constexpr double kClipSeconds = 1.5;
constexpr int kLoadMs = 10000;

} // namespace

class TestMediaFileSource : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip;
    std::unique_ptr<test::KeyerTestWindow> m_window;

    quint64 uploads() const { return m_window->item()->counters().framesUploaded.load(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void checkFails(const QString &file, const QString &expected)
    {
        MediaFileSource source;
        source.setLoadTimeoutMs(4000);
        source.setVideoSink(m_window->item()->videoSink());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*error: .*")));
        source.setSource(QUrl::fromLocalFile(file));
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!source.errorString().isEmpty(), kLoadMs);
        qInfo("%s", qPrintable(source.errorString()));
        QVERIFY2(source.errorString().contains(QDir::toNativeSeparators(file)),
                 qPrintable(source.errorString()));
        QVERIFY2(source.errorString().contains(expected), qPrintable(source.errorString()));
        QTest::qWait(200);
        QVERIFY(!source.isActive());
        source.stop();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = path(QStringLiteral("green screen.mp4"));
        QString error;
        QVERIFY2(test::makeGreenScreenClip(m_clip, QSize(320, 240), kClipSeconds, &error),
                 qPrintable(error));
        m_window = std::make_unique<test::KeyerTestWindow>(QSize(320, 240), QSize(320, 240));
        QVERIFY2(m_window->show(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_window.reset(); }

    void playsKeyedAndLoopsWithoutABlankFrame()
    {
        MediaFileSource source;
        QSignalSpy loopSpy(&source, &MediaFileSource::loopsCompletedChanged);
        // Arrival times of the pictures, taken on the thread that delivers them.
        QMutex arrivalsMutex;
        std::vector<qint64> arrivalsMs;
        std::atomic<int> emptyFrames{0};
        QElapsedTimer clock;
        clock.start();
        const QObject scope; // lives only as long as the counters above
        connect(
            m_window->item()->videoSink(), &QVideoSink::videoFrameChanged, &scope,
            [&](const QVideoFrame &frame) {
                if (!frame.isValid()) {
                    ++emptyFrames;
                    return;
                }
                const QMutexLocker lock(&arrivalsMutex);
                arrivalsMs.push_back(clock.elapsed());
            },
            Qt::DirectConnection);

        source.setVideoSink(m_window->item()->videoSink());
        source.setSource(QUrl::fromLocalFile(m_clip));
        QCOMPARE(source.displayName(), QStringLiteral("green screen.mp4"));
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.isActive(), kLoadMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->item()->frameSize(), QSize(320, 240), kLoadMs);
        QCOMPARE(source.errorString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(source.duration() > 0, kLoadMs);
        QVERIFY(qAbs(source.duration() - qint64(kClipSeconds * 1000)) < 200);

        // Keyed: the backdrop goes, the block stays.
        const RgbaImage keyed = m_window->grabPremultiplied();
        qsizetype transparent = 0, opaque = 0;
        for (const Rgba &pixel : keyed.pixels) {
            transparent += pixel[3] < 0.1f;
            opaque += pixel[3] > 0.9f;
        }
        QVERIFY2(transparent > qsizetype(keyed.pixels.size()) * 6 / 10, "backdrop not keyed");
        QVERIFY2(opaque > qsizetype(keyed.pixels.size()) / 20, "subject keyed out");

        // Past the clip's length, pictures keep coming and the position wraps round, with no
        // blank frame and no long pause at the wrap.
        const qint64 loopsFromMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(source.loopsCompleted() >= 2, 4 * kLoadMs);
        QVERIFY(loopSpy.count() >= 2);
        const quint64 afterLoops = uploads();
        QTRY_VERIFY_WITH_TIMEOUT(uploads() > afterLoops + 5, kLoadMs);
        QVERIFY(clock.elapsed() - loopsFromMs > qint64(kClipSeconds * 1000));
        QVERIFY(source.position() < source.duration());
        qint64 longestGapMs = 0;
        {
            const QMutexLocker lock(&arrivalsMutex);
            for (std::size_t i = 1; i < arrivalsMs.size(); ++i) {
                if (arrivalsMs[i - 1] >= loopsFromMs)
                    longestGapMs = std::max(longestGapMs, arrivalsMs[i] - arrivalsMs[i - 1]);
            }
        }
        qInfo("longest gap between pictures: %lld ms over %d loops (30 fps clip: 33 ms)",
              longestGapMs, source.loopsCompleted());
        QCOMPARE(emptyFrames.load(), 0);
        QVERIFY2(longestGapMs < 300, "the loop restart left a visible gap");
        QCOMPARE(m_window->item()->frameSize(), QSize(320, 240));
        source.stop();
        QVERIFY(!source.isActive());
    }

    void pausesAndResumes()
    {
        MediaFileSource source;
        source.setVideoSink(m_window->item()->videoSink());
        source.setSource(QUrl::fromLocalFile(m_clip));
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.isActive(), kLoadMs);
        QTRY_VERIFY_WITH_TIMEOUT(source.position() > 100, kLoadMs);

        QSignalSpy pausedSpy(&source, &MediaFileSource::pausedChanged);
        source.setPaused(true);
        QCOMPARE(pausedSpy.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!source.isActive(), kLoadMs);
        QTest::qWait(200);
        const qint64 pausedAt = source.position();
        const quint64 uploadsAt = uploads();
        QTest::qWait(600);
        QCOMPARE(source.position(), pausedAt);
        m_window->window()->grabWindow();
        QVERIFY(uploads() <= uploadsAt + 1);
        QCOMPARE(m_window->item()->frameSize(), QSize(320, 240)); // the picture stays

        source.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(source.isActive(), kLoadMs);
        QTRY_VERIFY_WITH_TIMEOUT(source.position() != pausedAt, kLoadMs);
        source.stop();
    }

    void missingFile()
    {
        checkFails(path(QStringLiteral("no such clip.mp4")), QStringLiteral("does not exist"));
    }

    void truncatedFile()
    {
        const QString truncated = path(QStringLiteral("interrupted recording.mp4"));
        QVERIFY(test::writeTruncatedCopy(m_clip, truncated, 0.5));
        checkFails(truncated, QStringLiteral("Cannot play"));
    }

    void notAMediaFile()
    {
        const QString text = path(QStringLiteral("notes.mp4"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are notes, not a video.\n");
        file.close();
        checkFails(text, QStringLiteral("Cannot play"));
    }

    void emptyFile()
    {
        const QString empty = path(QStringLiteral("empty.mp4"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        checkFails(empty, QStringLiteral("is empty"));
    }

    void audioOnlyFile()
    {
        const QString audio = path(QStringLiteral("voice over.m4a"));
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        QVERIFY(!ffmpeg.isEmpty());
        QProcess process;
        process.start(ffmpeg, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                               QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                               QStringLiteral("sine=frequency=440:duration=1"),
                               QStringLiteral("-c:a"), QStringLiteral("aac"), audio});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        checkFails(audio, QStringLiteral("has no video track"));
    }

    void noFileChosen()
    {
        MediaFileSource source;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*No media file.*")));
        source.start();
        QCOMPARE(source.errorString(), QStringLiteral("No media file chosen"));
        QVERIFY(!source.isActive());
    }
};

QTEST_MAIN(TestMediaFileSource)
#include "tst_mediafilesource.moc"
