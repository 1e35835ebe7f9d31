#include "KeyParamsText.h"

#include <QtCore/QJsonArray>
#include <QtCore/QMetaEnum>
#include <QtCore/QMetaProperty>

#include <cmath>
#include <optional>

namespace greenroom {

namespace {

std::optional<QMetaProperty> findProperty(const QString &name)
{
    const QMetaObject &meta = KeyParams::staticMetaObject;
    const int index = meta.indexOfProperty(name.toLatin1().constData());
    if (index < 0)
        return std::nullopt;
    return meta.property(index);
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<QRectF> parseRect(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        const std::optional<double> n = parseNumber(parts[i]);
        if (!n)
            return std::nullopt;
        v[i] = *n;
    }
    return QRectF(v[0], v[1], v[2], v[3]);
}

QString expected(const QString &name, const QString &value, const char *what)
{
    return QStringLiteral("invalid value '%1' for %2: expected %3")
        .arg(value, name, QLatin1String(what));
}

// Writes `value` (already of the property's type) into `params`.
void write(KeyParams &params, const QMetaProperty &property, const QVariant &value)
{
    property.writeOnGadget(&params, value);
}

// "#rrggbb", or "#rrrrggggbbbb" when a channel needs more than 8 bits (a measured colour, such
// as auto-key's): QColor keeps 16 bits a channel, and both forms read back exactly.
QString colourText(const QColor &colour)
{
    const QRgba64 c = colour.toRgb().rgba64();
    const auto eightBits = [](quint16 v) { return (v >> 8) == (v & 0xff); };
    if (eightBits(c.red()) && eightBits(c.green()) && eightBits(c.blue()))
        return colour.name(QColor::HexRgb);
    return QStringLiteral("#%1%2%3")
        .arg(c.red(), 4, 16, QLatin1Char('0'))
        .arg(c.green(), 4, 16, QLatin1Char('0'))
        .arg(c.blue(), 4, 16, QLatin1Char('0'));
}

QString spillMethodName(KeyParams::SpillMethod method)
{
    return method == KeyParams::SpillMethod::Average ? QStringLiteral("average")
                                                     : QStringLiteral("maximum");
}

} // namespace

QStringList keyParamNames()
{
    QStringList names;
    const QMetaObject &meta = KeyParams::staticMetaObject;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
        names.append(QLatin1String(meta.property(i).name()));
    return names;
}

QString setKeyParam(KeyParams &params, const QString &name, const QString &value)
{
    const std::optional<QMetaProperty> property = findProperty(name);
    if (!property)
        return QStringLiteral("unknown key parameter '%1' (known: %2)")
            .arg(name, keyParamNames().join(QStringLiteral(", ")));

    if (property->isEnumType()) { // spillMethod
        const QString v = value.trimmed().toLower();
        if (v == QLatin1String("average"))
            write(params, *property, QVariant::fromValue(KeyParams::SpillMethod::Average));
        else if (v == QLatin1String("maximum") || v == QLatin1String("max"))
            write(params, *property, QVariant::fromValue(KeyParams::SpillMethod::Maximum));
        else
            return expected(name, value, "average or maximum");
        return {};
    }
    switch (property->metaType().id()) {
    case QMetaType::Double: {
        const std::optional<double> n = parseNumber(value);
        if (!n)
            return expected(name, value, "a number");
        write(params, *property, *n);
        return {};
    }
    case QMetaType::Int: {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!ok)
            return expected(name, value, "a whole number");
        write(params, *property, n);
        return {};
    }
    case QMetaType::QColor: {
        const QColor colour = QColor::fromString(value.trimmed());
        if (!colour.isValid())
            return expected(name, value, "a colour such as #00b140 or green");
        write(params, *property, colour);
        return {};
    }
    case QMetaType::QRectF: {
        const std::optional<QRectF> rect = parseRect(value);
        if (!rect)
            return expected(name, value, "x,y,width,height in 0..1");
        write(params, *property, *rect);
        return {};
    }
    default:
        return QStringLiteral("key parameter '%1' cannot be set from text").arg(name);
    }
}

QString applyKeyParamsJson(KeyParams &params, const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isDouble()) {
            text = QString::number(v.toDouble(), 'g', 17);
        } else if (v.isString()) {
            text = v.toString();
        } else if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : v.toArray())
                parts.append(part.isDouble() ? QString::number(part.toDouble(), 'g', 17)
                                             : QStringLiteral("?"));
            text = parts.join(QLatin1Char(','));
        } else {
            return QStringLiteral("invalid value for %1: expected a number, string or array")
                .arg(it.key());
        }
        if (QString error = setKeyParam(params, it.key(), text); !error.isEmpty())
            return error;
    }
    return {};
}

QJsonObject keyParamsToJson(const KeyParams &params)
{
    QJsonObject object;
    const QMetaObject &meta = KeyParams::staticMetaObject;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QMetaProperty property = meta.property(i);
        const QString name = QLatin1String(property.name());
        const QVariant value = property.readOnGadget(&params);
        if (property.isEnumType()) {
            object.insert(name, spillMethodName(value.value<KeyParams::SpillMethod>()));
            continue;
        }
        switch (property.metaType().id()) {
        case QMetaType::Double:
            object.insert(name, value.toDouble());
            break;
        case QMetaType::Int:
            object.insert(name, value.toInt());
            break;
        case QMetaType::QColor:
            object.insert(name, colourText(value.value<QColor>()));
            break;
        case QMetaType::QRectF: {
            const QRectF r = value.toRectF();
            object.insert(name, QJsonArray{r.x(), r.y(), r.width(), r.height()});
            break;
        }
        default:
            break;
        }
    }
    return object;
}

} // namespace greenroom
