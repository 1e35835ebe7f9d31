// The first picture a new user sees is keyed to their own screen: with a fresh session (the
// built-in preset, no key chosen), the studio auto-keys the test pattern once its picture has
// settled and says so in the toast; a preset chosen before that turns it off, and the choice is
// kept with the session.
#include "KeyedVideoItem.h"
#include "PrivateConfigMain.h"
#include "Studio.h"
#include "StudioWindow.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickWindow>
#include <QtQuickControls2/QQuickStyle>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

Q_IMPORT_QML_PLUGIN(GreenroomPlugin)

namespace greenroom {

namespace {
constexpr int frameTimeoutMs = 20000;
QTemporaryDir *g_config = nullptr;

QString settingsFile()
{
    return g_config->filePath(QStringLiteral("Greenroom/Greenroom.conf"));
}
} // namespace

class FirstPictureAutoKeyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }
    void init() { QFile::remove(settingsFile()); }

    void freshSessionAutoKeysTheFirstPicture()
    {
        test::StudioWindow w = test::openStudioWindow(
            {{QStringLiteral("startSource"), QStringLiteral("testpattern")}});
        QVERIFY(w.studio && QTest::qWaitForWindowExposed(w.window));
        QVERIFY(w.studio->firstPictureKey()->enabled());
        QSignalSpy finished(w.studio, &Studio::autoKeyFinished);
        QSignalSpy toasts(w.studio, &Studio::toast);
        const KeyParams before = w.studio->editor()->keyParams();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, frameTimeoutMs);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        // Measured on the test pattern's screen, not the nominal paint colour.
        const KeyParams after = w.studio->editor()->keyParams();
        QVERIFY(after.keyColor != before.keyColor);
        QCOMPARE(after.screenMatte, 1.0);
        QVERIFY(w.studio->presets()->isModified());
        bool said = false;
        for (const QList<QVariant> &toast : toasts)
            said = said || toast.constFirst().toString().startsWith(
                               QStringLiteral("First picture auto-keyed"));
        QVERIFY2(said, "the toast says the first picture was auto-keyed");
        // Once: the key is the measured one now, and a new picture does not replace it.
        w.studio->setFrameAvailable(false);
        w.studio->setFrameAvailable(true);
        QTest::qWait(1500);
        QCOMPARE(finished.count(), 1);
    }

    void choosingAPresetTurnsItOff()
    {
        {
            test::StudioWindow w = test::openStudioWindow(
                {{QStringLiteral("startSource"), QStringLiteral("testpattern")}});
            QVERIFY(w.studio);
            // Before the picture settles: the user's choice wins.
            QVERIFY(w.studio->choosePreset(0));
            QVERIFY(!w.studio->firstPictureKey()->enabled());
            QSignalSpy finished(w.studio, &Studio::autoKeyFinished);
            QVERIFY(QTest::qWaitForWindowExposed(w.window));
            QTRY_VERIFY_WITH_TIMEOUT(w.studio->autoKeyAvailable(), frameTimeoutMs);
            QTest::qWait(1500);
            QCOMPARE(finished.count(), 0);
            w.studio->save();
        }
        QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat).value("firstPicture/enabled"),
                 QVariant(false));
        // The next start keeps it off, though the preset is built in and unchanged.
        test::StudioWindow w = test::openStudioWindow(
            {{QStringLiteral("startSource"), QStringLiteral("testpattern")}});
        QVERIFY(w.studio);
        QVERIFY(!w.studio->firstPictureKey()->enabled());
        // The settings dialog shows it, and turns it back on.
        QObject *check = w.window->findChild<QObject *>(QStringLiteral("firstPictureCheck"));
        QVERIFY(check);
        QCOMPARE(check->property("checked").toBool(), false);
        w.studio->firstPictureKey()->setEnabled(true);
        QCOMPARE(check->property("checked").toBool(), true);
        w.studio->firstPictureKey()->setEnabled(false);
        QSignalSpy finished(w.studio, &Studio::autoKeyFinished);
        QTRY_VERIFY_WITH_TIMEOUT(w.studio->autoKeyAvailable(), frameTimeoutMs);
        QTest::qWait(1500);
        QCOMPARE(finished.count(), 0);
    }
};

} // namespace greenroom

int main(int argc, char *argv[])
{
    return greenroom::test::runWithPrivateConfig<greenroom::FirstPictureAutoKeyTest>(
        argc, argv, &greenroom::g_config);
}
#include "tst_firstpictureautokey.moc"
