// Test scenes for the clean plate: a screen lit unevenly in brightness AND colour (a warm lamp
// on one side, a cool one on the other, falloff towards the floor), which a single key colour
// cannot key without a wide similarity; the same screen with a subject in front (solid colours
// near the screen's, dark hair, skin, a translucent veil); and plates built from such frames.
#pragma once

#include "CleanPlate.h"
#include "KeyParams.h"
#include "RgbaImage.h"

#include <QtMultimedia/QVideoFrame>

#include <vector>

namespace greenroom::test {

// The empty screen, with sensor noise of `noise` (uniform, +-) that `seed` varies per frame.
RgbaImage unevenScreen(QSize size, quint32 seed = 1, float noise = 0.0f);

// The screen with a subject in front; `alpha` (optional) receives each pixel's true coverage.
RgbaImage unevenScene(QSize size, quint32 seed = 1, float noise = 0.0f,
                      std::vector<float> *alpha = nullptr);

// The plate CleanPlateBuilder makes from `frames` (all of one size).
CleanPlate buildPlate(const QList<QVideoFrame> &frames);

// The reference keyer's premultiplied output for `frame` keyed against `plate`.
RgbaImage referenceOutputWithPlate(const QVideoFrame &frame, const KeyParams &params,
                                   const CleanPlate &plate);

} // namespace greenroom::test
