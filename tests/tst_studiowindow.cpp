// The whole studio window as users get it, driven by the keyboard: every shortcut of the table
// (and every key of it, fine steps included) changes what it names; none does anything while a
// text field has the focus; a rebound key works at once; the output window shows the frames
// the preview shows. Each case starts from a fresh window and a fresh session file, against a
// temporary config location.
#include "KeyedVideoItem.h"
#include "LiveStats.h"
#include "PrivateConfigMain.h"
#include "Studio.h"
#include "StudioWindow.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QDropEvent>
#include <QtGui/QImage>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtQuickControls2/QQuickStyle>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(GreenroomPlugin)

namespace greenroom {

namespace {

constexpr int frameTimeoutMs = 20000;
QTemporaryDir *g_config = nullptr; // XDG_CONFIG_HOME of this process, set in main()

QString settingsFile()
{
    return g_config->filePath(QStringLiteral("Greenroom/Greenroom.conf"));
}

QString presetDirectory()
{
    return g_config->filePath(QStringLiteral("Greenroom/Greenroom/presets"));
}

// Everything a shortcut may change, read at one moment.
struct Snapshot {
    KeyParams params;
    int preset = -1;
    bool modified = false;
    KeyedVideoItem::ViewMode mode = KeyedVideoItem::Composite;
    ViewState::Zoom zoom = ViewState::ZoomFit;
    bool stats = false;
    bool panels = false;
    bool frozen = false;
    bool fullScreen = false;
    bool cheatSheet = false;
    bool output = false;
    bool eyedropper = false;
    bool canUndo = false;
    bool canRedo = false;
    bool dialogOpen = false;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

QString describe(const Snapshot &s)
{
    return QStringLiteral("similarity %1 smoothness %2 spill %3 preset %4 mode %5 zoom %6 "
                          "stats %7 panels %8 frozen %9 full %10 sheet %11 output %12 "
                          "eyedropper %13 dialog %14")
        .arg(s.params.similarity)
        .arg(s.params.smoothness)
        .arg(s.params.spill)
        .arg(s.preset)
        .arg(int(s.mode))
        .arg(int(s.zoom))
        .arg(s.stats)
        .arg(s.panels)
        .arg(s.frozen)
        .arg(s.fullScreen)
        .arg(s.cheatSheet)
        .arg(s.output)
        .arg(s.eyedropper)
        .arg(s.dialogOpen);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class StudioWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyShortcutChangesWhatItNames_data();
    void everyShortcutChangesWhatItNames();
    void saveShortcutWritesTheUserPreset();
    void saveShortcutOnBuiltInAsksForAName();
    void noShortcutActsWhileTyping();
    void reboundKeyWorksAtOnce();
    void keyStepShowsAToast();
    void autoKeyLeavesTheGuiThreadFree();
    void outputWindowShowsTheSameFrame();
    void splitDividerFollowsTheView();
    void languageSwitchesWithoutRestart();
    void droppedFileBecomesTheSource();
    void statsOverlayMeasuresThePreview();
    void aboutDialogShowsVersionAndLicences();

private:
    bool openWindow();
    Snapshot snapshot() const;
    void press(const QString &sequence);
    QObject *named(const char *name) const;
    bool dialogOpen() const;
    QQuickItem *firstTextField() const;
    bool showsText(const QString &text) const;

    test::StudioWindow m_loaded;
    QQuickWindow *m_window = nullptr;
    Studio *m_studio = nullptr;
};

void StudioWindowTest::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // Four user presets, so that presets 1 to 9 all exist (five are built in).
    QVERIFY(QDir().mkpath(presetDirectory()));
    for (int n = 1; n <= 4; ++n) {
        QFile file(QDir(presetDirectory()).filePath(QStringLiteral("user%1.json").arg(n)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"schemaVersion": 1, "name": "User %1",
                                      "params": {"similarity": 0.%1}})")
                       .arg(n)
                       .toUtf8());
    }
}

void StudioWindowTest::init()
{
    QFile::remove(settingsFile());
    // Auto-key on the first picture (tst_firstpictureautokey) would change the key while these
    // cases compare it.
    QSettings(settingsFile(), QSettings::IniFormat).setValue("firstPicture/enabled", false);
    QVERIFY(openWindow());
}

void StudioWindowTest::cleanup()
{
    m_loaded = {};
    m_window = nullptr;
    m_studio = nullptr;
}

bool StudioWindowTest::openWindow()
{
    m_loaded =
        test::openStudioWindow({{QStringLiteral("startSource"), QStringLiteral("testpattern")}});
    m_window = m_loaded.window;
    m_studio = m_loaded.studio;
    if (!m_studio || !QTest::qWaitForWindowExposed(m_window))
        return false;
    m_window->requestActivate();
    // The tools that read the picture need a frame; so does the output comparison.
    return QTest::qWaitFor(
        [this] {
            const KeyedVideoItem *video = m_studio->router()->preview();
            return video && !video->frameSize().isEmpty() && m_studio->eyedropperAvailable();
        },
        frameTimeoutMs);
}

QObject *StudioWindowTest::named(const char *name) const
{
    return m_window->findChild<QObject *>(QLatin1String(name));
}

bool StudioWindowTest::dialogOpen() const
{
    return named("nameDialog")->property("visible").toBool() ||
           named("settingsDialog")->property("visible").toBool();
}

Snapshot StudioWindowTest::snapshot() const
{
    Snapshot s;
    s.params = m_studio->editor()->keyParams();
    s.preset = m_studio->presets()->currentIndex();
    s.modified = m_studio->presets()->isModified();
    const ViewState *v = m_studio->view();
    s.mode = v->mode();
    s.zoom = v->zoom();
    s.stats = v->statsVisible();
    s.panels = v->panelsVisible();
    s.frozen = v->frozen();
    s.fullScreen = v->fullScreen();
    s.cheatSheet = v->cheatSheetVisible();
    s.output = v->outputVisible();
    s.eyedropper = v->eyedropperActive();
    s.canUndo = m_studio->editor()->canUndo();
    s.canRedo = m_studio->editor()->canRedo();
    s.dialogOpen = dialogOpen();
    return s;
}

void StudioWindowTest::press(const QString &sequence)
{
    QTest::keySequence(m_window, QKeySequence::fromString(sequence, QKeySequence::PortableText));
    QCoreApplication::processEvents();
}

QQuickItem *StudioWindowTest::firstTextField() const
{
    // The visual tree: delegates and loaded editors hang there, whatever their QObject parent.
    std::function<QQuickItem *(QQuickItem *)> find = [&find](QQuickItem *item) -> QQuickItem * {
        // An editable field (combo boxes show read-only ones).
        if (item->inherits("QQuickTextField") && item->isVisible() && item->isEnabled() &&
            ShortcutTable::isTypingTarget(item))
            return item;
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = find(child))
                return found;
        }
        return nullptr;
    };
    auto *panel = qobject_cast<QQuickItem *>(named("sidePanel"));
    return panel ? find(panel) : nullptr;
}

