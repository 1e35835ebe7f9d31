#include "KeyerRows.h"

namespace greenroom::quality {

namespace {

// "groundtruth green: ...; groundtruth blue: ...; studio green: ..." (the family left out when
// there is one).
QString perCaseKind(const QList<Family> &families,
                    const std::function<QString(Family, Backdrop)> &text)
{
    QStringList parts;
    for (Family family : families)
        for (Backdrop backdrop : {Backdrop::Green, Backdrop::Blue})
            parts << (families.size() > 1 ? familyName(family) + QLatin1Char(' ') : QString()) +
                         backdropName(backdrop) + QStringLiteral(": ") + text(family, backdrop);
    return parts.join(QStringLiteral("; "));
}

} // namespace

std::vector<KeyerRow> keyerRows(Keyers &keyers, const TunedSettings &tuned, const PeerTools &tools,
                                const QList<Family> &families)
{
    const auto tunedFor = [&tuned](const Case &c) -> const Tuned & {
        return tuned.at({c.family, c.truth.backdrop});
    };
    std::vector<KeyerRow> rows;
    rows.push_back({QStringLiteral("OBS Chroma Key v2, defaults"),
                    QStringLiteral("key colour type Green (0x00FF00) / Blue (0x0099FF), "
                                   "similarity 400, smoothness 80, spill 100"),
                    true, false, [&keyers](const Case &c, QString *) -> std::optional<Keying> {
                        ObsSettings s;
                        s.keyColor = c.truth.backdrop == Backdrop::Green ? QColor(0, 255, 0)
                                                                         : QColor(0, 0x99, 0xFF);
                        return keyers.obs(s, false);
                    }});
    rows.push_back({QStringLiteral("OBS Chroma Key v2, tuned"),
                    perCaseKind(families,
                                [&](Family f, Backdrop b) {
                                    const auto &s = tuned.at({f, b}).obs;
                                    return s ? QStringLiteral("similarity %1, smoothness %2, "
                                                              "spill %3 (key: eyedropper)")
                                                   .arg(s->similarity)
                                                   .arg(s->smoothness)
                                                   .arg(s->spill)
                                             : QStringLiteral("n/a");
                                }),
                    true, true, [&keyers, tunedFor](const Case &c, QString *err) {
                        const auto &s = tunedFor(c).obs;
                        if (!s)
                            *err = QStringLiteral("not tuned");
                        return s ? std::optional(keyers.obs(*s, true)) : std::nullopt;
                    }});

    rows.push_back({QStringLiteral("FFmpeg chromakey+despill, defaults"),
                    QStringLiteral("similarity 0.01, blend 0, despill mix 0.5 expand 0 (key: "
                                   "eyedropper)"),
                    true, false,
                    [&keyers, tools](const Case &, QString *err) -> std::optional<Keying> {
                        if (tools.ffmpeg.isEmpty()) {
                            *err = QStringLiteral("ffmpeg not found");
                            return std::nullopt;
                        }
                        return keyers.ffmpeg(FfmpegSettings{}, true);
                    }});
    rows.push_back({QStringLiteral("FFmpeg chromakey+despill, tuned"),
                    perCaseKind(families,
                                [&](Family f, Backdrop b) {
                                    const Tuned &t = tuned.at({f, b});
                                    return t.ffmpeg ? describe(*t.ffmpeg, b) +
                                                          QStringLiteral(" (color: eyedropper)")
                                                    : t.ffmpegError;
                                }),
                    true, true, [&keyers, tunedFor](const Case &c, QString *err) {
                        const Tuned &t = tunedFor(c);
                        if (!t.ffmpeg)
                            *err = t.ffmpegError;
                        return t.ffmpeg ? std::optional(keyers.ffmpeg(*t.ffmpeg, true))
                                        : std::nullopt;
                    }});

    rows.push_back({QStringLiteral("GStreamer alpha, defaults"),
                    QStringLiteral("method=green / method=blue, angle 20, noise-level 2"), true,
                    false, [&keyers, tools](const Case &, QString *err) -> std::optional<Keying> {
                        if (tools.gst.isEmpty()) {
                            *err = QStringLiteral("gst-launch-1.0 not found");
                            return std::nullopt;
                        }
                        return keyers.gst({0, 20, 2});
                    }});
    rows.push_back({QStringLiteral("GStreamer alpha, tuned"),
                    perCaseKind(families,
                                [&](Family f, Backdrop b) {
                                    const Tuned &t = tuned.at({f, b});
                                    if (!t.gst)
                                        return t.gstError;
                                    const char *targets[] = {
                                        "built-in method",
                                        "custom target = eyedropper R'G'B' (BT.709)",
                                        "custom target = eyedropper codes as BT.601 "
                                        "R'G'B'"};
                                    return QStringLiteral("%1, angle %2, noise-level %3")
                                        .arg(QLatin1String(targets[t.gst->target]))
                                        .arg(t.gst->angle)
                                        .arg(t.gst->noise);
                                }),
                    true, true, [&keyers, tunedFor](const Case &c, QString *err) {
                        const Tuned &t = tunedFor(c);
                        if (!t.gst)
                            *err = t.gstError;
                        return t.gst ? std::optional(keyers.gst(*t.gst)) : std::nullopt;
                    }});

    rows.push_back({QStringLiteral("Greenroom, default preset"),
                    QStringLiteral("built-in green-screen / blue-screen preset"), false, false,
                    [&keyers](const Case &, QString *) -> std::optional<Keying> {
                        return keyers.greenroomPreset();
                    }});
    rows.push_back({QStringLiteral("Greenroom, auto-key"),
                    QStringLiteral("preset + auto-key from each frame, nothing tuned"), false,
                    false, [&keyers](const Case &, QString *) -> std::optional<Keying> {
                        return keyers.greenroomAutoKey();
                    }});
    rows.push_back({QStringLiteral("Greenroom, tuned"),
                    perCaseKind(families,
                                [&](Family f, Backdrop b) {
                                    const auto &g = tuned.at({f, b}).greenroom;
                                    return g ? QStringLiteral("auto-key colour, similarity %1, "
                                                              "smoothness %2")
                                                   .arg(g->similarity)
                                                   .arg(g->smoothness)
                                             : QStringLiteral("n/a");
                                }),
                    false, true, [&keyers, tunedFor](const Case &c, QString *err) {
                        const auto &g = tunedFor(c).greenroom;
                        if (!g)
                            *err = QStringLiteral("not tuned");
                        return g ? std::optional(keyers.greenroomTuned(*g)) : std::nullopt;
                    }});
    return rows;
}

KeyerResult scoreRow(const KeyerRow &row, const std::vector<const Case *> &cases)
{
    KeyerResult k;
    k.name = row.name;
    k.settings = row.settings;
    k.isPeer = row.isPeer;
    k.tuned = row.tuned;
    for (const Case *c : cases) {
        QString err;
        const std::optional<Keying> keying = row.keyingFor(*c, &err);
        const std::optional<QImage> result = keying ? (*keying)(*c, &err) : std::nullopt;
        if (!result) {
            k.perCase.clear();
            k.failure = err;
            break;
        }
        k.perCase.push_back(scoreResult(c->truth, c->scoring, *result));
    }
    return k;
}

QString goalNote(const ReportInput &report, std::optional<Family> family)
{
    const auto mean = [&](const KeyerResult &k) {
        std::vector<Score> picked;
        for (std::size_t i = 0; i < k.perCase.size(); ++i)
            if (!family || report.cases[i].family == *family)
                picked.push_back(k.perCase[i]);
        return meanScore(picked);
    };
    const KeyerResult *autoKeyRow = nullptr;
    const KeyerResult *bestComposite = nullptr, *bestSad = nullptr;
    for (const KeyerResult &k : report.keyers) {
        if (k.name == QLatin1String("Greenroom, auto-key") && !k.perCase.empty())
            autoKeyRow = &k;
        if (!k.isPeer || !k.tuned || k.perCase.empty())
            continue;
        if (!bestComposite || mean(k).composite < mean(*bestComposite).composite)
            bestComposite = &k;
        if (!bestSad || mean(k).sad < mean(*bestSad).sad)
            bestSad = &k;
    }
    if (!autoKeyRow || !bestComposite || !bestSad)
        return {};
    const Score a = mean(*autoKeyRow);
    const Score pc = mean(*bestComposite), ps = mean(*bestSad);
    return QStringLiteral(
               "**Goal**%1: Greenroom with auto-key, untuned, against the best tuned peer: "
               "composite error %2 vs %3 (%4, %5% lower; goal 30%), alpha SAD %6 vs %7 (%8, %9% "
               "lower; goal 30%), spill residual %10 (goal < 0.5) with greying %11.")
        .arg(family ? QStringLiteral(" (%1 cases)").arg(familyName(*family)) : QString())
        .arg(a.composite, 0, 'f', 2)
        .arg(pc.composite, 0, 'f', 2)
        .arg(bestComposite->name)
        .arg(100.0 * (1 - a.composite / pc.composite), 0, 'f', 1)
        .arg(a.sad, 0, 'f', 2)
        .arg(ps.sad, 0, 'f', 2)
        .arg(bestSad->name)
        .arg(100.0 * (1 - a.sad / ps.sad), 0, 'f', 1)
        .arg(a.spill, 0, 'f', 2)
        .arg(a.greying, 0, 'f', 2);
}

} // namespace greenroom::quality
