// Plain names for colours in messages ("dark teal", "pale yellow", "grey"), so that a report
// about a part of the picture says which part a person would call it. Translated on use.
#pragma once

#include <QtCore/QString>
#include <QtGui/QColor>

namespace greenroom {

QString colourName(const QColor &colour);

} // namespace greenroom