bool StudioWindowTest::showsText(const QString &text) const
{
    std::function<bool(QQuickItem *)> find = [&](QQuickItem *item) {
        if (item->isVisible() && item->property("text").toString() == text)
            return true;
        const QList<QQuickItem *> children = item->childItems();
        return std::any_of(children.cbegin(), children.cend(), find);
    };
    return find(m_window->contentItem());
}

void StudioWindowTest::everyShortcutChangesWhatItNames_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<bool>("fine");
    // Every key of every action in the table, read from the table itself.
    const ShortcutTable table;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QModelIndex index = table.index(row);
        const QString action = table.data(index, ShortcutTable::ActionRole).toString();
        for (const QString &key : table.data(index, ShortcutTable::SequencesRole).toStringList())
            QTest::newRow(qPrintable(action + QLatin1Char(' ') + key)) << action << key << false;
        for (const QString &key :
             table.data(index, ShortcutTable::FineSequencesRole).toStringList())
            QTest::newRow(qPrintable(action + QLatin1Char(' ') + key)) << action << key << true;
    }
}

void StudioWindowTest::everyShortcutChangesWhatItNames()
{
    QFETCH(QString, action);
    QFETCH(QString, sequence);
    QFETCH(bool, fine);
    KeyEditor *editor = m_studio->editor();
    const KeyParams defaults;

    // Some actions need something to act on first.
    if (action == QLatin1String("edit.undo") || action == QLatin1String("parameter.reset")) {
        QVERIFY(editor->setValue(QStringLiteral("similarity"), 0.55));
    } else if (action == QLatin1String("edit.redo")) {
        QVERIFY(editor->setValue(QStringLiteral("similarity"), 0.55));
        editor->undo();
    } else if (action == QLatin1String("tool.clearCleanPlate")) {
        QVERIFY(m_studio->cleanPlate()->capture()); // clearing cancels it
    }

    QSignalSpy saveAs(m_studio, &Studio::saveAsRequested);
    QSignalSpy importing(m_studio, &Studio::importRequested);
    QSignalSpy exporting(m_studio, &Studio::exportRequested);
    QSignalSpy openMedia(m_studio, &Studio::openMediaRequested);
    QSignalSpy settings(m_studio, &Studio::settingsRequested);
    QSignalSpy quit(m_studio, &Studio::quitRequested);
    QSignalSpy autoKeyed(m_studio, &Studio::autoKeyFinished);
    const Snapshot before = snapshot();
    press(sequence);
    // Auto-key measures on a worker thread and applies its estimate when it is done.
    if (action == QLatin1String("tool.autoKey"))
        QTRY_COMPARE(autoKeyed.size(), 1);
    const Snapshot after = snapshot();
    const QString states = describe(before) + QStringLiteral("\n -> ") + describe(after);

    // A step moves its parameter by the table's step (fine with Shift) and nothing else.
    const auto stepped = [&](double KeyParams::*field, const char *name, int direction) {
        const ParameterDescription d = describeKeyParameter(name);
        const double expected = before.params.*field + direction * (fine ? d.fineStep : d.step);
        QVERIFY2(near(after.params.*field, std::round(expected / (fine ? d.fineStep : d.step)) *
                                               (fine ? d.fineStep : d.step)),
                 qPrintable(states));
        KeyParams rest = after.params;
        rest.*field = before.params.*field;
        QCOMPARE(rest, before.params);
    };

    if (action == QLatin1String("similarity.down"))
        stepped(&KeyParams::similarity, "similarity", -1);
    else if (action == QLatin1String("similarity.up"))
        stepped(&KeyParams::similarity, "similarity", +1);
    else if (action == QLatin1String("smoothness.down"))
        stepped(&KeyParams::smoothness, "smoothness", -1);
    else if (action == QLatin1String("smoothness.up"))
        stepped(&KeyParams::smoothness, "smoothness", +1);
    else if (action == QLatin1String("spill.down"))
        stepped(&KeyParams::spill, "spill", -1);
    else if (action == QLatin1String("spill.up")) {
        // Spill starts at its maximum: step down first so that up can move.
        QVERIFY(editor->step("spill", -1, false));
        const Snapshot lowered = snapshot();
        press(sequence);
        QVERIFY2(snapshot().params.spill > lowered.params.spill, qPrintable(states));
    } else if (action == QLatin1String("parameter.reset"))
        QCOMPARE(after.params.similarity, defaults.similarity);
    else if (action == QLatin1String("edit.undo"))
        QCOMPARE(after.params.similarity, defaults.similarity);
    else if (action == QLatin1String("edit.redo"))
        QCOMPARE(after.params.similarity, 0.55);
    else if (action == QLatin1String("preset.next"))
        QCOMPARE(after.preset, (before.preset + 1) % m_studio->presets()->count());
    else if (action == QLatin1String("preset.previous"))
        QCOMPARE(after.preset,
                 before.preset <= 0 ? m_studio->presets()->count() - 1 : before.preset - 1);
    else if (action.startsWith(QLatin1String("preset.")) && action.back().isDigit()) {
        const int index = action.back().digitValue() - 1;
        QCOMPARE(after.preset, index);
        QCOMPARE(after.params, m_studio->presets()->presetAt(index)->params);
    } else if (action == QLatin1String("preset.save") || action == QLatin1String("preset.saveAs")) {
        // The current preset is built in: both ask for a name.
        QCOMPARE(saveAs.size(), 1);
        QVERIFY(named("nameDialog")->property("visible").toBool());
    } else if (action == QLatin1String("preset.import"))
        QCOMPARE(importing.size(), 1);
    else if (action == QLatin1String("preset.export"))
        QCOMPARE(exporting.size(), 1);
    else if (action == QLatin1String("source.openFile"))
        QCOMPARE(openMedia.size(), 1);
    else if (action == QLatin1String("app.settings")) {
        QCOMPARE(settings.size(), 1);
        QVERIFY(named("settingsDialog")->property("visible").toBool());
    } else if (action == QLatin1String("app.quit")) {
        QCOMPARE(quit.size(), 1);
        QTRY_VERIFY(!m_window->isVisible());
    } else if (action == QLatin1String("view.matte"))
        QCOMPARE(after.mode, KeyedVideoItem::Matte);
    else if (action == QLatin1String("view.split"))
        QCOMPARE(after.mode, KeyedVideoItem::Split);
    else if (action == QLatin1String("view.source"))
        QCOMPARE(after.mode, KeyedVideoItem::Source);
    else if (action == QLatin1String("view.stats"))
        QCOMPARE(after.stats, !before.stats);
    else if (action == QLatin1String("view.panels"))
        QCOMPARE(after.panels, !before.panels);
    else if (action == QLatin1String("view.zoomFit"))
        QCOMPARE(after.zoom, ViewState::ZoomFit);
    else if (action == QLatin1String("view.zoom100"))
        QCOMPARE(after.zoom, ViewState::Zoom100);
    else if (action == QLatin1String("view.zoom200"))
        QCOMPARE(after.zoom, ViewState::Zoom200);
    else if (action == QLatin1String("tool.freeze")) {
        QCOMPARE(after.frozen, !before.frozen);
        QCOMPARE(m_studio->router()->frozen(), after.frozen);
    } else if (action == QLatin1String("window.fullScreen")) {
        QCOMPARE(after.fullScreen, !before.fullScreen);
        QTRY_COMPARE(m_window->visibility(), QWindow::FullScreen);
    } else if (action == QLatin1String("window.output")) {
        QCOMPARE(after.output, true);
        auto *output = qobject_cast<QWindow *>(named("outputWindow"));
        QVERIFY(output);
        QTRY_VERIFY(output->isVisible());
    } else if (action == QLatin1String("help.shortcuts")) {
        QCOMPARE(after.cheatSheet, true);
        QTRY_VERIFY(named("cheatSheet")->property("visible").toBool());
    } else if (action == QLatin1String("tool.eyedropper"))
        QCOMPARE(after.eyedropper, true);
    else if (action == QLatin1String("tool.autoKey")) {
        // The test pattern's backdrop is measured: the key colour moves off the nominal one.
        QVERIFY2(after.params.keyColor != before.params.keyColor ||
                     !near(after.params.similarity, before.params.similarity),
                 qPrintable(states));
        QVERIFY(after.canUndo);
    } else if (action == QLatin1String("tool.cleanPlate")) // finished: tst_cleanplatestudio
        QVERIFY(m_studio->cleanPlate()->capturing());
    else if (action == QLatin1String("tool.clearCleanPlate"))
        QVERIFY(!m_studio->cleanPlate()->capturing());
    else
        QFAIL(qPrintable(QStringLiteral("the test does not know the action ") + action));
}

