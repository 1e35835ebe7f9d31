// The live state survives a restart: source, preset, key values, background, view, output
// window settings, language, shortcuts and window geometry, in one process (two windows one
// after the other) and across two runs of the real executable, each against a temporary config
// location. A damaged session file costs only the damaged values.
#include "KeyedVideoItem.h"
#include "PrivateConfigMain.h"
#include "Studio.h"
#include "StudioWindow.h"

#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickWindow>
#include <QtQuickControls2/QQuickStyle>
#include <QtTest/QtTest>

#include <memory>

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

class StateRestoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sessionSurvivesARestart();
    void damagedSessionKeepsTheRest();
    void missingPresetIsReported();
    void executableRestoresTheLastSession();

private:
    using Window = test::StudioWindow;
    static Window open(const QVariantMap &properties = {})
    {
        return test::openStudioWindow(properties);
    }
};

void StateRestoreTest::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

void StateRestoreTest::init()
{
    QFile::remove(settingsFile());
}

void StateRestoreTest::sessionSurvivesARestart()
{
    KeyParams tweaked;
    {
        Window first = open({{QStringLiteral("startSource"), QStringLiteral("testpattern")}});
        QVERIFY(first.studio);
        QVERIFY(QTest::qWaitForWindowExposed(first.window));
        Studio &s = *first.studio;
        QCOMPARE(s.settingsFile(), settingsFile());

        QVERIFY(s.choosePreset(s.presets()->indexOf(QStringLiteral("Hair detail"))));
        QVERIFY(s.editor()->setValue(QStringLiteral("similarity"), 0.27));
        QVERIFY(s.editor()->setValue(QStringLiteral("spillTone"), QColor(0xf0, 0xd0, 0xb0)));
        tweaked = s.editor()->keyParams();
        QVERIFY(s.presets()->isModified());

        s.background()->setKind(BackgroundSettings::SolidColor);
        s.background()->setColor(QColor(0x12, 0x34, 0x56));
        s.background()->setFillMode(BackgroundSettings::Fit);
        s.background()->setImageFile(QUrl::fromLocalFile(QStringLiteral("/nowhere/b g.png")));

        s.view()->setMode(KeyedVideoItem::Split);
        s.view()->setSplitPosition(0.3);
        s.view()->setZoom(ViewState::Zoom200);
        s.view()->setStatsVisible(true);
        s.view()->setPanelPage(2);
        s.view()->setFrozen(true); // per session only

        s.output()->setSize(QSize(1280, 720));
        s.output()->setTransparent(true);
        s.language()->setLanguage(QStringLiteral("de"));
        QCOMPARE(s.shortcuts()->rebind(QStringLiteral("view.stats"), QStringLiteral("J")),
                 QString());
        first.window->resize(1111, 707);
        QTRY_COMPARE(first.window->size(), QSize(1111, 707));
        // Closing the window (or quitting) writes the session; so does every change, shortly.
        first.window->close();
    }
    QVERIFY(QFile::exists(settingsFile()));
    QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat)
                 .value(QStringLiteral("window/geometry"))
                 .toRect()
                 .size(),
             QSize(1111, 707));

    Window second = open();
    QVERIFY(second.studio);
    Studio &s = *second.studio;
    QCOMPARE(s.sources()->sourceKind(), SourceController::SourceKind::TestPattern);
    QCOMPARE(s.presets()->currentName(), QStringLiteral("Hair detail"));
    QCOMPARE(s.editor()->keyParams(), tweaked);
    QVERIFY(s.presets()->isModified());
    QVERIFY(!s.editor()->canUndo()); // a restored session starts a fresh history
    QCOMPARE(s.background()->kind(), BackgroundSettings::SolidColor);
    QCOMPARE(s.background()->color(), QColor(0x12, 0x34, 0x56));
    QCOMPARE(s.background()->fillMode(), BackgroundSettings::Fit);
    QCOMPARE(s.background()->imageFile(), QUrl::fromLocalFile(QStringLiteral("/nowhere/b g.png")));
    QCOMPARE(s.view()->mode(), KeyedVideoItem::Split);
    QCOMPARE(s.view()->splitPosition(), 0.3);
    QCOMPARE(s.view()->zoom(), ViewState::Zoom200);
    QVERIFY(s.view()->statsVisible());
    QCOMPARE(s.view()->panelPage(), 2);
    QVERIFY(!s.view()->frozen());
    QCOMPARE(s.output()->size(), QSize(1280, 720));
    QVERIFY(s.output()->transparent());
    QCOMPARE(s.language()->language(), QStringLiteral("de"));
    QCOMPARE(s.shortcuts()->actionFor(QStringLiteral("J")), QStringLiteral("view.stats"));
    QCOMPARE(second.window->size(), QSize(1111, 707));
    // And the picture comes back with it.
    QVERIFY(QTest::qWaitForWindowExposed(second.window));
    QTRY_VERIFY_WITH_TIMEOUT(!s.router()->preview()->frameSize().isEmpty(), frameTimeoutMs);
    QCOMPARE(s.router()->preview()->viewMode(), KeyedVideoItem::Split);
    QCOMPARE(s.router()->preview()->keyParams(), tweaked);
}

