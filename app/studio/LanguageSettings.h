// The language of the user interface: the system's by default, or one the user picks in the
// settings, switched at once without a restart. Installs Greenroom's compiled translations
// (translations/greenroom_*.ts, embedded as :/i18n/greenroom_<code>.qm) and Qt's own where the
// system has them, then asks whoever listens (the Studio) to re-translate.
#pragma once

#include <QtCore/QObject>
#include <QtCore/QTranslator>
#include <QtCore/QVariantList>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>

namespace greenroom {

class LanguageSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LanguageSettings belongs to a Studio")
    // "" follows the system locale; otherwise a code such as "de".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The code of the language actually shown ("en" when nothing else applies).
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged STORED false)
    // [{code, name}] for the settings page; names are written in their own language.
    Q_PROPERTY(QVariantList available READ available NOTIFY languageChanged STORED false)

public:
    explicit LanguageSettings(QObject *parent = nullptr);
    ~LanguageSettings() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QString effectiveLanguage() const { return m_effective; }
    QVariantList available() const;

    // The codes Greenroom has translations for, besides English (the source language).
    static QStringList translatedLanguages();

Q_SIGNALS:
    void languageChanged();

private:
    void install();

    QString m_language;
    QString m_effective = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace greenroom
