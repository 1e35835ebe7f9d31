#include "Studio.h"

#include "AutoKey.h"
#include "Eyedropper.h"
#include "FileDialogSupport.h"
#include "FrameSampler.h"
#include "KeyParamsJson.h"
#include "MappedFrameView.h"

#include <QtCore/QDebug>
#include <QtCore/QJsonDocument>
#include <QtCore/QMetaEnum>
#include <QtCore/QMetaMethod>
#include <QtQml/QQmlEngine>
#include <QtQuick/QQuickWindow>

#include <utility>

namespace greenroom {

namespace {
constexpr int saveDelayMs = 400;

const QString sourceKindKey = QStringLiteral("live/source");
const QString mediaFileKey = QStringLiteral("live/mediaFile");
const QString presetKey = QStringLiteral("live/preset");
const QString paramsKey = QStringLiteral("live/params");
const QString languageKey = QStringLiteral("ui/language");
const QString shortcutsGroup = QStringLiteral("shortcuts");
const QString viewGroup = QStringLiteral("view");
const QString backgroundGroup = QStringLiteral("background");
const QString outputGroup = QStringLiteral("output");
const QString firstPictureGroup = QStringLiteral("firstPicture");

QString viewModeName(KeyedVideoItem::ViewMode mode)
{
    switch (mode) {
    case KeyedVideoItem::Composite:
        return Studio::tr("Composite view");
    case KeyedVideoItem::Matte:
        return Studio::tr("Matte view");
    case KeyedVideoItem::Source:
        return Studio::tr("Source view");
    case KeyedVideoItem::Split:
        return Studio::tr("Split view");
    }
    return {};
}
} // namespace

Studio::Studio(QObject *parent) : Studio(QString(), parent) {}

Studio::Studio(const QString &settingsFile, QObject *parent)
    : QObject(parent),
      m_settings(settingsFile.isEmpty() ? std::make_unique<StudioSettings>()
                                        : std::make_unique<StudioSettings>(settingsFile)),
      m_editor(new KeyEditor(this)), m_presets(new PresetStore(this)),
      m_shortcuts(new ShortcutTable(this)), m_view(new ViewState(this)),
      m_background(new BackgroundSettings(this)), m_output(new OutputSettings(this)),
      m_language(new LanguageSettings(this)), m_router(new FrameRouter(this)),
      m_sources(new SourceController(this)), m_autoKey(new AutoKeyRunner(this)),
      m_firstPicture(new FirstPictureKey(
          [this] { return m_presets->currentBuiltIn() && !m_presets->isModified(); }, this)),
      m_cleanPlate(new CleanPlateController(m_router, m_sources, this))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Studio::save);
    m_sources->setVideoSink(m_router->videoSink());
    m_presets->setDirectory(PresetStore::defaultDirectory());
    connect(m_autoKey, &AutoKeyRunner::finished, this, &Studio::applyAutoKey);
    connect(m_cleanPlate, &CleanPlateController::toast, this, &Studio::toast);
    connect(m_firstPicture, &FirstPictureKey::autoKeyDue, this,
            [this] { m_firstPictureRun = autoKey(); });
    wire();
}

Studio::~Studio()
{
    if (m_restored)
        save();
    // The source goes before the router and items it delivers to.
    m_sources->setRunning(false);
    m_router->setPreview(nullptr);
    m_router->setOutput(nullptr);
}

