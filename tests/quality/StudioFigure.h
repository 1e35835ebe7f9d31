// The subject of a studio scene (StudioScenes.cpp): a person built from rotated ellipses,
// capsules and rounded polygons, dressed in the colours keyers find hard at several sizes, with
// hair strands, a veil, a motion-blurred forearm and small props in front of the screen.
#pragma once

#include "SceneGeometry.h"

#include <QtCore/QSize>
#include <QtCore/QStringList>

#include <functional>

namespace greenroom::quality::scene {

// Light falling on the subject at (x, y), times reflectance (1.0: the reference light).
using LightField = std::function<float(float x, float y)>;

struct FigureChoice {
    quint32 seed = 0;
    QSize size;
    bool lightHair = false; // hair lighter than the screen (blond, grey) or darker
};

// Paints the subject onto `layer` (linear light, premultiplied) back to front; returns what it
// wears where, for the report ("jacket teal (weave)", ...).
QStringList drawFigure(Layer &layer, const FigureChoice &choice, const LightField &light);

} // namespace greenroom::quality::scene
