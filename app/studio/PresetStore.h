// The preset list: built-in presets from the resources (read-only) followed by the user's own,
// one JSON file each in a directory (by default <app config location>/presets).
//
// The store never loses what the user made: every write is atomic, a deleted preset can be
// brought back (the last one), a file with wrong or out-of-range values is loaded as far as it
// can be and reported (it is only rewritten when the user saves it), and a file that is not
// JSON at all is moved aside to NAME.json.bak, never overwritten. Every problem is reported in
// `problems`, through problemReported() and on stderr, naming the file.
//
// The store does not apply presets itself: select() emits presetActivated() with the values and
// whoever owns the live parameters applies them. `liveParams` is bound to those live values so
// the store can tell whether they differ from the current preset (`modified`).
#pragma once

#include "PresetFile.h"

#include <QtCore/QAbstractListModel>
#include <QtCore/QUrl>
#include <QtQmlIntegration/qqmlintegration.h>

#include <optional>
#include <vector>

namespace greenroom {

class PresetStore : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PresetStore belongs to a Studio")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // -1 when no preset is current (none chosen yet, or the current one was deleted).
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentChanged)
    Q_PROPERTY(QString currentDisplayName READ currentDisplayName NOTIFY currentChanged)
    Q_PROPERTY(bool currentBuiltIn READ currentBuiltIn NOTIFY currentChanged)
    Q_PROPERTY(greenroom::KeyParams liveParams READ liveParams WRITE setLiveParams NOTIFY
                   liveParamsChanged)
    // Whether liveParams differ from the current preset's stored values.
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
    Q_PROPERTY(bool canUndoDelete READ canUndoDelete NOTIFY deletedChanged)
    Q_PROPERTY(QString deletedName READ deletedName NOTIFY deletedChanged)
    // What was wrong with the preset files at the last reload or import, one line each.
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QString problemsText READ problemsText NOTIFY problemsChanged)
    // Why the last operation failed; empty after one that succeeded.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString directory READ directory NOTIFY directoryChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // as stored: identifies the preset
        DisplayNameRole,             // translated for built-ins
        BuiltInRole,
        CurrentRole,
    };
    Q_ENUM(Role)

    explicit PresetStore(QObject *parent = nullptr);
    ~PresetStore() override;

    // Where built-ins are read from (the resources by default) and where user presets live.
    // Both reload the list.
    void setBuiltInDirectory(const QString &path);
    void setDirectory(const QString &path);
    QString directory() const { return m_directory; }
    static QString defaultDirectory();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_presets.size()); }
    int currentIndex() const { return m_current; }
    QString currentName() const;
    QString currentDisplayName() const;
    bool currentBuiltIn() const;
    const Preset *presetAt(int index) const;

    KeyParams liveParams() const { return m_live; }
    void setLiveParams(const KeyParams &params);
    bool isModified() const { return m_modified; }
    bool canUndoDelete() const { return m_deleted.has_value(); }
    QString deletedName() const;
    QStringList problems() const { return m_problems; }
    QString problemsText() const { return m_problems.join(QLatin1Char('\n')); }
    QString errorString() const { return m_error; }

    Q_INVOKABLE int indexOf(const QString &name) const;
    Q_INVOKABLE QString displayNameAt(int index) const;
    Q_INVOKABLE bool isBuiltIn(int index) const;

    // Re-reads both directories; the current preset stays current if it still exists.
    Q_INVOKABLE void reload();
    // Makes the preset current and emits presetActivated() with its values.
    Q_INVOKABLE bool select(int index);
    Q_INVOKABLE bool selectNext();
    Q_INVOKABLE bool selectPrevious();
    // Makes the preset current without emitting presetActivated(): for restoring a session
    // whose live values were saved separately.
    bool adopt(const QString &name);

    // Writes liveParams into the current preset (user presets only).
    Q_INVOKABLE bool save();
    // A new user preset named `name` holding liveParams; it becomes current.
    Q_INVOKABLE bool saveAs(const QString &name);
    Q_INVOKABLE bool rename(int index, const QString &name);
    // A user-preset copy of any preset (built-ins too), named "<name> copy"; returns its index
    // or -1.
    Q_INVOKABLE int duplicate(int index);
    // Deletes a user preset; undoDelete() restores the most recent deletion, file and all.
    Q_INVOKABLE bool remove(int index);
    Q_INVOKABLE bool undoDelete();
    // Adds a copy of a preset file from anywhere as a user preset and makes it current.
    Q_INVOKABLE bool importFile(const QUrl &file);
    Q_INVOKABLE bool exportPreset(int index, const QUrl &file);

    // Why `name` cannot name a preset (other than the one at `ignoreIndex`); empty if it can.
    Q_INVOKABLE QString checkName(const QString &name, int ignoreIndex = -1) const;
    // A name like "<base>" or "<base> 2" that no preset has yet.
    Q_INVOKABLE QString uniqueName(const QString &base) const;

Q_SIGNALS:
    void countChanged();
    void currentChanged();
    void liveParamsChanged();
    void modifiedChanged();
    void deletedChanged();
    void problemsChanged();
    void errorStringChanged();
    void directoryChanged();
    // A preset was chosen: apply these values to the live parameters.
    void presetActivated(const greenroom::KeyParams &params);
    // One line about a problem with a file or an operation, for a toast.
    void problemReported(const QString &message);

private:
    struct Deleted {
        Preset preset;
        QByteArray bytes; // the file exactly as it was
        bool wasCurrent = false;
    };

    void loadDirectory(const QString &path, bool builtIn, std::vector<Preset> *into,
                       QStringList *problems);
    void moveAside(const QString &path, const QString &reason, QStringList *problems);
    // Sorts, resets the model and finds the current preset again by file path.
    void setPresets(std::vector<Preset> presets, const QString &currentPath);
    void setCurrent(int index);
    void updateModified();
    bool fail(const QString &message);
    void succeed();
    void setProblems(const QStringList &problems);
    QString filePathFor(const QString &name) const;
    bool writePreset(const Preset &preset);
    bool ensureDirectory();
    int indexOfPath(const QString &path) const;

    QString m_builtInDirectory;
    QString m_directory;
    std::vector<Preset> m_presets;
    int m_current = -1;
    KeyParams m_live;
    bool m_modified = false;
    std::optional<Deleted> m_deleted;
    QStringList m_problems;
    QString m_error;
};

} // namespace greenroom
