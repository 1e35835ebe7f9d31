#include "MatteFlicker.h"

#include "AlphaClasses.h"

#include <cmath>

namespace greenroom::quality {

MatteFlicker matteFlicker(const std::vector<std::vector<float>> &alphas,
                          const std::vector<float> &trueAlpha)
{
    MatteFlicker f;
    if (alphas.size() < 2 || trueAlpha.empty())
        return f;
    for (const std::vector<float> &frame : alphas)
        if (frame.size() != trueAlpha.size())
            return f;
    for (float a : trueAlpha)
        f.partialPixels += alphaClass(a) == AlphaClass::Partial;
    double partial = 0, all = 0;
    for (std::size_t t = 1; t < alphas.size(); ++t) {
        double partialSum = 0, allSum = 0;
        for (std::size_t i = 0; i < trueAlpha.size(); ++i) {
            const double d = std::abs(double(alphas[t][i]) - double(alphas[t - 1][i]));
            allSum += d;
            if (alphaClass(trueAlpha[i]) == AlphaClass::Partial)
                partialSum += d;
        }
        all += allSum / double(trueAlpha.size());
        partial += f.partialPixels ? partialSum / double(f.partialPixels) : 0.0;
    }
    const double pairs = double(alphas.size() - 1);
    f.all = all / pairs * 1000.0;
    f.partial = partial / pairs * 1000.0;
    return f;
}

std::vector<float> alphaPlane(const QImage &keyed)
{
    const QImage rgba = keyed.convertToFormat(QImage::Format_RGBA8888);
    std::vector<float> alpha;
    alpha.reserve(std::size_t(rgba.width()) * std::size_t(rgba.height()));
    for (int y = 0; y < rgba.height(); ++y) {
        const uchar *line = rgba.constScanLine(y);
        for (int x = 0; x < rgba.width(); ++x)
            alpha.push_back(float(line[4 * x + 3]) / 255.0f);
    }
    return alpha;
}

MatteFlicker meanFlicker(const std::vector<MatteFlicker> &cases)
{
    MatteFlicker m;
    for (const MatteFlicker &f : cases) {
        m.partial += f.partial;
        m.all += f.all;
        m.partialPixels += f.partialPixels;
    }
    if (!cases.empty()) {
        m.partial /= double(cases.size());
        m.all /= double(cases.size());
    }
    return m;
}

} // namespace greenroom::quality