void StudioWindowTest::saveShortcutWritesTheUserPreset()
{
    PresetStore *presets = m_studio->presets();
    const int user = presets->indexOf(QStringLiteral("User 1"));
    QVERIFY(m_studio->choosePreset(user));
    QVERIFY(m_studio->editor()->setValue(QStringLiteral("spill"), 0.42));
    QVERIFY(presets->isModified());
    QSignalSpy saveAs(m_studio, &Studio::saveAsRequested);
    press(QStringLiteral("Ctrl+S"));
    QCOMPARE(saveAs.size(), 0);
    QVERIFY(!presets->isModified());
    QFile file(presets->presetAt(presets->indexOf(QStringLiteral("User 1")))->filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"spill\": 0.42"));
}

void StudioWindowTest::saveShortcutOnBuiltInAsksForAName()
{
    QVERIFY(m_studio->presets()->currentBuiltIn());
    QSignalSpy saveAs(m_studio, &Studio::saveAsRequested);
    press(QStringLiteral("Ctrl+S"));
    QCOMPARE(saveAs.size(), 1);
    QVERIFY(!saveAs.at(0).at(0).toString().isEmpty());
    QObject *dialog = named("nameDialog");
    QVERIFY(dialog->property("visible").toBool());
    // Shortcuts stand aside while the dialog is open: typing a name does not tweak the key.
    const KeyParams before = m_studio->editor()->keyParams();
    for (const char *key : {"Q", "W", "S", "X", "M", "1"})
        press(QLatin1String(key));
    QCOMPARE(m_studio->editor()->keyParams(), before);
    QCOMPARE(m_studio->view()->mode(), KeyedVideoItem::Composite);
}

