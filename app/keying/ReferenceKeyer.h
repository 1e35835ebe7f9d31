// The CPU reference of the GPU keyer: the same math as shaders/keyer.frag, in plain C++, step
// for step (see the order of operations in KeyParams.h). Tests compare the GPU output with it
// pixel by pixel; auto-key and the quality benchmark build on it. It is not on the live path.
#pragma once

#include "CleanPlate.h"
#include "ColorSpace.h"
#include "FrameSampler.h"
#include "KeyUniforms.h"
#include "RgbaImage.h"
#include "SampleLayout.h"

namespace greenroom {

// The shade of the key nearest to a straight colour: its projection onto the key in
// (lumaWeight * Y', Cb, Cr), clamped to the light tolerance. 1 is the key colour itself.
float keyShade(const Rgba &straight, const KeyUniforms &key);

// The distance of a straight colour from the nearest shade of the key, the quantity the
// similarity/smoothness ramp turns into alpha.
float keyDistance(const Rgba &straight, const KeyUniforms &key);

// A straight colour's share of the key's chroma (its chroma projected on the key's), relative
// to its luma against the key's (clamped to the light tolerance): about 1 on the backdrop
// whatever its light, about 1 - coverage on a mixture of the backdrop with a pale subject
// colour that has none of the key's chroma.
float keyChromaShare(const Rgba &straight, const KeyUniforms &key);

// The colour-difference matte of a straight colour: (1 - share - floor) / (1 - floor), in 0..1.
float differenceAlpha(const Rgba &straight, const KeyUniforms &key);

// The screen matte of a straight colour: 1 - its primary-channel excess relative to the
// screen's (times the gain), in 0..1.
float screenAlpha(const Rgba &straight, const KeyUniforms &key);

// The matte of one straight colour before any neighbourhood or garbage-matte step: the
// distance to the nearest shade of the key, the similarity/smoothness ramp, raised to the
// colour-difference matte as far as colorDifference allows and to the screen matte as far as
// screenMatte allows, clip black/white and matte gamma.
float matteAlpha(const Rgba &straight, const KeyUniforms &key);

// The same five against a given screen colour (ScreenKey): with a clean plate, the plate's
// colour at the pixel. The forms above use the key colour's, key.screen.
float keyShade(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen);
float keyDistance(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen);
float keyChromaShare(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen);
float differenceAlpha(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen);
float screenAlpha(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen);
float matteAlpha(const Rgba &straight, const KeyUniforms &key, const ScreenKey &screen);

// The garbage matte at normalised frame position (u, v): 0 outside the outer rectangle, 1
// inside the inner one, `alpha` in between.
float applyGarbageMatte(float alpha, float u, float v, const KeyUniforms &key);

// The colour half: screen subtraction, despill with replacement tone, foreground correction
// and opacity applied to `straight` keyed with matte `alpha`. Returns premultiplied RGBA.
Rgba finishColor(const Rgba &straight, float alpha, const KeyUniforms &key);
// The same, subtracting the given screen colour's shade.
Rgba finishColor(const Rgba &straight, float alpha, const KeyUniforms &key,
                 const ScreenKey &screen);

// Keys one straight R'G'B'A colour as a lone pixel (no neighbours, garbage matte ignored):
// returns premultiplied RGBA, as the shader writes it.
Rgba keyColor(const Rgba &straight, const KeyUniforms &key);

// Keys pixel (x, y) of a frame, neighbourhood and garbage matte included. With a clean plate
// (made for this frame's size), the pixel is keyed against the plate's colour at its centre,
// and so are its neighbour taps (the plate changes over a cell of 8 pixels; the ring spans a
// few).
Rgba keyPixel(const FrameSampler &sampler, int x, int y, const KeyUniforms &key,
              const CleanPlate *plate = nullptr);

// The whole frame keyed: premultiplied RGBA per pixel. A plate made for another frame size is
// ignored, as the GPU keyer ignores it.
RgbaImage keyFrame(const FrameView &frame, const KeyUniforms &key,
                   const CleanPlate *plate = nullptr);

} // namespace greenroom
