#include "ParentConsole.h"

#include <QtCore/QtGlobal>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <cstdio>
#endif

namespace greenroom {

void attachParentConsole()
{
#ifdef Q_OS_WIN
    // Started from a console: reopen the C streams on it. Output already redirected to a file
    // or pipe keeps its handles (the streams are valid then, and reopening would lose them).
    if (GetStdHandle(STD_OUTPUT_HANDLE) != nullptr || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    freopen_s(&stream, "CONOUT$", "w", stdout);
    freopen_s(&stream, "CONOUT$", "w", stderr);
#endif
}

} // namespace greenroom
