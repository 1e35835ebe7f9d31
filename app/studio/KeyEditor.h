// The live key parameters: the one copy the preview, the output window, presets and shortcuts
// all read and change. Every change goes through here and onto an undo stack, so undo/redo
// covers sliders, typed values, keyboard steps, resets and preset changes alike.
//
// A slider drag or a held key sends many small changes to one parameter; changes to the same
// parameter less than kMergeWindowMs apart are one undo step.
#pragma once

#include "KeyParameterModel.h"
#include "KeyParams.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtGui/QUndoStack>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class KeyEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("KeyEditor belongs to a Studio")
    Q_PROPERTY(
        greenroom::KeyParams keyParams READ keyParams WRITE setKeyParams NOTIFY keyParamsChanged)
    Q_PROPERTY(greenroom::KeyParameterModel *parameters READ parameters CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    // The nominal screen colours, for the Key panel's quick buttons.
    Q_PROPERTY(QColor greenScreenColor READ greenScreenColor CONSTANT)
    Q_PROPERTY(QColor blueScreenColor READ blueScreenColor CONSTANT)
    // The parameter changed last: what "reset parameter" resets.
    Q_PROPERTY(QString activeParameter READ activeParameter NOTIFY activeParameterChanged)

public:
    static constexpr int kMergeWindowMs = 800;

    explicit KeyEditor(QObject *parent = nullptr);
    ~KeyEditor() override;

    KeyParams keyParams() const { return m_params; }
    // An undoable change of any number of values (QML writes such as keyParams.keyColor = c).
    void setKeyParams(const KeyParams &params);
    // Replaces the values without an undo step and clears the stack: for restoring a session.
    void restore(const KeyParams &params);
    // An undoable change to a preset's values, one step however many values change.
    void applyPreset(const KeyParams &params, const QString &presetName);
    // Any undoable change of several values at once, named `undoText` in the undo menu.
    void applyValues(const KeyParams &params, const QString &undoText);

    KeyParameterModel *parameters() const { return m_model; }
    bool canUndo() const { return m_undo.canUndo(); }
    bool canRedo() const { return m_undo.canRedo(); }
    QString undoText() const { return m_undo.undoText(); }
    QString redoText() const { return m_undo.redoText(); }
    QString activeParameter() const { return QString::fromLatin1(m_active); }
    static QColor greenScreenColor() { return KeyParams::greenScreenColor(); }
    static QColor blueScreenColor() { return KeyParams::blueScreenColor(); }

    // Sets one parameter by name (as the panel's controls do); choices take their index.
    Q_INVOKABLE bool setValue(const QString &name, const QVariant &value);
    Q_INVOKABLE bool resetValue(const QString &name);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    // Moves a numeric parameter by its step (fine: the fine step) in `direction` (+1 or -1).
    bool step(const QByteArray &name, int direction, bool fine);
    // The parameter's label and value as a toast shows them, such as "Similarity 0.210".
    QString describe(const QByteArray &name) const;

    // Called by the undo commands only.
    void apply(const KeyParams &params);

Q_SIGNALS:
    void keyParamsChanged();
    void undoStateChanged();
    void activeParameterChanged();

private:
    void change(const KeyParams &params, const QByteArray &parameter, const QString &text);
    void setActive(const QByteArray &name);

    KeyParams m_params;
    KeyParameterModel *m_model; // child
    QUndoStack m_undo;
    QByteArray m_active;
};

} // namespace greenroom
