// What the preview shows behind the keyed subject: a checkerboard (transparency made visible),
// a solid colour, an image file or a looping video file, fitted or filled. QML draws it; this is
// the state, saved with the session.
#pragma once

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtGui/QColor>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class BackgroundSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("BackgroundSettings belongs to a Studio")
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QUrl imageFile READ imageFile WRITE setImageFile NOTIFY imageFileChanged)
    Q_PROPERTY(QUrl videoFile READ videoFile WRITE setVideoFile NOTIFY videoFileChanged)
    Q_PROPERTY(FillMode fillMode READ fillMode WRITE setFillMode NOTIFY fillModeChanged)

public:
    enum Kind { Checkerboard, SolidColor, Image, Video };
    Q_ENUM(Kind)
    enum FillMode { Fit, Fill };
    Q_ENUM(FillMode)

    explicit BackgroundSettings(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QUrl imageFile() const { return m_imageFile; }
    void setImageFile(const QUrl &file);
    QUrl videoFile() const { return m_videoFile; }
    void setVideoFile(const QUrl &file);
    FillMode fillMode() const { return m_fillMode; }
    void setFillMode(FillMode mode);

Q_SIGNALS:
    void kindChanged();
    void colorChanged();
    void imageFileChanged();
    void videoFileChanged();
    void fillModeChanged();

private:
    Kind m_kind = Checkerboard;
    QColor m_color = QColor(0x1e, 0x3a, 0x5f);
    QUrl m_imageFile;
    QUrl m_videoFile;
    FillMode m_fillMode = Fill;
};

} // namespace greenroom
