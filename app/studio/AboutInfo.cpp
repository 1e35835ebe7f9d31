#include "AboutInfo.h"

#include <QtCore/QFile>
#include <QtCore/QtGlobal>

#include <array>

namespace greenroom {

namespace {

struct License {
    const char *title;
    const char *file;
};

// Greenroom first, then the notices that say which library is under which licence, then the
// licence texts those notices refer to.
constexpr std::array kLicenses{
    License{QT_TRANSLATE_NOOP("AboutInfo", "Greenroom (MIT)"), "LICENSE.txt"},
    License{QT_TRANSLATE_NOOP("AboutInfo", "Third-party notices"), "THIRD-PARTY-NOTICES.txt"},
    License{"GNU LGPL 3.0", "LGPL-3.0.txt"},
    License{"GNU GPL 3.0", "GPL-3.0.txt"},
    License{"GNU LGPL 2.1", "LGPL-2.1.txt"},
};

} // namespace

AboutInfo::AboutInfo(QObject *parent) : QObject(parent) {}

QString AboutInfo::version()
{
    return QStringLiteral(GREENROOM_VERSION);
}

QString AboutInfo::builtWithQt()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString AboutInfo::runningOnQt()
{
    return QString::fromLatin1(qVersion());
}

QStringList AboutInfo::licenseTitles() const
{
    QStringList titles;
    for (const License &license : kLicenses)
        titles.append(tr(license.title));
    return titles;
}

QString AboutInfo::licenseText(int index) const
{
    if (index < 0 || index >= int(kLicenses.size()))
        return {};
    QFile file(licenseFiles().at(index));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Greenroom: the licence text %s is missing from this build",
                 qPrintable(file.fileName()));
        return tr("This licence text is missing from this build: %1").arg(file.fileName());
    }
    return QString::fromUtf8(file.readAll());
}

QStringList AboutInfo::licenseFiles()
{
    QStringList files;
    for (const License &license : kLicenses)
        files.append(QStringLiteral(":/greenroom/licenses/") + QLatin1String(license.file));
    return files;
}

} // namespace greenroom
