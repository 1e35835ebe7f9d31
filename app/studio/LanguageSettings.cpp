#include "LanguageSettings.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QVariantMap>

namespace greenroom {

namespace {
const QString resourceDirectory = QStringLiteral(":/i18n");
const QString fileStem = QStringLiteral("greenroom");
} // namespace

LanguageSettings::LanguageSettings(QObject *parent) : QObject(parent)
{
    install();
}

LanguageSettings::~LanguageSettings()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageSettings::translatedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

void LanguageSettings::setLanguage(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    if (wanted == m_language)
        return;
    if (!wanted.isEmpty() && wanted != QLatin1String("en") &&
        !translatedLanguages().contains(wanted)) {
        qWarning().noquote() << "Greenroom: no translation for language" << code
                             << "- keeping the current language";
        return;
    }
    m_language = wanted;
    install();
    Q_EMIT languageChanged();
}

QVariantList LanguageSettings::available() const
{
    QVariantList list;
    list.append(QVariantMap{{QStringLiteral("code"), QString()},
                            {QStringLiteral("name"), tr("System language")}});
    list.append(QVariantMap{{QStringLiteral("code"), QStringLiteral("en")},
                            {QStringLiteral("name"), QStringLiteral("English")}});
    for (const QString &code : translatedLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        list.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    }
    return list;
}

void LanguageSettings::install()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();

    const QLocale locale = m_language.isEmpty() ? QLocale::system() : QLocale(m_language);
    auto app = std::make_unique<QTranslator>();
    // Searches the locale's UI languages in order ("de-CH" -> "de"), so a regional system locale
    // finds the translation of its language. English needs none: it is the source language.
    if (m_language != QLatin1String("en") &&
        app->load(locale, fileStem, QStringLiteral("_"), resourceDirectory)) {
        QCoreApplication::installTranslator(app.get());
        m_effective = app->language().section(QLatin1Char('_'), 0, 0);
        m_app = std::move(app);
    } else {
        m_effective = QStringLiteral("en");
    }

    // Qt's own texts (dialog buttons) where the system ships them; optional.
    auto qt = std::make_unique<QTranslator>();
    if (m_effective != QLatin1String("en") &&
        qt->load(QLocale(m_effective), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
}

} // namespace greenroom
