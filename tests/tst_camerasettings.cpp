// CameraSettings: the chosen camera and each camera's format survive a restart, keyed by
// device id, and are found again by name where the id changed.
#include "CameraSettings.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace greenroom;

class TestCameraSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void emptyAtFirst()
    {
        const CameraSettings settings(file());
        QVERIFY(settings.lastCamera().isNull());
        QCOMPARE(settings.formatKey({QStringLiteral("0"), QStringLiteral("Cam")}), QString());
    }

    void survivesARestart()
    {
        const CameraIdentity desk{QStringLiteral("/dev/video0"), QStringLiteral("Desk Cam")};
        const CameraIdentity studio{QStringLiteral("usb#1"), QStringLiteral("Studio Cam")};
        {
            CameraSettings settings(file());
            settings.setLastCamera(studio);
            settings.setFormatKey(desk, QStringLiteral("NV12 1280x720 30"));
            settings.setFormatKey(studio, QStringLiteral("YUYV 640x360 60"));
            settings.sync();
        }
        const CameraSettings settings(file());
        QCOMPARE(settings.lastCamera(), studio);
        QCOMPARE(settings.formatKey(desk), QStringLiteral("NV12 1280x720 30"));
        QCOMPARE(settings.formatKey(studio), QStringLiteral("YUYV 640x360 60"));
    }

    void idsWithSlashesAreKeptApart()
    {
        CameraSettings settings(file());
        settings.setFormatKey({QStringLiteral("/dev/video0"), QStringLiteral("A")},
                              QStringLiteral("NV12 640x360 30"));
        settings.setFormatKey({QStringLiteral("/dev/video1"), QStringLiteral("B")},
                              QStringLiteral("NV12 1280x720 30"));
        QCOMPARE(settings.formatKey({QStringLiteral("/dev/video0"), QStringLiteral("A")}),
                 QStringLiteral("NV12 640x360 30"));
        QCOMPARE(settings.formatKey({QStringLiteral("/dev/video1"), QStringLiteral("B")}),
                 QStringLiteral("NV12 1280x720 30"));
    }

    void newIdSameNameFindsTheFormat()
    {
        CameraSettings settings(file());
        settings.setFormatKey({QStringLiteral("0"), QStringLiteral("Studio Cam")},
                              QStringLiteral("YUYV 640x360 60"));
        // The id now names another camera: that camera has no remembered format...
        QCOMPARE(settings.formatKey({QStringLiteral("0"), QStringLiteral("Desk Cam")}), QString());
        // ...and the studio camera, under its new id, still has its own.
        QCOMPARE(settings.formatKey({QStringLiteral("3"), QStringLiteral("Studio Cam")}),
                 QStringLiteral("YUYV 640x360 60"));
    }
};

QTEST_APPLESS_MAIN(TestCameraSettings)
#include "tst_camerasettings.moc"
