// What `greenroom key` was asked to do: plain values from KeyCommandLine, run by KeyCommand.
#pragma once

#include "ColorSpace.h"
#include "GraphicsBackend.h"
#include "KeyParamArguments.h"

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QSize>
#include <QtCore/QString>

namespace greenroom {

// Raw frame layouts `--format` accepts (tightly packed, one frame per file).
enum class RawFormat { None, Nv12, Nv21, Yuv420p, Yuyv, Uyvy, P010, Rgba };

struct KeyOptions {
    QString input;                         // a file, or a folder keyed file by file
    QString output;                        // a .png file, or a folder when the input is one
    RawFormat rawFormat = RawFormat::None; // None: images (PNG, JPEG, ...)
    QSize rawSize;
    YCbCrMatrix matrix = YCbCrMatrix::Bt709;
    YCbCrRange range = YCbCrRange::Limited;
    KeyChoice key;        // the sets apply after the preset and after auto-key
    bool autoKey = false; // estimate key colour, similarity and smoothness
    bool matte = false;   // write the alpha alone, 8-bit grey
    // Also write the key used as a preset file (.json); with auto-key, the first input's key.
    QString savePreset;
    // An image of the empty screen (or a plate the studio saved) to key every input against.
    QString cleanPlate;
    GraphicsBackend backend = GraphicsBackend::Default;
};

// Exit statuses of `greenroom key`.
inline constexpr int kKeyExitOk = 0;
// Bad arguments, unreadable or invalid input, or an output (PNG, preset) that cannot be written.
inline constexpr int kKeyExitBadInput = 2;
inline constexpr int kKeyExitNoBackend = 3; // no usable GPU backend

} // namespace greenroom
