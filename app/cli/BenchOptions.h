// What `greenroom bench` measures and how, as plain values parsed from its command line.
#pragma once

#include "GraphicsBackend.h"
#include "KeyParamArguments.h"

#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtMultimedia/QVideoFrameFormat>

namespace greenroom {

// The frame path under measurement; all three run in the same binary under the same conditions.
enum class BenchPath {
    Greenroom,               // KeyedVideoItem: planes uploaded as they are, keyed in one pass
    VideoOutputShaderEffect, // Qt's VideoOutput, keyed by a ShaderEffect in a second pass
    CpuConvert,              // toImage() on the CPU, keyed on the CPU, uploaded as RGBA
};

enum class BenchSource { TestPattern, File, Camera };

struct BenchOptions {
    BenchSource source = BenchSource::TestPattern;
    QString sourceArgument; // the file path or camera id after "file:" / "camera:"
    QSize frameSize{1920, 1080};
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_NV12;
    int fps = 60; // 0: as fast as frames are consumed ("max")
    double seconds = 10.0;
    BenchPath path = BenchPath::Greenroom;
    GraphicsBackend backend = GraphicsBackend::Default;
    QSize windowSize{1280, 720};
    // Render offscreen (QQuickRenderControl into a texture, on the GUI thread) instead of in a
    // window on screen: runs on a GPU with no display, and with Vulkan needs no display server.
    bool headless = false;
    KeyChoice key;
    QString jsonPath;
    QString csvPath;
    // Hidden: write the test pattern's frames as raw video to this file and quit (the frames
    // the outside reference, FFmpeg, keys in tests/benchmarks/compare.sh).
    QString dumpRawPath;
};

// The command-line names, for parsing and for the report.
QString benchPathName(BenchPath path);
QString benchFormatName(QVideoFrameFormat::PixelFormat format);

} // namespace greenroom
