// Parsing of `greenroom bench [options]` into BenchOptions; like parseCommandLine(), it needs no
// display and returns a value instead of printing or exiting.
#pragma once

#include "CommandLine.h"

namespace greenroom {

// Parses `arguments`: the program name, "bench", then the benchmark's options.
ParseResult parseBenchCommandLine(const QStringList &arguments);

} // namespace greenroom
