// What the studio's file dialogs need besides QML: whether Qt Quick Dialogs can show its own
// dialog here, and the URL of a path typed into the fallback path field.
#pragma once

#include <QtCore/QString>
#include <QtCore/QUrl>

class QQmlEngine;

namespace greenroom {

// Qt Quick Dialogs' own file dialog needs the FolderListModel module and crashes without it.
// `engine` may be null (then Qt's default import path is searched).
bool quickDialogsAvailable(const QQmlEngine *engine);

// A typed path (with ~ for the home folder) as a file URL.
QUrl typedPathUrl(const QString &path);

} // namespace greenroom
