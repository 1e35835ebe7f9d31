// main() of the tests that run the studio as users get it: it saves its session, presets and
// camera choices, so each run gets a private config location (XDG_CONFIG_HOME, set before
// anything asks for paths and inherited by any greenroom process a test starts) and the
// application names the app itself uses.
#pragma once

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtGui/QGuiApplication>
#include <QtTest/QTest>

namespace greenroom::test {

// Runs TestObject under a QGuiApplication with a new, private config folder, removed at exit.
// `config`, if given, points at that folder while the test runs.
template<typename TestObject>
int runWithPrivateConfig(int argc, char *argv[], QTemporaryDir **config = nullptr)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder.path()));
    if (config)
        *config = &folder;
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Greenroom"));
    QGuiApplication::setApplicationName(QStringLiteral("Greenroom"));
    TestObject test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace greenroom::test
