#include "CleanPlateStore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtGui/QImageReader>
#include <QtGui/QImageWriter>

namespace greenroom {

namespace {
const QString kSourceKey = QStringLiteral("Greenroom clean plate source");
}

CleanPlateStore::CleanPlateStore(QString directory) : m_directory(std::move(directory)) {}

QString CleanPlateStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/clean-plates");
}

QString CleanPlateStore::keyOf(const QString &sourceIdentity, const QString &pixelFormatName)
{
    return sourceIdentity + QLatin1Char(' ') + pixelFormatName;
}

QString CleanPlateStore::filePath(const QString &key) const
{
    QString readable;
    for (const QChar c : key)
        readable += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return QDir(m_directory)
        .filePath(readable.left(64) + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(8)) +
                  QStringLiteral(".png"));
}

QString CleanPlateStore::save(const QString &key, const CleanPlate &plate) const
{
    const QString path = filePath(key);
    if (!QDir().mkpath(m_directory))
        return QStringLiteral("cannot create the folder %1").arg(m_directory);
    QImage image = plate.toImage();
    image.setText(kSourceKey, key);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(path, writer.errorString());
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

CleanPlate CleanPlateStore::load(const QString &key, QString *error) const
{
    const QString path = filePath(key);
    if (!QFile::exists(path))
        return {};
    QImageReader reader(path, "png");
    const QImage image = reader.read();
    if (image.isNull()) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, reader.errorString());
        return {};
    }
    QString why;
    const CleanPlate plate = CleanPlate::fromImage(image, &why);
    if (plate.isNull())
        *error = QStringLiteral("%1: %2").arg(path, why);
    return plate;
}

bool CleanPlateStore::remove(const QString &key) const
{
    const QString path = filePath(key);
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace greenroom
