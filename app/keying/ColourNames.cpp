#include "ColourNames.h"

#include <QtCore/QCoreApplication>

#include <array>

namespace greenroom {

namespace {

struct Hue {
    double upTo; // degrees
    const char *name;
};

constexpr Hue kTeal{0, QT_TRANSLATE_NOOP("ColourName", "teal")};

// Hue sectors named as people name paint and clothing, warmest first.
constexpr std::array kHues{
    Hue{15, QT_TRANSLATE_NOOP("ColourName", "red")},
    Hue{40, QT_TRANSLATE_NOOP("ColourName", "orange")},
    Hue{64, QT_TRANSLATE_NOOP("ColourName", "yellow")},
    Hue{90, QT_TRANSLATE_NOOP("ColourName", "olive")},
    Hue{160, QT_TRANSLATE_NOOP("ColourName", "green")},
    Hue{200, QT_TRANSLATE_NOOP("ColourName", "cyan")},
    Hue{255, QT_TRANSLATE_NOOP("ColourName", "blue")},
    Hue{290, QT_TRANSLATE_NOOP("ColourName", "purple")},
    Hue{335, QT_TRANSLATE_NOOP("ColourName", "magenta")},
    Hue{360, QT_TRANSLATE_NOOP("ColourName", "red")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("ColourName", text);
}

} // namespace

QString colourName(const QColor &colour)
{
    const QColor hsv = colour.toHsv();
    const double value = hsv.valueF();
    const double saturation = hsv.hsvSaturationF();
    if (value < 0.15)
        return tr("black");
    if (saturation < 0.15)
        return value > 0.85 ? tr("white") : value < 0.4 ? tr("dark grey") : tr("grey");
    double degrees = hsv.hsvHueF() * 360.0;
    if (degrees < 0)
        degrees = 0;
    const char *hue = kHues.back().name;
    for (const Hue &h : kHues)
        if (degrees < h.upTo) {
            hue = h.name;
            break;
        }
    // Cyan that is not bright is what clothing calls teal.
    if ((degrees >= 160 && degrees < 200 && value < 0.65)) {
        if (value < 0.3)
            return tr("dark %1").arg(tr(kTeal.name));
        return saturation < 0.35 ? tr("pale %1").arg(tr(kTeal.name)) : tr(kTeal.name);
    }
    if (value < 0.45)
        return tr("dark %1").arg(tr(hue));
    if (saturation < 0.35)
        return tr("pale %1").arg(tr(hue));
    return tr(hue);
}

} // namespace greenroom
