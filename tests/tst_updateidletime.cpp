// The idle wait before an update request is served: dropped for the live path unless the user
// chose one.
#include "UpdateIdleTime.h"

#include <QtTest/QtTest>

class TestUpdateIdleTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { qunsetenv("QT_QPA_UPDATE_IDLE_TIME"); }

    void droppedWhenUnset()
    {
        qunsetenv("QT_QPA_UPDATE_IDLE_TIME");
        greenroom::dropUpdateIdleTime();
        QCOMPARE(qgetenv("QT_QPA_UPDATE_IDLE_TIME"), QByteArray("0"));
    }

    void theUsersValueIsKept()
    {
        qputenv("QT_QPA_UPDATE_IDLE_TIME", QByteArray("7"));
        greenroom::dropUpdateIdleTime();
        QCOMPARE(qgetenv("QT_QPA_UPDATE_IDLE_TIME"), QByteArray("7"));
    }
};

QTEST_GUILESS_MAIN(TestUpdateIdleTime)
#include "tst_updateidletime.moc"
