// On Windows greenroom.exe is a GUI program (no console window of its own when started from
// Explorer), so its standard output goes nowhere by default. The command-line modes (--help,
// --version, key, bench) attach to the console of the shell that started them, so their text
// and messages appear there. Elsewhere this does nothing: stdout/stderr are already the
// terminal's.
#pragma once

namespace greenroom {

void attachParentConsole();

} // namespace greenroom
