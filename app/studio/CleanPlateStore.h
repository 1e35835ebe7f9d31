// Where clean plates are kept between runs: one 16-bit PNG per source and pixel format (the
// plate's colours depend on the camera and on how its pixels are encoded; its size is checked,
// not keyed, so that a camera switched to another resolution is told why its plate no longer
// applies). Files live in a folder of their own under the app's config location, named after
// the source and format (readable, with a short hash so that two names never collide), and are
// written atomically: a complete new file or the old one as it was.
#pragma once

#include "CleanPlate.h"

#include <QtCore/QString>

namespace greenroom {

class CleanPlateStore {
public:
    explicit CleanPlateStore(QString directory = defaultDirectory());

    // <AppConfigLocation>/clean-plates
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory) { m_directory = directory; }

    // "<source> <format>": what a plate is kept under, e.g. "Test pattern NV12".
    static QString keyOf(const QString &sourceIdentity, const QString &pixelFormatName);
    QString filePath(const QString &key) const;

    // Writes the plate for `key`. Empty on success, else a one-line reason naming the file.
    QString save(const QString &key, const CleanPlate &plate) const;
    // The plate kept for `key`: null when there is none, or (with `error` saying why) when the
    // file cannot be read as a plate.
    CleanPlate load(const QString &key, QString *error) const;
    // Removes the plate kept for `key`; true when none is left.
    bool remove(const QString &key) const;

private:
    QString m_directory;
};

} // namespace greenroom
