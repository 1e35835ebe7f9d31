#include "KeyParameterModel.h"

#include <utility>

namespace greenroom {

namespace {

QString kindName(ParameterDescription::Kind kind)
{
    switch (kind) {
    case ParameterDescription::Kind::Number:
        return QStringLiteral("number");
    case ParameterDescription::Kind::Integer:
        return QStringLiteral("integer");
    case ParameterDescription::Kind::Toggle:
        return QStringLiteral("toggle");
    case ParameterDescription::Kind::Choice:
        return QStringLiteral("choice");
    case ParameterDescription::Kind::Color:
        return QStringLiteral("color");
    case ParameterDescription::Kind::Rect:
        return QStringLiteral("rect");
    case ParameterDescription::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

// The value as QML wants it: choices as an index, rectangles as a QRectF.
QVariant qmlValue(const ParameterDescription &description, const QVariant &value)
{
    if (description.kind == ParameterDescription::Kind::Choice)
        return int(description.choiceValues.indexOf(value.toInt()));
    return value;
}

} // namespace

KeyParameterModel::KeyParameterModel(QObject *parent)
    : QAbstractListModel(parent), m_descriptions(keyParameterDescriptions())
{}

int KeyParameterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_descriptions.size());
}

QVariant KeyParameterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_descriptions.size())
        return {};
    const ParameterDescription &d = m_descriptions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return d.label;
    case NameRole:
        return QString::fromLatin1(d.name);
    case KindRole:
        return kindName(d.kind);
    case HintRole:
        return d.hint;
    case GroupRole:
        return d.group;
    case GroupStartRole:
        return index.row() == 0 || m_descriptions.at(index.row() - 1).group != d.group;
    case UnitRole:
        return d.unit;
    case MinimumRole:
        return d.minimum;
    case MaximumRole:
        return d.maximum;
    case StepRole:
        return d.step;
    case FineStepRole:
        return d.fineStep;
    case DecimalsRole:
        return d.decimals;
    case ChoicesRole:
        return d.choices;
    case ValueRole:
        return qmlValue(d, keyParameterValue(m_params, d.name));
    case DisplayValueRole:
        return formatKeyParameter(d, keyParameterValue(m_params, d.name));
    case IsDefaultRole:
        return keyParameterValue(m_params, d.name) == keyParameterValue(KeyParams{}, d.name);
    default:
        return {};
    }
}

QHash<int, QByteArray> KeyParameterModel::roleNames() const
{
    return {
        {NameRole, "name"},          {KindRole, "kind"},         {LabelRole, "label"},
        {HintRole, "hint"},          {GroupRole, "group"},       {GroupStartRole, "groupStart"},
        {UnitRole, "unit"},          {MinimumRole, "minimum"},   {MaximumRole, "maximum"},
        {StepRole, "step"},          {FineStepRole, "fineStep"}, {DecimalsRole, "decimals"},
        {ChoicesRole, "choices"},    {ValueRole, "value"},       {DisplayValueRole, "displayValue"},
        {IsDefaultRole, "isDefault"}};
}

void KeyParameterModel::setParams(const KeyParams &params)
{
    const KeyParams old = std::exchange(m_params, params);
    for (int row = 0; row < m_descriptions.size(); ++row) {
        const QByteArray &name = m_descriptions.at(row).name;
        if (keyParameterValue(old, name) != keyParameterValue(params, name))
            Q_EMIT dataChanged(index(row), index(row),
                               {ValueRole, DisplayValueRole, IsDefaultRole});
    }
}

void KeyParameterModel::retranslate()
{
    m_descriptions = keyParameterDescriptions();
    if (!m_descriptions.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_descriptions.size()) - 1));
}

const ParameterDescription *KeyParameterModel::find(const QByteArray &name) const
{
    for (const ParameterDescription &description : m_descriptions) {
        if (description.name == name)
            return &description;
    }
    return nullptr;
}

} // namespace greenroom
