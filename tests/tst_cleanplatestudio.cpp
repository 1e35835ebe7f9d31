// The clean plate through the studio window, as users get it: P (or the Key page's button)
// captures the empty screen from the live source and both views key against it at once; the
// plate is saved per source and format and comes back with the next start; a plate of another
// frame size is ignored with a toast and a line on stderr until frames of its size return; and
// Shift+P clears it, file included. Against a private config location.
#include "CleanPlateStore.h"
#include "KeyedVideoItem.h"
#include "KeyShaderVariant.h"
#include "PrivateConfigMain.h"
#include "Studio.h"
#include "StudioWindow.h"
#include "TestPatternSource.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImageReader>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtQuickControls2/QQuickStyle>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

Q_IMPORT_QML_PLUGIN(GreenroomPlugin)

namespace greenroom {

namespace {
constexpr int frameTimeoutMs = 20000;
constexpr int captureTimeoutMs = 60000;
QTemporaryDir *g_config = nullptr;

QString settingsFile()
{
    return g_config->filePath(QStringLiteral("Greenroom/Greenroom.conf"));
}

// Whether `item` draws with a clean plate variant of the keyer now.
bool drawsWithPlate(const KeyedVideoItem *item)
{
    const auto variant = KeyShaderVariant::fromIndex(item->counters().shaderVariant.load());
    return variant && variant->cleanPlate;
}

bool anyToastStartsWith(const QSignalSpy &toasts, const QString &start)
{
    for (const QList<QVariant> &toast : toasts)
        if (toast.constFirst().toString().startsWith(start))
            return true;
    return false;
}

// The visible item named `name` in the visual tree (delegates hang there, whatever their
// QObject parent).
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name && item->isVisible())
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

CleanPlate readPlate(const QString &path)
{
    return CleanPlate::fromImage(QImageReader(path).read());
}

} // namespace

class CleanPlateStudioTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }
    void init()
    {
        QFile::remove(settingsFile());
        // Auto-key on the first picture would change the key while these cases run.
        QSettings(settingsFile(), QSettings::IniFormat).setValue("firstPicture/enabled", false);
        QDir(CleanPlateStore::defaultDirectory()).removeRecursively();
    }
    void cleanup() { m_loaded = {}; }

    void captureSaveRestore();
    void buttonCapturesToo();
    void sizeMismatchIsIgnoredWithAMessage();
    void clearRemovesThePlateAndItsFile();

private:
    // Opens the studio on the test pattern and waits for its first picture.
    bool openWindow();
    // Captures a plate with P and waits until it is in use.
    bool captureWithShortcut();
    Studio *studio() const { return m_loaded.studio; }
    CleanPlateController *plate() const { return m_loaded.studio->cleanPlate(); }
    KeyedVideoItem *preview() const { return m_loaded.studio->router()->preview(); }

    test::StudioWindow m_loaded;
};

bool CleanPlateStudioTest::openWindow()
{
    m_loaded =
        test::openStudioWindow({{QStringLiteral("startSource"), QStringLiteral("testpattern")}});
    if (!m_loaded.studio || !QTest::qWaitForWindowExposed(m_loaded.window))
        return false;
    m_loaded.window->requestActivate();
    return QTest::qWaitFor(
        [this] {
            return preview() && !preview()->frameSize().isEmpty() && studio()->autoKeyAvailable() &&
                   !plate()->currentFile().isEmpty();
        },
        frameTimeoutMs);
}

bool CleanPlateStudioTest::captureWithShortcut()
{
    QSignalSpy finished(plate(), &CleanPlateController::captureFinished);
    QTest::keyClick(m_loaded.window, Qt::Key_P);
    if (!plate()->capturing())
        return false;
    return QTest::qWaitFor([&] { return finished.count() == 1; }, captureTimeoutMs) &&
           finished.constFirst().constFirst().toBool() && plate()->inUse();
}

void CleanPlateStudioTest::captureSaveRestore()
{
    QVERIFY(openWindow());
    QVERIFY(!plate()->hasPlate());
    QVERIFY(!preview()->cleanPlateInUse());
    const QString file = plate()->currentFile();
    QVERIFY2(file.startsWith(CleanPlateStore::defaultDirectory()), qPrintable(file));
    QVERIFY(!QFile::exists(file));

    QSignalSpy toasts(studio(), &Studio::toast);
    QVERIFY(captureWithShortcut());
    QVERIFY(anyToastStartsWith(toasts, QStringLiteral("Clean plate captured from 30 pictures")));
    const CleanPlate captured = plate()->plate();
    QCOMPARE(captured.frameSize, preview()->frameSize());
    QCOMPARE(captured.grid.size(), CleanPlate::gridSize(captured.frameSize));
    // The test pattern's screen is green: so is every cell of its plate (a figure moves in front
    // of it, which the user would keep out of the picture).
    const std::array<float, 3> corner = captured.cell(0, 0);
    QVERIFY(corner[1] > corner[0] && corner[1] > corner[2]);

    // Saved, and what was saved is the plate in use.
    QVERIFY(QFile::exists(file));
    QVERIFY(readPlate(file) == captured);

    // Both views key against it: the preview now, the output window when it opens.
    QVERIFY(preview()->cleanPlate() == captured);
    QTRY_VERIFY(preview()->cleanPlateInUse());
    QTRY_VERIFY(drawsWithPlate(preview()));
    QVERIFY(studio()->trigger(QStringLiteral("window.output")));
    QTRY_VERIFY(studio()->router()->output());
    KeyedVideoItem *output = studio()->router()->output();
    QVERIFY(output->cleanPlate() == captured);
    QTRY_VERIFY_WITH_TIMEOUT(drawsWithPlate(output), frameTimeoutMs);

    // The next start restores it for the same source and format.
    m_loaded = {};
    QVERIFY(openWindow());
    QTRY_VERIFY(plate()->hasPlate());
    QVERIFY(plate()->plate() == captured);
    QVERIFY(preview()->cleanPlate() == captured);
    QTRY_VERIFY(drawsWithPlate(preview()));
}

