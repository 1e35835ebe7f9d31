// The key parameters the user adjusts live. A plain value: copied to the render thread in
// KeyedVideoItem::updatePaintNode, so no state is shared between threads.
#pragma once

#include <QtCore/QObject>
#include <QtGui/QColor>

namespace greenroom {

struct KeyParams {
    Q_GADGET
    // Colour of the backdrop to remove.
    Q_PROPERTY(QColor keyColor MEMBER keyColor)
    // Chroma distance (BT.709 Cb/Cr units, 0..1) under which a pixel is fully transparent.
    Q_PROPERTY(double similarity MEMBER similarity)
    // Width of the ramp (same units, 0..1) over which alpha rises from 0 to 1 past similarity.
    Q_PROPERTY(double smoothness MEMBER smoothness)
    // How much of the key colour's excess is removed from the foreground (0 = none, 1 = all).
    Q_PROPERTY(double spill MEMBER spill)
    // Overall opacity of the keyed foreground (0..1).
    Q_PROPERTY(double opacity MEMBER opacity)

public:
    QColor keyColor = QColor(0, 255, 0);
    double similarity = 0.40;
    double smoothness = 0.08;
    double spill = 0.60;
    double opacity = 1.0;

    // The same values with every field brought into its documented range.
    KeyParams clamped() const;

    friend bool operator==(const KeyParams &, const KeyParams &) = default;
};

} // namespace greenroom

Q_DECLARE_METATYPE(greenroom::KeyParams)
