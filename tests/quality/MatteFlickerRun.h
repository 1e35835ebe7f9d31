// keyquality's flicker measurement: each chosen test case shot again with fresh sensor noise
// (the same scene, nothing moving), every frame keyed by each keyer as it would run live, and
// the matte flicker (MatteFlicker.h) of the frames.
#pragma once

#include "KeyerRows.h"
#include "MatteFlicker.h"

namespace greenroom::quality {

// Per row, per case of `cases` (nothing where the case was not chosen or the keyer failed).
// `frames`: the case itself and frames - 1 re-shoots. Greenroom's auto-key runs on each frame,
// as `greenroom key --auto-key` would; the peers keep the key colour picked on the first frame
// (an eyedropper is used once, not per frame). `chosen[i]` says whether cases[i] is measured.
std::vector<std::vector<std::optional<MatteFlicker>>>
measureFlicker(const std::vector<const Case *> &cases, const std::vector<bool> &chosen, int frames,
               const std::vector<const KeyerRow *> &rows, Keyers &keyers, const QString &workDir,
               const std::function<void(const QString &)> &progress);

} // namespace greenroom::quality
