#include "OutputSettings.h"

#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>

#include <algorithm>
#include <array>

namespace greenroom {

namespace {
constexpr int minSide = 64;
constexpr int maxSide = 8192;
// 720p, 1080p, 1440p, 2160p and portrait 1080p (vertical video).
const std::array standardSizeList{QSize(1280, 720), QSize(1920, 1080), QSize(2560, 1440),
                                  QSize(3840, 2160), QSize(1080, 1920)};
} // namespace

OutputSettings::OutputSettings(QObject *parent) : QObject(parent)
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::screenAdded, this, &OutputSettings::screensChanged);
        connect(app, &QGuiApplication::screenRemoved, this, &OutputSettings::screensChanged);
    }
}

void OutputSettings::setScreenName(const QString &name)
{
    if (name == m_screenName)
        return;
    m_screenName = name;
    Q_EMIT screenNameChanged();
}

void OutputSettings::setSize(const QSize &size)
{
    if (!size.isValid())
        return;
    const QSize bounded(std::clamp(size.width(), minSide, maxSide),
                        std::clamp(size.height(), minSide, maxSide));
    if (bounded == m_size)
        return;
    m_size = bounded;
    Q_EMIT sizeChanged();
}

void OutputSettings::setFullScreen(bool fullScreen)
{
    if (fullScreen == m_fullScreen)
        return;
    m_fullScreen = fullScreen;
    Q_EMIT fullScreenChanged();
}

void OutputSettings::setTransparent(bool transparent)
{
    if (transparent == m_transparent)
        return;
    m_transparent = transparent;
    Q_EMIT transparentChanged();
}

QStringList OutputSettings::standardSizes() const
{
    QStringList texts;
    for (const QSize &size : standardSizeList)
        texts.append(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height()));
    return texts;
}

int OutputSettings::standardSizeIndex() const
{
    const auto it = std::find(standardSizeList.begin(), standardSizeList.end(), m_size);
    return it == standardSizeList.end() ? -1 : int(it - standardSizeList.begin());
}

QStringList OutputSettings::screenNames() const
{
    QStringList names;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens)
        names.append(screen->name());
    return names;
}

void OutputSettings::place(QWindow *window) const
{
    if (!window)
        return;
    QScreen *target = QGuiApplication::primaryScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen->name() == m_screenName)
            target = screen;
    }
    if (!target)
        return;
    window->setScreen(target);
    const QRect area = target->geometry();
    window->setGeometry(
        QRect(area.center() - QPoint(m_size.width() / 2, m_size.height() / 2), m_size));
}

bool OutputSettings::setSizeText(const QString &text)
{
    QString plain = text;
    plain.remove(QLatin1Char(' ')).replace(QChar(0x00D7), QLatin1Char('x'));
    const QStringList sides = plain.split(QLatin1Char('x'));
    bool okWidth = false;
    bool okHeight = false;
    if (sides.size() != 2)
        return false;
    const QSize size(sides[0].toInt(&okWidth), sides[1].toInt(&okHeight));
    if (!okWidth || !okHeight || size.width() < minSide || size.height() < minSide ||
        size.width() > maxSide || size.height() > maxSide)
        return false;
    setSize(size);
    return true;
}

} // namespace greenroom