void StudioWindowTest::noShortcutActsWhileTyping()
{
    QQuickItem *field = firstTextField();
    QVERIFY(field);
    // Focus goes only to items of the active window.
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const Snapshot before = snapshot();
    const ShortcutTable &table = *m_studio->shortcuts();
    for (int row = 0; row < table.rowCount(); ++row) {
        const QModelIndex index = table.index(row);
        QStringList keys = table.data(index, ShortcutTable::SequencesRole).toStringList();
        keys += table.data(index, ShortcutTable::FineSequencesRole).toStringList();
        for (const QString &key : keys) {
            // Tab moves the focus on (that is the field's business): take it back each time.
            field->forceActiveFocus();
            QTRY_VERIFY2(field->hasActiveFocus(), qPrintable(QStringLiteral("before ") + key));
            press(key);
            QVERIFY2(snapshot() == before,
                     qPrintable(key + QStringLiteral(": ") + describe(snapshot())));
        }
    }
    // Leaving the field with letters in it changes nothing either (the text is refused).
    m_window->contentItem()->forceActiveFocus();
    QCOMPARE(snapshot(), before);
    QVERIFY(m_window->isVisible());
}

void StudioWindowTest::reboundKeyWorksAtOnce()
{
    QCOMPARE(m_studio->shortcuts()->rebind(QStringLiteral("view.stats"), QStringLiteral("J")),
             QString());
    QCoreApplication::processEvents();
    press(QStringLiteral("J"));
    QVERIFY(m_studio->view()->statsVisible());
    press(QStringLiteral("I"));
    QVERIFY(m_studio->view()->statsVisible());
    // The binding is part of the session.
    m_studio->save();
    QSettings saved(settingsFile(), QSettings::IniFormat);
    QCOMPARE(saved.value(QStringLiteral("shortcuts/view.stats")).toString(), QStringLiteral("J"));
    // Conflicts are refused, and the key keeps working for its owner.
    QVERIFY(!m_studio->shortcuts()
                 ->rebind(QStringLiteral("view.stats"), QStringLiteral("M"))
                 .isEmpty());
    press(QStringLiteral("M"));
    QCOMPARE(m_studio->view()->mode(), KeyedVideoItem::Matte);
}

