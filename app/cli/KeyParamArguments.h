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

// Which key a command runs with: a preset (a built-in name or a .json file; empty: the
// defaults) and the --set values applied after it.
struct KeyChoice {
    QString preset;
    KeyParamSets sets;
};

QCommandLineOption keyPresetOption();
// `appliedAfter` says what the values override ("the preset", "the preset and auto-key").
QCommandLineOption keySetOption(const QString &appliedAfter);

// Splits and checks each --set value; empty, or a message naming the first bad one.
QString parseKeyParamSets(const QStringList &values, KeyParamSets *sets);
// The --preset value and the checked --set values; empty, or parseKeyParamSets' message.
QString parseKeyChoice(const QString &preset, const QStringList &setValues, KeyChoice *choice);
// "defaults", or the preset and the sets as given: "preset hair-detail, chromaGuide=0".
QString describeKeyChoice(const KeyChoice &choice);
// Applies sets that parseKeyParamSets accepted.
void applyKeyParamSets(KeyParams &params, const KeyParamSets &sets);
// The names of the parameters whose values differ between `a` and `b`, in declaration order.
QStringList differingKeyParams(const KeyParams &a, const KeyParams &b);
// "name=value" for each of `names`, written so that --set reads back exactly the value
// `params` holds (every digit a number needs, colours with every bit).
QStringList keyParamSetTexts(const KeyParams &params, const QStringList &names);
// The preset's values (the defaults without one) with the sets applied; empty, with `error`,
// when the preset cannot be loaded.
std::optional<KeyParams> resolveKeyParams(const KeyChoice &choice, QString *error);

} // namespace greenroom
