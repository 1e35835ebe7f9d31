// Key presets: the built-in ones (resources/presets/<name>.json, compiled in at
// :/greenroom/presets/) and preset files. A preset file is JSON:
//   { "name": "Green screen", "description": "...", "params": { "similarity": 0.2, ... } }
// "params" uses the names and value syntax of KeyParamsText.h; parameters it leaves out keep
// their defaults, and an unknown name is an error (a typo must not pass silently).
#pragma once

#include "KeyParams.h"

#include <QtCore/QStringList>

#include <optional>

namespace greenroom {

// Names of the built-in presets ("green-screen", "blue-screen", ...), sorted.
QStringList builtInPresetNames();

struct LoadedPreset {
    std::optional<KeyParams> params;
    QString name;  // the preset's display name
    QString error; // one line naming the preset and the problem, when params is empty
};

// A built-in preset by name, or a preset file by path (anything ending in .json or naming an
// existing file).
LoadedPreset loadPreset(const QString &nameOrFile);

// Reads a preset from JSON text; `source` names it in error messages.
LoadedPreset parsePreset(const QByteArray &json, const QString &source);

} // namespace greenroom
