// Parsing of `greenroom key [options]` into KeyOptions; like parseCommandLine(), it needs no
// display and returns a value instead of printing or exiting.
#pragma once

#include "CommandLine.h"

namespace greenroom {

// Parses `arguments`: the program name, "key", then the command's options.
ParseResult parseKeyCommandLine(const QStringList &arguments);

// The name `--format` uses for a raw format ("nv12", ...).
QString rawFormatName(RawFormat format);

} // namespace greenroom