void StudioWindowTest::keyStepShowsAToast()
{
    QObject *toast = named("toast");
    QVERIFY(toast);
    press(QStringLiteral("W"));
    const QString text = toast->property("text").toString();
    QVERIFY2(text.contains(QStringLiteral("Similarity")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(m_studio->editor()->keyParams().similarity, 'f', 3)),
             qPrintable(text));
    QTRY_VERIFY(toast->property("visible").toBool());
}

void StudioWindowTest::autoKeyLeavesTheGuiThreadFree()
{
    QTRY_VERIFY(m_studio->autoKeyAvailable());
    QObject *toast = named("toast");
    QVERIFY(toast);
    const KeyParams before = m_studio->editor()->keyParams();
    QSignalSpy finished(m_studio, &Studio::autoKeyFinished);

    // The call only starts the measurement: nothing has changed when it returns, and a second
    // press while it runs starts nothing more.
    QVERIFY(m_studio->autoKey());
    QCOMPARE(m_studio->editor()->keyParams(), before);
    QVERIFY(!m_studio->autoKey());

    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!(m_studio->editor()->keyParams() == before));
    QVERIFY(m_studio->editor()->canUndo());
    const QString text = toast->property("text").toString();
    QVERIFY2(text.startsWith(QStringLiteral("Auto-key: #")), qPrintable(text));

    // Once done, the next press measures again.
    QVERIFY(m_studio->autoKey());
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 2);
}

