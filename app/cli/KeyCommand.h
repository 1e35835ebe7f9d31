// `greenroom key`: keys images or raw frames through the live keyer, offscreen, and writes
// PNGs with straight alpha (or the matte alone). See `greenroom key --help` and the README.
#pragma once

#include "KeyOptions.h"

namespace greenroom {

// Runs the command; returns the exit status (kKeyExitOk, kKeyExitBadInput, kKeyExitNoBackend).
// Creates the QGuiApplication itself; messages go to stderr, one line each.
int runKeyCommand(int &argc, char **argv, const KeyOptions &options);

} // namespace greenroom
