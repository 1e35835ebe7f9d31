// The peers that run as the real tools from Debian packages: FFmpeg's chromakey (+ despill)
// and GStreamer's alpha element. Each run keys one NV12 file and reads back straight RGBA.
#pragma once

#include "GroundTruth.h"

#include <QtCore/QString>
#include <QtGui/QImage>

#include <optional>

namespace greenroom::quality {

struct FfmpegSettings {
    std::array<int, 3> keyYuv{16, 128, 128}; // chromakey color in video codes (yuv=1)
    double similarity = 0.01;                // chromakey defaults
    double blend = 0.0;
    bool despill = true; // despill with its defaults: mix 0.5, expand 0
    double despillMix = 0.5;
    double despillExpand = 0.0;
};

struct GstAlphaSettings {
    QString method = QStringLiteral("green"); // green, blue or custom
    std::array<int, 3> target{0, 255, 0};     // custom target colour
    double angle = 20.0;                      // alpha element defaults
    double noiseLevel = 2.0;
    int blackSensitivity = 100;
    int whiteSensitivity = 100;
};

// The tools' versions, or empty when a tool is missing.
QString ffmpegVersion();
QString gstreamerVersion();

// Keys `truth.nv12` (written to `nv12Path` beforehand) and returns straight RGBA8888, or
// nothing with `*error` set.
std::optional<QImage> runFfmpeg(const GroundTruthCase &truth, const QString &nv12Path,
                                const FfmpegSettings &settings, const QString &workDir,
                                QString *error);
std::optional<QImage> runGstAlpha(const GroundTruthCase &truth, const QString &nv12Path,
                                  const GstAlphaSettings &settings, const QString &workDir,
                                  QString *error);

// The command lines, as the report prints them.
QString describe(const FfmpegSettings &settings, Backdrop backdrop);
QString describe(const GstAlphaSettings &settings);

} // namespace greenroom::quality
