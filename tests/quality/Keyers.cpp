#include "Keyers.h"

#include "AutoKey.h"
#include "KeyPresets.h"
#include "MappedFrameView.h"
#include "OffscreenKeyer.h"

#include <algorithm>
#include <cmath>

namespace greenroom::quality {

KeyParams presetFor(Backdrop backdrop)
{
    return *loadPreset(backdrop == Backdrop::Green ? QStringLiteral("green-screen")
                                                   : QStringLiteral("blue-screen"))
                .params;
}

KeyParams autoKeyed(const Case &c, KeyParams base)
{
    const MappedFrameView mapped(c.frame);
    return autoKey(FrameSampler(mapped.view()), base).appliedTo(base);
}

QColor oracleRgb(const Case &c)
{
    const Rgba &k = c.truth.backdropRgb;
    return QColor::fromRgbF(k[0], k[1], k[2]);
}

std::array<int, 3> bt601Rgb(const std::array<int, 3> &yuv)
{
    const double y = (yuv[0] - 16) / 219.0, cb = (yuv[1] - 128) / 224.0,
                 cr = (yuv[2] - 128) / 224.0;
    const double r = y + 1.402 * cr, b = y + 1.772 * cb;
    const double g = (y - 0.299 * r - 0.114 * b) / 0.587;
    const auto byte = [](double v) { return int(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    return {byte(r), byte(g), byte(b)};
}

GstAlphaSettings gstSettings(const GstGrid &g, const Case &c)
{
    GstAlphaSettings s;
    s.angle = g.angle;
    s.noiseLevel = g.noise;
    if (g.target == 0) {
        s.method =
            c.truth.backdrop == Backdrop::Green ? QStringLiteral("green") : QStringLiteral("blue");
    } else {
        s.method = QStringLiteral("custom");
        const QColor k = oracleRgb(c);
        s.target = g.target == 1 ? std::array{k.red(), k.green(), k.blue()}
                                 : bt601Rgb(c.truth.backdropYuv);
    }
    return s;
}

Keyers::Keyers(OffscreenKeyer &gpu, const QString &workDir) : m_gpu(gpu), m_workDir(workDir) {}

Keying Keyers::greenroom(std::function<KeyParams(const Case &)> paramsFor)
{
    return [this, paramsFor](const Case &c, QString *err) -> std::optional<QImage> {
        QImage keyed = m_gpu.key(c.frame, paramsFor(c), err);
        if (keyed.isNull())
            return std::nullopt;
        return keyed.convertToFormat(QImage::Format_RGBA8888); // straight, as PNG holds it
    };
}

Keying Keyers::greenroomPreset()
{
    return greenroom([](const Case &c) { return presetFor(c.truth.backdrop); });
}

Keying Keyers::greenroomAutoKey()
{
    return greenroom([](const Case &c) { return autoKeyed(c, presetFor(c.truth.backdrop)); });
}

Keying Keyers::greenroomTuned(const GreenroomGrid &g)
{
    return greenroom([g](const Case &c) {
        KeyParams p = autoKeyed(c, presetFor(c.truth.backdrop));
        p.similarity = g.similarity;
        p.smoothness = g.smoothness;
        return p;
    });
}

Keying Keyers::obs(const ObsSettings &s, bool oracle)
{
    return [this, s, oracle](const Case &c, QString *) -> std::optional<QImage> {
        ObsSettings settings = s;
        if (oracle)
            settings.keyColor = oracleRgb(c);
        const auto key = std::make_pair(&c, settings.keyColor.rgb());
        auto it = m_obsCache.find(key);
        if (it == m_obsCache.end())
            it = m_obsCache.emplace(key, obsPrepare(c.truth.rgb, settings.keyColor)).first;
        return obsChromaKey(it->second, settings);
    };
}

Keying Keyers::ffmpeg(const FfmpegSettings &s, bool oracle)
{
    const QString workDir = m_workDir;
    return [s, oracle, workDir](const Case &c, QString *err) {
        FfmpegSettings settings = s;
        if (oracle)
            settings.keyYuv = c.truth.backdropYuv;
        return runFfmpeg(c.truth, c.nv12Path, settings, workDir, err);
    };
}

Keying Keyers::gst(const GstGrid &g)
{
    const QString workDir = m_workDir;
    return [g, workDir](const Case &c, QString *err) {
        return runGstAlpha(c.truth, c.nv12Path, gstSettings(g, c), workDir, err);
    };
}

void Keyers::forget(const Case *c)
{
    std::erase_if(m_obsCache, [c](const auto &entry) { return entry.first.first == c; });
}

void Keyers::forgetAll()
{
    m_obsCache.clear();
}

} // namespace greenroom::quality