void CleanPlateStudioTest::buttonCapturesToo()
{
    QVERIFY(openWindow());
    QQuickItem *button =
        findItem(m_loaded.window->contentItem(), QStringLiteral("cleanPlateButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    QSignalSpy finished(plate(), &CleanPlateController::captureFinished);
    QTest::mouseClick(
        m_loaded.window, Qt::LeftButton, {},
        button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
    QVERIFY(plate()->capturing());
    QVERIFY(!button->isEnabled()); // while capturing
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, captureTimeoutMs);
    QVERIFY(plate()->inUse());
    QVERIFY(button->property("highlighted").toBool());
}

void CleanPlateStudioTest::sizeMismatchIsIgnoredWithAMessage()
{
    QVERIFY(openWindow());
    QVERIFY(captureWithShortcut());
    const CleanPlate captured = plate()->plate();
    auto *pattern = qobject_cast<TestPatternSource *>(studio()->sources()->source());
    QVERIFY(pattern);
    const QSize captureSize = pattern->frameSize();

    // Another frame size: the plate is kept but ignored, with a toast and a line on stderr.
    QSignalSpy toasts(studio(), &Studio::toast);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Greenroom: Clean plate ignored: it "
                                                           "was captured at 1280×720, the "
                                                           "picture is 640×360")));
    pattern->setFrameSize(QSize(640, 360));
    QTRY_VERIFY_WITH_TIMEOUT(preview()->frameSize() == QSize(640, 360), frameTimeoutMs);
    QTRY_VERIFY(anyToastStartsWith(toasts, QStringLiteral("Clean plate ignored")));
    QVERIFY(plate()->hasPlate());
    QVERIFY(!plate()->inUse());
    QVERIFY(plate()->status().startsWith(QStringLiteral("Clean plate ignored")));
    QVERIFY(!preview()->cleanPlateInUse());
    QTRY_VERIFY(!drawsWithPlate(preview()));
    QVERIFY(QFile::exists(plate()->currentFile())); // kept for when the size returns

    // Restored on the next start at the other size: ignored again, and said again.
    QSettings(settingsFile(), QSettings::IniFormat).sync();
    m_loaded = {};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Clean plate ignored")));
    QVERIFY(openWindow());
    pattern = qobject_cast<TestPatternSource *>(studio()->sources()->source());
    pattern->setFrameSize(QSize(640, 360));
    QTRY_VERIFY_WITH_TIMEOUT(preview()->frameSize() == QSize(640, 360), frameTimeoutMs);
    QTRY_VERIFY(plate()->hasPlate() && !plate()->inUse());

    // Frames of the plate's size again: it applies again.
    pattern->setFrameSize(captureSize);
    QTRY_VERIFY_WITH_TIMEOUT(plate()->inUse(), frameTimeoutMs);
    QVERIFY(plate()->plate() == captured);
    QTRY_VERIFY(drawsWithPlate(preview()));
}

void CleanPlateStudioTest::clearRemovesThePlateAndItsFile()
{
    QVERIFY(openWindow());
    QVERIFY(captureWithShortcut());
    const QString file = plate()->currentFile();
    QVERIFY(QFile::exists(file));
    QSignalSpy toasts(studio(), &Studio::toast);
    QTest::keyClick(m_loaded.window, Qt::Key_P, Qt::ShiftModifier);
    QVERIFY(anyToastStartsWith(toasts, QStringLiteral("Clean plate cleared")));
    QVERIFY(!plate()->hasPlate());
    QVERIFY(!QFile::exists(file));
    QVERIFY(preview()->cleanPlate().isNull());
    QTRY_VERIFY(!drawsWithPlate(preview()));
    // Nothing to clear now: said so.
    QTest::keyClick(m_loaded.window, Qt::Key_P, Qt::ShiftModifier);
    QVERIFY(anyToastStartsWith(toasts, QStringLiteral("There is no clean plate to clear")));

    // And nothing comes back with the next start.
    m_loaded = {};
    QVERIFY(openWindow());
    QTest::qWait(300);
    QVERIFY(!plate()->hasPlate());
    QVERIFY(preview()->cleanPlate().isNull());
}

} // namespace greenroom

int main(int argc, char *argv[])
{
    return greenroom::test::runWithPrivateConfig<greenroom::CleanPlateStudioTest>(
        argc, argv, &greenroom::g_config);
}
#include "tst_cleanplatestudio.moc"
