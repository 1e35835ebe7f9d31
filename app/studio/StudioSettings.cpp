#include "StudioSettings.h"

#include <QtCore/QMetaProperty>
#include <QtCore/QUrl>
#include <QtGui/QColor>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtGui/QWindow>

namespace greenroom {

namespace {
const QString windowGeometryKey = QStringLiteral("window/geometry");
const QString windowMaximizedKey = QStringLiteral("window/maximized");

// Enums are written by key name, colours as #rrggbb and files as URLs: readable in the file,
// and stable if an enum is reordered.
QVariant toStored(const QMetaProperty &property, const QVariant &value)
{
    if (property.isEnumType()) {
        const char *key = property.enumerator().valueToKey(value.toInt());
        return key ? QVariant(QString::fromLatin1(key)) : QVariant();
    }
    switch (property.metaType().id()) {
    case QMetaType::QColor: {
        const QColor color = value.value<QColor>();
        return color.name(color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
    }
    case QMetaType::QUrl:
        return value.toUrl().toString();
    default:
        return value;
    }
}

QVariant fromStored(const QMetaProperty &property, const QVariant &stored, bool *ok)
{
    if (property.isEnumType()) {
        const int value =
            property.enumerator().keyToValue(stored.toString().toLatin1().constData(), ok);
        return *ok ? QVariant(value) : QVariant();
    }
    if (property.metaType().id() == QMetaType::QColor) {
        const QColor color = QColor::fromString(stored.toString());
        *ok = color.isValid();
        return color;
    }
    QVariant value = stored;
    *ok = value.convert(property.metaType());
    return value;
}
} // namespace

StudioSettings::StudioSettings() : m_settings(std::make_unique<QSettings>()) {}

StudioSettings::StudioSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

StudioSettings::~StudioSettings() = default;

void StudioSettings::saveObject(const QString &group, const QObject *object)
{
    const QMetaObject *meta = object->metaObject();
    m_settings->beginGroup(group);
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        if (!property.isStored() || !property.isWritable())
            continue;
        const QVariant value = toStored(property, property.read(object));
        if (value.isValid())
            m_settings->setValue(QLatin1String(property.name()), value);
    }
    m_settings->endGroup();
}

QStringList StudioSettings::loadObject(const QString &group, QObject *object)
{
    QStringList problems;
    const QMetaObject *meta = object->metaObject();
    m_settings->beginGroup(group);
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        const QString key = QLatin1String(property.name());
        if (!property.isStored() || !property.isWritable() || !m_settings->contains(key))
            continue;
        const QVariant stored = m_settings->value(key);
        bool ok = false;
        const QVariant value = fromStored(property, stored, &ok);
        if (!ok || !property.write(object, value))
            problems.append(tr("Settings: %1/%2 has the unusable value \"%3\"; keeping %4.")
                                .arg(group, key, stored.toString(),
                                     toStored(property, property.read(object)).toString()));
    }
    m_settings->endGroup();
    return problems;
}

void StudioSettings::saveWindow(const QWindow *window)
{
    const bool maximized = window->windowStates().testFlag(Qt::WindowMaximized);
    const bool fullScreen = window->windowStates().testFlag(Qt::WindowFullScreen);
    // The normal geometry is only known while the window is normal.
    if (!maximized && !fullScreen)
        m_settings->setValue(windowGeometryKey, window->geometry());
    m_settings->setValue(windowMaximizedKey, maximized);
}

bool StudioSettings::restoreWindow(QWindow *window)
{
    const QRect geometry = m_settings->value(windowGeometryKey).toRect();
    if (!geometry.isValid())
        return false;
    QSize size = geometry.size().expandedTo(window->minimumSize());
    // A screen unplugged since: keep the size, let the window system place it.
    bool onScreen = false;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        if (screen->availableGeometry().intersects(geometry.adjusted(40, 40, -40, -40)))
            onScreen = true;
        size = size.boundedTo(screen->virtualSize());
    }
    if (onScreen)
        window->setGeometry(QRect(geometry.topLeft(), size));
    else
        window->resize(size);
    if (m_settings->value(windowMaximizedKey).toBool())
        window->setWindowStates(Qt::WindowMaximized);
    return true;
}

} // namespace greenroom