void StudioWindowTest::outputWindowShowsTheSameFrame()
{
    // The same plain background behind both, so that only the keyed picture can differ.
    m_studio->background()->setColor(Qt::black);
    m_studio->background()->setKind(BackgroundSettings::SolidColor);
    press(QStringLiteral("O"));
    auto *output = qobject_cast<QQuickWindow *>(named("outputWindow"));
    QVERIFY(output);
    QTRY_VERIFY(output->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(output));
    KeyedVideoItem *preview = m_studio->router()->preview();
    KeyedVideoItem *outputVideo = m_studio->router()->output();
    QVERIFY(outputVideo);
    QVERIFY(outputVideo != preview);
    QTRY_VERIFY_WITH_TIMEOUT(outputVideo->frameSize() == preview->frameSize(), frameTimeoutMs);
    QCOMPARE(outputVideo->keyParams(), preview->keyParams());
    QCOMPARE(outputVideo->viewMode(), KeyedVideoItem::Composite);

    // Frozen, both hold one frame: drawn by the same keyer from the same pixels over the same
    // background, the two pictures must match (up to scaling).
    m_studio->view()->setFrozen(true);
    QTest::qWait(300);
    const QImage fromPreview = m_window->grabWindow().copy(
        preview->mapRectToScene(preview->boundingRect()).toAlignedRect());
    const QImage fromOutput = output->grabWindow();
    QVERIFY(!fromPreview.isNull() && !fromOutput.isNull());
    const QSize small(48, 27);
    const QImage a = fromPreview.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage b = fromOutput.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    int close = 0;
    int bright = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) < 40 && std::abs(p.green() - q.green()) < 40 &&
                std::abs(p.blue() - q.blue()) < 40)
                ++close;
            if (q.red() + q.green() + q.blue() > 150)
                ++bright;
        }
    }
    const int total = small.width() * small.height();
    QVERIFY2(bright > total / 20, "the output window shows no picture");
    QVERIFY2(close * 100 >= total * 95,
             qPrintable(QStringLiteral("%1 of %2 pixels alike").arg(close).arg(total)));
    // Closing it stops the deliveries to it.
    press(QStringLiteral("O"));
    QTRY_VERIFY(!output->isVisible());
    QCOMPARE(m_studio->router()->output(), nullptr);
}

void StudioWindowTest::splitDividerFollowsTheView()
{
    press(QStringLiteral("V"));
    KeyedVideoItem *preview = m_studio->router()->preview();
    QCOMPARE(preview->viewMode(), KeyedVideoItem::Split);
    m_studio->view()->setSplitPosition(0.3);
    QCOMPARE(preview->splitPosition(), 0.3);
    m_studio->view()->setSplitPosition(7);
    QCOMPARE(preview->splitPosition(), 1.0);
    // Changing the view uploads nothing: the same frames, new uniforms only.
    m_studio->view()->setFrozen(true);
    QTest::qWait(200);
    const quint64 uploads = preview->counters().planeUploads.load();
    for (const auto mode : {KeyedVideoItem::Matte, KeyedVideoItem::Source, KeyedVideoItem::Split,
                            KeyedVideoItem::Composite}) {
        m_studio->view()->setMode(mode);
        m_studio->view()->setSplitPosition(0.2 + 0.1 * int(mode));
        QTest::qWait(50);
    }
    QCOMPARE(preview->counters().planeUploads.load(), uploads);
}

