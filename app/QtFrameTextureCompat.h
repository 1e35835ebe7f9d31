// The one place where Greenroom reaches Qt Multimedia's private API: the textures of a
// QVideoFrame whose planes are already on the GPU (QVideoFrame::RhiTextureHandle, delivered by
// hardware decoders and GPU-side capture when the sink has the window's QRhi).
//
// Qt has no public way to read such a frame's textures; its own VideoOutput uses the private
// QAbstractVideoBuffer::mapTextures(). Greenroom does the same where that call is known:
// - with Qt Multimedia's private headers (Qt's installers ship them), from Qt 6.4.1 up to 6.7,
//   where mapTextures(QRhi *) has the same signature;
// - without them (Linux distributions do not package them), on Qt 6.4.1 up to 6.6.1 only, from
//   the declaration below, which repeats the class as those releases lay it out (checked against
//   Qt's sources of every release in that range; 6.4.0 had another mapTextures, and 6.6.2 and
//   6.7.2 changed the virtual table).
// Qt 6.8 moved texture access to a QHwVideoBuffer whose virtual table changed between 6.8.0 and
// 6.8.2, so there GREENROOM_FRAME_TEXTURES is 0 and such frames are mapped to memory (Qt then
// copies them off the GPU) and uploaded like any other frame.
#pragma once

#include "QtCompat.h"

#include <QtGui/QMatrix4x4>
#include <QtMultimedia/QVideoFrame>

#include <memory>

#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 1) && QT_VERSION < QT_VERSION_CHECK(6, 8, 0) &&           \
    defined(GREENROOM_HAVE_QT_MULTIMEDIA_PRIVATE)
#include <QtMultimedia/private/qabstractvideobuffer_p.h>
#define GREENROOM_FRAME_TEXTURES 1
#elif QT_VERSION >= QT_VERSION_CHECK(6, 4, 1) && QT_VERSION <= QT_VERSION_CHECK(6, 6, 1)
#define GREENROOM_FRAME_TEXTURES 1

QT_BEGIN_NAMESPACE

// As in Qt 6.4.1-6.6.1's qabstractvideobuffer_p.h: the same members and virtual functions, in
// the same order, so that calls go through Qt's own virtual table.
class Q_MULTIMEDIA_EXPORT QVideoFrameTextures {
public:
    virtual ~QVideoFrameTextures() {}
    virtual QRhiTexture *texture(uint plane) const = 0;
};

class Q_MULTIMEDIA_EXPORT QAbstractVideoBuffer {
public:
    QAbstractVideoBuffer(QVideoFrame::HandleType type, QRhi *rhi = nullptr);
    virtual ~QAbstractVideoBuffer();

    QVideoFrame::HandleType handleType() const;
    QRhi *rhi() const;

    struct MapData {
        int nPlanes = 0;
        int bytesPerLine[4] = {};
        uchar *data[4] = {};
        int size[4] = {};
    };

    virtual QVideoFrame::MapMode mapMode() const = 0;
    virtual MapData map(QVideoFrame::MapMode mode) = 0;
    virtual void unmap() = 0;

    virtual std::unique_ptr<QVideoFrameTextures> mapTextures(QRhi *) { return {}; }
    virtual quint64 textureHandle(int /*plane*/) const { return 0; }

    virtual QMatrix4x4 externalTextureMatrix() const { return {}; }

protected:
    QVideoFrame::HandleType m_type;
    QRhi *m_rhi = nullptr;

private:
    Q_DISABLE_COPY(QAbstractVideoBuffer)
};

QT_END_NAMESPACE

#else
#define GREENROOM_FRAME_TEXTURES 0
#endif

namespace greenroom::compat {

// Whether this build can sample a texture-backed frame's own textures (see above).
inline constexpr bool frameTexturesAvailable()
{
    return GREENROOM_FRAME_TEXTURES != 0;
}

} // namespace greenroom::compat
