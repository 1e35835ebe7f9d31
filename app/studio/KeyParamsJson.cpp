#include "KeyParamsJson.h"

#include "KeyParameterTable.h"

#include <QtCore/QJsonArray>
#include <QtCore/QMetaEnum>
#include <QtCore/QMetaProperty>
#include <QtCore/QRectF>
#include <QtGui/QColor>

#include <cmath>

namespace greenroom {

namespace {

using Kind = ParameterDescription::Kind;

// Rectangles are written as [x, y, width, height], as KeyParamsText (the `greenroom key`
// command's reader) reads them; {"x", "y", "width", "height"} objects are read too.
constexpr std::array rectKeys{"x", "y", "width", "height"};

QString colorText(const QColor &color)
{
    return color.alpha() == 255 ? color.name(QColor::HexRgb) : color.name(QColor::HexArgb);
}

QJsonValue encodeValue(const QMetaProperty &property, const QVariant &value)
{
    if (property.isEnumType()) {
        // Lower case, as KeyParamsText writes them ("maximum"); read in any case.
        const char *key = property.enumerator().valueToKey(value.toInt());
        return key ? QJsonValue(QString::fromLatin1(key).toLower()) : QJsonValue(value.toInt());
    }
    switch (property.metaType().id()) {
    case QMetaType::QColor:
        return colorText(value.value<QColor>());
    case QMetaType::QRectF: {
        const QRectF r = value.toRectF();
        return QJsonArray{r.x(), r.y(), r.width(), r.height()};
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

// How a JSON value reads in a message: `a number (3)`, `text "high"`...
QString describeJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return KeyParamsJson::tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return KeyParamsJson::tr("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return KeyParamsJson::tr("the text \"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return KeyParamsJson::tr("a list");
    case QJsonValue::Object:
        return KeyParamsJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return KeyParamsJson::tr("nothing");
}

// The value for `property` read from `json`, or an invalid QVariant with `*expected` saying
// what was wanted.
QVariant decodeValue(const ParameterDescription &description, const QMetaProperty &property,
                     const QJsonValue &json, QString *expected)
{
    switch (description.kind) {
    case Kind::Number:
        *expected = KeyParamsJson::tr("a number");
        return json.isDouble() ? QVariant(json.toDouble()) : QVariant();
    case Kind::Integer:
        *expected = KeyParamsJson::tr("a whole number");
        if (!json.isDouble() || json.toDouble() != std::floor(json.toDouble()) ||
            std::abs(json.toDouble()) > 1e9)
            return {};
        return QVariant(int(json.toDouble()));
    case Kind::Toggle:
        *expected = KeyParamsJson::tr("true or false");
        return json.isBool() ? QVariant(json.toBool()) : QVariant();
    case Kind::Choice: {
        *expected = KeyParamsJson::tr("one of %1").arg(description.choiceKeys.join(u", "));
        const QString text = json.toString();
        for (qsizetype i = 0; i < description.choiceKeys.size(); ++i) {
            if (json.isString() &&
                text.compare(description.choiceKeys.at(i), Qt::CaseInsensitive) == 0)
                return QVariant(description.choiceValues.at(i));
        }
        return {};
    }
    case Kind::Color: {
        *expected = KeyParamsJson::tr("a colour such as \"#00b140\"");
        const QColor color = json.isString() ? QColor::fromString(json.toString()) : QColor();
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Kind::Rect: {
        *expected = KeyParamsJson::tr("[x, y, width, height]");
        std::array<QJsonValue, 4> sides;
        if (json.isArray() && json.toArray().size() == 4) {
            for (std::size_t i = 0; i < sides.size(); ++i)
                sides[i] = json.toArray().at(qsizetype(i));
        } else if (json.isObject()) {
            for (std::size_t i = 0; i < sides.size(); ++i)
                sides[i] = json.toObject().value(QLatin1String(rectKeys[i]));
        }
        std::array<double, 4> v{};
        for (std::size_t i = 0; i < sides.size(); ++i) {
            if (!sides[i].isDouble())
                return {};
            v[i] = sides[i].toDouble();
        }
        return QVariant(QRectF(v[0], v[1], v[2], v[3]));
    }
    case Kind::Other: {
        *expected = QString::fromLatin1(property.typeName());
        QVariant value = json.toVariant();
        return value.convert(property.metaType()) ? value : QVariant();
    }
    }
    return {};
}

} // namespace

QJsonObject KeyParamsJson::encode(const KeyParams &params)
{
    const QMetaObject &meta = KeyParams::staticMetaObject;
    QJsonObject object;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty property = meta.property(i);
        object.insert(QLatin1String(property.name()),
                      encodeValue(property, property.readOnGadget(&params)));
    }
    return object;
}

KeyParamsJson::Decoded KeyParamsJson::decode(const QJsonObject &object)
{
    const QMetaObject &meta = KeyParams::staticMetaObject;
    Decoded result;
    result.unknown = object;
    QList<ParameterDescription> present;

    for (const ParameterDescription &description : keyParameterDescriptions()) {
        const QString key = QString::fromLatin1(description.name);
        result.unknown.remove(key);
        if (!object.contains(key))
            continue;
        const QMetaProperty property = meta.property(description.propertyIndex);
        const QJsonValue json = object.value(key);
        QString expected;
        const QVariant value = decodeValue(description, property, json, &expected);
        if (!value.isValid() || !property.writeOnGadget(&result.params, value)) {
            result.problems.append(
                tr("%1: expected %2 but found %3; using the default %4")
                    .arg(key, expected, describeJson(json),
                         formatKeyParameter(description, property.readOnGadget(&result.params))));
            continue;
        }
        present.append(description);
    }

    // clamped() is the one place that knows every range; whatever it changed was out of range.
    const KeyParams clamped = result.params.clamped();
    for (const ParameterDescription &description : present) {
        const QMetaProperty property = meta.property(description.propertyIndex);
        const QVariant before = property.readOnGadget(&result.params);
        const QVariant after = property.readOnGadget(&clamped);
        if (before == after)
            continue;
        const QString key = QString::fromLatin1(description.name);
        if (description.kind == Kind::Number || description.kind == Kind::Integer) {
            result.problems.append(tr("%1: %2 is out of range (%3 to %4); clamped to %5")
                                       .arg(key, QString::number(before.toDouble()),
                                            QString::number(description.minimum),
                                            QString::number(description.maximum),
                                            formatKeyParameter(description, after)));
        } else {
            result.problems.append(tr("%1: %2 is not allowed; using %3")
                                       .arg(key, formatKeyParameter(description, before),
                                            formatKeyParameter(description, after)));
        }
    }
    result.params = clamped;
    return result;
}

} // namespace greenroom
