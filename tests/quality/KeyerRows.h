// The report's rows: every keyer at its defaults and tuned, each test case keyed the way its
// family and backdrop call for, and the goal stated as numbers.
#pragma once

#include "Report.h"
#include "Tuning.h"

#include <functional>
#include <map>

namespace greenroom::quality {

using TunedSettings = std::map<std::pair<Family, Backdrop>, Tuned>;

struct KeyerRow {
    QString name;
    QString settings; // how it ran, per family and backdrop where tuned
    bool isPeer = true;
    bool tuned = false;
    // The keying for one case, or nothing (and why) where the keyer cannot run.
    std::function<std::optional<Keying>(const Case &, QString *error)> keyingFor;
};

// OBS, FFmpeg and GStreamer at their defaults and tuned, then Greenroom with its default
// preset, with auto-key, and tuned, in the report's order.
std::vector<KeyerRow> keyerRows(Keyers &keyers, const TunedSettings &tuned, const PeerTools &tools,
                                const QList<Family> &families);

// Keys and scores every case with `row`; an empty perCase and the failure where it could not.
KeyerResult scoreRow(const KeyerRow &row, const std::vector<const Case *> &cases);

// The goal (Greenroom's auto-key against the best tuned peer) as a sentence for the report,
// over the cases `family` covers (all where nullopt); empty when a figure is missing.
QString goalNote(const ReportInput &report, std::optional<Family> family);

} // namespace greenroom::quality
