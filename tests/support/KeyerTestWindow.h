// A real QQuickWindow holding one KeyedVideoItem drawn 1:1, for GPU tests: it checks that the
// scene graph runs on the backend the test was asked to use, and reads back what the keyer
// drew as premultiplied colour and alpha (grabbed once over black and once over white).
#pragma once

#include "KeyedVideoItem.h"
#include "RgbaImage.h"

#include <QtQuick/QQuickWindow>

#include <memory>

namespace greenroom::test {

// Shows `window` and renders its first frame; false (with a message in `error`) when it never
// became exposed or the scene graph is not running on the backend named by
// GREENROOM_EXPECT_BACKEND.
bool showOnExpectedBackend(QQuickWindow *window, QString *error);

// Premultiplied colour and alpha of what `window` draws in its `area` (from the top-left
// corner), from two grabs of the same frame: over black a premultiplied output C shows as C,
// over white as C + (1 - a). Leaves the window's colour black.
RgbaImage grabPremultiplied(QQuickWindow *window, QSize area);

class KeyerTestWindow {
public:
    // The window is `windowSize`; the item starts at the top-left corner, 1:1 with the frame.
    explicit KeyerTestWindow(QSize itemSize, QSize windowSize = QSize(256, 192));
    ~KeyerTestWindow();

    // Shows the window; false (with a message in `error`) when it never became exposed or the
    // scene graph is not running on the backend named by GREENROOM_EXPECT_BACKEND.
    bool show(QString *error);

    QQuickWindow *window() const { return m_window.get(); }
    KeyedVideoItem *item() const { return m_item; }
    // Resizes the item (not the window, whose resize would be asynchronous under X11).
    void resize(QSize itemSize);

    // Presents `frame` and waits until it has been uploaded and drawn.
    bool presentAndWait(const QVideoFrame &frame);

    // Renders and reads back: premultiplied RGB in [0,1] and alpha, per pixel.
    RgbaImage grabPremultiplied();
    // One plain grab of the item's area over the window's current colour.
    QImage grab();

    QString backendName() const;

private:
    std::unique_ptr<QQuickWindow> m_window;
    KeyedVideoItem *m_item = nullptr; // owned by the window's content item
};

} // namespace greenroom::test