void Studio::wire()
{
    connect(m_editor, &KeyEditor::keyParamsChanged, this, [this] {
        m_presets->setLiveParams(m_editor->keyParams());
        scheduleSave();
    });
    connect(m_presets, &PresetStore::presetActivated, this, [this](const KeyParams &params) {
        m_editor->applyPreset(params, m_presets->currentDisplayName());
    });
    connect(m_presets, &PresetStore::currentChanged, this, &Studio::scheduleSave);
    connect(m_view, &ViewState::frozenChanged, this,
            [this] { m_router->setFrozen(m_view->frozen()); });
    connect(m_language, &LanguageSettings::languageChanged, this, [this] {
        retranslate();
        scheduleSave();
    });
    connect(m_shortcuts, &ShortcutTable::bindingsChanged, this, &Studio::scheduleSave);
    connect(m_sources, &SourceController::sourceKindChanged, this, &Studio::scheduleSave);
    connect(m_sources, &SourceController::mediaFileChanged, this, &Studio::scheduleSave);
    // Every stored, notifying property of the plain state objects is part of the session.
    const QMetaMethod scheduleSaveSlot =
        metaObject()->method(metaObject()->indexOfSlot("scheduleSave()"));
    for (QObject *state :
         {static_cast<QObject *>(m_view), static_cast<QObject *>(m_background),
          static_cast<QObject *>(m_output), static_cast<QObject *>(m_firstPicture)}) {
        const QMetaObject *meta = state->metaObject();
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (property.hasNotifySignal() && property.isStored())
                connect(state, property.notifySignal(), this, scheduleSaveSlot);
        }
    }
}

void Studio::scheduleSave()
{
    if (m_restored)
        m_saveTimer.start();
}

void Studio::componentComplete()
{
    // Texts bound before the translator was installed are evaluated again.
    retranslate();
}

void Studio::retranslate()
{
    m_editor->parameters()->retranslate();
    m_shortcuts->retranslate();
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    Q_EMIT retranslated();
}

bool Studio::fileDialogsAvailable() const
{
    return quickDialogsAvailable(qmlEngine(this));
}

QUrl Studio::fileUrl(const QString &path) const
{
    return typedPathUrl(path);
}

void Studio::setFrameAvailable(bool available)
{
    if (available == m_hasFrame)
        return;
    m_hasFrame = available;
    m_firstPicture->setPictureAvailable(available);
    Q_EMIT toolsAvailableChanged();
}

bool Studio::pickKeyColor(QPointF point)
{
    m_view->setEyedropperActive(false);
    const MappedFrameView mapped(m_router->shownFrame());
    if (mapped.view().width <= 0) {
        report(tr("Eyedropper: there is no picture to pick from."));
        return false;
    }
    const QColor color = eyedropper(FrameSampler(mapped.view()), point);
    if (!color.isValid()) {
        report(tr("Eyedropper: the point is outside the picture."));
        return false;
    }
    m_editor->setValue(QStringLiteral("keyColor"), color);
    Q_EMIT toast(m_editor->describe("keyColor"));
    return true;
}

bool Studio::autoKey()
{
    const QVideoFrame frame = m_router->shownFrame();
    if (!frame.isValid()) {
        applyAutoKey({}); // nothing to measure: says so, as a run that found no picture does
        return false;
    }
    // A second press while the first estimate is being made adds nothing.
    return m_autoKey->start(frame);
}

void Studio::applyAutoKey(const AutoKeyOutcome &outcome)
{
    const bool firstPicture = std::exchange(m_firstPictureRun, false);
    if (!outcome.hadPicture) {
        report(tr("Auto-key: there is no picture to look at."));
        Q_EMIT autoKeyFinished(false);
        return;
    }
    const AutoKeyResult &result = outcome.result;
    if (!result.valid) {
        report(tr("Auto-key found no backdrop colour: no strong colour covers enough of the "
                  "picture."));
        Q_EMIT autoKeyFinished(false);
        return;
    }
    // Applied to the values as they are now: a slider moved meanwhile keeps its new value
    // unless auto-key sets that very parameter.
    m_editor->applyValues(result.appliedTo(m_editor->keyParams()), tr("Auto-key"));
    QString summary = tr("Auto-key: %1, similarity %2, smoothness %3")
                          .arg(result.keyColor.name().toUpper())
                          .arg(m_editor->keyParams().similarity, 0, 'f', 3)
                          .arg(m_editor->keyParams().smoothness, 0, 'f', 3);
    if (firstPicture)
        summary.prepend(tr("First picture auto-keyed; choosing a preset turns this off.") +
                        QLatin1Char('\n'));
    // What it could not separate goes to stderr as well as into the toast: it explains a key
    // that still shows holes.
    if (const QString advice = result.advice(); !advice.isEmpty()) {
        qWarning().noquote() << "Greenroom: auto-key:" << advice;
        summary += QLatin1Char('\n') + advice;
    }
    Q_EMIT toast(summary);
    Q_EMIT autoKeyFinished(true);
}

