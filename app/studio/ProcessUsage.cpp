#include "ProcessUsage.h"

#if defined(Q_OS_WIN)
#include <psapi.h>
#include <qt_windows.h>
#else
#include <sys/resource.h>
#endif

#if defined(Q_OS_LINUX)
#include <QtCore/QByteArray>
#include <QtCore/QFile>
#endif

namespace greenroom {

qint64 processCpuTimeNs()
{
#if defined(Q_OS_WIN)
    FILETIME creation, exit, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &creation, &exit, &kernel, &user))
        return -1;
    auto ticks = [](const FILETIME &t) {
        return (qint64(t.dwHighDateTime) << 32) | qint64(t.dwLowDateTime);
    };
    return (ticks(kernel) + ticks(user)) * 100; // FILETIME counts 100 ns ticks
#else
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    auto ns = [](const timeval &t) { return qint64(t.tv_sec) * 1'000'000'000 + t.tv_usec * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
#endif
}

qint64 peakResidentBytes()
{
#if defined(Q_OS_LINUX)
    // VmHWM ("high water mark") is the peak resident set size, in kB.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key("VmHWM:");
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith(key)) {
            bool ok = false;
            const qint64 kb = line.mid(key.size()).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kb * 1024 : -1;
        }
    }
    return -1;
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return -1;
    return qint64(counters.PeakWorkingSetSize);
#else
    // ru_maxrss is in kilobytes on most Unix systems, in bytes on macOS.
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_DARWIN)
    return qint64(usage.ru_maxrss);
#else
    return qint64(usage.ru_maxrss) * 1024;
#endif
#endif
}

} // namespace greenroom
