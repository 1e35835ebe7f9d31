// The second case family of the key-quality benchmark, built independently of GroundTruth.cpp
// (the scenes the keyer was developed on) so that a keyer tuned to one generator's habits
// shows it on the other. Deterministic per seed.
//
// - Subject (StudioFigure.cpp): a person of rotated ellipses, capsules and rounded polygons,
//   dressed in the colours keyers find hard (teal, cyan, olive, dark olive, dark green-grey,
//   white, skin, yellow, black, denim) as large areas and as small patches and props; striped,
//   woven, heathered or mottled cloth; hair strands lighter or darker than the screen; a woven
//   veil; a forearm waving during the exposure (motion blur).
// - Light: the screen's radiance is its paint colour times a smooth illumination field; odd
//   seeds are an evenly lit "studio" (within a few per cent), even seeds a "home set-up" with
//   one lamp to the side (a strong falloff across the frame), a darker screen (about R'G'B'
//   25, 98, 39 on average for green) and the subject's shadow on it. The subject has its own
//   light field. Spill is screen light bounced onto the subject, falling off with distance
//   inside its outline.
// - Camera: the layers composite in linear light, with a slight lens blur, then BT.709's
//   transfer curve, sensor noise of 0.5 to 3 codes (the level varies from case to case), and
//   the encoding every family shares (CameraEncoding.h).
#pragma once

#include "GroundTruth.h"

namespace greenroom::quality {

enum class StudioSetUp { Studio, Home };

// The set-up seed `seed` gets: odd seeds studio, even seeds home.
StudioSetUp studioSetUp(quint32 seed);

// Named "studio-green-101", "home-blue-102", ...; `noiseSeed` 0 is the case's own noise,
// another value shoots the same scene again with fresh noise.
GroundTruthCase generateStudioCase(quint32 seed, Backdrop backdrop, QSize size,
                                   quint32 noiseSeed = 0);

} // namespace greenroom::quality
