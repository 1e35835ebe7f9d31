// Every key parameter as a row for the Key panel: its description (label, range, steps) and its
// current value. The panel is a Repeater over this model, so a parameter added to KeyParams
// appears there without a QML change.
#pragma once

#include "KeyParameterTable.h"
#include "KeyParams.h"

#include <QtCore/QAbstractListModel>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class KeyParameterModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("KeyParameterModel belongs to a KeyEditor")

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        KindRole, // "number", "integer", "toggle", "choice", "color", "rect" or "other"
        LabelRole,
        HintRole,
        GroupRole,
        GroupStartRole, // the first row of its group: the panel shows the group title above it
        UnitRole,
        MinimumRole,
        MaximumRole,
        StepRole,
        FineStepRole,
        DecimalsRole,
        ChoicesRole,
        ValueRole,        // for choices: the index into `choices`
        DisplayValueRole, // as text, the way toasts show it
        IsDefaultRole,
    };
    Q_ENUM(Role)

    explicit KeyParameterModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Updates the value roles of the rows whose values changed.
    void setParams(const KeyParams &params);
    // Re-reads the descriptions: call after a language change.
    void retranslate();

    const QList<ParameterDescription> &descriptions() const { return m_descriptions; }
    // The description of `name`, or nullptr.
    const ParameterDescription *find(const QByteArray &name) const;

private:
    QList<ParameterDescription> m_descriptions;
    KeyParams m_params;
};

} // namespace greenroom
