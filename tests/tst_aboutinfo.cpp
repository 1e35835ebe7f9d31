// The About dialog's facts: the version is the project's, and every licence text it offers is
// built in, complete and the one its title names.
#include "AboutInfo.h"

#include <QtCore/QFile>
#include <QtTest/QtTest>

using namespace greenroom;

class TestAboutInfo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionIsTheProjects()
    {
        QCOMPARE(AboutInfo::version(), QStringLiteral(GREENROOM_VERSION));
        QVERIFY(QVersionNumber::fromString(AboutInfo::version()).segmentCount() == 3);
        QCOMPARE(AboutInfo::builtWithQt(), QStringLiteral(QT_VERSION_STR));
        QCOMPARE(AboutInfo::runningOnQt(), QString::fromLatin1(qVersion()));
    }

    void everyLicenceIsBuiltInAndComplete()
    {
        const AboutInfo info;
        const QStringList titles = info.licenseTitles();
        QCOMPARE(titles.size(), AboutInfo::licenseFiles().size());
        // What each text must contain: its own heading, so a wrong or truncated file shows.
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("MIT"), QStringLiteral("Permission is hereby granted")},
            {QStringLiteral("notices"), QStringLiteral("Qt")},
            {QStringLiteral("LGPL 3.0"), QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")},
            {QStringLiteral("GPL 3.0"), QStringLiteral("GNU GENERAL PUBLIC LICENSE")},
            {QStringLiteral("LGPL 2.1"), QStringLiteral("Version 2.1, February 1999")},
        };
        QCOMPARE(titles.size(), expected.size());
        for (int i = 0; i < titles.size(); ++i) {
            QVERIFY2(titles.at(i).contains(expected.at(i).first), qPrintable(titles.at(i)));
            const QString text = info.licenseText(i);
            QVERIFY2(text.contains(expected.at(i).second), qPrintable(titles.at(i)));
            QVERIFY(QFile(AboutInfo::licenseFiles().at(i)).size() == text.toUtf8().size());
        }
        QVERIFY(info.licenseText(2).contains(QStringLiteral("Version 3, 29 June 2007")));
        QVERIFY(info.licenseText(4).size() > 20000); // the whole LGPL 2.1, not a stub
    }

    void outOfRangeIsEmpty()
    {
        const AboutInfo info;
        QVERIFY(info.licenseText(-1).isEmpty());
        QVERIFY(info.licenseText(int(info.licenseTitles().size())).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAboutInfo)
#include "tst_aboutinfo.moc"
