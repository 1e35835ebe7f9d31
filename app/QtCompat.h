// The one place where Greenroom adapts to differences between Qt versions.
//
// Greenroom builds against Qt 6.4 (Debian 12) up to Qt 6.8. Every use of API that changed
// between those versions goes through this header, so version checks never spread through
// the code base.
#pragma once

#include <QtCore/qglobal.h>
#include <QtMultimedia/QVideoFrame>

// QRhi and QShader were private API before Qt 6.6 and are public (but still "semi-public")
// from 6.6 on.
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
#include <rhi/qrhi.h>
#include <rhi/qshader.h>
#else
#include <QtGui/private/qrhi_p.h>
#include <QtGui/private/qshader_p.h>
#endif

namespace greenroom::compat {

// Clockwise rotation of a frame in degrees (0, 90, 180 or 270) that the display must apply.
inline int frameRotationDegrees(const QVideoFrame &frame)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    return int(frame.rotation());
#else
    return int(frame.rotationAngle());
#endif
}

// Whether the frame must be mirrored horizontally for display (front-facing cameras).
inline bool frameMirrored(const QVideoFrame &frame)
{
    return frame.mirrored() || frame.surfaceFormat().isMirrored();
}

// Whether QVideoFrame(QVideoFrameFormat) allocates a Format_YUV422P frame whose chroma planes can
// hold the picture. Before Qt 6.6.1 the memory buffer is sized as for 4:2:0 and map() reports
// chroma rows a quarter of the luma stride wide (QTBUG-116991), so such frames cannot be written.
inline constexpr bool memoryFramesHoldYuv422P()
{
    return QT_VERSION >= QT_VERSION_CHECK(6, 6, 1);
}

} // namespace greenroom::compat
