#include "PresetFile.h"

#include "KeyParamsJson.h"

#include <QtCore/QDir>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QSaveFile>

namespace greenroom {

namespace {
const QString schemaKey = QStringLiteral("schemaVersion");
const QString nameKey = QStringLiteral("name");
const QString paramsKey = QStringLiteral("params");
} // namespace

PresetFile::ReadResult PresetFile::parse(const QByteArray &bytes, const QString &fallbackName)
{
    ReadResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        result.parseError =
            tr("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return result;
    }
    if (!document.isObject()) {
        result.parseError = tr("not a preset: the file holds no JSON object");
        return result;
    }

    QJsonObject object = document.object();
    Preset preset;
    preset.name = fallbackName;

    // A file without a version predates versioning: version 1, nothing to report.
    const QJsonValue schema = object.take(schemaKey);
    const bool versioned = !schema.isUndefined();
    if (versioned && (!schema.isDouble() || schema.toDouble() < 1)) {
        result.problems.append(tr("%1 must be a whole number from 1; read as version %2")
                                   .arg(schemaKey)
                                   .arg(kSchemaVersion));
    } else if (versioned && schema.toDouble() > kSchemaVersion) {
        result.problems.append(tr("written by a newer Greenroom (schema version %1, this one "
                                  "reads %2); fields it does not know are kept")
                                   .arg(schema.toDouble())
                                   .arg(kSchemaVersion));
    }

    const QJsonValue name = object.take(nameKey);
    if (name.isString() && !name.toString().trimmed().isEmpty()) {
        preset.name = name.toString().trimmed();
    } else if (!name.isUndefined()) {
        result.problems.append(
            tr("%1 must be non-empty text; using \"%2\"").arg(nameKey, fallbackName));
    }

    const QJsonValue params = object.take(paramsKey);
    if (params.isObject()) {
        KeyParamsJson::Decoded decoded = KeyParamsJson::decode(params.toObject());
        preset.params = decoded.params;
        preset.extraParams = decoded.unknown;
        result.problems += decoded.problems;
    } else {
        result.problems.append(
            params.isUndefined()
                ? tr("no %1 object; using the default values").arg(paramsKey)
                : tr("%1 must be an object; using the default values").arg(paramsKey));
        // Kept under another key, so saving over the file cannot lose what the user wrote.
        if (!params.isUndefined())
            object.insert(paramsKey + QStringLiteral(".unreadable"), params);
    }
    preset.extraFields = object;
    result.preset = preset;
    return result;
}

QByteArray PresetFile::serialize(const Preset &preset)
{
    QJsonObject params = preset.extraParams;
    const QJsonObject known = KeyParamsJson::encode(preset.params);
    for (auto it = known.begin(); it != known.end(); ++it)
        params.insert(it.key(), it.value());

    QJsonObject object = preset.extraFields;
    object.insert(schemaKey, kSchemaVersion);
    object.insert(nameKey, preset.name);
    object.insert(paramsKey, params);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool PresetFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error =
            tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error =
            tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace greenroom
