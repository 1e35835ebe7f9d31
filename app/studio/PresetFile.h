// One preset and its file format.
//
//   {
//     "schemaVersion": 1,
//     "name": "Green screen",
//     "params": { "keyColor": "#00b140", "similarity": 0.2, ... every KeyParams property }
//   }
//
// "params" uses the value syntax of keying/KeyParamsText.h, so `greenroom key --preset` reads
// these files too; a file without "schemaVersion" is version 1.
// Keys this version does not know, at the top level or inside "params", are kept and written
// back, so a file from a newer Greenroom or with notes added by hand survives a save.
#pragma once

#include "KeyParams.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace greenroom {

struct Preset {
    QString name;
    KeyParams params;
    bool builtIn = false;
    QString filePath;        // where it was read from (a resource path for built-ins)
    QJsonObject extraFields; // unknown top-level keys, kept as they were
    QJsonObject extraParams; // unknown keys of "params", kept as they were
};

class PresetFile {
    Q_DECLARE_TR_FUNCTIONS(PresetFile)

public:
    static constexpr int kSchemaVersion = 1;

    struct ReadResult {
        // Empty when the bytes are not a JSON object at all; parseError then says why.
        std::optional<Preset> preset;
        QString parseError;
        // What was wrong with a preset that could be read, one line per problem.
        QStringList problems;
    };

    // `fallbackName` names the preset when the file has no usable "name".
    static ReadResult parse(const QByteArray &bytes, const QString &fallbackName);
    static QByteArray serialize(const Preset &preset);

    // Replaces `path` with `bytes` atomically (QSaveFile): readers see the old file or the new
    // one, never half of one. Returns false with `*error` set when it could not.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace greenroom
