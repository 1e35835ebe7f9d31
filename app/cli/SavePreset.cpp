#include "SavePreset.h"

#include "KeyParamsText.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>

namespace greenroom {

namespace {

// The version of the studio's preset files (studio/PresetFile.h) that this layout is.
constexpr int kPresetSchemaVersion = 1;

QString cannotWrite(const QString &path, const QString &reason)
{
    return QStringLiteral("--save-preset '%1': %2").arg(path, reason);
}

QString writeFailed(const QString &path, const QString &reason)
{
    return cannotWrite(path, QStringLiteral("cannot write the preset file (%1)").arg(reason));
}

} // namespace

QString checkSavePresetPath(const QString &path, const QStringList &inputs)
{
    const QFileInfo target(path);
    if (target.isDir())
        return cannotWrite(path, QStringLiteral("is a folder; give a .json file name"));
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return cannotWrite(path, QStringLiteral("there is no folder '%1'").arg(folder.filePath()));
    if (!folder.isDir())
        return cannotWrite(path, QStringLiteral("'%1' is not a folder").arg(folder.filePath()));
    if (!target.exists())
        return {};
    const QString canonical = target.canonicalFilePath();
    for (const QString &input : inputs) {
        if (QFileInfo(input).canonicalFilePath() == canonical)
            return cannotWrite(path, QStringLiteral("is an input of this run; it is never "
                                                    "written over"));
    }
    return {};
}

QByteArray presetFileBytes(const QString &path, const QString &description, const KeyParams &params)
{
    const QJsonObject preset{
        {QStringLiteral("schemaVersion"), kPresetSchemaVersion},
        {QStringLiteral("name"), QFileInfo(path).completeBaseName()},
        {QStringLiteral("description"), description},
        {QStringLiteral("params"), keyParamsToJson(params)},
    };
    return QJsonDocument(preset).toJson(QJsonDocument::Indented);
}

QString writePresetFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeFailed(path, reason);
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

} // namespace greenroom
