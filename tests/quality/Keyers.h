// Every keyer the benchmark runs, as one kind of function: a case in, a straight-alpha RGBA
// result out (or nothing and a reason). Greenroom keys through the offscreen GPU path of
// `greenroom key`; OBS is re-implemented (ObsChromaKey.h); FFmpeg and GStreamer run as the
// real programs (ExternalKeyers.h).
#pragma once

#include "CaseSets.h"
#include "ExternalKeyers.h"
#include "ObsChromaKey.h"

#include "KeyParams.h"

#include <QtGui/QColor>
#include <QtGui/QImage>

#include <functional>
#include <map>
#include <optional>

namespace greenroom {
class OffscreenKeyer;
}

namespace greenroom::quality {

using Keying = std::function<std::optional<QImage>(const Case &, QString *error)>;

// Greenroom's built-in preset for the backdrop ("green-screen" or "blue-screen").
KeyParams presetFor(Backdrop backdrop);
// `base` with what auto-key estimates from the case's frame, as `greenroom key --auto-key`.
KeyParams autoKeyed(const Case &c, KeyParams base);

// The peers' key colour: an ideal eyedropper on the case's pure backdrop (from the truth).
QColor oracleRgb(const Case &c);
// R'G'B' whose BT.601 limited-range encoding is `yuv`: GStreamer's alpha element converts its
// target colour with BT.601 coefficients.
std::array<int, 3> bt601Rgb(const std::array<int, 3> &yuv);

// The parameters the grid searches vary.
struct GreenroomGrid {
    double similarity, smoothness;
};
struct GstGrid {
    int target; // 0: method green/blue, 1: custom (BT.709 R'G'B'), 2: custom (BT.601 R'G'B')
    double angle, noise;
};
GstAlphaSettings gstSettings(const GstGrid &grid, const Case &c);

class Keyers {
public:
    Keyers(OffscreenKeyer &gpu, const QString &workDir);

    Keying greenroom(std::function<KeyParams(const Case &)> paramsFor);
    Keying greenroomPreset();
    Keying greenroomAutoKey();
    Keying greenroomTuned(const GreenroomGrid &grid); // auto-key colour, grid's ramp
    // `oracle`: the eyedropper's key colour instead of the one in `settings`.
    Keying obs(const ObsSettings &settings, bool oracle);
    Keying ffmpeg(const FfmpegSettings &settings, bool oracle);
    Keying gst(const GstGrid &grid);

    // OBS's distance map depends only on the frame and the key colour, so it is kept per case
    // and colour for the grid search; forget() lets a case go (before its memory is reused).
    void forget(const Case *c);
    void forgetAll();

private:
    OffscreenKeyer &m_gpu;
    QString m_workDir;
    std::map<std::pair<const Case *, QRgb>, ObsPrepared> m_obsCache;
};

} // namespace greenroom::quality
