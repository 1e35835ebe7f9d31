// Auto-key on the first picture: due once the picture of a source has settled, only while the
// key is still the untouched built-in preset and the setting is on.
#include "FirstPictureKey.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace greenroom;

class TestFirstPictureKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dueOnceThePictureHasSettled()
    {
        FirstPictureKey first([] { return true; });
        first.setSteadyDelayMs(50);
        QSignalSpy due(&first, &FirstPictureKey::autoKeyDue);
        first.setPictureAvailable(true);
        QCOMPARE(due.count(), 0); // not on the first frame: the camera is still settling
        QVERIFY(due.wait(2000));
        QCOMPARE(due.count(), 1);
        QTest::qWait(150);
        QCOMPARE(due.count(), 1);
    }

    void notWhenTheKeyIsNoLongerTheDefault()
    {
        bool untouched = true;
        FirstPictureKey first([&untouched] { return untouched; });
        first.setSteadyDelayMs(50);
        QSignalSpy due(&first, &FirstPictureKey::autoKeyDue);
        first.setPictureAvailable(true);
        untouched = false; // a slider moved while the picture settled
        QTest::qWait(200);
        QCOMPARE(due.count(), 0);
        first.setPictureAvailable(true); // a new source, the key still the user's
        QTest::qWait(200);
        QCOMPARE(due.count(), 0);
    }

    void notWhenTurnedOffOrThePictureGoes()
    {
        FirstPictureKey first([] { return true; });
        first.setSteadyDelayMs(50);
        QSignalSpy due(&first, &FirstPictureKey::autoKeyDue);
        QSignalSpy changed(&first, &FirstPictureKey::enabledChanged);
        first.setPictureAvailable(true);
        first.setPictureAvailable(false); // the source stopped before it settled
        QTest::qWait(200);
        QCOMPARE(due.count(), 0);

        first.setPictureAvailable(true);
        first.setEnabled(false); // a preset was chosen meanwhile
        QCOMPARE(changed.count(), 1);
        QTest::qWait(200);
        QCOMPARE(due.count(), 0);
        first.setPictureAvailable(true);
        QTest::qWait(200);
        QCOMPARE(due.count(), 0);

        first.setEnabled(true);
        first.setPictureAvailable(true);
        QVERIFY(due.wait(2000));
    }
};

QTEST_MAIN(TestFirstPictureKey)
#include "tst_firstpicturekey.moc"
