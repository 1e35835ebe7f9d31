// --preset and --set, as `greenroom key` and `greenroom bench` take them: which key the command
// runs with, checked when the command line is parsed so that a typo fails before any work.
#pragma once

#include "KeyParams.h"

#include <QtCore/QCommandLineOption>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace greenroom {

using KeyParamSets = QList<QPair<QString, QString>>; // name=value, in command-line order

QCommandLineOption keyPresetOption();
// `appliedAfter` says what the values override ("the preset", "the preset and auto-key").
QCommandLineOption keySetOption(const QString &appliedAfter);

// Splits and checks each --set value; empty, or a message naming the first bad one.
QString parseKeyParamSets(const QStringList &values, KeyParamSets *sets);
// Applies sets that parseKeyParamSets accepted.
void applyKeyParamSets(KeyParams &params, const KeyParamSets &sets);
// The preset's values (the defaults without one) with the sets applied; empty, with `error`,
// when the preset cannot be loaded.
std::optional<KeyParams> resolveKeyParams(const QString &preset, const KeyParamSets &sets,
                                          QString *error);

} // namespace greenroom
