#include "KeyEditor.h"

#include <QtCore/QDateTime>
#include <QtGui/QUndoCommand>

#include <algorithm>
#include <cmath>

namespace greenroom {

namespace {

// One undoable change of the key parameters. Consecutive changes of the same parameter merge
// while they come quickly, so a drag is one step.
class ParamsCommand : public QUndoCommand {
public:
    ParamsCommand(KeyEditor *editor, const KeyParams &before, const KeyParams &after,
                  const QByteArray &parameter, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_before(before), m_after(after),
          m_parameter(parameter)
    {
        m_time.start();
    }

    void undo() override { m_editor->apply(m_before); }
    void redo() override { m_editor->apply(m_after); }

    int id() const override { return m_parameter.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ParamsCommand *>(other);
        if (next->m_parameter != m_parameter || m_time.elapsed() > KeyEditor::kMergeWindowMs)
            return false;
        m_after = next->m_after;
        m_time.start();
        // Dragged back to where it started: no step at all.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    KeyEditor *m_editor;
    KeyParams m_before;
    KeyParams m_after;
    QByteArray m_parameter;
    QElapsedTimer m_time;
};

} // namespace

KeyEditor::KeyEditor(QObject *parent) : QObject(parent), m_model(new KeyParameterModel(this))
{
    m_model->setParams(m_params);
    connect(&m_undo, &QUndoStack::indexChanged, this, &KeyEditor::undoStateChanged);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &KeyEditor::undoStateChanged);
}

KeyEditor::~KeyEditor()
{
    // The commands point back here; drop them before the members they would touch.
    m_undo.clear();
}

void KeyEditor::apply(const KeyParams &params)
{
    if (params == m_params)
        return;
    m_params = params;
    m_model->setParams(m_params);
    Q_EMIT keyParamsChanged();
}

void KeyEditor::change(const KeyParams &params, const QByteArray &parameter, const QString &text)
{
    const KeyParams clamped = params.clamped();
    if (clamped == m_params)
        return;
    m_undo.push(new ParamsCommand(this, m_params, clamped, parameter, text));
    if (!parameter.isEmpty())
        setActive(parameter);
}

void KeyEditor::setActive(const QByteArray &name)
{
    if (name == m_active)
        return;
    m_active = name;
    Q_EMIT activeParameterChanged();
}

void KeyEditor::setKeyParams(const KeyParams &params)
{
    // A write from QML changes one field at a time; name it when that is so, so it merges.
    const KeyParams clamped = params.clamped();
    QByteArray changed;
    int count = 0;
    for (const ParameterDescription &d : m_model->descriptions()) {
        if (keyParameterValue(clamped, d.name) != keyParameterValue(m_params, d.name)) {
            changed = d.name;
            ++count;
        }
    }
    if (count == 1) {
        const ParameterDescription *d = m_model->find(changed);
        change(clamped, changed, tr("Change %1").arg(d ? d->label : QString()));
    } else {
        change(clamped, {}, tr("Change key parameters"));
    }
}

void KeyEditor::restore(const KeyParams &params)
{
    m_undo.clear();
    apply(params.clamped());
    Q_EMIT undoStateChanged();
}

void KeyEditor::applyPreset(const KeyParams &params, const QString &presetName)
{
    change(params, {}, tr("Load preset %1").arg(presetName));
}

void KeyEditor::applyValues(const KeyParams &params, const QString &undoText)
{
    change(params, {}, undoText);
}

bool KeyEditor::setValue(const QString &name, const QVariant &value)
{
    const QByteArray key = name.toLatin1();
    const ParameterDescription *d = m_model->find(key);
    if (!d)
        return false;
    QVariant written = value;
    if (d->kind == ParameterDescription::Kind::Choice) {
        const int index = value.toInt();
        if (index < 0 || index >= d->choiceValues.size())
            return false;
        written = d->choiceValues.at(index);
    }
    KeyParams params = m_params;
    if (!setKeyParameterValue(params, key, written))
        return false;
    change(params, key, tr("Change %1").arg(d->label));
    return true;
}

bool KeyEditor::resetValue(const QString &name)
{
    const QByteArray key = name.toLatin1();
    const ParameterDescription *d = m_model->find(key);
    if (!d)
        return false;
    KeyParams params = m_params;
    setKeyParameterValue(params, key, keyParameterValue(KeyParams{}, key));
    // Its own step, never merged into a drag of the same parameter.
    const KeyParams clamped = params.clamped();
    if (clamped != m_params)
        m_undo.push(new ParamsCommand(this, m_params, clamped, {}, tr("Reset %1").arg(d->label)));
    setActive(key);
    return true;
}

void KeyEditor::undo()
{
    m_undo.undo();
}

void KeyEditor::redo()
{
    m_undo.redo();
}

bool KeyEditor::step(const QByteArray &name, int direction, bool fine)
{
    const ParameterDescription *d = m_model->find(name);
    if (!d || (d->kind != ParameterDescription::Kind::Number &&
               d->kind != ParameterDescription::Kind::Integer))
        return false;
    const double stepSize = fine ? d->fineStep : d->step;
    const double current = keyParameterValue(m_params, name).toDouble();
    // Snap to the step grid, so repeated presses land on round values.
    double next = std::round((current + direction * stepSize) / stepSize) * stepSize;
    next = std::clamp(next, d->minimum, d->maximum);
    KeyParams params = m_params;
    const QVariant value =
        d->kind == ParameterDescription::Kind::Integer ? QVariant(int(std::lround(next))) : next;
    setKeyParameterValue(params, name, value);
    change(params, name, tr("Change %1").arg(d->label));
    setActive(name);
    return true;
}

QString KeyEditor::describe(const QByteArray &name) const
{
    const ParameterDescription *d = m_model->find(name);
    if (!d)
        return {};
    return tr("%1: %2").arg(d->label, formatKeyParameter(*d, keyParameterValue(m_params, name)));
}

} // namespace greenroom
