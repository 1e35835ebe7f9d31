// The key parameters the user adjusts live. A plain value: copied to the render thread in
// KeyedVideoItem::updatePaintNode, so no state is shared between threads. Every field has a
// documented range (clamped() enforces it) and a default; the defaults are the built-in
// "green-screen" preset.
//
// Order of operations (shaders/keyer.frag and ReferenceKeyer follow it step by step):
//   matte:  distance to the nearest shade of the key -> similarity/smoothness ramp
//           -> raised to the colour-difference matte and to the screen matte
//           -> clip black/white -> solid lift -> matte gamma
//           -> shrink/grow -> feather -> garbage matte
//   colour: screen subtraction -> despill (+ replacement tone) -> foreground correction
//           -> opacity -> premultiplied output
#pragma once

#include <QtCore/QObject>
#include <QtCore/QRectF>
#include <QtGui/QColor>

namespace greenroom {

struct KeyParams {
    Q_GADGET

    // --- Key ---
    // Colour of the backdrop to remove (any colour; see greenScreenColor()/blueScreenColor()).
    // The closer it is to what the camera really sees, the tighter similarity can be: use
    // auto-key or the eyedropper rather than a nominal paint colour.
    Q_PROPERTY(QColor keyColor MEMBER keyColor)
    // Key distance (BT.709 Cb/Cr units, 0..1) under which a pixel is fully transparent.
    Q_PROPERTY(double similarity MEMBER similarity)
    // Width of the ramp (same units, 0..1) over which alpha rises from 0 to 1 past similarity.
    Q_PROPERTY(double smoothness MEMBER smoothness)
    // 0..1: how much luma counts in the key distance against chroma. The distance is measured
    // from the pixel to the nearest shade of the key colour (the backdrop under brighter or
    // dimmer light, see lightTolerance) in (lumaWeight x Y', Cb, Cr): luma separates subjects
    // whose chroma is weak or unreliable (black, white, grey) from the backdrop. 0 = chroma only.
    Q_PROPERTY(double lumaWeight MEMBER lumaWeight)
    // 0..2: how uneven the backdrop's light may be. Shades of the key colour from
    // exp(-lightTolerance) to exp(+lightTolerance) times its brightness count as the key
    // itself, so hot spots and shadows on the screen key out without a wider similarity (which
    // would eat into the subject). 0 = only the key colour's own brightness.
    Q_PROPERTY(double lightTolerance MEMBER lightTolerance)
    // 0..1: luma-guided chroma reconstruction for 4:2:0 and 4:2:2 frames. Chroma between
    // the half-resolution samples follows the full-resolution luma (a local linear fit of
    // chroma against luma over the 2x2 nearest chroma samples), so the matte edge follows the
    // subject instead of the chroma blocks. 0 = plain bilinear chroma. No effect on RGB input.
    Q_PROPERTY(double chromaGuide MEMBER chromaGuide)

    // 0..1: colour-difference matte. Besides the distance ramp, a pixel may be as opaque as the
    // classic colour-difference matte makes it: 1 minus its share of the key's chroma,
    // relative to its shade of the key. A subject colour with little of the key's chroma (dark
    // hair, skin in shadow, greys) stays solid even where it lies close to a dark shade of the
    // key, while a mixture with the backdrop still gets about its coverage. 0 = distance only.
    Q_PROPERTY(double colorDifference MEMBER colorDifference)
    // 0..0.9: the backdrop's allowance in the colour-difference matte: a pixel whose share of
    // the key's chroma is at least 1 - differenceFloor counts as backdrop (sensor noise, an
    // unevenly saturated screen). Auto-key measures it on the backdrop.
    Q_PROPERTY(double differenceFloor MEMBER differenceFloor)

    // 0..1: screen matte, the colour-difference matte of compositing keyers (Keylight's screen
    // matte, IBK, Blender's Keying node). A pixel is as transparent as its excess of the
    // screen's primary channel (green for a green screen) over a balanced mix of the other two,
    // relative to the screen's own excess. Colours with no such excess (cyan, yellow, olive,
    // teal, white, grey, skin) stay solid whatever their distance from the key; a mixture of a
    // subject colour with the screen keeps about its coverage. A pixel darker than the key is
    // measured against the screen in its shade, down to the light tolerance's lower end, so
    // shadows and darker parts of the screen key out. The pixel may be as opaque as screenMatte
    // times this matte. 0 = off.
    Q_PROPERTY(double screenMatte MEMBER screenMatte)
    // 0..1: the mix of the other two channels the primary one is measured against: 0 their mean,
    // 1 their maximum. Towards 1 keeps cyan and yellow (one other channel as high as the
    // primary) solid; towards 0 follows mixtures with warm colours (skin, hair) more exactly.
    Q_PROPERTY(double screenBalance MEMBER screenBalance)
    // 0.5..4: scales the pixel's excess against the screen's: above 1 keys out the screen's
    // less saturated parts and its noise too, at the cost of some edge coverage.
    Q_PROPERTY(double screenGain MEMBER screenGain)

