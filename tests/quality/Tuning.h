// The fairness rule of the benchmark: every keyer is tuned by the same kind of small grid
// search over its main parameters, on the tuning set only, per family and backdrop, for the
// lowest mean composite error.
#pragma once

#include "Keyers.h"

#include <functional>
#include <limits>

namespace greenroom::quality {

// Keys every case; nothing when the keyer failed on any of them.
std::optional<std::vector<Score>> scoreAll(const std::vector<const Case *> &cases,
                                           const Keying &keying, QString *error);

// Grid search: the configuration with the lowest mean composite error on `cases`.
template<typename Config>
std::optional<Config> tune(const std::vector<Config> &grid, const std::vector<const Case *> &cases,
                           const std::function<Keying(const Config &)> &keyingFor, QString *error)
{
    double best = std::numeric_limits<double>::max();
    std::optional<Config> chosen;
    for (const Config &config : grid) {
        const auto scores = scoreAll(cases, keyingFor(config), error);
        if (!scores)
            return std::nullopt;
        const double composite = meanScore(*scores).composite;
        if (composite < best) {
            best = composite;
            chosen = config;
        }
    }
    return chosen;
}

struct Grids {
    std::vector<ObsSettings> obs;
    std::vector<FfmpegSettings> ffmpeg;
    std::vector<GstGrid> gst;
    std::vector<GreenroomGrid> greenroom;
};
// The same small search for every keyer; `quick`: tiny grids for a smoke run.
Grids makeGrids(bool quick);

// What the search chose for one family and backdrop (nothing where a tool is missing).
struct Tuned {
    std::optional<ObsSettings> obs;
    std::optional<FfmpegSettings> ffmpeg;
    std::optional<GstGrid> gst;
    std::optional<GreenroomGrid> greenroom;
    QString ffmpegError, gstError;
};

// The installed tools' versions, empty where one is missing.
struct PeerTools {
    QString ffmpeg, gst;
};

// Tunes every keyer on `cases`; `progress` hears which keyer is done.
Tuned tuneKeyers(const std::vector<const Case *> &cases, const Grids &grids, Keyers &keyers,
                 const PeerTools &tools, const std::function<void(const QString &)> &progress,
                 QString *error);

} // namespace greenroom::quality
