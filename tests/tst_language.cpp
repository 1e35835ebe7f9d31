// The interface language: it follows the system locale (here French, set before the
// application starts), can be switched to any translated language and back at run time, and an
// unknown language is refused. Texts are looked up in the embedded translations.
#include "LanguageSettings.h"

#include <QtCore/QCoreApplication>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

namespace greenroom {

class LanguageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTheSystemLocale();
    void switchesAtRunTime();
    void unknownLanguageIsRefused();
    void offersEveryTranslation();

private:
    static QString quit() { return QCoreApplication::translate("ShortcutTable", "Quit"); }
};

void LanguageTest::followsTheSystemLocale()
{
    const LanguageSettings language;
    QCOMPARE(language.language(), QString());
    QCOMPARE(language.effectiveLanguage(), QStringLiteral("fr"));
    QCOMPARE(quit(), QStringLiteral("Quitter"));
}

void LanguageTest::switchesAtRunTime()
{
    LanguageSettings language;
    QSignalSpy changed(&language, &LanguageSettings::languageChanged);
    language.setLanguage(QStringLiteral("de"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(language.effectiveLanguage(), QStringLiteral("de"));
    QCOMPARE(quit(), QStringLiteral("Beenden"));
    language.setLanguage(QStringLiteral("es"));
    QCOMPARE(quit(), QStringLiteral("Salir"));
    language.setLanguage(QStringLiteral("en"));
    QCOMPARE(language.effectiveLanguage(), QStringLiteral("en"));
    QCOMPARE(quit(), QStringLiteral("Quit"));
    language.setLanguage(QString()); // the system's again
    QCOMPARE(quit(), QStringLiteral("Quitter"));
    QCOMPARE(changed.size(), 4);
}

void LanguageTest::unknownLanguageIsRefused()
{
    LanguageSettings language;
    language.setLanguage(QStringLiteral("de"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("tlh")));
    language.setLanguage(QStringLiteral("tlh"));
    QCOMPARE(language.language(), QStringLiteral("de"));
    QCOMPARE(quit(), QStringLiteral("Beenden"));
}

void LanguageTest::offersEveryTranslation()
{
    const LanguageSettings language;
    QStringList codes;
    for (const QVariant &entry : language.available())
        codes.append(entry.toMap().value(QStringLiteral("code")).toString());
    QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"),
                                 QStringLiteral("fr"), QStringLiteral("es")}));
    for (const QString &code : LanguageSettings::translatedLanguages())
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/greenroom_%1.qm").arg(code)),
                 qPrintable(code));
}

} // namespace greenroom

int main(int argc, char *argv[])
{
    // The system locale, as a French desktop session sets it.
    qputenv("LC_ALL", "fr_FR.UTF-8");
    qputenv("LANGUAGE", "fr");
    QCoreApplication app(argc, argv);
    greenroom::LanguageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_language.moc"
