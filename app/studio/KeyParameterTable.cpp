#include "KeyParameterTable.h"

#include "KeyParams.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>
#include <QtCore/QRectF>
#include <QtGui/QColor>

#include <array>
#include <cmath>

namespace greenroom {

namespace {

constexpr auto context = "KeyParameterTable";

using Kind = ParameterDescription::Kind;

// One row per known parameter. Texts are marked for translation here and translated on use.
struct Row {
    const char *name;
    const char *label;
    const char *hint;
    const char *group;
    const char *unit;
    double minimum;
    double maximum;
    double step;
    double fineStep;
    int decimals;
};

constexpr auto groupKey = QT_TRANSLATE_NOOP("KeyParameterTable", "Key");
constexpr auto groupMatte = QT_TRANSLATE_NOOP("KeyParameterTable", "Matte levels");
constexpr auto groupEdge = QT_TRANSLATE_NOOP("KeyParameterTable", "Edge");
constexpr auto groupSpill = QT_TRANSLATE_NOOP("KeyParameterTable", "Spill");
constexpr auto groupGarbage = QT_TRANSLATE_NOOP("KeyParameterTable", "Garbage matte");
constexpr auto groupForeground = QT_TRANSLATE_NOOP("KeyParameterTable", "Foreground");
constexpr auto groupOther = QT_TRANSLATE_NOOP("KeyParameterTable", "Other");
constexpr auto unitPixels = QT_TRANSLATE_NOOP("KeyParameterTable", "px");

// clang-format off
constexpr std::array rows{
    Row{"keyColor", QT_TRANSLATE_NOOP("KeyParameterTable", "Key colour"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "The backdrop colour to remove; pick it from the picture for the tightest key"),
        groupKey, "", 0, 1, 0, 0, 0},
    Row{"similarity", QT_TRANSLATE_NOOP("KeyParameterTable", "Similarity"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "How far a colour may be from the key colour and still be removed"),
        groupKey, "", 0, 1, 0.01, 0.001, 3},
    Row{"smoothness", QT_TRANSLATE_NOOP("KeyParameterTable", "Smoothness"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Width of the soft edge between removed and kept colours"),
        groupKey, "", 0, 1, 0.01, 0.001, 3},
    Row{"lumaWeight", QT_TRANSLATE_NOOP("KeyParameterTable", "Luma weight"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "How much brightness counts besides colour, so black, white and grey clothing stays solid"),
        groupKey, "", 0, 1, 0.05, 0.01, 2},
    Row{"lightTolerance", QT_TRANSLATE_NOOP("KeyParameterTable", "Light tolerance"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "How uneven the backdrop's light may be: brighter and darker shades of the key colour key out too"),
        groupKey, "", 0, 2, 0.05, 0.01, 2},
    Row{"chromaGuide", QT_TRANSLATE_NOOP("KeyParameterTable", "Chroma guide"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Lets half-resolution camera colour follow the full-resolution brightness at edges"),
        groupKey, "", 0, 1, 0.05, 0.01, 2},
    Row{"colorDifference", QT_TRANSLATE_NOOP("KeyParameterTable", "Colour difference"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Keeps subject colours with little of the key colour solid, such as dark hair and shadows"),
        groupKey, "", 0, 1, 0.05, 0.01, 2},
    Row{"differenceFloor", QT_TRANSLATE_NOOP("KeyParameterTable", "Difference floor"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "How much less saturated than the key colour the backdrop may be and still be removed"),
        groupKey, "", 0, 0.9, 0.01, 0.001, 3},
    Row{"screenMatte", QT_TRANSLATE_NOOP("KeyParameterTable", "Screen matte"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Keeps every colour without the screen's excess of green (or blue) solid: cyan, teal, olive, yellow, skin"),
        groupKey, "", 0, 1, 0.05, 0.01, 2},
    Row{"screenBalance", QT_TRANSLATE_NOOP("KeyParameterTable", "Screen balance"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Measures the screen colour against the mean (0) or the larger (1) of the other two channels"),
        groupKey, "", 0, 1, 0.05, 0.01, 2},
    Row{"screenGain", QT_TRANSLATE_NOOP("KeyParameterTable", "Screen gain"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Above 1 also removes paler and noisier parts of the screen, at some cost to fine edges"),
        groupKey, "", 0.5, 4, 0.05, 0.01, 2},
    Row{"clipBlack", QT_TRANSLATE_NOOP("KeyParameterTable", "Clip black"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Matte values at or below this become fully transparent"),
        groupMatte, "", 0, 1, 0.01, 0.001, 3},
    Row{"clipWhite", QT_TRANSLATE_NOOP("KeyParameterTable", "Clip white"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Matte values at or above this become fully opaque"),
        groupMatte, "", 0, 1, 0.01, 0.001, 3},
    Row{"matteGamma", QT_TRANSLATE_NOOP("KeyParameterTable", "Matte gamma"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Above 1 makes partly transparent pixels more opaque"),
        groupMatte, "", 0.1, 10, 0.05, 0.01, 2},
    Row{"solidLift", QT_TRANSLATE_NOOP("KeyParameterTable", "Solid lift"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Makes nearly opaque parts fully opaque without touching hair and other soft edges"),
        groupMatte, "", 0, 0.5, 0.01, 0.002, 3},
    Row{"edgeGrow", QT_TRANSLATE_NOOP("KeyParameterTable", "Shrink / grow"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Negative values shrink the matte, positive values grow it"),
        groupEdge, unitPixels, -8, 8, 1, 1, 0},
    Row{"feather", QT_TRANSLATE_NOOP("KeyParameterTable", "Feather"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Softens the matte edge"),
        groupEdge, unitPixels, 0, 8, 0.25, 0.05, 2},
    Row{"spill", QT_TRANSLATE_NOOP("KeyParameterTable", "Spill"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "How much key-colour spill is removed from the subject"),
        groupSpill, "", 0, 1, 0.02, 0.005, 3},
    Row{"spillMethod", QT_TRANSLATE_NOOP("KeyParameterTable", "Spill method"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Average removes more spill; Maximum keeps every other colour unchanged"),
        groupSpill, "", 0, 1, 1, 1, 0},
    Row{"spillTone", QT_TRANSLATE_NOOP("KeyParameterTable", "Replacement tone"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Colour given back where spill was removed"),
        groupSpill, "", 0, 1, 0, 0, 0},
    Row{"spillRestore", QT_TRANSLATE_NOOP("KeyParameterTable", "Tone restore"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "How much of the brightness that despill took away returns as the replacement tone"),
        groupSpill, "", 0, 1, 0.02, 0.005, 3},
    Row{"screenSubtraction", QT_TRANSLATE_NOOP("KeyParameterTable", "Screen subtraction"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Removes the backdrop's colour from soft edges and hair"),
        groupSpill, "", 0, 1, 0.02, 0.005, 3},
    Row{"garbageOuter", QT_TRANSLATE_NOOP("KeyParameterTable", "Keep only inside"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Everything outside this rectangle (0 to 1 of the frame) is removed"),
        groupGarbage, "", 0, 1, 0.01, 0.001, 3},
    Row{"garbageInner", QT_TRANSLATE_NOOP("KeyParameterTable", "Always keep"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Everything inside this rectangle stays opaque; empty keeps nothing"),
        groupGarbage, "", 0, 1, 0.01, 0.001, 3},
    Row{"garbageFeather", QT_TRANSLATE_NOOP("KeyParameterTable", "Garbage feather"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Softness of both rectangles' borders"),
        groupGarbage, "", 0, 0.5, 0.01, 0.002, 3},
    Row{"brightness", QT_TRANSLATE_NOOP("KeyParameterTable", "Brightness"), "",
        groupForeground, "", -1, 1, 0.02, 0.005, 3},
    Row{"contrast", QT_TRANSLATE_NOOP("KeyParameterTable", "Contrast"), "",
        groupForeground, "", 0, 4, 0.05, 0.01, 2},
    Row{"gamma", QT_TRANSLATE_NOOP("KeyParameterTable", "Gamma"), "",
        groupForeground, "", 0.1, 10, 0.05, 0.01, 2},
    Row{"saturation", QT_TRANSLATE_NOOP("KeyParameterTable", "Saturation"), "",
        groupForeground, "", 0, 4, 0.05, 0.01, 2},
    Row{"opacity", QT_TRANSLATE_NOOP("KeyParameterTable", "Opacity"),
        QT_TRANSLATE_NOOP("KeyParameterTable", "Opacity of the keyed subject"),
        groupForeground, "", 0, 1, 0.02, 0.005, 3},
};
// clang-format on

// Enumerator labels the UI shows instead of the bare keys.
constexpr std::array choiceLabels{
    std::pair{"Average", QT_TRANSLATE_NOOP("KeyParameterTable", "Average")},
    std::pair{"Maximum", QT_TRANSLATE_NOOP("KeyParameterTable", "Maximum")},
};

QString translated(const char *text)
{
    return text && *text ? QCoreApplication::translate(context, text) : QString();
}

const Row *findRow(const QByteArray &name)
{
    for (const Row &row : rows) {
        if (name == row.name)
            return &row;
    }
    return nullptr;
}

Kind kindOf(const QMetaProperty &property)
{
    if (property.isEnumType())
        return Kind::Choice;
    switch (property.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return Kind::Number;
    case QMetaType::Int:
    case QMetaType::LongLong:
        return Kind::Integer;
    case QMetaType::Bool:
        return Kind::Toggle;
    case QMetaType::QColor:
        return Kind::Color;
    case QMetaType::QRectF:
        return Kind::Rect;
    default:
        return Kind::Other;
    }
}

// "screenSubtraction" -> "Screen subtraction": a readable label for a parameter without a row.
QString labelFromName(const QByteArray &name)
{
    QString label;
    for (const char c : name) {
        const QChar ch = QLatin1Char(c);
        if (ch.isUpper() && !label.isEmpty())
            label += QLatin1Char(' ') + ch.toLower();
        else
            label += label.isEmpty() ? ch.toUpper() : ch;
    }
    return label;
}

// The range clamped() enforces on a numeric property without a row: write a huge value of
// either sign and read back what survives. Unbounded sides fall back to 0..1.
void probeRange(const QMetaProperty &property, ParameterDescription &description)
{
    const bool integer = description.kind == Kind::Integer;
    const double huge = integer ? 1e9 : 1e12;
    const auto probe = [&](double value) {
        KeyParams params;
        property.writeOnGadget(&params, integer ? QVariant(int(value)) : QVariant(value));
        const KeyParams clamped = params.clamped();
        return property.readOnGadget(&clamped).toDouble();
    };
    const double low = probe(-huge);
    const double high = probe(huge);
    description.minimum = low > -huge && std::isfinite(low) ? low : 0.0;
    description.maximum = high < huge && std::isfinite(high) ? high : 1.0;
    if (description.maximum <= description.minimum)
        description.maximum = description.minimum + 1.0;
    const double span = description.maximum - description.minimum;
    description.step = integer ? 1.0 : span / 100.0;
    description.fineStep = integer ? 1.0 : span / 1000.0;
    description.decimals = integer ? 0 : 3;
}

ParameterDescription describe(int propertyIndex)
{
    const QMetaObject &meta = KeyParams::staticMetaObject;
    const QMetaProperty property = meta.property(propertyIndex);
    ParameterDescription description;
    description.name = property.name();
    description.kind = kindOf(property);
    description.propertyIndex = propertyIndex;

    if (const Row *row = findRow(description.name)) {
        description.label = translated(row->label);
        description.hint = translated(row->hint);
        description.group = translated(row->group);
        description.unit = translated(row->unit);
        description.minimum = row->minimum;
        description.maximum = row->maximum;
        description.step = row->step;
        description.fineStep = row->fineStep;
        description.decimals = row->decimals;
    } else {
        description.label = labelFromName(description.name);
        description.group = translated(groupOther);
        if (description.kind == Kind::Number || description.kind == Kind::Integer)
            probeRange(property, description);
    }

    if (description.kind == Kind::Choice) {
        const QMetaEnum enumerator = property.enumerator();
        for (int i = 0; i < enumerator.keyCount(); ++i) {
            const char *key = enumerator.key(i);
            QString label = QString::fromLatin1(key);
            for (const auto &[choiceKey, choiceLabel] : choiceLabels) {
                if (qstrcmp(choiceKey, key) == 0)
                    label = translated(choiceLabel);
            }
            description.choiceKeys.append(QString::fromLatin1(key));
            description.choiceValues.append(enumerator.value(i));
            description.choices.append(label);
        }
        description.minimum = 0;
        description.maximum = std::max(0, enumerator.keyCount() - 1);
        description.step = description.fineStep = 1;
        description.decimals = 0;
    }
    return description;
}

} // namespace

QList<ParameterDescription> keyParameterDescriptions()
{
    const QMetaObject &meta = KeyParams::staticMetaObject;
    QList<ParameterDescription> descriptions;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
        descriptions.append(describe(i));
    return descriptions;
}

ParameterDescription describeKeyParameter(const QByteArray &name)
{
    const int index = KeyParams::staticMetaObject.indexOfProperty(name.constData());
    return index < 0 ? ParameterDescription{} : describe(index);
}

QVariant keyParameterValue(const KeyParams &params, const QByteArray &name)
{
    const QMetaObject &meta = KeyParams::staticMetaObject;
    const int index = meta.indexOfProperty(name.constData());
    return index < 0 ? QVariant() : meta.property(index).readOnGadget(&params);
}

bool setKeyParameterValue(KeyParams &params, const QByteArray &name, const QVariant &value)
{
    const QMetaObject &meta = KeyParams::staticMetaObject;
    const int index = meta.indexOfProperty(name.constData());
    if (index < 0)
        return false;
    const QMetaProperty property = meta.property(index);
    QVariant converted = value;
    // QML hands enums over as numbers; QMetaProperty wants the enum's own type or an int.
    if (property.isEnumType() && value.canConvert<int>())
        converted = QVariant(value.toInt());
    return property.writeOnGadget(&params, converted);
}

QString formatKeyParameter(const ParameterDescription &description, const QVariant &value)
{
    switch (description.kind) {
    case Kind::Number:
    case Kind::Integer: {
        QString text = QString::number(value.toDouble(), 'f', description.decimals);
        if (!description.unit.isEmpty())
            text += QLatin1Char(' ') + description.unit;
        return text;
    }
    case Kind::Toggle:
        return value.toBool() ? QCoreApplication::translate(context, "on")
                              : QCoreApplication::translate(context, "off");
    case Kind::Choice: {
        const qsizetype index = description.choiceValues.indexOf(value.toInt());
        return index >= 0 ? description.choices.at(index) : QString::number(value.toInt());
    }
    case Kind::Color:
        return value.value<QColor>().name().toUpper();
    case Kind::Rect: {
        const QRectF r = value.toRectF();
        return QStringLiteral("%1, %2  %3 × %4")
            .arg(r.x(), 0, 'f', 2)
            .arg(r.y(), 0, 'f', 2)
            .arg(r.width(), 0, 'f', 2)
            .arg(r.height(), 0, 'f', 2);
    }
    case Kind::Other:
        break;
    }
    return value.toString();
}

} // namespace greenroom
