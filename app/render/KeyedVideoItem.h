// The keyed live preview: a QQuickItem that owns a QVideoSink, keeps only the newest frame it
// receives, and draws it through KeyNode/KeyMaterial in one fragment pass.
//
// Threads: presentFrame() may be called on any thread (QVideoSink emits on the capture
// backend's thread); it maps the frame for reading, swaps it into the pending slot under a
// mutex and asks for an update.
// updatePaintNode() runs on the render thread while the GUI thread is blocked; it takes the
// pending frame and copies the key parameters into the node. Anything the render thread learns
// about the frame (size, format, errors) goes back to the GUI thread by a queued call. It also
// tells the sink the window's QRhi, so that frames can arrive as textures on it (see
// SourceTextures), and takes it back when the scene graph is invalidated.
#pragma once

#include "CleanPlate.h"
#include "CrossThreadUpdate.h"
#include "FrameCounters.h"
#include "KeyParams.h"
#include "MappedFrame.h"
#include "PendingFrame.h"
#include "VideoGeometry.h"

#include <QtMultimedia/QVideoFrame>
#include <QtMultimedia/QVideoSink>
#include <QtQuick/QQuickItem>

#include <memory>

namespace greenroom {

class KeyedVideoItem : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink CONSTANT)
    Q_PROPERTY(
        greenroom::KeyParams keyParams READ keyParams WRITE setKeyParams NOTIFY keyParamsChanged)
    Q_PROPERTY(FillMode fillMode READ fillMode WRITE setFillMode NOTIFY fillModeChanged)
    // What the item shows of the frame: the key's result, its matte, the unkeyed source, or
    // source and result side by side. All in the one keyer pass (uniforms only).
    Q_PROPERTY(ViewMode viewMode READ viewMode WRITE setViewMode NOTIFY viewModeChanged)
    // Split view: where the divider is, as a fraction of the item's width (source left of it).
    Q_PROPERTY(
        qreal splitPosition READ splitPosition WRITE setSplitPosition NOTIFY splitPositionChanged)
    Q_PROPERTY(QString frameError READ frameError NOTIFY frameErrorChanged)
    Q_PROPERTY(QSize frameSize READ frameSize NOTIFY frameInfoChanged)
    Q_PROPERTY(QString pixelFormatName READ pixelFormatName NOTIFY frameInfoChanged)
    // Whether the clean plate keys the frames arriving now: one is set and fits their size.
    Q_PROPERTY(bool cleanPlateInUse READ cleanPlateInUse NOTIFY cleanPlateChanged)

public:
    enum FillMode {
        Fit = int(greenroom::FillMode::Fit),
        Crop = int(greenroom::FillMode::Crop),
        Stretch = int(greenroom::FillMode::Stretch)
    };
    Q_ENUM(FillMode)

    enum ViewMode { Composite, Matte, Source, Split };
    Q_ENUM(ViewMode)

    explicit KeyedVideoItem(QQuickItem *parent = nullptr);
    ~KeyedVideoItem() override;

    QVideoSink *videoSink() const { return m_sink; }

    // Thread-safe. Maps the frame on the calling thread; the newest frame replaces any frame not
    // yet drawn (latest wins, no queue).
    void presentFrame(const QVideoFrame &frame);

    KeyParams keyParams() const { return m_params; }
    void setKeyParams(const KeyParams &params);

    // The clean plate to key against (null: none). A plain value, handed to the render thread
    // in updatePaintNode like the key parameters and uploaded once there; frames of another size
    // than the plate's are keyed without it.
    const CleanPlate &cleanPlate() const { return m_plate; }
    void setCleanPlate(const CleanPlate &plate);
    bool cleanPlateInUse() const { return m_plate.fits(m_frameSize); }

    FillMode fillMode() const { return m_fillMode; }
    void setFillMode(FillMode mode);

    ViewMode viewMode() const { return m_viewMode; }
    void setViewMode(ViewMode mode);
    qreal splitPosition() const { return m_splitPosition; }
    void setSplitPosition(qreal position);

    QString frameError() const { return m_frameError; }
    QSize frameSize() const { return m_frameSize; }
    QString pixelFormatName() const { return m_pixelFormatName; }

    // Upload, drop and frame counts; shared with the render thread.
    const FrameCounters &counters() const { return *m_counters; }
    // The same, for readers on other threads that may outlive the item (the stats overlay).
    std::shared_ptr<const FrameCounters> sharedCounters() const { return m_counters; }

Q_SIGNALS:
    void keyParamsChanged();
    void fillModeChanged();
    void viewModeChanged();
    void splitPositionChanged();
    void frameErrorChanged();
    void frameInfoChanged();
    void cleanPlateChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    struct FrameInfo {
        QSize size;
        QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
        QString error;
        friend bool operator==(const FrameInfo &, const FrameInfo &) = default;
    };
    struct DisplayInfo {
        QSize frameSize;
        int rotationDegrees = 0;
        bool mirrored = false;
    };

    QRhi *windowRhi() const;                      // render thread
    void offerRhiToSink(QRhi *rhi);               // render thread, see updatePaintNode
    void publishFrameInfo(const FrameInfo &info); // render thread -> GUI thread
    void applyFrameInfo(const FrameInfo &info);   // GUI thread

    QVideoSink *m_sink = nullptr; // child of this item
    std::shared_ptr<FrameCounters> m_counters;

    // Hand-over from any thread to the render thread.
    PendingFrame<std::unique_ptr<MappedFrame>> m_pending; // mapped by the delivering thread
    CrossThreadUpdate m_update;

    // GUI-thread state; updatePaintNode reads it while the GUI thread is blocked.
    KeyParams m_params;
    bool m_paramsDirty = true;
    CleanPlate m_plate;
    bool m_plateDirty = false;
    FillMode m_fillMode = Fit;
    ViewMode m_viewMode = Composite;
    qreal m_splitPosition = 0.5;
    QString m_frameError;
    QSize m_frameSize;
    QString m_pixelFormatName;

    QMetaObject::Connection m_sceneGraphInvalidated; // GUI thread

    // Render-thread state: only touched in updatePaintNode (and, for m_sinkRhi, when the
    // window's scene graph is invalidated, also on the render thread).
    DisplayInfo m_display;
    QRhi *m_sinkRhi = nullptr; // the graphics device the sink may deliver textures for
    bool m_hasDrawableFrame = false;
    FrameInfo m_publishedInfo;
};

} // namespace greenroom
