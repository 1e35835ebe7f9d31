// For the tests of `greenroom key`: its arguments parsed as main() parses them, and the real
// executable run with them (GREENROOM_EXECUTABLE, defined per test target), its exit status
// and output kept.
#pragma once

#include "CommandLine.h"

#include <QtCore/QProcess>
#include <QtCore/QStringList>

namespace greenroom::test {

inline ParseResult parseKey(QStringList arguments)
{
    arguments.prepend(QStringLiteral("key"));
    arguments.prepend(QStringLiteral("greenroom"));
    return parseCommandLine(arguments);
}

struct KeyRun {
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

#ifdef GREENROOM_EXECUTABLE
inline KeyRun
runKey(const QStringList &arguments,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GREENROOM_EXECUTABLE),
                  QStringList{QStringLiteral("key")} + arguments);
    KeyRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("greenroom key did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
#endif

} // namespace greenroom::test