void StateRestoreTest::damagedSessionKeepsTheRest()
{
    {
        QSettings damaged(settingsFile(), QSettings::IniFormat);
        damaged.setValue(QStringLiteral("view/mode"), QStringLiteral("Hologram"));
        damaged.setValue(QStringLiteral("view/zoom"), QStringLiteral("Zoom100"));
        damaged.setValue(QStringLiteral("background/color"), QStringLiteral("not a colour"));
        damaged.setValue(QStringLiteral("background/kind"), QStringLiteral("SolidColor"));
        damaged.setValue(QStringLiteral("live/params"),
                         QStringLiteral(R"({"similarity": 5, "spill": "lots", "opacity": 0.5})"));
        damaged.setValue(QStringLiteral("live/source"), QStringLiteral("Teleporter"));
        damaged.setValue(QStringLiteral("shortcuts/view.stats"), QStringLiteral("M"));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("view/mode.*Hologram")));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("background/color.*not a colour")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("similarity.*clamped")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("spill.*lots")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Teleporter")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("view.stats")));
    Window w = open();
    QVERIFY(w.studio);
    Studio &s = *w.studio;
    QCOMPARE(s.view()->mode(), KeyedVideoItem::Composite);
    QCOMPARE(s.view()->zoom(), ViewState::Zoom100);
    QCOMPARE(s.background()->kind(), BackgroundSettings::SolidColor);
    QCOMPARE(s.background()->color(), BackgroundSettings().color());
    QCOMPARE(s.editor()->keyParams().similarity, 1.0);
    QCOMPARE(s.editor()->keyParams().spill, KeyParams{}.spill);
    QCOMPARE(s.editor()->keyParams().opacity, 0.5);
    QCOMPARE(s.shortcuts()->actionFor(QStringLiteral("I")), QStringLiteral("view.stats"));
}

void StateRestoreTest::missingPresetIsReported()
{
    {
        QSettings saved(settingsFile(), QSettings::IniFormat);
        saved.setValue(QStringLiteral("live/preset"), QStringLiteral("Deleted meanwhile"));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Deleted meanwhile")));
    Window w = open();
    QVERIFY(w.studio);
    QCOMPARE(w.studio->presets()->currentIndex(), -1);
}

void StateRestoreTest::executableRestoresTheLastSession()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const auto run = [&environment](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QStringLiteral(GREENROOM_EXECUTABLE), arguments);
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    };

    // First run: the matte view, chosen on the command line.
    QVERIFY(
        run({QStringLiteral("--source"), QStringLiteral("testpattern"), QStringLiteral("--view"),
             QStringLiteral("matte"), QStringLiteral("--quit-after"), QStringLiteral("500")}));
    const QString file = config.filePath(QStringLiteral("Greenroom/Greenroom.conf"));
    QVERIFY(QFile::exists(file));
    {
        const QSettings saved(file, QSettings::IniFormat);
        QCOMPARE(saved.value(QStringLiteral("view/mode")).toString(), QStringLiteral("Matte"));
        QCOMPARE(saved.value(QStringLiteral("live/source")).toString(),
                 QStringLiteral("TestPattern"));
    }

    // Second run, no options: it comes back in the matte view, which is all grey.
    const QString shot = config.filePath(QStringLiteral("second.png"));
    QVERIFY(run({QStringLiteral("--screenshot"), shot, QStringLiteral("--quit-after"),
                 QStringLiteral("1500")}));
    const QImage image(shot);
    QVERIFY(!image.isNull());
    // The middle of the preview (left of the side panel, below the tool bars).
    const QRect probe(image.width() / 4, image.height() * 3 / 8, image.width() / 4,
                      image.height() / 4);
    int grey = 0;
    int bright = 0;
    int count = 0;
    for (int y = probe.top(); y < probe.bottom(); y += 7) {
        for (int x = probe.left(); x < probe.right(); x += 7) {
            const QColor c = image.pixelColor(x, y);
            ++count;
            if (std::abs(c.red() - c.green()) <= 2 && std::abs(c.green() - c.blue()) <= 2)
                ++grey;
            if (c.red() > 200)
                ++bright;
        }
    }
    QVERIFY2(grey == count, qPrintable(QStringLiteral("%1 of %2 grey").arg(grey).arg(count)));
    QVERIFY2(bright > 0, "no white (kept) matte in the middle of the preview");
}

} // namespace greenroom

int main(int argc, char *argv[])
{
    return greenroom::test::runWithPrivateConfig<greenroom::StateRestoreTest>(argc, argv,
                                                                              &greenroom::g_config);
}

#include "tst_staterestore.moc"
