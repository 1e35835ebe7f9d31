#include "BackgroundSettings.h"

namespace greenroom {

BackgroundSettings::BackgroundSettings(QObject *parent) : QObject(parent) {}

void BackgroundSettings::setKind(Kind kind)
{
    if (kind < Checkerboard || kind > Video)
        kind = Checkerboard;
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
}

void BackgroundSettings::setColor(const QColor &color)
{
    if (!color.isValid() || color == m_color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
}

void BackgroundSettings::setImageFile(const QUrl &file)
{
    if (file == m_imageFile)
        return;
    m_imageFile = file;
    Q_EMIT imageFileChanged();
}

void BackgroundSettings::setVideoFile(const QUrl &file)
{
    if (file == m_videoFile)
        return;
    m_videoFile = file;
    Q_EMIT videoFileChanged();
}

void BackgroundSettings::setFillMode(FillMode mode)
{
    if (mode != Fit && mode != Fill)
        mode = Fill;
    if (mode == m_fillMode)
        return;
    m_fillMode = mode;
    Q_EMIT fillModeChanged();
}

} // namespace greenroom
