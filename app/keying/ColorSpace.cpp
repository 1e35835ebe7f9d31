#include "ColorSpace.h"

namespace greenroom {

LumaCoefficients lumaCoefficients(YCbCrMatrix matrix)
{
    switch (matrix) {
    case YCbCrMatrix::Bt601:
        return {0.299f, 0.114f};
    case YCbCrMatrix::Bt709:
        return {0.2126f, 0.0722f};
    case YCbCrMatrix::Bt2020:
        return {0.2627f, 0.0593f};
    }
    return {0.2126f, 0.0722f};
}

namespace {

// Affine map from normalised texel values to (Y' in [0,1], Cb and Cr in [-0.5, 0.5]).
QMatrix4x4 texelToNormalisedYCbCr(YCbCrRange range, int containerBits)
{
    const float maxCode = float((1u << containerBits) - 1u);
    const float unit = float(1u << (containerBits - 8)); // one 8-bit code step in this container
    float lumaScale, lumaOffset, chromaScale, chromaOffset;
    if (range == YCbCrRange::Limited) {
        lumaScale = maxCode / (219.0f * unit);
        lumaOffset = -16.0f * unit / (219.0f * unit);
        chromaScale = maxCode / (224.0f * unit);
        chromaOffset = -128.0f * unit / (224.0f * unit);
    } else {
        lumaScale = 1.0f;
        lumaOffset = 0.0f;
        chromaScale = 1.0f;
        chromaOffset = -(maxCode + 1.0f) / 2.0f / maxCode;
    }
    return QMatrix4x4(lumaScale, 0, 0, lumaOffset,     //
                      0, chromaScale, 0, chromaOffset, //
                      0, 0, chromaScale, chromaOffset, //
                      0, 0, 0, 1);
}

QMatrix4x4 normalisedYCbCrToRgb(YCbCrMatrix matrix)
{
    const LumaCoefficients c = lumaCoefficients(matrix);
    const float kg = c.kg();
    const float crToR = 2.0f * (1.0f - c.kr);
    const float cbToB = 2.0f * (1.0f - c.kb);
    // G' = (Y' - kr R' - kb B') / kg, expanded.
    const float cbToG = -c.kb * cbToB / kg;
    const float crToG = -c.kr * crToR / kg;
    return QMatrix4x4(1, 0, crToR, 0,     //
                      1, cbToG, crToG, 0, //
                      1, cbToB, 0, 0,     //
                      0, 0, 0, 1);
}

} // namespace

QMatrix4x4 yCbCrToRgbMatrix(YCbCrMatrix matrix, YCbCrRange range, int containerBits)
{
    return normalisedYCbCrToRgb(matrix) * texelToNormalisedYCbCr(range, containerBits);
}

QMatrix4x4 rgbToYCbCrMatrix(YCbCrMatrix matrix, YCbCrRange range, int containerBits)
{
    return yCbCrToRgbMatrix(matrix, range, containerBits).inverted();
}

QVector3D keyingYCbCr(const QVector3D &rgb)
{
    const float y = 0.2126f * rgb.x() + 0.7152f * rgb.y() + 0.0722f * rgb.z();
    return {y, (rgb.z() - y) / 1.8556f, (rgb.x() - y) / 1.5748f};
}

} // namespace greenroom
