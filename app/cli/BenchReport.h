// The figures of one `greenroom bench` run, and how they are printed and written: key/value
// lines on stdout, one JSON object, or a CSV header and row. The field names are the same in
// all three so scripts can use whichever is handier.
#pragma once

#include "FrameStats.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QSize>
#include <QtCore/QString>

#include <optional>
#include <vector>

namespace greenroom {

struct BenchResult {
    QString path;
    QString source;
    QString backend;    // the graphics API the scene graph really ran on
    QString renderLoop; // "threaded" (render thread), "basic" (all on the GUI thread) or
                        // "offscreen" (--headless: no window, all on the GUI thread)
    QSize size;
    QString format;
    QSize window;
    QString key;          // the preset and overrides the keyers ran with ("defaults" without)
    QString keyerShader;  // the keyer variant that drew last (KeyShaderVariant::name()), empty
                          // where the path does not draw with Greenroom's keyer
    int fpsRequested = 0; // 0: max
    double seconds = 0;   // the measured interval

    quint64 framesIn = 0;
    quint64 framesPresented = 0;
    quint64 framesDropped = 0;
    double fpsPresented = 0;
    double latencyMsP50 = 0;
    double latencyMsP95 = 0;
    double latencyMsP99 = 0;
    double latencyMsMean = 0;
    double latencyMsMax = 0;
    double cpuMsPerFrame = 0;
    double guiThreadMsPerFrame = 0;
    double renderThreadMsPerFrame = 0;
    std::optional<double> uploadBytesPerFrame; // empty where the path's uploads are Qt's own
    double cpuCopiesPerFrame = 0;
    double peakRssMb = 0;
    quint64 textureCreations = 0;
    quint64 framesFromGpu = 0; // drawn from the source's own textures, with no upload
    QString notes;
    // Latency distribution in 0.1 ms bins: lower edge in ms and count.
    std::vector<std::pair<double, quint64>> latencyHistogramMs;
};

QJsonObject benchResultToJson(const BenchResult &result);
QString benchResultToText(const BenchResult &result);
// A header line and one row, both ending in a newline.
QString benchResultToCsv(const BenchResult &result);

} // namespace greenroom
