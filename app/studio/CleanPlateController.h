// The studio's clean plate: captures the empty screen from the live source, keeps it per source
// and pixel format, and hands it to both views.
//
// - capture(): the router's next kFrames new frames are averaged into a plate (CleanPlateBuilder,
//   on a worker thread, one frame at a time; frames that arrive meanwhile are skipped, the
//   newest is taken next). The plate is saved (CleanPlateStore) and used at once.
// - When a source and pixel format start (this run or the next), their saved plate is used.
// - A plate captured at another frame size than the picture's is ignored, with a toast and a
//   line on stderr saying so (the views ignore it by themselves too); it applies again as soon
//   as frames of its size come back.
// - clear(): forgets the plate of the current source and format, file included.
#pragma once

#include "CleanPlate.h"
#include "CleanPlateBuilder.h"
#include "CleanPlateStore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtMultimedia/QVideoFrameFormat>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>

namespace greenroom {

class FrameRouter;
class SourceController;

class CleanPlateController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CleanPlateController belongs to a Studio")
    Q_PROPERTY(bool capturing READ capturing NOTIFY stateChanged)
    // Frames averaged so far by the capture under way, of framesWanted.
    Q_PROPERTY(int framesCaptured READ framesCaptured NOTIFY stateChanged)
    Q_PROPERTY(int framesWanted READ framesWanted CONSTANT)
    // A plate is kept for the current source and format; inUse: and it fits the picture.
    Q_PROPERTY(bool hasPlate READ hasPlate NOTIFY stateChanged)
    Q_PROPERTY(bool inUse READ inUse NOTIFY stateChanged)
    // One line for the Key page: none, capturing, in use, or ignored and why.
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)

public:
    // About a second of a 30 fps camera: 64 pixels a cell times 30 frames averages the sensor
    // noise down about 44 times.
    static constexpr int kFrames = 30;
    // A capture fails when no new frame arrives for this long.
    static constexpr int kStallMs = 3000;

    CleanPlateController(FrameRouter *router, SourceController *sources, QObject *parent = nullptr);
    // Waits for a frame still being added: it writes into this object's builder.
    ~CleanPlateController() override;

    // Where plates are kept (default: CleanPlateStore::defaultDirectory()).
    QString directory() const { return m_store.directory(); }
    void setDirectory(const QString &directory) { m_store.setDirectory(directory); }
    // The file of the current source and format's plate (it may not exist); empty before the
    // first frame.
    QString currentFile() const;
    const CleanPlate &plate() const { return m_plate; }

    // Starts capturing; false (with a toast saying why) without a picture or while capturing.
    Q_INVOKABLE bool capture();
    // Forgets the current plate and removes its file; a capture under way is cancelled.
    Q_INVOKABLE bool clear();

    bool capturing() const { return m_builder != nullptr; }
    int framesCaptured() const { return m_builder ? m_builder->frameCount() : 0; }
    int framesWanted() const { return kFrames; }
    bool hasPlate() const { return !m_plate.isNull(); }
    bool inUse() const { return m_plate.fits(m_frameSize); }
    QString status() const;

Q_SIGNALS:
    void stateChanged();
    void toast(const QString &message);
    // A capture() that started ended: with a new plate in use, or not (a toast said why).
    void captureFinished(bool captured);

private:
    void onFrameFormatChanged();
    void onSourceChanged();
    void restore();
    void checkFit();
    void takeFrame();
    void onFrameAdded();
    void finishCapture();
    void failCapture(const QString &reason);
    bool cancelCapture();
    void setPlate(const CleanPlate &plate);
    void report(const QString &problem);

    FrameRouter *m_router;
    SourceController *m_sources;
    CleanPlateStore m_store;
    QString m_key;     // CleanPlateStore::keyOf the current source and pixel format
    QSize m_frameSize; // of the frames arriving now
    CleanPlate m_plate;
    QSize m_reportedMismatch; // the frame size a mismatch was last reported for
    // A new source: its frames are waited for before its plate is looked up.
    quint64 m_framesBeforeSource = 0;
    QTimer m_sourceWait;

    // The capture under way (m_builder set).
    std::unique_ptr<CleanPlateBuilder> m_builder;
    QString m_captureKey;
    QVideoFrameFormat::PixelFormat m_captureFormat = QVideoFrameFormat::Format_Invalid;
    quint64 m_lastFrame = 0; // FrameRouter::frameCount of the last frame taken
    QElapsedTimer m_sinceFrame;
    QTimer m_poll;
    QFutureWatcher<bool> m_adding;
};

} // namespace greenroom