    // --- Matte levels ---
    // 0..1: alpha at or below clipBlack becomes 0, at or above clipWhite becomes 1, linear in
    // between (clipWhite is kept above clipBlack).
    Q_PROPERTY(double clipBlack MEMBER clipBlack)
    Q_PROPERTY(double clipWhite MEMBER clipWhite)
    // 0.1..10: alpha becomes alpha^(1/matteGamma): above 1 makes partial alpha more opaque.
    Q_PROPERTY(double matteGamma MEMBER matteGamma)
    // 0..0.5: solid lift. Matte values within solidLift of 1 become 1, and those between
    // 1 - 2 x solidLift and 1 - solidLift are stretched to meet them; lower values stay as they
    // are. Closes the last few percent of a solid subject (sensor noise, spill near the
    // outline) without making hair, blur and veils more opaque, as clip white would.
    Q_PROPERTY(double solidLift MEMBER solidLift)

    // --- Edge ---
    // -8..8 whole pixels: negative shrinks the matte (minimum over a ring of 8 neighbours that
    // far away), positive grows it (maximum).
    Q_PROPERTY(int edgeGrow MEMBER edgeGrow)
    // 0..8 pixels: softens the matte with the mean of a ring of 8 neighbours (at the next
    // whole pixel, weighted by the fraction). With shrink/grow as well, the softened matte
    // never exceeds the shrunk one (nor falls below the grown one).
    Q_PROPERTY(double feather MEMBER feather)

    // --- Spill ---
    // 0..1: how much of the key channel's excess over the other channels is removed.
    Q_PROPERTY(double spill MEMBER spill)
    // What the key channel is limited to: the average or the maximum of the other two.
    // Average removes more spill but turns yellows and cyans warmer/cooler; Maximum keeps
    // every colour without a key-channel excess exactly as it is.
    Q_PROPERTY(SpillMethod spillMethod MEMBER spillMethod)
    // Replacement tone: the removed excess is given back as this colour, scaled so that
    // spillRestore (0..1) of the luma it took away returns. Keeps despilled edges and hair
    // from going dark and grey; a warm tone suits skin.
    Q_PROPERTY(QColor spillTone MEMBER spillTone)
    Q_PROPERTY(double spillRestore MEMBER spillRestore)
    // 0..1: removes the backdrop's share, (1 - alpha) x the key colour in the pixel's own
    // shade, from partially transparent
    // pixels, so soft edges, motion blur and hair carry the subject's colour rather than a
    // blend with the screen (the "screen subtraction" of compositing keyers).
    Q_PROPERTY(double screenSubtraction MEMBER screenSubtraction)

    // --- Garbage matte (normalised frame coordinates, 0..1, before rotation/mirroring) ---
    // Outside garbageOuter everything is transparent; inside garbageInner (when not empty)
    // everything is opaque. Both ramp over garbageFeather (0..0.5), centred on the border.
    Q_PROPERTY(QRectF garbageOuter MEMBER garbageOuter)
    Q_PROPERTY(QRectF garbageInner MEMBER garbageInner)
    Q_PROPERTY(double garbageFeather MEMBER garbageFeather)

    // --- Foreground correction (applied to the keyed subject's straight colour) ---
    // brightness -1..1 (added), contrast 0..4 (around mid grey), gamma 0.1..10 (c^(1/gamma)),
    // saturation 0..4 (0 = grey), opacity 0..1 (of the whole keyed image).
    Q_PROPERTY(double brightness MEMBER brightness)
    Q_PROPERTY(double contrast MEMBER contrast)
    Q_PROPERTY(double gamma MEMBER gamma)
    Q_PROPERTY(double saturation MEMBER saturation)
    Q_PROPERTY(double opacity MEMBER opacity)

public:
    enum class SpillMethod { Average, Maximum };
    Q_ENUM(SpillMethod)

    // Nominal screen colours: Pantone 354 C ("chroma-key green") and Pantone 2728 C.
    static QColor greenScreenColor() { return QColor(0x00, 0xB1, 0x40); }
    static QColor blueScreenColor() { return QColor(0x00, 0x47, 0xBB); }

    static constexpr int kMaxEdgeGrow = 8;
    static constexpr double kMaxFeather = 8.0;
    static constexpr double kMinScreenGain = 0.5;
    static constexpr double kMaxScreenGain = 4.0;

    QColor keyColor = greenScreenColor();
    double similarity = 0.20;
    double smoothness = 0.10;
    double lumaWeight = 0.5;
    double lightTolerance = 0.5;
    double chromaGuide = 1.0;
    double colorDifference = 1.0;
    double differenceFloor = 0.35;
    double screenMatte = 0.0;
    double screenBalance = 1.0;
    double screenGain = 1.0;

    double clipBlack = 0.0;
    double clipWhite = 1.0;
    double matteGamma = 1.0;
    double solidLift = 0.0;

    int edgeGrow = 0;
    double feather = 0.0;

    double spill = 1.0;
    SpillMethod spillMethod = SpillMethod::Maximum;
    QColor spillTone = QColor(255, 255, 255);
    double spillRestore = 0.0;
    double screenSubtraction = 1.0;

    QRectF garbageOuter = QRectF(0, 0, 1, 1);
    QRectF garbageInner;
    double garbageFeather = 0.0;

    double brightness = 0.0;
    double contrast = 1.0;
    double gamma = 1.0;
    double saturation = 1.0;
    double opacity = 1.0;

    // The same values with every field brought into its documented range (NaN becomes the
    // default, invalid colours the default colour, rectangles are normalised and clipped).
    KeyParams clamped() const;

    friend bool operator==(const KeyParams &, const KeyParams &) = default;
};

} // namespace greenroom

Q_DECLARE_METATYPE(greenroom::KeyParams)
