// What the operating system says this process has used: CPU time (user + system, all threads)
// and the peak resident memory. The one place with platform code for it.
#pragma once

#include <QtCore/QtGlobal>

namespace greenroom {

// User plus system CPU time of the whole process so far, in nanoseconds; -1 if unknown.
qint64 processCpuTimeNs();

// The most physical memory the process has held at once, in bytes; -1 if unknown.
qint64 peakResidentBytes();

} // namespace greenroom
