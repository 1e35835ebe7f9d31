// `greenroom key --save-preset FILE`: the key a run used, written as a preset file that
// `greenroom key --preset FILE` (keying/KeyPresets.h) reads and the studio imports
// (studio/PresetFile.h):
//   { "schemaVersion": 1, "name": "<file's base name>", "description": "<how it was made>",
//     "params": { every key parameter, as keying/KeyParamsText.h writes them } }
// Every parameter is written, with every digit and every bit of a colour, so the file keys
// exactly as the run did, whatever the defaults are when it is read.
#pragma once

#include "KeyParams.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace greenroom {

// Why `path` cannot take the preset of a run that reads `inputs`: a folder, a folder that does
// not exist, or one of the inputs itself. Empty when it can.
QString checkSavePresetPath(const QString &path, const QStringList &inputs);

// The preset file's bytes: named after the file, `description` saying where the key came from.
QByteArray presetFileBytes(const QString &path, const QString &description,
                           const KeyParams &params);

// Replaces `path` with `bytes` atomically (QSaveFile): an old file stays as it was unless the
// new one is complete. Empty, or a one-line message naming the file.
QString writePresetFile(const QString &path, const QByteArray &bytes);

} // namespace greenroom
