#include "KeyPresets.h"

#include "InputFiles.h"
#include "KeyParamsText.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace greenroom {

namespace {

const QString kBuiltInFolder = QStringLiteral(":/greenroom/presets");

LoadedPreset failure(const QString &message)
{
    LoadedPreset preset;
    preset.error = message;
    return preset;
}

} // namespace

QStringList builtInPresetNames()
{
    QStringList names;
    const QStringList files =
        QDir(kBuiltInFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

LoadedPreset parsePreset(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(QStringLiteral("%1: not valid JSON (%2 at offset %3)")
                           .arg(source, parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return failure(QStringLiteral("%1: expected a JSON object").arg(source));
    const QJsonObject root = document.object();
    const QJsonValue params = root.value(QStringLiteral("params"));
    if (!params.isObject())
        return failure(QStringLiteral("%1: expected a \"params\" object").arg(source));

    KeyParams values;
    if (const QString error = applyKeyParamsJson(values, params.toObject()); !error.isEmpty())
        return failure(QStringLiteral("%1: %2").arg(source, error));
    LoadedPreset preset;
    preset.params = values;
    preset.name = root.value(QStringLiteral("name")).toString(source);
    return preset;
}

LoadedPreset loadPreset(const QString &nameOrFile)
{
    // Anything on disk that is not a built-in name is a file (a device or a FIFO too: the read
    // refuses those with a reason).
    const bool isFile =
        nameOrFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
        (!builtInPresetNames().contains(nameOrFile) && QFileInfo::exists(nameOrFile));
    if (!isFile && !builtInPresetNames().contains(nameOrFile))
        return failure(QStringLiteral("unknown preset '%1' (built in: %2; or give a .json file)")
                           .arg(nameOrFile, builtInPresetNames().join(QStringLiteral(", "))));
    const QString path =
        isFile ? nameOrFile
               : kBuiltInFolder + QLatin1Char('/') + nameOrFile + QStringLiteral(".json");
    if (!isFile) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(
                QStringLiteral("cannot read preset '%1': %2").arg(nameOrFile, file.errorString()));
        return parsePreset(file.readAll(), nameOrFile);
    }
    const InputFileRead read = readInputFile(path, kSettingsFileLimit);
    if (!read.ok())
        return failure(
            QStringLiteral("cannot read preset file '%1': %2").arg(nameOrFile, read.error));
    return parsePreset(read.bytes, nameOrFile);
}

} // namespace greenroom
