// Every keyboard shortcut of the app, in one table. The menu bar, the cheat sheet (F1) and the
// shortcut settings page are all generated from this model, and the QML Shortcut objects that
// make the keys work are instantiated from it too, so nothing is written twice.
//
// Actions that step a value have a fine step on the same key with Shift held: binding such an
// action to Q also binds Shift+Q to its fine step, and a binding that would take either of the
// two from another action is refused with a message saying which action has it.
#pragma once

#include <QtCore/QAbstractListModel>
#include <QtCore/QMap>
#include <QtGui/QKeySequence>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class ShortcutTable : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ShortcutTable belongs to a Studio")
    // The menu titles, in menu order (translated); `category` of each row is one of them.
    Q_PROPERTY(QStringList categories READ categories NOTIFY retranslated)

public:
    enum Role {
        ActionRole = Qt::UserRole + 1, // stable id such as "similarity.up"
        CategoryRole,                  // translated menu title
        TextRole,                      // translated description
        SequencesRole,                 // bound keys, portable text ("Ctrl+S"), for Shortcut
        FineSequencesRole,             // the same with Shift, for the fine step; else empty
        NativeTextRole,                // the keys as this platform writes them, for people
        HasFineStepRole,
        IsDefaultRole,
        InMenuRole,        // whether the menu lists it (presets 1-9 are listed once, as a range)
        CategoryIndexRole, // index into `categories`, stable across languages
    };
    Q_ENUM(Role)

    explicit ShortcutTable(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList categories() const;

    // Binds `action` to `sequence` (portable text, one key combination). Returns an empty
    // string on success, else why not: unknown action, not a single key combination, Shift on an
    // action with a fine step, or a key that another action already has (named in the message).
    Q_INVOKABLE QString rebind(const QString &action, const QString &sequence);
    Q_INVOKABLE void resetBinding(const QString &action);
    Q_INVOKABLE void resetAll();
    // The action that `sequence` would trigger (also through a fine step), or "".
    Q_INVOKABLE QString actionFor(const QString &sequence) const;
    // The key combination of a key event, as portable text: for the settings page's key catcher.
    Q_INVOKABLE QString sequenceFromKey(int key, int modifiers) const;
    Q_INVOKABLE QString nativeText(const QString &action) const;
    Q_INVOKABLE QString text(const QString &action) const;
    // Whether `item` takes typed text (an editable text field): shortcuts stand aside then, so
    // typing "q" into a preset name does not lower the similarity.
    Q_INVOKABLE static bool isTypingTarget(QObject *item);

    // The bindings that differ from the defaults, action -> portable text, for the settings
    // file; and back. Unknown actions and conflicting keys found when loading are skipped and
    // returned as messages.
    QMap<QString, QString> customBindings() const;
    QStringList setCustomBindings(const QMap<QString, QString> &bindings);

    QList<QKeySequence> sequences(const QString &action) const;
    // Call after a language change: the texts and category titles are translated on read.
    void retranslate();

Q_SIGNALS:
    void bindingsChanged();
    void retranslated();

private:
    struct Binding {
        QList<QKeySequence> keys;
    };

    int rowOf(const QString &action) const;
    QList<QKeySequence> claimedKeys(int row) const; // keys and their fine variants
    QString conflict(int row, const QKeySequence &sequence) const;

    QList<Binding> m_bindings; // one per table row
};

} // namespace greenroom