void Studio::report(const QString &problem)
{
    qWarning().noquote() << "Greenroom:" << problem;
    Q_EMIT toast(problem);
}

void Studio::restore()
{
    QSettings &s = m_settings->settings();
    QStringList problems;

    if (const QVariant language = s.value(languageKey); language.isValid())
        m_language->setLanguage(language.toString());

    QMap<QString, QString> bindings;
    s.beginGroup(shortcutsGroup);
    for (const QString &action : s.childKeys())
        bindings.insert(action, s.value(action).toString());
    s.endGroup();
    if (!bindings.isEmpty())
        problems += m_shortcuts->setCustomBindings(bindings);

    problems += m_settings->loadObject(viewGroup, m_view);
    problems += m_settings->loadObject(backgroundGroup, m_background);
    problems += m_settings->loadObject(outputGroup, m_output);
    problems += m_settings->loadObject(firstPictureGroup, m_firstPicture);

    if (s.contains(paramsKey)) {
        const QJsonDocument json = QJsonDocument::fromJson(s.value(paramsKey).toString().toUtf8());
        const KeyParamsJson::Decoded decoded = KeyParamsJson::decode(json.object());
        for (const QString &problem : decoded.problems)
            problems.append(tr("Saved key values: %1").arg(problem));
        m_editor->restore(decoded.params);
    }
    const QString preset = s.value(presetKey).toString();
    if (!preset.isEmpty() && !m_presets->adopt(preset))
        problems.append(tr("The preset \"%1\" of the last session no longer exists.").arg(preset));
    // First start: the built-in preset whose values are the defaults is the current one.
    if (!s.contains(presetKey) && !s.contains(paramsKey))
        m_presets->adopt(QStringLiteral("Green screen"));
    m_presets->setLiveParams(m_editor->keyParams());

    restoreSource();

    for (const QString &problem : problems)
        report(problem);
    if (!m_presets->problems().isEmpty())
        Q_EMIT toast(tr("Problems in preset files: %1; the Key page lists them.")
                         .arg(m_presets->problems().size()));
    m_restored = true;
}

void Studio::restoreSource()
{
    QSettings &s = m_settings->settings();
    const QUrl mediaFile(s.value(mediaFileKey).toString());
    if (mediaFile.isValid())
        m_sources->setMediaFile(mediaFile);
    const QString kindName = s.value(sourceKindKey).toString();
    if (kindName.isEmpty()) {
        m_sources->useDefaultSource();
        return;
    }
    const QMetaEnum kinds = QMetaEnum::fromType<SourceController::SourceKind>();
    bool ok = false;
    const int kind = kinds.keyToValue(kindName.toLatin1().constData(), &ok);
    if (!ok) {
        report(tr("Settings: unknown source \"%1\"; using the default source.").arg(kindName));
        m_sources->useDefaultSource();
        return;
    }
    m_sources->setSourceKind(SourceController::SourceKind(kind));
}

void Studio::saveSource()
{
    QSettings &s = m_settings->settings();
    const QMetaEnum kinds = QMetaEnum::fromType<SourceController::SourceKind>();
    s.setValue(sourceKindKey, QString::fromLatin1(kinds.valueToKey(int(m_sources->sourceKind()))));
    if (m_sources->mediaFile().isValid())
        s.setValue(mediaFileKey, m_sources->mediaFile().toString());
}

