#include "ShortcutTable.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <array>

namespace greenroom {

namespace {

constexpr auto context = "ShortcutTable";

struct Action {
    const char *id;
    const char *category;
    const char *text;
    const char *keys; // portable text; several separated by "; "
    bool fineWithShift;
    bool inMenu;
};

// Menu titles, in menu order.
constexpr auto fileMenu = QT_TRANSLATE_NOOP("ShortcutTable", "File");
constexpr auto editMenu = QT_TRANSLATE_NOOP("ShortcutTable", "Edit");
constexpr auto keyMenu = QT_TRANSLATE_NOOP("ShortcutTable", "Key");
constexpr auto presetsMenu = QT_TRANSLATE_NOOP("ShortcutTable", "Presets");
constexpr auto viewMenu = QT_TRANSLATE_NOOP("ShortcutTable", "View");
constexpr auto helpMenu = QT_TRANSLATE_NOOP("ShortcutTable", "Help");
constexpr std::array menus{fileMenu, editMenu, keyMenu, presetsMenu, viewMenu, helpMenu};

// The table. Ids are stable: they name the bindings in the settings file.
// clang-format off
constexpr std::array actions{
    Action{"preset.save", fileMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Save preset"), "Ctrl+S", false, true},
    Action{"preset.saveAs", fileMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Save preset as…"), "Ctrl+Shift+S", false, true},
    Action{"preset.import", fileMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Import preset…"), "Ctrl+I", false, true},
    Action{"preset.export", fileMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Export preset…"), "Ctrl+E", false, true},
    Action{"source.openFile", fileMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Open media file…"), "Ctrl+O", false, true},
    Action{"app.settings", fileMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Settings…"), "Ctrl+,", false, true},
    Action{"app.quit", fileMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Quit"), "Ctrl+Q", false, true},

    Action{"edit.undo", editMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Undo"), "Ctrl+Z", false, true},
    Action{"edit.redo", editMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Redo"), "Ctrl+Shift+Z", false, true},
    Action{"parameter.reset", editMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Reset the last changed parameter"), "R", false, true},

    Action{"similarity.down", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Similarity down"), "Q", true, true},
    Action{"similarity.up", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Similarity up"), "W", true, true},
    Action{"smoothness.down", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Smoothness down"), "A", true, true},
    Action{"smoothness.up", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Smoothness up"), "S", true, true},
    Action{"spill.down", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Spill down"), "Z", true, true},
    Action{"spill.up", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Spill up"), "X", true, true},
    Action{"tool.eyedropper", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Pick the key colour from the picture"), "E", false, true},
    Action{"tool.autoKey", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Auto-key"), "K", false, true},
    Action{"tool.cleanPlate", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Capture a clean plate (the empty screen)"), "P", false, true},
    Action{"tool.clearCleanPlate", keyMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Clear the clean plate"), "Shift+P", false, true},

    Action{"preset.previous", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Previous preset"), "[", false, true},
    Action{"preset.next", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Next preset"), "]", false, true},
    Action{"preset.1", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 1"), "1", false, false},
    Action{"preset.2", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 2"), "2", false, false},
    Action{"preset.3", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 3"), "3", false, false},
    Action{"preset.4", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 4"), "4", false, false},
    Action{"preset.5", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 5"), "5", false, false},
    Action{"preset.6", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 6"), "6", false, false},
    Action{"preset.7", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 7"), "7", false, false},
    Action{"preset.8", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 8"), "8", false, false},
    Action{"preset.9", presetsMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Preset 9"), "9", false, false},

    Action{"view.matte", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Matte view"), "M", false, true},
    Action{"view.split", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Split view"), "V", false, true},
    Action{"view.source", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Source view (unkeyed)"), "U", false, true},
    Action{"view.stats", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Statistics"), "I", false, true},
    Action{"view.panels", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Show or hide the panels"), "Tab", false, true},
    Action{"view.zoomFit", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Zoom to fit"), "Ctrl+0", false, true},
    Action{"view.zoom100", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Zoom 100%"), "Ctrl+1", false, true},
    Action{"view.zoom200", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Zoom 200%"), "Ctrl+2", false, true},
    Action{"tool.freeze", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Freeze frame"), "F", false, true},
    Action{"window.fullScreen", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Full screen"), "F11", false, true},
    Action{"window.output", viewMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Output window"), "O", false, true},

    Action{"help.shortcuts", helpMenu, QT_TRANSLATE_NOOP("ShortcutTable", "Keyboard shortcuts"), "F1; ?", false, true},
    Action{"help.about", helpMenu, QT_TRANSLATE_NOOP("ShortcutTable", "About Greenroom"), "", false, true},
};
// clang-format on

QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

// An action without keys (only in its menu) has none: listFromString("") gives one empty key.
QList<QKeySequence> defaultKeys(const Action &action)
{
    QList<QKeySequence> keys =
        QKeySequence::listFromString(QString::fromLatin1(action.keys), QKeySequence::PortableText);
    keys.removeAll(QKeySequence());
    return keys;
}

QKeySequence withShift(const QKeySequence &sequence)
{
    const QKeyCombination combination = sequence[0];
    return QKeySequence(
        QKeyCombination(combination.keyboardModifiers() | Qt::ShiftModifier, combination.key()));
}

bool isModifierKey(Qt::Key key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_unknown:
        return true;
    default:
        return false;
    }
}

QStringList portable(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::PortableText));
    return texts;
}

} // namespace

ShortcutTable::ShortcutTable(QObject *parent) : QAbstractListModel(parent)
{
    for (const Action &action : actions)
        m_bindings.append({defaultKeys(action)});
}

int ShortcutTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(actions.size());
}

QVariant ShortcutTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(actions.size()))
        return {};
    const Action &action = actions[std::size_t(index.row())];
    const QList<QKeySequence> &keys = m_bindings.at(index.row()).keys;
    switch (role) {
    case ActionRole:
        return QString::fromLatin1(action.id);
    case CategoryRole:
        return translated(action.category);
    case Qt::DisplayRole:
    case TextRole:
        return translated(action.text);
    case SequencesRole:
        return portable(keys);
    case FineSequencesRole: {
        QList<QKeySequence> fine;
        if (action.fineWithShift) {
            for (const QKeySequence &key : keys)
                fine.append(withShift(key));
        }
        return portable(fine);
    }
    case NativeTextRole:
        return nativeText(QString::fromLatin1(action.id));
    case HasFineStepRole:
        return action.fineWithShift;
    case IsDefaultRole:
        return keys == defaultKeys(action);
    case InMenuRole:
        return action.inMenu;
    case CategoryIndexRole:
        return int(std::find(menus.begin(), menus.end(), action.category) - menus.begin());
    default:
        return {};
    }
}

QHash<int, QByteArray> ShortcutTable::roleNames() const
{
    return {{ActionRole, "actionId"},
            {CategoryRole, "category"},
            {TextRole, "description"},
            {SequencesRole, "sequences"},
            {FineSequencesRole, "fineSequences"},
            {NativeTextRole, "nativeText"},
            {HasFineStepRole, "hasFineStep"},
            {IsDefaultRole, "isDefault"},
            {InMenuRole, "inMenu"},
            {CategoryIndexRole, "categoryIndex"}};
}

QStringList ShortcutTable::categories() const
{
    QStringList titles;
    for (const char *menu : menus)
        titles.append(translated(menu));
    return titles;
}

int ShortcutTable::rowOf(const QString &action) const
{
    for (std::size_t i = 0; i < actions.size(); ++i) {
        if (action == QLatin1String(actions[i].id))
            return int(i);
    }
    return -1;
}

QList<QKeySequence> ShortcutTable::claimedKeys(int row) const
{
    QList<QKeySequence> keys = m_bindings.at(row).keys;
    if (actions[std::size_t(row)].fineWithShift) {
        for (const QKeySequence &key : m_bindings.at(row).keys)
            keys.append(withShift(key));
    }
    return keys;
}

QString ShortcutTable::conflict(int row, const QKeySequence &sequence) const
{
    QList<QKeySequence> wanted{sequence};
    if (actions[std::size_t(row)].fineWithShift)
        wanted.append(withShift(sequence));
    for (int other = 0; other < int(actions.size()); ++other) {
        if (other == row)
            continue;
        for (const QKeySequence &key : claimedKeys(other)) {
            if (wanted.contains(key))
                return tr("%1 is already the shortcut of \"%2\".")
                    .arg(key.toString(QKeySequence::NativeText),
                         translated(actions[std::size_t(other)].text));
        }
    }
    return {};
}

QString ShortcutTable::rebind(const QString &action, const QString &sequence)
{
    const int row = rowOf(action);
    if (row < 0)
        return tr("There is no action \"%1\".").arg(action);
    const QKeySequence key = QKeySequence::fromString(sequence, QKeySequence::PortableText);
    if (key.isEmpty() || key.count() != 1 || isModifierKey(key[0].key()))
        return tr("\"%1\" is not a key combination; press one key, with modifiers if you like.")
            .arg(sequence);
    if (actions[std::size_t(row)].fineWithShift &&
        key[0].keyboardModifiers().testFlag(Qt::ShiftModifier))
        return tr("Shift is kept for the fine step of \"%1\"; choose a key without Shift.")
            .arg(translated(actions[std::size_t(row)].text));
    if (const QString problem = conflict(row, key); !problem.isEmpty())
        return problem;
    if (m_bindings.at(row).keys == QList<QKeySequence>{key})
        return {};
    m_bindings[row].keys = {key};
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT bindingsChanged();
    return {};
}

void ShortcutTable::resetBinding(const QString &action)
{
    const int row = rowOf(action);
    if (row < 0)
        return;
    const QList<QKeySequence> defaults = defaultKeys(actions[std::size_t(row)]);
    if (m_bindings.at(row).keys == defaults)
        return;
    // Another action may have been given this default meanwhile: it loses it.
    for (int other = 0; other < int(actions.size()); ++other) {
        if (other == row)
            continue;
        QList<QKeySequence> &keys = m_bindings[other].keys;
        const qsizetype before = keys.size();
        keys.removeIf([&](const QKeySequence &key) {
            return defaults.contains(key) || defaults.contains(withShift(key));
        });
        if (keys.size() != before)
            Q_EMIT dataChanged(index(other), index(other));
    }
    m_bindings[row].keys = defaults;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT bindingsChanged();
}

void ShortcutTable::resetAll()
{
    for (std::size_t i = 0; i < actions.size(); ++i)
        m_bindings[qsizetype(i)].keys = defaultKeys(actions[i]);
    Q_EMIT dataChanged(index(0), index(int(actions.size()) - 1));
    Q_EMIT bindingsChanged();
}

QString ShortcutTable::actionFor(const QString &sequence) const
{
    const QKeySequence key = QKeySequence::fromString(sequence, QKeySequence::PortableText);
    for (int row = 0; row < int(actions.size()); ++row) {
        if (claimedKeys(row).contains(key))
            return QString::fromLatin1(actions[std::size_t(row)].id);
    }
    return {};
}

QString ShortcutTable::sequenceFromKey(int key, int modifiers) const
{
    const auto qtKey = Qt::Key(key);
    if (isModifierKey(qtKey))
        return {};
    const auto mods = Qt::KeyboardModifiers(modifiers) & (Qt::ShiftModifier | Qt::ControlModifier |
                                                          Qt::AltModifier | Qt::MetaModifier);
    return QKeySequence(QKeyCombination(mods, qtKey)).toString(QKeySequence::PortableText);
}

QString ShortcutTable::nativeText(const QString &action) const
{
    const int row = rowOf(action);
    if (row < 0)
        return {};
    QStringList texts;
    for (const QKeySequence &key : m_bindings.at(row).keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

QString ShortcutTable::text(const QString &action) const
{
    const int row = rowOf(action);
    return row < 0 ? QString() : translated(actions[std::size_t(row)].text);
}

bool ShortcutTable::isTypingTarget(QObject *item)
{
    if (!item || !(item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")))
        return false;
    return !item->property("readOnly").toBool();
}

QList<QKeySequence> ShortcutTable::sequences(const QString &action) const
{
    const int row = rowOf(action);
    return row < 0 ? QList<QKeySequence>() : m_bindings.at(row).keys;
}

QMap<QString, QString> ShortcutTable::customBindings() const
{
    QMap<QString, QString> custom;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const QList<QKeySequence> &keys = m_bindings.at(qsizetype(i)).keys;
        if (keys != defaultKeys(actions[i]))
            custom.insert(QString::fromLatin1(actions[i].id),
                          QKeySequence::listToString(keys, QKeySequence::PortableText));
    }
    return custom;
}

QStringList ShortcutTable::setCustomBindings(const QMap<QString, QString> &bindings)
{
    QStringList problems;
    // Free every rebound action's keys first, so that swapped bindings load in any order.
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (const int row = rowOf(it.key()); row >= 0)
            m_bindings[row].keys.clear();
    }
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0) {
            problems.append(tr("Shortcut for \"%1\": there is no such action.").arg(it.key()));
            continue;
        }
        const QList<QKeySequence> keys =
            QKeySequence::listFromString(it.value(), QKeySequence::PortableText);
        const QString problem =
            keys.isEmpty()
                ? tr("no key in \"%1\".").arg(it.value())
                : rebind(it.key(), keys.constFirst().toString(QKeySequence::PortableText));
        if (!problem.isEmpty()) {
            problems.append(tr("Shortcut for \"%1\": %2").arg(it.key(), problem));
            // Back to the default where that is still free; else the action stays unbound.
            QList<QKeySequence> &bound = m_bindings[row].keys;
            for (const QKeySequence &key : defaultKeys(actions[std::size_t(row)])) {
                if (conflict(row, key).isEmpty())
                    bound.append(key);
            }
        }
    }
    Q_EMIT dataChanged(index(0), index(int(actions.size()) - 1));
    Q_EMIT bindingsChanged();
    return problems;
}

void ShortcutTable::retranslate()
{
    Q_EMIT dataChanged(index(0), index(int(actions.size()) - 1));
    Q_EMIT retranslated();
}

} // namespace greenroom
