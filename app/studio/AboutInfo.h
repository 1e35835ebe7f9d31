// What the About dialog shows: Greenroom's version, the Qt it was built with and runs on, and
// the licence texts built into the executable (Greenroom's own and those of the libraries a
// bundle ships), so that a portable bundle carries its licences wherever it is copied.
#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace greenroom {

class AboutInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString version READ version CONSTANT)
    // The Qt version the executable was compiled against, and the one it runs on (a bundle
    // or a system may differ).
    Q_PROPERTY(QString builtWithQt READ builtWithQt CONSTANT)
    Q_PROPERTY(QString runningOnQt READ runningOnQt CONSTANT)
    // One title per licence text, in the order licenseText() takes.
    Q_PROPERTY(QStringList licenseTitles READ licenseTitles CONSTANT)

public:
    explicit AboutInfo(QObject *parent = nullptr);

    static QString version();
    static QString builtWithQt();
    static QString runningOnQt();
    QStringList licenseTitles() const;

    // The text of licence `index`, read from the resources when asked (they are large);
    // empty for an index out of range.
    Q_INVOKABLE QString licenseText(int index) const;

    // Where the texts live, for tests: ":/greenroom/licenses/<file>".
    static QStringList licenseFiles();
};

} // namespace greenroom
