#include "FileDialogSupport.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLibraryInfo>
#include <QtQml/QQmlEngine>

#include <algorithm>

namespace greenroom {

bool quickDialogsAvailable(const QQmlEngine *engine)
{
    const QString module = QStringLiteral("/Qt/labs/folderlistmodel/qmldir");
    if (QFileInfo::exists(QStringLiteral(":/qt-project.org/imports") + module))
        return true;
    const QStringList paths = engine
                                  ? engine->importPathList()
                                  : QStringList{QLibraryInfo::path(QLibraryInfo::QmlImportsPath)};
    return std::any_of(paths.cbegin(), paths.cend(),
                       [&module](const QString &path) { return QFileInfo::exists(path + module); });
}

QUrl typedPathUrl(const QString &path)
{
    QString expanded = path.trimmed();
    if (expanded.startsWith(QLatin1Char('~')))
        expanded.replace(0, 1, QDir::homePath());
    return QUrl::fromLocalFile(QDir::cleanPath(expanded));
}

} // namespace greenroom
