// Colours and cloth for the studio scenes (StudioScenes.cpp): the camera's transfer curve,
// the colours keyers find hard, and surface textures (stripes, woven cloth, heathered and
// mottled value noise) that modulate a material's reflectance in linear light.
#pragma once

#include "SceneGeometry.h"

#include <QtCore/QString>

#include <array>
#include <random>
#include <vector>

namespace greenroom::quality::scene {

// BT.709's camera transfer (OETF) and its inverse, on [0, 1].
float cameraEncode(float linear);
float cameraDecode(float encoded);
// The reflectance that shows as these 8-bit R'G'B' codes under the reference light (1.0).
Linear fromCodes(int r, int g, int b);

// Smooth value noise in [-1, 1]: three octaves over `cell`-pixel lattice features.
float fractalNoise(float x, float y, float cell, quint32 salt);

enum class Pattern { Mottled, Stripes, Weave, Heather };

struct Material {
    QString name;
    Linear albedo{};
    Pattern pattern = Pattern::Mottled;
    float depth = 0.05f; // how far the texture moves reflectance, as a share
    float period = 8.0f; // stripe period or weave cell, pixels
    float angle = 0.0f;  // stripe direction
    quint32 salt = 0;
    Linear at(float x, float y) const; // albedo times the texture at (x, y)
};

// A material of `albedo` with a cloth texture drawn from `rng`; `unit` is pixels per design
// pixel (frame height / 540).
Material cloth(const QString &name, const Linear &albedo, std::mt19937 &rng, float unit);
// Skin and hair: fine mottling only.
Material skinMaterial(const Linear &albedo, quint32 salt, float unit);

struct NamedColour {
    QString name;
    std::array<int, 3> codes; // R'G'B' under the reference light
};
// The colours a keyer must keep solid and that carry much of a screen's chroma or little
// light: teal, cyan, olive, dark olive, dark green-grey, white, `skin`, yellow, black, denim.
std::vector<NamedColour> hardColours(const NamedColour &skin);
// Skin tones, light to dark.
std::vector<NamedColour> skinTones();

} // namespace greenroom::quality::scene
