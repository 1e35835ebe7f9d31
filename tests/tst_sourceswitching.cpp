// SourceController with real sources: switching camera → media file → test pattern → camera,
// round after round, keeps pictures flowing and leaks nothing: every source and the Qt
// Multimedia objects it made are destroyed, and the process's threads and open files do not
// grow from round to round (a leaked capture or player pipeline keeps both). Also: choosing the
// camera with none plugged in shows the test pattern, and a camera plugged in then replaces it.
#include "CameraDirectory.h"
#include "CameraSource.h"
#include "MediaFileSource.h"
#include "SourceController.h"
#include "TestClips.h"
#include "TestPatternSource.h"
#include "VirtualCameras.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtMultimedia/QMediaDevices>
#include <QtTest/QtTest>

using namespace greenroom;
using Kind = SourceController::SourceKind;

namespace {

constexpr int kStartMs = 10000;
constexpr int kRounds = 6;
// Thread pools grow and shrink on their own schedule; the first rounds set the bar.
constexpr int kBaselineRounds = 2;

// Threads of this process, from /proc; -1 where there is no /proc.
int threadCount()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return -1;
}

int openFileCount()
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    return fds.exists() ? int(fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size()) : -1;
}

} // namespace

class TestSourceSwitching : public QObject {
    Q_OBJECT

private:
    test::VirtualCameras m_cameras;
    std::unique_ptr<CameraDirectory> m_directory;
    QTemporaryDir m_dir;
    QString m_clip;
    QString m_settingsFile;
    QVideoSink *m_sink = nullptr;
    std::atomic<int> m_frames{0};

    bool waitForFrames(int count)
    {
        const int target = m_frames.load() + count;
        return QTest::qWaitFor([&] { return m_frames.load() >= target; }, kStartMs);
    }

    // Switches and checks that the old source and everything it owned are gone.
    void switchTo(SourceController &controller, Kind kind)
    {
        QPointer<FrameSource> old = controller.source();
        QList<QPointer<QObject>> oldParts;
        if (old) {
            const QList<QObject *> children = old->findChildren<QObject *>();
            for (QObject *child : children)
                oldParts.append(child);
        }
        controller.setSourceKind(kind);
        QVERIFY2(old.isNull(), "the previous source is still alive");
        for (const QPointer<QObject> &part : std::as_const(oldParts))
            QVERIFY2(part.isNull(), "a part of the previous source is still alive");
        if (auto *pattern = qobject_cast<TestPatternSource *>(controller.source()))
            pattern->setFrameSize(QSize(160, 90));
        QVERIFY2(waitForFrames(3), qPrintable(QStringLiteral("no pictures from %1: %2")
                                                  .arg(controller.source()->displayName(),
                                                       controller.errorString())));
        QCOMPARE(controller.errorString(), QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cameras.setUp({test::VirtualCameras::standard()}, &error), qPrintable(error));
        m_directory = std::make_unique<CameraDirectory>();
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY2(test::makeGreenScreenClip(m_clip, QSize(160, 120), 1.0, &error),
                 qPrintable(error));
        m_settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_sink = new QVideoSink(this);
        // Counted on whichever thread delivers; nothing is queued per frame.
        connect(
            m_sink, &QVideoSink::videoFrameChanged, this, [this] { ++m_frames; },
            Qt::DirectConnection);
    }

    void switchingRepeatedlyLeaksNothing()
    {
        SourceController controller;
        controller.setCameraSettingsFile(m_settingsFile);
        controller.setVideoSink(m_sink);
        controller.setMediaFile(QUrl::fromLocalFile(m_clip));

        const QList<Kind> round{Kind::Camera, Kind::MediaFile, Kind::TestPattern};
        int threadBar = -1;
        int fileBar = -1;
        for (int i = 0; i < kRounds; ++i) {
            for (Kind kind : round) {
                switchTo(controller, kind);
                if (QTest::currentTestFailed())
                    return;
                switch (kind) {
                case Kind::Camera:
                    QVERIFY(qobject_cast<CameraSource *>(controller.source()));
                    break;
                case Kind::MediaFile:
                    QVERIFY(qobject_cast<MediaFileSource *>(controller.source()));
                    break;
                case Kind::TestPattern:
                    QVERIFY(qobject_cast<TestPatternSource *>(controller.source()));
                    break;
                }
            }
            // Let pipelines that were torn down finish their threads before counting.
            QTest::qWait(300);
            const int threads = threadCount();
            const int files = openFileCount();
            qInfo("round %d: %d threads, %d open files", i + 1, threads, files);
            if (i < kBaselineRounds) {
                threadBar = std::max(threadBar, threads);
                fileBar = std::max(fileBar, files);
            } else if (threads >= 0) {
                // A little slack for pools that grow on demand; a leaked pipeline per round
                // would add several threads and descriptors every round.
                QVERIFY2(threads <= threadBar + 3,
                         qPrintable(QStringLiteral("threads grew from at most %1 to %2")
                                        .arg(threadBar)
                                        .arg(threads)));
                QVERIFY2(files <= fileBar + 3,
                         qPrintable(QStringLiteral("open files grew from at most %1 to %2")
                                        .arg(fileBar)
                                        .arg(files)));
            }
        }
        switchTo(controller, Kind::Camera);
    }

    void cleanupTestCase() { m_directory.reset(); }

    void cameraPluggedInReplacesTheStandIn()
    {
        // Made before the camera goes, as the app's controller is: it sees the unplugging.
        SourceController controller;
        controller.setCameraSettingsFile(m_settingsFile);
        controller.setVideoSink(m_sink);
        QVERIFY(m_cameras.plug({}));
        QTRY_VERIFY_WITH_TIMEOUT(m_directory->cameras().isEmpty(), 5000);
        QTest::qWait(100); // the controller's own directory hears of it in the same event

        controller.setSourceKind(Kind::Camera);
        QVERIFY(qobject_cast<TestPatternSource *>(controller.source()));
        QCOMPARE(controller.errorString(),
                 QStringLiteral("No camera found; showing the test pattern"));

        QVERIFY(m_cameras.plug({test::VirtualCameras::standard()}));
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<CameraSource *>(controller.source()), 5000);
        QCOMPARE(controller.sourceKind(), Kind::Camera);
        QTRY_COMPARE_WITH_TIMEOUT(qobject_cast<CameraSource *>(controller.source())->state(),
                                  CameraSource::State::Running, kStartMs);
        QCOMPARE(controller.errorString(), QString());
    }
};

QTEST_MAIN(TestSourceSwitching)
#include "tst_sourceswitching.moc"
