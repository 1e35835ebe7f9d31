// The whole window as users get it: Main.qml loads without a single QML warning, shows the
// test pattern through the keyer, and the executable's --screenshot mode writes an image.
#include "KeyedVideoItem.h"
#include "PrivateConfigMain.h"
#include "Studio.h"
#include "StudioWindow.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickWindow>
#include <QtQuickControls2/QQuickStyle>
#include <QtTest/QtTest>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(GreenroomPlugin)

namespace greenroom {

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsWithoutWarningsAndShowsFrames();
    void keyParamsReachTheItem();
    void executableTakesScreenshot();
};

namespace {
// The same style main.cpp picks, so the controls under test are the ones users see.
constexpr auto style = "Fusion";
constexpr int frameTimeoutMs = 15000;

QString describe(const QList<QQmlError> &errors)
{
    QStringList lines;
    for (const QQmlError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

// Whether `item` or any item drawn under it has the property text == `text`.
bool showsText(const QQuickItem *item, const QString &text)
{
    if (item->property("text").toString() == text)
        return true;
    const QList<QQuickItem *> children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(),
                       [&text](const QQuickItem *child) { return showsText(child, text); });
}
} // namespace

void MainWindowTest::initTestCase()
{
    QQuickStyle::setStyle(QLatin1String(style));
}

void MainWindowTest::loadsWithoutWarningsAndShowsFrames()
{
    QQmlApplicationEngine engine;
    QList<QQmlError> warnings;
    connect(&engine, &QQmlEngine::warnings, this,
            [&warnings](const QList<QQmlError> &list) { warnings.append(list); });

    engine.setInitialProperties({{QStringLiteral("startSource"), QStringLiteral("testpattern")}});
    engine.load(QUrl(QStringLiteral("qrc:/Greenroom/Main.qml")));
    QVERIFY2(warnings.isEmpty(), qPrintable(describe(warnings)));
    QCOMPARE(engine.rootObjects().size(), 1);

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window);
    // "<preset> — Greenroom" once a preset is current.
    QVERIFY2(window->title().endsWith(QStringLiteral("Greenroom")), qPrintable(window->title()));
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // The preview's item (the output window has one of its own).
    auto *studio = window->findChild<Studio *>();
    QVERIFY(studio);
    KeyedVideoItem *video = studio->router()->preview();
    QVERIFY(video);
    QCOMPARE(video->fillMode(), KeyedVideoItem::Fit);
    QTRY_VERIFY_WITH_TIMEOUT(!video->frameSize().isEmpty(), frameTimeoutMs);
    QVERIFY2(video->frameError().isEmpty(), qPrintable(video->frameError()));
    QVERIFY(!video->pixelFormatName().isEmpty());

    // Bindings that only misbehave once frames arrive (sizes, read-outs) warn late.
    QTest::qWait(200);
    QVERIFY2(warnings.isEmpty(), qPrintable(describe(warnings)));
}

void MainWindowTest::keyParamsReachTheItem()
{
    const test::StudioWindow loaded =
        test::openStudioWindow({{QStringLiteral("startSource"), QStringLiteral("testpattern")}});
    QQuickWindow *window = loaded.window;
    QVERIFY(window);
    Studio *studio = loaded.studio;
    QVERIFY(studio);
    KeyedVideoItem *video = studio->router()->preview();
    QVERIFY(video);

    // The live values live in the studio's editor; the item and the panel's read-outs follow
    // it, so a change made elsewhere (a preset, a shortcut) shows up in both.
    QVERIFY(studio->editor()->setValue(QStringLiteral("similarity"), 0.25));
    QCOMPARE(video->keyParams().similarity, 0.25);
    QVERIFY2(showsText(window->contentItem(), QStringLiteral("0.250")),
             "no read-out shows the new similarity 0.250");
}

void MainWindowTest::executableTakesScreenshot()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("greenroom.png"));

    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(GREENROOM_EXECUTABLE),
                  {QStringLiteral("--source"), QStringLiteral("testpattern"),
                   QStringLiteral("--screenshot"), path, QStringLiteral("--quit-after"),
                   QStringLiteral("1000")});
    QVERIFY2(process.waitForFinished(60000), "greenroom did not quit after its screenshot");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    const QImage image(path);
    QVERIFY2(!image.isNull(), "the screenshot is missing or unreadable");
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Not one flat colour: the window drew its panel and preview.
    const QRgb corner = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 17) {
        for (int x = 0; x < image.width() && !varied; x += 17)
            varied = image.pixel(x, y) != corner;
    }
    QVERIFY(varied);
}

} // namespace greenroom

// The window saves its session; the executable started by executableTakesScreenshot inherits
// the private config location.
int main(int argc, char *argv[])
{
    return greenroom::test::runWithPrivateConfig<greenroom::MainWindowTest>(argc, argv);
}
#include "tst_mainwindow.moc"
