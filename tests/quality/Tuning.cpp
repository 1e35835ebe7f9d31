#include "Tuning.h"

namespace greenroom::quality {

std::optional<std::vector<Score>> scoreAll(const std::vector<const Case *> &cases,
                                           const Keying &keying, QString *error)
{
    std::vector<Score> scores;
    for (const Case *c : cases) {
        const std::optional<QImage> result = keying(*c, error);
        if (!result)
            return std::nullopt;
        scores.push_back(scoreResult(c->truth, c->scoring, *result));
    }
    return scores;
}

Grids makeGrids(bool quick)
{
    Grids g;
    for (int sim : quick ? std::vector<int>{60, 150}
                         : std::vector<int>{30, 50, 70, 90, 110, 140, 180, 230, 300, 400})
        for (int smooth : quick ? std::vector<int>{40, 120}
                                : std::vector<int>{5, 10, 25, 45, 70, 100, 140, 200, 280})
            for (int spill : quick ? std::vector<int>{100} : std::vector<int>{1, 100, 400})
                g.obs.push_back({QColor(), sim, smooth, spill});
    for (double sim : quick ? std::vector<double>{0.05, 0.12}
                            : std::vector<double>{0.02, 0.04, 0.06, 0.08, 0.10, 0.13, 0.16, 0.20})
        for (double blend : quick ? std::vector<double>{0.0, 0.1}
                                  : std::vector<double>{0.0, 0.02, 0.05, 0.1, 0.15, 0.2})
            for (int despill : quick ? std::vector<int>{1} : std::vector<int>{0, 1, 2}) {
                FfmpegSettings s;
                s.similarity = sim;
                s.blend = blend;
                s.despill = despill > 0;
                s.despillMix = despill == 2 ? 1.0 : 0.5;
                g.ffmpeg.push_back(s);
            }
    for (int target : quick ? std::vector<int>{1} : std::vector<int>{0, 1, 2})
        for (double angle : quick ? std::vector<double>{15, 30}
                                  : std::vector<double>{2, 5, 10, 15, 20, 25, 30, 40, 50})
            for (double noise :
                 quick ? std::vector<double>{2} : std::vector<double>{1, 2, 4, 8, 16, 32, 64})
                g.gst.push_back({target, angle, noise});
    for (double sim : quick ? std::vector<double>{0.04, 0.08}
                            : std::vector<double>{0.02, 0.03, 0.045, 0.06, 0.08, 0.1, 0.13})
        for (double smooth : quick ? std::vector<double>{0.06, 0.12}
                                   : std::vector<double>{0.03, 0.05, 0.07, 0.1, 0.14, 0.2, 0.28})
            g.greenroom.push_back({sim, smooth});
    return g;
}

Tuned tuneKeyers(const std::vector<const Case *> &cases, const Grids &grids, Keyers &keyers,
                 const PeerTools &tools, const std::function<void(const QString &)> &progress,
                 QString *error)
{
    Tuned t;
    t.obs = tune<ObsSettings>(
        grids.obs, cases, [&](const ObsSettings &s) { return keyers.obs(s, true); }, error);
    progress(QStringLiteral("OBS"));
    if (!tools.ffmpeg.isEmpty())
        t.ffmpeg = tune<FfmpegSettings>(
            grids.ffmpeg, cases, [&](const FfmpegSettings &s) { return keyers.ffmpeg(s, true); },
            &t.ffmpegError);
    else
        t.ffmpegError = QStringLiteral("ffmpeg not found");
    progress(QStringLiteral("FFmpeg"));
    if (!tools.gst.isEmpty())
        t.gst = tune<GstGrid>(
            grids.gst, cases, [&](const GstGrid &g) { return keyers.gst(g); }, &t.gstError);
    else
        t.gstError = QStringLiteral("gst-launch-1.0 not found");
    progress(QStringLiteral("GStreamer"));
    t.greenroom = tune<GreenroomGrid>(
        grids.greenroom, cases, [&](const GreenroomGrid &g) { return keyers.greenroomTuned(g); },
        error);
    progress(QStringLiteral("Greenroom"));
    return t;
}

} // namespace greenroom::quality