void StudioWindowTest::languageSwitchesWithoutRestart()
{
    QVERIFY(showsText(QStringLiteral("Press F1 for shortcuts")));
    m_studio->language()->setLanguage(QStringLiteral("de"));
    // QML texts, the parameter panel and the shortcut table (C++ models) all follow at once.
    QTRY_VERIFY(showsText(QStringLiteral("F1 zeigt die Tastenkürzel")));
    QVERIFY(showsText(QStringLiteral("Ähnlichkeit")));
    QCOMPARE(m_studio->shortcuts()->text(QStringLiteral("app.quit")), QStringLiteral("Beenden"));
    QCOMPARE(m_window->title(), QStringLiteral("Greenscreen — Greenroom"));
    m_studio->language()->setLanguage(QStringLiteral("fr"));
    QTRY_VERIFY(showsText(QStringLiteral("Similarité")));
    m_studio->language()->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(showsText(QStringLiteral("Press F1 for shortcuts")));
    QVERIFY(showsText(QStringLiteral("Similarity")));
}

void StudioWindowTest::droppedFileBecomesTheSource()
{
    // A file that does not play: the source reports it, nothing crashes, the choice holds.
    const QUrl file = QUrl::fromLocalFile(g_config->filePath(QStringLiteral("clip.mp4")));
    QMimeData data;
    data.setUrls({file});
    const QPoint centre(m_window->width() / 3, m_window->height() / 2);
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QDragMoveEvent move(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &move);
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &drop);
    QTRY_COMPARE(m_studio->sources()->sourceKind(), SourceController::SourceKind::MediaFile);
    QCOMPARE(m_studio->sources()->mediaFile(), file);
    QTRY_VERIFY(!m_studio->sources()->errorString().isEmpty());
    QTRY_VERIFY(named("toast")->property("text").toString() == m_studio->sources()->errorString());
}

void StudioWindowTest::statsOverlayMeasuresThePreview()
{
    auto *stats = m_window->findChild<LiveStats *>();
    QVERIFY(stats);
    QVERIFY(!stats->isActive()); // measures nothing while hidden
    press(QStringLiteral("I"));
    QVERIFY(stats->isActive());
    QCOMPARE(stats->item(), m_studio->router()->preview());
    QTRY_VERIFY_WITH_TIMEOUT(stats->inputFps() > 0 && stats->presentedFps() > 0, 10000);
    QVERIFY(stats->presentedFps() <= stats->inputFps() * 1.5 + 1);
    QVERIFY(stats->latencyMs() > 0);
    QVERIFY(stats->latencyP95Ms() >= stats->latencyMs() * 0.5);
    const QString backend = stats->backend();
    QVERIFY2(backend == QLatin1String("OpenGL") || backend == QLatin1String("Vulkan"),
             qPrintable(backend));
}

void StudioWindowTest::aboutDialogShowsVersionAndLicences()
{
    QVERIFY(openWindow());
    QObject *dialog = named("aboutDialog");
    QVERIFY(dialog);
    QVERIFY(!dialog->property("visible").toBool());
    // The Help menu's entry is an action of the table, like every other menu entry.
    QVERIFY(m_studio->trigger(QStringLiteral("help.about"), false));
    QTRY_VERIFY(dialog->property("visible").toBool());
    QCOMPARE(named("aboutVersion")->property("text").toString(),
             QStringLiteral("Greenroom ") + QStringLiteral(GREENROOM_VERSION));
    QObject *text = named("aboutLicenseText");
    QVERIFY(text);
    QTRY_VERIFY(text->property("text").toString().contains(QStringLiteral("MIT License")));
    // Another licence from the list replaces the text.
    QObject *choice = named("aboutLicenseChoice");
    QVERIFY(choice);
    QVERIFY(choice->property("count").toInt() >= 5);
    QMetaObject::invokeMethod(choice, "activated", Q_ARG(int, 2));
    QTRY_VERIFY(text->property("text").toString().contains(
        QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")));
    if (const QString dir = qEnvironmentVariable("GREENROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grabWindow().save(dir + QStringLiteral("/about.png"));
    press(QStringLiteral("Esc"));
    QTRY_VERIFY(!dialog->property("visible").toBool());
}

} // namespace greenroom

int main(int argc, char *argv[])
{
    return greenroom::test::runWithPrivateConfig<greenroom::StudioWindowTest>(argc, argv,
                                                                              &greenroom::g_config);
}

#include "tst_studiowindow.moc"
