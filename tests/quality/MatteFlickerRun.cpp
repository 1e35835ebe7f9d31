#include "MatteFlickerRun.h"

namespace greenroom::quality {

std::vector<std::vector<std::optional<MatteFlicker>>>
measureFlicker(const std::vector<const Case *> &cases, const std::vector<bool> &chosen, int frames,
               const std::vector<const KeyerRow *> &rows, Keyers &keyers, const QString &workDir,
               const std::function<void(const QString &)> &progress)
{
    std::vector<std::vector<std::optional<MatteFlicker>>> result(
        rows.size(), std::vector<std::optional<MatteFlicker>>(cases.size()));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (!chosen[i])
            continue;
        const Case &first = *cases[i];
        Cases shots;
        for (int n = 1; n < frames; ++n) {
            auto shot = makeCase(first.family, first.seed, first.truth.backdrop, first.truth.size,
                                 workDir, quint32(n));
            shot->truth.backdropRgb = first.truth.backdropRgb;
            shot->truth.backdropYuv = first.truth.backdropYuv;
            shots.push_back(std::move(shot));
        }
        std::vector<const Case *> sequence{&first};
        for (const auto &shot : shots)
            sequence.push_back(shot.get());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            std::vector<std::vector<float>> alphas;
            for (const Case *shot : sequence) {
                QString error;
                const std::optional<Keying> keying = rows[r]->keyingFor(*shot, &error);
                const std::optional<QImage> keyed =
                    keying ? (*keying)(*shot, &error) : std::nullopt;
                if (!keyed) {
                    alphas.clear();
                    break;
                }
                alphas.push_back(alphaPlane(*keyed));
            }
            if (!alphas.empty())
                result[r][i] = matteFlicker(alphas, first.truth.alpha);
        }
        // The re-shoots go now: no cached OBS distance map may outlive them.
        for (const auto &shot : shots)
            keyers.forget(shot.get());
        progress(first.truth.name);
    }
    return result;
}

} // namespace greenroom::quality
