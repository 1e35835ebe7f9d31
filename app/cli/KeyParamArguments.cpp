#include "KeyParamArguments.h"

#include "KeyParamsText.h"
#include "KeyPresets.h"

namespace greenroom {

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

void applyKeyParamSets(KeyParams &params, const KeyParamSets &sets)
{
    for (const auto &[name, value] : sets)
        setKeyParam(params, name, value); // checked by parseKeyParamSets
}

std::optional<KeyParams> resolveKeyParams(const QString &preset, const KeyParamSets &sets,
                                          QString *error)
{
    KeyParams params;
    if (!preset.isEmpty()) {
        const LoadedPreset loaded = loadPreset(preset);
        if (!loaded.params) {
            *error = loaded.error;
            return std::nullopt;
        }
        params = *loaded.params;
    }
    applyKeyParamSets(params, sets);
    return params;
}

} // namespace greenroom
