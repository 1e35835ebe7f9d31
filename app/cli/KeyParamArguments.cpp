#include "KeyParamArguments.h"

#include "KeyParamsText.h"
#include "KeyPresets.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace greenroom {

namespace {

// A value of keyParamsToJson as --set takes it (the reverse of applyKeyParamsJson).
QString setText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(setText(part));
        return parts.join(QLatin1Char(','));
    }
    return value.toString();
}

} // namespace

QCommandLineOption keyPresetOption()
{
    return QCommandLineOption(
        QStringLiteral("preset"),
        QStringLiteral("Key preset: a built-in name (%1) or a .json file (default: the "
                       "green-screen values).")
            .arg(builtInPresetNames().join(QStringLiteral(", "))),
        QStringLiteral("name|file"));
}

QCommandLineOption keySetOption(const QString &appliedAfter)
{
    return QCommandLineOption(
        QStringLiteral("set"),
        QStringLiteral("Overrides one key parameter, after %1; repeatable. Names: %2.")
            .arg(appliedAfter, keyParamNames().join(QStringLiteral(", "))),
        QStringLiteral("name=value"));
}

QString parseKeyParamSets(const QStringList &values, KeyParamSets *sets)
{
    for (const QString &set : values) {
        const qsizetype equals = set.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return QStringLiteral("invalid --set '%1': expected name=value.").arg(set);
        const QString name = set.left(equals).trimmed();
        const QString value = set.mid(equals + 1);
        KeyParams probe;
        if (const QString error = setKeyParam(probe, name, value); !error.isEmpty())
            return QStringLiteral("invalid --set '%1': %2.").arg(set, error);
        sets->append({name, value});
    }
    return {};
}

QString parseKeyChoice(const QString &preset, const QStringList &setValues, KeyChoice *choice)
{
    choice->preset = preset;
    choice->sets.clear();
    return parseKeyParamSets(setValues, &choice->sets);
}

QString describeKeyChoice(const KeyChoice &choice)
{
    QStringList parts;
    if (!choice.preset.isEmpty())
        parts.append(QStringLiteral("preset ") + choice.preset);
    for (const auto &[name, value] : choice.sets)
        parts.append(name + QLatin1Char('=') + value);
    return parts.isEmpty() ? QStringLiteral("defaults") : parts.join(QStringLiteral(", "));
}

void applyKeyParamSets(KeyParams &params, const KeyParamSets &sets)
{
    for (const auto &[name, value] : sets)
        setKeyParam(params, name, value); // checked by parseKeyParamSets
}

QStringList differingKeyParams(const KeyParams &a, const KeyParams &b)
{
    const QJsonObject left = keyParamsToJson(a);
    const QJsonObject right = keyParamsToJson(b);
    QStringList names;
    for (const QString &name : keyParamNames()) {
        if (left.value(name) != right.value(name))
            names.append(name);
    }
    return names;
}

QStringList keyParamSetTexts(const KeyParams &params, const QStringList &names)
{
    const QJsonObject values = keyParamsToJson(params);
    QStringList texts;
    for (const QString &name : names)
        texts.append(name + QLatin1Char('=') + setText(values.value(name)));
    return texts;
}

std::optional<KeyParams> resolveKeyParams(const KeyChoice &choice, QString *error)
{
    KeyParams params;
    if (!choice.preset.isEmpty()) {
        const LoadedPreset loaded = loadPreset(choice.preset);
        if (!loaded.params) {
            *error = loaded.error;
            return std::nullopt;
        }
        params = *loaded.params;
    }
    applyKeyParamSets(params, choice.sets);
    return params;
}

} // namespace greenroom
