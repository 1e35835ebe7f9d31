// KeyParams as text and JSON, by property name: the syntax of `greenroom key --set name=value`
// and of preset files. Every Q_PROPERTY of KeyParams is settable; names are exactly the
// property names (keyColor, similarity, edgeGrow, garbageOuter, ...).
//
// Values: numbers as written ("0.25", "-2"); colours as "#rrggbb", "#rrrrggggbbbb" (16 bits a
// channel, as keyParamsToJson writes measured colours) or SVG names ("green");
// rectangles as "x,y,width,height" in normalised frame coordinates; spillMethod as "average"
// or "maximum". In JSON, numbers are numbers, and rectangles may also be [x, y, w, h] arrays.
#pragma once

#include "KeyParams.h"

#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

namespace greenroom {

// Every settable parameter name, in declaration order.
QStringList keyParamNames();

// Sets parameter `name` from `value`. Returns an empty string, or a one-line reason naming
// the parameter and what was expected.
QString setKeyParam(KeyParams &params, const QString &name, const QString &value);

// Applies every member of `object` (a preset's "params") to `params`; the first unknown name
// or bad value stops it with a reason.
QString applyKeyParamsJson(KeyParams &params, const QJsonObject &object);

// Every parameter of `params` as a JSON object that applyKeyParamsJson reads back.
QJsonObject keyParamsToJson(const KeyParams &params);

} // namespace greenroom
