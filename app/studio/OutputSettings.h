// The clean output window: which screen, what size, full screen or not, and whether the keyed
// subject is shown over the preview's background or over transparency (for capture by
// streaming software). Saved with the session.
#pragma once

#include <QtCore/QObject>
#include <QtCore/QSize>
#include <QtCore/QStringList>
#include <QtGui/QWindow>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class OutputSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OutputSettings belongs to a Studio")
    // QScreen::name() of the screen to open on; empty or unknown: the primary screen.
    Q_PROPERTY(QString screenName READ screenName WRITE setScreenName NOTIFY screenNameChanged)
    Q_PROPERTY(QSize size READ size WRITE setSize NOTIFY sizeChanged)
    Q_PROPERTY(bool fullScreen READ fullScreen WRITE setFullScreen NOTIFY fullScreenChanged)
    Q_PROPERTY(bool transparent READ transparent WRITE setTransparent NOTIFY transparentChanged)
    // The sizes offered in the output panel, as "WIDTH × HEIGHT", and which of them `size` is
    // (-1: none).
    Q_PROPERTY(QStringList standardSizes READ standardSizes CONSTANT STORED false)
    Q_PROPERTY(int standardSizeIndex READ standardSizeIndex NOTIFY sizeChanged STORED false)
    // QScreen::name() of every screen there is now.
    Q_PROPERTY(QStringList screenNames READ screenNames NOTIFY screensChanged STORED false)

public:
    explicit OutputSettings(QObject *parent = nullptr);

    QString screenName() const { return m_screenName; }
    void setScreenName(const QString &name);
    QSize size() const { return m_size; }
    void setSize(const QSize &size);
    bool fullScreen() const { return m_fullScreen; }
    void setFullScreen(bool fullScreen);
    bool transparent() const { return m_transparent; }
    void setTransparent(bool transparent);
    QStringList standardSizes() const;
    int standardSizeIndex() const;
    QStringList screenNames() const;

    // Sets `size` from "WIDTHxHEIGHT" (or "WIDTH × HEIGHT"); false (and no change) when the
    // text is not one.
    Q_INVOKABLE bool setSizeText(const QString &text);
    // Moves `window` to the chosen screen (the primary one if it is gone), centred, at `size`.
    Q_INVOKABLE void place(QWindow *window) const;

Q_SIGNALS:
    void screenNameChanged();
    void sizeChanged();
    void fullScreenChanged();
    void transparentChanged();
    void screensChanged();

private:
    QString m_screenName;
    QSize m_size = QSize(1920, 1080);
    bool m_fullScreen = false;
    bool m_transparent = false;
};

} // namespace greenroom
