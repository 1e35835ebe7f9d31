// The session file: everything that must survive a restart, in QSettings (the platform's
// settings location, or an INI file given for tests and portable use).
//
// State objects are saved generically: every STORED, writable property a class declares itself
// is one key in a group named after the object's role, so a property added to ViewState or
// BackgroundSettings is saved without touching this code. Values that no longer fit when read
// back (a type changed, an enum value vanished) are skipped and reported, never fatal.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QRect>
#include <QtCore/QSettings>
#include <QtCore/QStringList>

#include <memory>

class QWindow;

namespace greenroom {

class StudioSettings {
    Q_DECLARE_TR_FUNCTIONS(StudioSettings)

public:
    // The application's settings (organisation and application name, native format).
    StudioSettings();
    // An INI file at `filePath`.
    explicit StudioSettings(const QString &filePath);
    ~StudioSettings();

    QSettings &settings() { return *m_settings; }
    QString fileName() const { return m_settings->fileName(); }

    void saveObject(const QString &group, const QObject *object);
    // Returns one line per value that could not be applied.
    QStringList loadObject(const QString &group, QObject *object);

    // The window's normal (not maximised or full-screen) geometry and whether it was maximised.
    void saveWindow(const QWindow *window);
    // Puts the window back where it was if that is still on a screen; false if nothing saved.
    bool restoreWindow(QWindow *window);

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace greenroom
