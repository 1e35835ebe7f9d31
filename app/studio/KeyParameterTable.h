// How each key parameter is shown and stepped: label, hint, group, range, steps, decimals.
//
// The rows repeat the ranges that KeyParams::clamped() documents, adding what only the UI
// needs. KeyParams stays the one list of parameters: its Q_GADGET properties are walked in
// declaration order, so a parameter added there without a row here still gets a slider (its
// label from its name, its range probed from clamped()), a preset field and a settings entry.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QMetaProperty>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVariant>

namespace greenroom {

struct KeyParams;

struct ParameterDescription {
    // How the value is edited; also how it is written to a preset.
    enum class Kind {
        Number,  // double: slider + typed value
        Integer, // int: slider with whole steps + typed value
        Toggle,  // bool: switch
        Choice,  // enum: combo box of the enumerator's keys
        Color,   // QColor: swatch
        Rect,    // QRectF in normalised frame coordinates: four typed values
        Other,   // anything else: kept in presets, not editable in the panel
    };

    QByteArray name; // the KeyParams property
    Kind kind = Kind::Other;
    QString label; // translated
    QString hint;  // translated, may be empty
    QString group; // translated section title
    QString unit;  // translated suffix such as "px", may be empty
    double minimum = 0.0;
    double maximum = 1.0;
    double step = 0.01;      // one key press or slider notch
    double fineStep = 0.001; // the same with Shift held
    int decimals = 2;
    QStringList choices;     // Choice: translated labels, in enumerator order
    QStringList choiceKeys;  // Choice: the enumerator's keys, as written to presets
    QList<int> choiceValues; // Choice: the enumerator's values, same order
    int propertyIndex = -1;  // into KeyParams::staticMetaObject
};

// Every KeyParams property, described, in declaration order. Texts are translated when called,
// so call again after a language change.
QList<ParameterDescription> keyParameterDescriptions();

// The description of one property; kind Other and an empty name when KeyParams has none.
ParameterDescription describeKeyParameter(const QByteArray &name);

// Reads or writes one property of `params` by name, as QVariant. Writing does not clamp.
QVariant keyParameterValue(const KeyParams &params, const QByteArray &name);
bool setKeyParameterValue(KeyParams &params, const QByteArray &name, const QVariant &value);

// `value` as the panel and toasts show it: fixed decimals, the choice's label, #RRGGBB.
QString formatKeyParameter(const ParameterDescription &description, const QVariant &value);

} // namespace greenroom
