// Main.qml loaded as the app loads it, for the tests that drive the whole studio window.
#pragma once

#include "Studio.h"

#include <QtCore/QVariantMap>
#include <QtQml/QQmlApplicationEngine>
#include <QtQuick/QQuickWindow>

#include <memory>

namespace greenroom::test {

struct StudioWindow {
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr; // null unless Main.qml made exactly one window
    Studio *studio = nullptr;       // null unless that window holds the Studio
};

// Loads Main.qml with `initialProperties` (startSource, ...). The window is not waited for.
inline StudioWindow openStudioWindow(const QVariantMap &initialProperties = {})
{
    StudioWindow w;
    w.engine = std::make_unique<QQmlApplicationEngine>();
    w.engine->setInitialProperties(initialProperties);
    w.engine->load(QUrl(QStringLiteral("qrc:/Greenroom/Main.qml")));
    if (w.engine->rootObjects().size() == 1) {
        w.window = qobject_cast<QQuickWindow *>(w.engine->rootObjects().constFirst());
        w.studio = w.window ? w.window->findChild<Studio *>() : nullptr;
    }
    return w;
}

} // namespace greenroom::test