void Studio::save()
{
    if (!m_restored)
        return;
    m_saveTimer.stop();
    QSettings &s = m_settings->settings();
    s.setValue(languageKey, m_language->language());
    s.remove(shortcutsGroup);
    const QMap<QString, QString> bindings = m_shortcuts->customBindings();
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        s.setValue(shortcutsGroup + QLatin1Char('/') + it.key(), it.value());
    m_settings->saveObject(viewGroup, m_view);
    m_settings->saveObject(backgroundGroup, m_background);
    m_settings->saveObject(outputGroup, m_output);
    m_settings->saveObject(firstPictureGroup, m_firstPicture);
    s.setValue(paramsKey,
               QString::fromUtf8(QJsonDocument(KeyParamsJson::encode(m_editor->keyParams()))
                                     .toJson(QJsonDocument::Compact)));
    s.setValue(presetKey, m_presets->currentName());
    saveSource();
    // Only a shown window has a geometry worth keeping: once closed (or while the engine tears
    // it down) it would report its initial size.
    if (m_window && m_window->isVisible())
        m_settings->saveWindow(m_window);
    m_settings->sync();
    if (s.status() != QSettings::NoError)
        qWarning().noquote() << "Greenroom: could not write the settings file"
                             << m_settings->fileName();
}

void Studio::attachWindow(QQuickWindow *window)
{
    if (!window || window == m_window)
        return;
    m_window = window;
    m_settings->restoreWindow(window);
    for (auto signal :
         {&QWindow::xChanged, &QWindow::yChanged, &QWindow::widthChanged, &QWindow::heightChanged})
        connect(window, signal, this, &Studio::scheduleSave);
    connect(window, &QWindow::windowStateChanged, this, &Studio::scheduleSave);
}

bool Studio::choosePreset(int index)
{
    m_firstPicture->setEnabled(false); // the user chose a key
    if (!m_presets->select(index)) {
        Q_EMIT toast(m_presets->errorString());
        return false;
    }
    Q_EMIT toast(tr("Preset: %1").arg(m_presets->currentDisplayName()));
    return true;
}

void Studio::stepParameter(const char *name, int direction, bool fine)
{
    if (m_editor->step(name, direction, fine))
        Q_EMIT toast(m_editor->describe(name));
}

void Studio::savePreset()
{
    if (m_presets->currentIndex() < 0 || m_presets->currentBuiltIn()) {
        const QString base = m_presets->currentIndex() < 0
                                 ? tr("My preset")
                                 : tr("%1 (mine)").arg(m_presets->currentDisplayName());
        Q_EMIT saveAsRequested(m_presets->uniqueName(base));
        return;
    }
    if (m_presets->save())
        Q_EMIT toast(tr("Saved preset %1").arg(m_presets->currentDisplayName()));
    else
        Q_EMIT toast(m_presets->errorString());
}

bool Studio::trigger(const QString &action, bool fine)
{
    const auto is = [&action](const char *id) { return action == QLatin1String(id); };
    const auto toggleView = [this](KeyedVideoItem::ViewMode mode) {
        m_view->toggleMode(mode);
        Q_EMIT toast(viewModeName(m_view->mode()));
    };

    if (is("similarity.down"))
        stepParameter("similarity", -1, fine);
    else if (is("similarity.up"))
        stepParameter("similarity", +1, fine);
    else if (is("smoothness.down"))
        stepParameter("smoothness", -1, fine);
    else if (is("smoothness.up"))
        stepParameter("smoothness", +1, fine);
    else if (is("spill.down"))
        stepParameter("spill", -1, fine);
    else if (is("spill.up"))
        stepParameter("spill", +1, fine);
    else if (is("parameter.reset")) {
        const QString name = m_editor->activeParameter();
        if (name.isEmpty())
            Q_EMIT toast(tr("No parameter has been changed yet."));
        else if (m_editor->resetValue(name))
            Q_EMIT toast(tr("Reset %1").arg(m_editor->describe(name.toLatin1())));
    } else if (is("edit.undo")) {
        const QString text = m_editor->undoText();
        if (!m_editor->canUndo()) {
            Q_EMIT toast(tr("Nothing to undo."));
        } else {
            m_editor->undo();
            Q_EMIT toast(tr("Undone: %1").arg(text));
        }
    } else if (is("edit.redo")) {
        const QString text = m_editor->redoText();
        if (!m_editor->canRedo()) {
            Q_EMIT toast(tr("Nothing to redo."));
        } else {
            m_editor->redo();
            Q_EMIT toast(tr("Redone: %1").arg(text));
        }
    } else if (is("preset.next")) {
        if (m_presets->count() > 0)
            choosePreset(m_presets->currentIndex() < 0
                             ? 0
                             : (m_presets->currentIndex() + 1) % m_presets->count());
    } else if (is("preset.previous")) {
        if (m_presets->count() > 0)
            choosePreset(m_presets->currentIndex() <= 0 ? m_presets->count() - 1
                                                        : m_presets->currentIndex() - 1);
    } else if (action.startsWith(QLatin1String("preset.")) && action.size() == 8 &&
               action.back().isDigit()) {
        choosePreset(action.back().digitValue() - 1);
    } else if (is("preset.save"))
        savePreset();
    else if (is("preset.saveAs"))
        Q_EMIT saveAsRequested(m_presets->uniqueName(
            m_presets->currentIndex() < 0 ? tr("My preset") : m_presets->currentDisplayName()));
    else if (is("preset.import"))
        Q_EMIT importRequested();
    else if (is("preset.export"))
        Q_EMIT exportRequested();
    else if (is("source.openFile"))
        Q_EMIT openMediaRequested();
    else if (is("app.settings"))
        Q_EMIT settingsRequested();
    else if (is("app.quit"))
        Q_EMIT quitRequested();
    else if (is("view.matte"))
        toggleView(KeyedVideoItem::Matte);
    else if (is("view.split"))
        toggleView(KeyedVideoItem::Split);
    else if (is("view.source"))
        toggleView(KeyedVideoItem::Source);
    else if (is("view.stats"))
        m_view->setStatsVisible(!m_view->statsVisible());
    else if (is("view.panels"))
        m_view->setPanelsVisible(!m_view->panelsVisible());
    else if (is("view.zoomFit"))
        m_view->setZoom(ViewState::ZoomFit);
    else if (is("view.zoom100"))
        m_view->setZoom(ViewState::Zoom100);
    else if (is("view.zoom200"))
        m_view->setZoom(ViewState::Zoom200);
    else if (is("tool.freeze")) {
        m_view->setFrozen(!m_view->frozen());
        Q_EMIT toast(m_view->frozen() ? tr("Frame frozen") : tr("Live"));
    } else if (is("window.fullScreen"))
        m_view->setFullScreen(!m_view->fullScreen());
    else if (is("window.output"))
        m_view->setOutputVisible(!m_view->outputVisible());
    else if (is("help.shortcuts"))
        m_view->setCheatSheetVisible(!m_view->cheatSheetVisible());
    else if (is("help.about"))
        Q_EMIT aboutRequested();
    else if (is("tool.eyedropper")) {
        if (!m_hasFrame)
            Q_EMIT toast(toolsUnavailableReason());
        else
            m_view->setEyedropperActive(!m_view->eyedropperActive());
        if (m_view->eyedropperActive())
            Q_EMIT toast(tr("Click the backdrop in the preview to pick the key colour"));
    } else if (is("tool.autoKey"))
        autoKey();
    else if (is("tool.cleanPlate"))
        m_cleanPlate->capture();
    else if (is("tool.clearCleanPlate"))
        m_cleanPlate->clear();
    else
        return false;
    return true;
}

} // namespace greenroom
